import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { EmployeeRecord } from 'kerja-dinamis';
import type { CsvStyle } from './arbitraries';

// A spreadsheet export written independently of the command's template code: one getter
// per documented column (docs/cli.md), cells formatted in the given style.
type Get = (r: EmployeeRecord) => unknown;
export const COLUMNS: readonly [string, Get][] = [
  ['nip', (r) => r.nip],
  ['nama', (r) => r.name],
  ['unit', (r) => r.unitId],
  ['jabatan', (r) => r.position?.title],
  ['layanan', (r) => r.position?.serviceIds],
  ['mulai_jabatan', (r) => r.position?.since],
  ['tanda_tangan_surat', (r) => r.position?.signsLetters],
  ['hari_tatap_muka', (r) => r.position?.onsiteWeekdays],
  ['hari_lapangan', (r) => r.position?.fieldWeekdays],
  ['kinerja', (r) => r.talent?.kinerja],
  ['potensial', (r) => r.talent?.potensial],
  ['nilai_kinerja', (r) => r.talent?.kinerjaScore],
  ['nilai_potensial', (r) => r.talent?.potensialScore],
  ['tanggal_penilaian', (r) => r.talent?.assessedOn],
  ['laptop', (r) => r.readiness?.laptop?.available],
  ['kepemilikan_laptop', (r) => r.readiness?.laptop?.ownership],
  ['unduh_mbps', (r) => r.readiness?.bandwidth?.downloadMbps],
  ['unggah_mbps', (r) => r.readiness?.bandwidth?.uploadMbps],
  ['tanggal_uji_kecepatan', (r) => r.readiness?.bandwidth?.measuredOn],
  ['kmob_aktif', (r) => r.readiness?.kmobActive],
  ['tte_aktif', (r) => r.readiness?.tte?.active],
  ['ruang_kerja', (r) => r.readiness?.workspaceDeclared],
  ['tempat_kerja', (r) => r.readiness?.workplace],
  ['status_disiplin', (r) => r.disciplinary?.status],
  ['tingkat_hukuman', (r) => r.disciplinary?.penalty],
  ['hukuman_sampai', (r) => r.disciplinary?.until],
  ['pengecualian', (r) => r.capException],
  ['tingkat_peringatan', (r) => r.performance?.state?.level],
  ['bulan_ditandai', (r) => r.performance?.state?.flaggedStreak],
  ['bulan_bersih', (r) => r.performance?.state?.cleanStreak],
  ['bulan_terakhir', (r) => r.performance?.state?.lastMonth],
  ['hari_fleksibel_pilihan', (r) => r.roster?.preferredWeekdays],
  ['tanggal_cuti', (r) => r.roster?.leaveDates],
  ['nip_pendamping', (r) => r.roster?.backupPartnerNip],
];
export const TEXT = new Set(['nip', 'nama', 'unit', 'jabatan', 'nip_pendamping', 'layanan']);

export function cell(name: string, value: unknown, style: CsvStyle): string {
  if (value === undefined) return '';
  if (typeof value === 'boolean') return style.booleans[value ? 0 : 1];
  if (typeof value === 'number') return style.decimalComma ? String(value).replace('.', ',') : String(value);
  if (Array.isArray(value)) return value.map((v) => cell(name, v, style)).join(style.listSeparator);
  const text = String(value);
  if (/^\d{4}-\d{2}-\d{2}$/.test(text) && style.dayFirstDates) return `${text.slice(8)}/${text.slice(5, 7)}/${text.slice(0, 4)}`;
  if (!TEXT.has(name) && style.lowerCaseCodes) return text.toLowerCase().replaceAll('_', ' ');
  return text;
}

export function toCsv(records: readonly EmployeeRecord[], style: CsvStyle): string {
  // Column order: a stable sort of the columns by the generated keys.
  const order = COLUMNS.map((c, i) => ({ c, k: style.columnOrder[i]! })).sort((a, b) => a.k - b.k).map((x) => x.c);
  const rows = [order.map(([name]) => name), ...records.map((r) => order.map(([name, get]) => cell(name, get(r), style)))];
  return (style.bom ? '\uFEFF' : '') + stringify(rows, { delimiter: style.delimiter, record_delimiter: style.crlf ? 'windows' : 'unix' });
}


/** How a workbook may hold the same records: typed cells or text, in the CSV style's column order. */
export interface SheetStyle {
  /** Numbers as number cells (else as the CSV style's text). */
  readonly typedNumbers: boolean;
  /** Dates as date cells (else as text); a list of one date too. */
  readonly typedDates: boolean;
  /** Yes/no as TRUE/FALSE cells (else as text). */
  readonly typedBooleans: boolean;
}

/** The records as a workbook: the CSV's cells, typed as the style says; NIPs always text. */
export async function toXlsx(records: readonly EmployeeRecord[], style: CsvStyle, sheetStyle: SheetStyle): Promise<Buffer> {
  const order = COLUMNS.map((c, i) => ({ c, k: style.columnOrder[i]! })).sort((a, b) => a.k - b.k).map((x) => x.c);
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Pegawai');
  sheet.addRow(order.map(([name]) => name));
  for (const r of records) {
    sheet.addRow(
      order.map(([name, get]): ExcelJS.CellValue => {
        const value = get(r);
        if (value === undefined) return null;
        if (typeof value === 'number' && sheetStyle.typedNumbers) return value;
        if (typeof value === 'boolean' && sheetStyle.typedBooleans) return value;
        const date = Array.isArray(value) && value.length === 1 ? value[0] : value;
        if (sheetStyle.typedDates && typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date)) return new Date(`${date}T00:00:00Z`);
        return cell(name, value, style);
      }),
    );
  }
  order.forEach(([name], i) => {
    if (name.startsWith('nip')) sheet.getColumn(i + 1).numFmt = '@';
    if (sheetStyle.typedDates && ['mulai_jabatan', 'tanggal_penilaian', 'tanggal_uji_kecepatan', 'hukuman_sampai', 'tanggal_cuti'].includes(name)) sheet.getColumn(i + 1).numFmt = 'dd/mm/yyyy';
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}
