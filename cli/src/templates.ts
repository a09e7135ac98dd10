/**
 * The CSV and spreadsheet templates: which Indonesian column goes where in the library's
 * input, and how its cells are read. One table per template; docs/cli.md documents every
 * column, and `kerja-dinamis template <name>` writes the header row (with `--contoh`,
 * example rows from examples/*.csv; with `--format xlsx`, a workbook whose Text columns
 * are formatted as Text).
 */
import type { InputIssue, LocalizedText } from 'kerja-dinamis';
import type { RawRow, Source } from './input';
import { sheetTextOf } from './sheet-text';
import { textOf } from './text';
import {
  isBlankCell,
  readBoolean,
  readCode,
  readCodeList,
  readDate,
  readDateList,
  readInteger,
  readList,
  readMonth,
  readNip,
  readNumber,
  readSheetValue,
  type Cell,
  type Converted,
} from './values';

/**
 * How a column's cells are read: `nip` is text that must stay text (an 18-digit NIP),
 * `integer` a whole number (minutes, days, counts), `number` any number.
 */
export type ColumnKind = 'nip' | 'text' | 'number' | 'integer' | 'boolean' | 'date' | 'month' | 'code' | 'codes' | 'list' | 'dates';

/**
 * Kinds whose columns must be formatted as Text in a spreadsheet, because a spreadsheet
 * changes what is typed in a General cell: a NIP loses its last digits (18 digits do not
 * survive a number), codes lose their leading zeros, and dates and months are rewritten
 * in the computer's locale (day and month swap). The `.xlsx` templates format them as Text.
 */
export const TEXT_KINDS: readonly ColumnKind[] = ['nip', 'text', 'date', 'month', 'dates'];

/** Whether a column must be formatted as Text in a spreadsheet (see {@link TEXT_KINDS}). */
export function isTextColumn(column: Column): boolean {
  return TEXT_KINDS.includes(column.kind);
}

/** One column of a template. */
export interface Column {
  /** The header, lower case with `_`. */
  readonly name: string;
  /** Where the value goes in the library's input. */
  readonly path: readonly string[];
  /** How cells are read. */
  readonly kind: ColumnKind;
  /** Spellings accepted for codes, mapped to the library's value (keys already normalised). */
  readonly aliases?: Readonly<Record<string, string>>;
}

/** A template: its columns, the ones every file must have. */
export interface Template {
  /** Name used by `kerja-dinamis template <name>`. */
  readonly name: 'eligibility' | 'warnings' | 'units' | 'holidays';
  /** The columns, in the order of the header row printed. */
  readonly columns: readonly Column[];
  /** Columns a file must have. */
  readonly required: readonly string[];
}

const KINERJA_ALIASES = {
  DI_ATAS: 'DI_ATAS_EKSPEKTASI',
  SESUAI: 'SESUAI_EKSPEKTASI',
  DI_BAWAH: 'DI_BAWAH_EKSPEKTASI',
  ABOVE_EXPECTATIONS: 'DI_ATAS_EKSPEKTASI',
  AS_EXPECTED: 'SESUAI_EKSPEKTASI',
  BELOW_EXPECTATIONS: 'DI_BAWAH_EKSPEKTASI',
};
const POTENSIAL_ALIASES = { HIGH: 'TINGGI', MEDIUM: 'MENENGAH', LOW: 'RENDAH', SEDANG: 'MENENGAH' };
const DISCIPLINARY_ALIASES = {
  TIDAK_ADA: 'NONE',
  BERSIH: 'NONE',
  PROSES: 'IN_PROCESS',
  DALAM_PROSES: 'IN_PROCESS',
  DIPERIKSA: 'IN_PROCESS',
  MENJALANI: 'SERVING',
  SEDANG_MENJALANI: 'SERVING',
  SELESAI: 'SERVED',
  SUDAH_MENJALANI: 'SERVED',
};
const PENALTY_ALIASES = { LIGHT: 'RINGAN', MEDIUM: 'SEDANG', HEAVY: 'BERAT' };
const OWNERSHIP_ALIASES = { KANTOR: 'DINAS', OFFICE: 'DINAS', MILIK_SENDIRI: 'PRIBADI', SENDIRI: 'PRIBADI', PERSONAL: 'PRIBADI' };
// Pasal 12 ayat (1) of PermenPANRB 4/2025 in other words; any other text goes to the rule as given (and fails it).
const WORKPLACE_ALIASES = {
  RUMAH_DOMISILI: 'DOMISILI',
  DOMICILE: 'DOMISILI',
  KANTOR_INSTANSI_LAIN: 'KANTOR_LAIN',
  OTHER_OFFICE: 'KANTOR_LAIN',
  PPK: 'DITETAPKAN_PPK',
  SET_BY_PPK: 'DITETAPKAN_PPK',
};
const WEEKDAY_ALIASES = { SEN: 'SENIN', SEL: 'SELASA', RAB: 'RABU', KAM: 'KAMIS', JUM: 'JUMAT' };

const col = (name: string, path: readonly string[], kind: ColumnKind, aliases?: Readonly<Record<string, string>>): Column =>
  aliases === undefined ? { name, path, kind } : { name, path, kind, aliases };

const STATE_COLUMNS = (prefix: readonly string[]): Column[] => [
  col('tingkat_peringatan', [...prefix, 'level'], 'code'),
  col('bulan_ditandai', [...prefix, 'flaggedStreak'], 'integer'),
  col('bulan_bersih', [...prefix, 'cleanStreak'], 'integer'),
  col('bulan_terakhir', [...prefix, 'lastMonth'], 'month'),
];

/** Employee records: the `eligibility` and `roster` commands. */
export const EMPLOYEE_TEMPLATE: Template = {
  name: 'eligibility',
  required: ['nip', 'nama', 'unit'],
  columns: [
    col('nip', ['nip'], 'nip'),
    col('nama', ['name'], 'text'),
    col('unit', ['unitId'], 'text'),
    col('jabatan', ['position', 'title'], 'text'),
    col('layanan', ['position', 'serviceIds'], 'list'),
    col('mulai_jabatan', ['position', 'since'], 'date'),
    col('tanda_tangan_surat', ['position', 'signsLetters'], 'boolean'),
    col('hari_tatap_muka', ['position', 'onsiteWeekdays'], 'codes', WEEKDAY_ALIASES),
    col('hari_lapangan', ['position', 'fieldWeekdays'], 'codes', WEEKDAY_ALIASES),
    col('kinerja', ['talent', 'kinerja'], 'code', KINERJA_ALIASES),
    col('potensial', ['talent', 'potensial'], 'code', POTENSIAL_ALIASES),
    col('nilai_kinerja', ['talent', 'kinerjaScore'], 'number'),
    col('nilai_potensial', ['talent', 'potensialScore'], 'number'),
    col('tanggal_penilaian', ['talent', 'assessedOn'], 'date'),
    col('laptop', ['readiness', 'laptop', 'available'], 'boolean'),
    col('kepemilikan_laptop', ['readiness', 'laptop', 'ownership'], 'code', OWNERSHIP_ALIASES),
    col('unduh_mbps', ['readiness', 'bandwidth', 'downloadMbps'], 'number'),
    col('unggah_mbps', ['readiness', 'bandwidth', 'uploadMbps'], 'number'),
    col('tanggal_uji_kecepatan', ['readiness', 'bandwidth', 'measuredOn'], 'date'),
    col('kmob_aktif', ['readiness', 'kmobActive'], 'boolean'),
    col('tte_aktif', ['readiness', 'tte', 'active'], 'boolean'),
    col('ruang_kerja', ['readiness', 'workspaceDeclared'], 'boolean'),
    col('tempat_kerja', ['readiness', 'workplace'], 'code', WORKPLACE_ALIASES),
    col('status_disiplin', ['disciplinary', 'status'], 'code', DISCIPLINARY_ALIASES),
    col('tingkat_hukuman', ['disciplinary', 'penalty'], 'code', PENALTY_ALIASES),
    col('hukuman_sampai', ['disciplinary', 'until'], 'date'),
    col('pengecualian', ['capException'], 'code'),
    ...STATE_COLUMNS(['performance', 'state']),
    col('hari_fleksibel_pilihan', ['roster', 'preferredWeekdays'], 'codes', WEEKDAY_ALIASES),
    col('tanggal_cuti', ['roster', 'leaveDates'], 'dates'),
    col('nip_pendamping', ['roster', 'backupPartnerNip'], 'nip'),
  ],
};

/** Monthly performance rows: the `warnings` command and the `--performance` option. */
export const PERFORMANCE_TEMPLATE: Template = {
  name: 'warnings',
  required: ['nip', 'bulan'],
  columns: [
    col('nip', ['employeeId'], 'nip'),
    col('bulan', ['month'], 'month'),
    col('menit_trk', ['trk', 'effectiveMinutes'], 'integer'),
    col('hadir', ['attendance', 'daysPresent'], 'integer'),
    col('alpa', ['attendance', 'daysAbsentWithoutReason'], 'integer'),
    col('menit_terlambat', ['attendance', 'minutesLate'], 'integer'),
    col('menit_pulang_cepat', ['attendance', 'minutesEarlyLeave'], 'integer'),
    col('fleksibel_tanpa_absen', ['attendance', 'flexibleDaysWithoutCheckIn'], 'integer'),
    col('cuti', ['attendance', 'leaveDays'], 'integer'),
    col('hasil_kerja', ['skp', 'hasilKerja'], 'code', KINERJA_ALIASES),
    col('perilaku_kerja', ['skp', 'perilakuKerja'], 'code', KINERJA_ALIASES),
    col('realisasi_target', ['skp', 'targetRealisationPercent'], 'number'),
    col('hukuman', ['disciplinaryPenalty'], 'code', PENALTY_ALIASES),
    ...STATE_COLUMNS(['state']),
  ],
};

/** Unit settings: the `--units` option of `roster`. */
export const UNITS_TEMPLATE: Template = {
  name: 'units',
  required: ['unit'],
  columns: [
    col('unit', ['id'], 'text'),
    col('min_di_kantor', ['minOnsiteHeadcount'], 'integer'),
    col('persen_di_kantor', ['minOnsitePercent'], 'integer'),
    col('hari_apel', ['anchorWeekdays'], 'codes', WEEKDAY_ALIASES),
    col('layanan_langsung', ['servesPublicDirectly'], 'boolean'),
    col('hari_kolektif_disetujui', ['approvedCollectiveWeekdays'], 'codes', WEEKDAY_ALIASES),
  ],
};

const HOLIDAY_KIND_ALIASES = {
  LN: 'LIBUR_NASIONAL',
  NASIONAL: 'LIBUR_NASIONAL',
  NATIONAL_HOLIDAY: 'LIBUR_NASIONAL',
  CB: 'CUTI_BERSAMA',
  COLLECTIVE_LEAVE: 'CUTI_BERSAMA',
  LD: 'LIBUR_DAERAH',
  DAERAH: 'LIBUR_DAERAH',
  REGIONAL_HOLIDAY: 'LIBUR_DAERAH',
  RAMADHAN: 'RAMADAN',
};

/** A holiday list: the `--holidays` option (`calendarFromHolidayList`). */
export const HOLIDAYS_TEMPLATE: Template = {
  name: 'holidays',
  required: ['tanggal', 'nama', 'jenis'],
  columns: [col('tanggal', ['date'], 'date'), col('nama', ['name'], 'text'), col('jenis', ['kind'], 'code', HOLIDAY_KIND_ALIASES), col('nama_en', ['nameEn'], 'text')],
};

/** Every template by name. */
export const TEMPLATES: Readonly<Record<Template['name'], Template>> = {
  eligibility: EMPLOYEE_TEMPLATE,
  warnings: PERFORMANCE_TEMPLATE,
  units: UNITS_TEMPLATE,
  holidays: HOLIDAYS_TEMPLATE,
};

/** A header cell as the templates spell it: trimmed, lower case, spaces and hyphens as `_`. */
export function normalizeHeader(cell: string): string {
  return cell.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

/**
 * Example rows of each template for `kerja-dinamis template <name> --contoh`, by column,
 * copied from the files in examples/ (a test checks that they still are there).
 */
export const TEMPLATE_EXAMPLES: Readonly<Record<Template['name'], readonly Readonly<Record<string, string>>[]>> = {
  eligibility: [
    {
      nip: '198205142006042001',
      nama: 'Nurhayati Syamsiah',
      unit: 'bidang-umum',
      jabatan: 'Kepala Subbagian Umum',
      layanan: 'pengadministrasi-kepegawaian|pengonsep-naskah-dinas',
      mulai_jabatan: '01/03/2021',
      tanda_tangan_surat: 'ya',
      kinerja: 'DI_ATAS_EKSPEKTASI',
      potensial: 'TINGGI',
      tanggal_penilaian: '2025-10-15',
      laptop: 'ya',
      kepemilikan_laptop: 'DINAS',
      unduh_mbps: '32,5',
      unggah_mbps: '11,2',
      tanggal_uji_kecepatan: '2026-01-08',
      kmob_aktif: 'ya',
      tte_aktif: 'ya',
      ruang_kerja: 'ya',
      status_disiplin: 'tidak ada',
      tingkat_peringatan: 'NORMAL',
      bulan_ditandai: '0',
      bulan_bersih: '4',
      bulan_terakhir: '2026-01',
      hari_fleksibel_pilihan: 'rabu',
      nip_pendamping: '198907232014031002',
    },
    {
      nip: '198907232014031002',
      nama: 'Asep Kurniadi',
      unit: 'bidang-umum',
      jabatan: 'Analis Kepegawaian',
      layanan: 'pengadministrasi-kepegawaian',
      mulai_jabatan: '2019-01-02',
      tanda_tangan_surat: 'tidak',
      kinerja: 'sesuai ekspektasi',
      potensial: 'tinggi',
      tanggal_penilaian: '2025-10-15',
      laptop: 'ya',
      kepemilikan_laptop: 'dinas',
      unduh_mbps: '20',
      unggah_mbps: '8',
      tanggal_uji_kecepatan: '2026-01-08',
      kmob_aktif: 'ya',
      ruang_kerja: 'ya',
      status_disiplin: 'tidak ada',
      hari_fleksibel_pilihan: 'rabu|kamis',
      nip_pendamping: '198205142006042001',
    },
    {
      nip: '199104022015032003',
      nama: 'Siti Aminah; S.E.',
      unit: 'bidang-umum',
      jabatan: 'Bendahara Pengeluaran',
      layanan: 'bendahara',
      mulai_jabatan: '2020-07-01',
      tanda_tangan_surat: 'tidak',
      nilai_kinerja: '88',
      nilai_potensial: '79,5',
      tanggal_penilaian: '2025-10-15',
      laptop: 'ya',
      kepemilikan_laptop: 'pribadi',
      unduh_mbps: '15,8',
      unggah_mbps: '6',
      tanggal_uji_kecepatan: '05/01/2026',
      kmob_aktif: 'ya',
      ruang_kerja: 'ya',
      status_disiplin: 'tidak ada',
      tanggal_cuti: '2026-02-16..2026-02-20',
    },
  ],
  warnings: [
    {
      nip: '198907232014031002',
      bulan: '2025-11',
      menit_trk: '6420',
      hadir: '20',
      alpa: '0',
      menit_terlambat: '10',
      menit_pulang_cepat: '0',
      fleksibel_tanpa_absen: '0',
      cuti: '0',
      hasil_kerja: 'SESUAI_EKSPEKTASI',
      perilaku_kerja: 'SESUAI_EKSPEKTASI',
    },
    {
      nip: '198907232014031002',
      bulan: '2025-12',
      menit_trk: '6380',
      hadir: '21',
      alpa: '0',
      menit_terlambat: '0',
      menit_pulang_cepat: '0',
      fleksibel_tanpa_absen: '0',
      cuti: '0',
      hasil_kerja: 'SESUAI_EKSPEKTASI',
      perilaku_kerja: 'SESUAI_EKSPEKTASI',
    },
    {
      nip: '199104022015032003',
      bulan: '2025-11',
      menit_trk: '6100',
      hadir: '18',
      alpa: '0',
      menit_terlambat: '0',
      menit_pulang_cepat: '0',
      fleksibel_tanpa_absen: '0',
      cuti: '2',
      realisasi_target: '97,5',
    },
  ],
  units: [
    { unit: 'bidang-umum', min_di_kantor: '2', persen_di_kantor: '50', hari_apel: 'senin', layanan_langsung: 'tidak' },
    { unit: 'bidang-aplikasi', min_di_kantor: '2', persen_di_kantor: '40', layanan_langsung: 'tidak', hari_kolektif_disetujui: 'jumat' },
  ],
  holidays: [
    { tanggal: '2025-10-17', nama: 'Hari Jadi Kota Tasikmalaya', jenis: 'LIBUR_DAERAH', nama_en: 'Tasikmalaya City Anniversary' },
    { tanggal: '2026-10-17', nama: 'Hari Jadi Kota Tasikmalaya', jenis: 'LIBUR_DAERAH', nama_en: 'Tasikmalaya City Anniversary' },
  ],
};

/** Reads one cell for a column: the text of a CSV or text cell, or a typed `.xlsx` value. */
export function readCell(column: Column, cell: Cell): Converted {
  if (typeof cell !== 'string') return readSheetValue(column.kind, cell, (text) => readCell(column, text));
  switch (column.kind) {
    case 'nip':
      return readNip(cell);
    case 'text':
      return { ok: true, value: cell.trim() };
    case 'number':
      return readNumber(cell);
    case 'integer':
      return readInteger(cell);
    case 'boolean':
      return readBoolean(cell);
    case 'date':
      return readDate(cell);
    case 'month':
      return readMonth(cell);
    case 'code':
      return readCode(cell, column.aliases);
    case 'codes':
      return readCodeList(cell, column.aliases);
    case 'list':
      return readList(cell);
    case 'dates':
      return readDateList(cell);
  }
}

/** A problem with one cell or one row, before or after the library's checks. */
export interface CellIssue {
  /** Path in the library's input (for the column), `[]` for the row. */
  readonly path: readonly (string | number)[];
  /** A stable code: the library's, or the command's (`not_a_number`…). */
  readonly code: string;
  /** The message in both languages. */
  readonly message: LocalizedText;
}

/** The template's columns found in a header, by position. */
export interface HeaderMap {
  /** For each header cell, its column, or `undefined` when unknown. */
  readonly columns: readonly (Column | undefined)[];
  /** Header cells no column has, as written (normalised). */
  readonly unknown: readonly string[];
  /** Required columns the header lacks. */
  readonly missing: readonly string[];
  /** The first column named twice, if any. */
  readonly duplicate?: string;
}

/** Maps a header row onto a template. */
export function mapHeader(template: Template, header: readonly string[]): HeaderMap {
  const byName = new Map(template.columns.map((c) => [c.name, c]));
  const seen = new Set<string>();
  let duplicate: string | undefined;
  const unknown: string[] = [];
  const columns = header.map((cell) => {
    const name = normalizeHeader(cell);
    if (name === '') return undefined;
    if (seen.has(name)) duplicate ??= name;
    seen.add(name);
    const column = byName.get(name);
    if (column === undefined) unknown.push(name);
    return column;
  });
  const missing = template.required.filter((name) => !seen.has(name));
  return duplicate === undefined ? { columns, unknown, missing } : { columns, unknown, missing, duplicate };
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  // The usual paths, one or two keys long, without a loop.
  if (path.length === 1) {
    target[path[0]!] = value;
    return;
  }
  if (path.length === 2) {
    ((target[path[0]!] ??= {}) as Record<string, unknown>)[path[1]!] = value;
    return;
  }
  let node = target;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i]!;
    let next = node[key] as Record<string, unknown> | undefined;
    if (next === undefined) {
      next = {};
      node[key] = next;
    }
    node = next;
  }
  node[path[path.length - 1]!] = value;
}

/** Text cells read before, by column: most columns hold a handful of values (codes, dates, yes/no, scores). */
const readBefore = new WeakMap<Column, Map<string, Converted>>();
/** The most values remembered for one column. */
const READ_BEFORE_LIMIT = 1024;

/**
 * {@link readCell}, each text cell value of a column read once: the same value gives the same
 * result (a list as a new array). Names and NIPs, read by a trim, are not remembered; nor
 * are cells that cannot be read.
 */
function readCellOnce(column: Column, cell: Cell): Converted {
  if (typeof cell !== 'string' || column.kind === 'text' || column.kind === 'nip') return readCell(column, cell);
  let known = readBefore.get(column);
  if (known === undefined) readBefore.set(column, (known = new Map()));
  const before = known.get(cell);
  if (before !== undefined) return before.ok && Array.isArray(before.value) ? { ok: true, value: [...(before.value as unknown[])] } : before;
  const read = readCell(column, cell);
  // The key copied: a cell cut from a file's text would keep that text in memory.
  if (read.ok && known.size < READ_BEFORE_LIMIT) known.set(JSON.parse(JSON.stringify(cell)) as string, Array.isArray(read.value) ? { ok: true, value: [...(read.value as unknown[])] } : read);
  return read;
}

/**
 * Builds the library's input from one row: an empty cell leaves its field out (unknown
 * evidence), every other cell is read for its column. Issues are the cells that could
 * not be read; the result still holds the others.
 */
export function rowToObject(header: HeaderMap, cells: readonly Cell[]): { value: Record<string, unknown>; issues: CellIssue[] } {
  const value: Record<string, unknown> = {};
  const issues: CellIssue[] = [];
  const n = Math.min(cells.length, header.columns.length);
  for (let i = 0; i < n; i++) {
    const column = header.columns[i];
    const cell = cells[i]!;
    if (column === undefined || isBlankCell(cell)) continue;
    const read = readCellOnce(column, cell);
    if (read.ok) setPath(value, column.path, read.value);
    else issues.push({ path: column.path, code: read.code, message: read.message });
  }
  return { value, issues };
}

/** Whether every cell of a row is empty: a blank spreadsheet row, skipped. */
export function isBlankRow(cells: readonly Cell[]): boolean {
  for (const cell of cells) if (!isBlankCell(cell)) return false;
  return true;
}

const DELIMITERS = [';', ',', '\t'] as const;

/** Counts a character outside double quotes. */
function countOutside(text: string, ch: string): number {
  let inQuotes = false;
  let n = 0;
  for (const c of text) {
    if (c === '"') inQuotes = !inQuotes;
    else if (c === ch && !inQuotes) n++;
  }
  return n;
}

/**
 * A problem with the shape of a row, which makes every cell of it doubtful and is
 * therefore reported alone: more cells than the header has columns (cells shifted by an
 * unquoted delimiter), or the whole row in its first cell, separated by another
 * delimiter than the header's (at least two of them, so that a name such as
 * `Siti Aminah, S.E.` is not taken for one). `delimiter` is the CSV file's; `undefined`
 * for a workbook, where any delimiter in one cell is another one.
 */
export function rowShapeIssue(header: HeaderMap, cells: readonly Cell[], delimiter: string | undefined): CellIssue | undefined {
  const columns = header.columns.length;
  if (cells.length > columns) {
    let last = cells.length;
    while (last > columns && isBlankCell(cells[last - 1])) last--;
    if (last > columns || delimiter !== undefined) {
      const n = delimiter === undefined ? last : cells.length;
      return { path: [], code: 'too_many_cells', message: { id: textOf('id').tooManyCells(n, columns), en: textOf('en').tooManyCells(n, columns) } };
    }
  }
  const first = cells[0];
  if (columns < 3 || typeof first !== 'string') return undefined;
  for (let i = 1; i < cells.length; i++) if (!isBlankCell(cells[i])) return undefined;
  let found: (typeof DELIMITERS)[number] | undefined;
  let most = 1;
  for (const d of DELIMITERS) {
    if (d === delimiter) continue;
    const n = countOutside(first, d);
    if (n > most) {
      found = d;
      most = n;
    }
  }
  if (found === undefined) return undefined;
  const other = found;
  const pick = (lang: 'id' | 'en'): string => {
    const s = sheetTextOf(lang);
    return s.wrongDelimiter(s.delimiterName[other], delimiter === undefined ? undefined : s.delimiterName[delimiter as (typeof DELIMITERS)[number]]);
  };
  return { path: [], code: 'wrong_delimiter', message: { id: pick('id'), en: pick('en') } };
}

/**
 * Every problem of a row at once, in the order of the template's columns (problems of
 * the whole row first): the cells that could not be read, and the library's issues about
 * the rest of the row — leaving out those about an unread cell, or about a part that
 * holds one (`readiness.bandwidth` when `unduh_mbps` could not be read), which would
 * only repeat it.
 */
export function mergeRowIssues(template: Template, cellIssues: readonly CellIssue[], libraryIssues: readonly InputIssue[]): CellIssue[] {
  const unread = cellIssues.map((i) => i.path).filter((p) => p.length > 0);
  const rest = libraryIssues.filter((issue) => !unread.some((p) => startsWith(issue.path, p) || (issue.path.length > 0 && startsWith(p, issue.path))));
  const position = (issue: CellIssue): number => {
    if (issue.path.length === 0) return -1;
    let best = -1;
    let length = -1;
    template.columns.forEach((c, i) => {
      if (startsWith(issue.path, c.path) && c.path.length > length) {
        best = i;
        length = c.path.length;
      }
    });
    return best !== -1 ? best : template.columns.findIndex((c) => startsWith(c.path, issue.path));
  };
  return [...cellIssues, ...rest].map((issue, i) => ({ issue, i, at: position(issue) })).sort((a, b) => a.at - b.at || a.i - b.i).map((x) => x.issue);
}

/**
 * The cells of a row read through the template, with every problem the reader and the
 * cells have: a problem with the row's shape (too many cells, another delimiter) alone,
 * since it makes every cell doubtful; otherwise the value and its cell issues (merged
 * cells, values that could not be read). `undefined` for a blank row.
 */
export function readRowCells(source: Pick<Source, 'header' | 'delimiter'>, raw: RawRow): { value: Record<string, unknown>; issues: CellIssue[] } | { shape: CellIssue } | undefined {
  const cells = raw.cells!;
  if (isBlankRow(cells)) return undefined;
  const header: HeaderMap = source.header!;
  const shape = rowShapeIssue(header, cells, source.delimiter);
  if (shape !== undefined) return { shape };
  const built = rowToObject(header, cells);
  return { value: built.value, issues: [...(raw.issues ?? []), ...built.issues] };
}

const startsWith = (path: readonly (string | number)[], prefix: readonly (string | number)[]): boolean =>
  prefix.length <= path.length && prefix.every((key, i) => path[i] === key);

/**
 * The column an issue is about: the one whose path is the longest start of the issue's
 * path (`roster.leaveDates.3` → `tanggal_cuti`); for an issue about a whole part
 * (`readiness.bandwidth`), the columns inside it, joined by `/`; `undefined` for the row.
 */
export function columnOf(template: Template, path: readonly (string | number)[]): string | undefined {
  let best: Column | undefined;
  for (const column of template.columns) {
    if (startsWith(path, column.path) && (best === undefined || column.path.length > best.path.length)) best = column;
  }
  if (best !== undefined) return best.name;
  if (path.length === 0) return undefined;
  const inside = template.columns.filter((c) => startsWith(c.path, path)).map((c) => c.name);
  return inside.length === 0 ? undefined : inside.join('/');
}

/** The closest column name to an unknown header (edit distance ≤ 3), for "did you mean". */
export function suggestColumn(template: Template, name: string): string | undefined {
  let best: string | undefined;
  let bestDistance = 4;
  for (const column of template.columns) {
    const d = distance(name, column.name);
    if (d < bestDistance) {
      best = column.name;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * The names closest to a mistyped one (edit distance ≤ 3, fewer edits than it has
 * letters), closest first, at most 3: for "did you mean" on an unknown preset id.
 */
export function suggestNames(name: string, names: readonly string[]): string[] {
  if (name.length > 100) return [];
  return names
    .map((candidate, at) => ({ candidate, at, d: candidate.length > 100 ? Infinity : distance(name.toLowerCase(), candidate.toLowerCase()) }))
    .filter((x) => x.d <= 3 && x.d < name.length)
    .sort((a, b) => a.d - b.d || a.at - b.at)
    .slice(0, 3)
    .map((x) => x.candidate);
}

/** Levenshtein distance. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}
