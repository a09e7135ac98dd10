import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { it } from '@fast-check/vitest';
import { expect } from 'vitest';
import { assessUnit, type EmployeeRecord } from 'kerja-dinamis';
import { jabarMkd2025 } from 'kerja-dinamis';
import { CLI_AS_OF, csvRecordsArb, csvStyleArb, type CsvStyle } from '../../test/arbitraries/cli';
import { runCli, tempDir, writeFile } from './_run';

// A spreadsheet export written independently of the command's template code: one getter
// per documented column (docs/cli.md), cells formatted in the given style.
type Get = (r: EmployeeRecord) => unknown;
const COLUMNS: readonly [string, Get][] = [
  ['nip', (r) => r.nip],
  ['nama', (r) => r.name],
  ['unit', (r) => r.unitId],
  ['jabatan', (r) => r.position.title],
  ['layanan', (r) => r.position.serviceIds],
  ['mulai_jabatan', (r) => r.position.since],
  ['tanda_tangan_surat', (r) => r.position.signsLetters],
  ['hari_tatap_muka', (r) => r.position.onsiteWeekdays],
  ['hari_lapangan', (r) => r.position.fieldWeekdays],
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
const TEXT = new Set(['nip', 'nama', 'unit', 'jabatan', 'nip_pendamping', 'layanan']);

function cell(name: string, value: unknown, style: CsvStyle): string {
  if (value === undefined) return '';
  if (typeof value === 'boolean') return style.booleans[value ? 0 : 1];
  if (typeof value === 'number') return style.decimalComma ? String(value).replace('.', ',') : String(value);
  if (Array.isArray(value)) return value.map((v) => cell(name, v, style)).join(style.listSeparator);
  const text = String(value);
  if (/^\d{4}-\d{2}-\d{2}$/.test(text) && style.dayFirstDates) return `${text.slice(8)}/${text.slice(5, 7)}/${text.slice(0, 4)}`;
  if (!TEXT.has(name) && style.lowerCaseCodes) return text.toLowerCase().replaceAll('_', ' ');
  return text;
}

function toCsv(records: readonly EmployeeRecord[], style: CsvStyle): string {
  // Column order: a stable sort of the columns by the generated keys.
  const order = COLUMNS.map((c, i) => ({ c, k: style.columnOrder[i]! })).sort((a, b) => a.k - b.k).map((x) => x.c);
  const rows = [order.map(([name]) => name), ...records.map((r) => order.map(([name, get]) => cell(name, get(r), style)))];
  return (style.bom ? '\uFEFF' : '') + stringify(rows, { delimiter: style.delimiter, record_delimiter: style.crlf ? 'windows' : 'unix' });
}

const byUnitThenNip = (a: { unitId: string; employeeId: string }, b: { unitId: string; employeeId: string }): number =>
  a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : a.employeeId < b.employeeId ? -1 : a.employeeId > b.employeeId ? 1 : 0;

const dir = tempDir();

it.prop([csvRecordsArb, csvStyleArb])('records written as CSV give the decisions assessUnit gives for the records', async (records, style) => {
  const file = writeFile(join(dir, 'pegawai.csv'), toCsv(records, style));
  const r = await runCli(['eligibility', file, '--as-of', CLI_AS_OF, '--policy', 'jabar-mkd-2025', '--format', 'json']);
  const direct = assessUnit(records, jabarMkd2025, CLI_AS_OF);
  expect(direct.rejected).toEqual([]);
  expect(r.stderr.split('\n').filter((l) => l !== '' && !l.includes('baris dibaca'))).toEqual([]);
  expect(r.code).toBe(0);
  const viaCli = (JSON.parse(r.stdout) as { unitId: string; employeeId: string }[]).sort(byUnitThenNip);
  expect(viaCli).toEqual(JSON.parse(JSON.stringify(direct.results)));
});
