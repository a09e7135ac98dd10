/**
 * The CSV templates: which Indonesian column goes where in the library's input, and how
 * its cells are read. One table per template; docs/cli.md documents every column, and
 * `kerja-dinamis template <name>` prints the header row.
 */
import type { LocalizedText } from 'kerja-dinamis';
import { readBoolean, readCode, readCodeList, readDate, readDateList, readList, readMonth, readNumber, type Converted } from './values';

/** How a column's cells are read. */
export type ColumnKind = 'text' | 'number' | 'boolean' | 'date' | 'month' | 'code' | 'codes' | 'list' | 'dates';

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
  col('bulan_ditandai', [...prefix, 'flaggedStreak'], 'number'),
  col('bulan_bersih', [...prefix, 'cleanStreak'], 'number'),
  col('bulan_terakhir', [...prefix, 'lastMonth'], 'month'),
];

/** Employee records: the `eligibility` and `roster` commands. */
export const EMPLOYEE_TEMPLATE: Template = {
  name: 'eligibility',
  required: ['nip', 'nama', 'unit'],
  columns: [
    col('nip', ['nip'], 'text'),
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
    col('nip_pendamping', ['roster', 'backupPartnerNip'], 'text'),
  ],
};

/** Monthly performance rows: the `warnings` command and the `--performance` option. */
export const PERFORMANCE_TEMPLATE: Template = {
  name: 'warnings',
  required: ['nip', 'bulan'],
  columns: [
    col('nip', ['employeeId'], 'text'),
    col('bulan', ['month'], 'month'),
    col('menit_trk', ['trk', 'effectiveMinutes'], 'number'),
    col('hadir', ['attendance', 'daysPresent'], 'number'),
    col('alpa', ['attendance', 'daysAbsentWithoutReason'], 'number'),
    col('menit_terlambat', ['attendance', 'minutesLate'], 'number'),
    col('menit_pulang_cepat', ['attendance', 'minutesEarlyLeave'], 'number'),
    col('fleksibel_tanpa_absen', ['attendance', 'flexibleDaysWithoutCheckIn'], 'number'),
    col('cuti', ['attendance', 'leaveDays'], 'number'),
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
    col('min_di_kantor', ['minOnsiteHeadcount'], 'number'),
    col('persen_di_kantor', ['minOnsitePercent'], 'number'),
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

/** Reads one cell for a column. */
export function readCell(column: Column, cell: string): Converted {
  switch (column.kind) {
    case 'text':
      return { ok: true, value: cell.trim() };
    case 'number':
      return readNumber(cell);
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

/**
 * Builds the library's input from one row: an empty cell leaves its field out (unknown
 * evidence), every other cell is read for its column. Issues are the cells that could
 * not be read; the result still holds the others.
 */
export function rowToObject(header: HeaderMap, cells: readonly string[]): { value: Record<string, unknown>; issues: CellIssue[] } {
  const value: Record<string, unknown> = {};
  const issues: CellIssue[] = [];
  const n = Math.min(cells.length, header.columns.length);
  for (let i = 0; i < n; i++) {
    const column = header.columns[i];
    const cell = cells[i]!;
    if (column === undefined || cell.trim() === '') continue;
    const read = readCell(column, cell);
    if (read.ok) setPath(value, column.path, read.value);
    else issues.push({ path: column.path, code: read.code, message: read.message });
  }
  return { value, issues };
}

/** Whether every cell of a row is empty: a blank spreadsheet row, skipped. */
export function isBlankRow(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim() !== '') return false;
  return true;
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
