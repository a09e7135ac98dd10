import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { readWorkbook, utc, writeWorkbook, type CellInput } from './_xlsx';
import { ROOT, runCli, tempDir } from './_run';

// docs/replikasi.md, the replication guide for a kabupaten/kota, run as written: every
// `kerja-dinamis …` line of its sh blocks, in order, from the repository root, on the
// files checked in next to it (docs/replikasi/). The files the commands write go to a
// temporary folder and are compared with docs/replikasi/hasil/, byte for byte
// (`UPDATE_EXPECTED=1` rewrites them; read the diff before committing).
const GUIDE = readFileSync(join(ROOT, 'docs', 'replikasi.md'), 'utf8');
const RESULTS = join(ROOT, 'docs', 'replikasi', 'hasil');
const OUTPUT_OPTIONS = new Set(['--out', '--html', '--rejected']);

/** The words of a shell command line: spaces split, double quotes group. */
function shellWords(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
}

/** The command lines of the guide's sh blocks, without the program name. */
function guideCommands(): string[][] {
  const blocks = [...GUIDE.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);
  return blocks.flatMap((b) => b.split('\n').filter((l) => l.startsWith('kerja-dinamis '))).map((l) => shellWords(l).slice(1));
}

// The staff workbook is the CSV as a spreadsheet would hold it: NIPs as text in Text
// columns, dates as date cells, speeds as numbers. `UPDATE_EXPECTED=1` rebuilds it from
// the CSV; otherwise a test checks that the two hold the same rows.
const STAFF_CSV = join(ROOT, 'docs', 'replikasi', 'pegawai.csv');
const STAFF_XLSX = join(ROOT, 'docs', 'replikasi', 'pegawai.xlsx');
const DATE_COLUMNS = new Set(['mulai_jabatan', 'tanggal_penilaian', 'tanggal_uji_kecepatan']);
const NUMBER_COLUMNS = new Set(['unduh_mbps', 'unggah_mbps', 'bulan_ditandai', 'bulan_bersih']);

function staffRows(): string[][] {
  return parse(readFileSync(STAFF_CSV, 'utf8'), { delimiter: ';', bom: true }) as string[][];
}

function typed(column: string, text: string): CellInput {
  if (text === '') return null;
  if (DATE_COLUMNS.has(column)) return utc(text);
  if (NUMBER_COLUMNS.has(column)) return Number(text.replace(',', '.'));
  return text;
}

describe('docs/replikasi.md, run as written', () => {
  const steps = guideCommands();

  beforeAll(async () => {
    if (process.env['UPDATE_EXPECTED'] !== '1') return;
    const [header, ...rows] = staffRows();
    const col = (name: string): number => header!.indexOf(name) + 1;
    await writeWorkbook(STAFF_XLSX, [
      {
        name: 'Pegawai',
        rows: [header!, ...rows.map((r) => r.map((text, i) => typed(header![i]!, text)))],
        textColumns: [col('nip'), col('nip_pendamping')],
        dateColumns: [...DATE_COLUMNS].map(col),
      },
    ]);
  });

  it('pegawai.xlsx holds the rows of pegawai.csv, with NIPs as text and dates and numbers typed', async () => {
    const [header, ...rows] = staffRows();
    const sheet = (await readWorkbook(STAFF_XLSX)).worksheets[0]!;
    expect(sheet.rowCount).toBe(rows.length + 1);
    rows.forEach((row, r) => {
      row.forEach((text, c) => {
        const value = sheet.getRow(r + 2).getCell(c + 1).value;
        const column = header![c]!;
        if (text === '') expect(value ?? null, `${r + 2}:${column}`).toBeNull();
        else if (value instanceof Date) expect(value.toISOString().slice(0, 10), column).toBe(text);
        else if (typeof value === 'number') expect(String(value).replace('.', ','), column).toBe(text);
        else expect(value, column).toBe(text);
      });
      expect(typeof sheet.getRow(r + 2).getCell(1).value).toBe('string');
    });
  });

  it('walks through policy init, check and show, warnings, eligibility and a signed roster', () => {
    expect(steps.map((s) => s.slice(0, s[0] === 'policy' ? 2 : 1).join(' '))).toEqual([
      'policy init',
      'policy check',
      'policy show',
      'warnings',
      'eligibility',
      'roster',
    ]);
  });

  it('every command succeeds and writes what docs/replikasi/hasil holds', async () => {
    const dir = tempDir();
    const written: string[] = [];
    for (const args of steps) {
      const argv = args.map((a, i) => {
        if (!OUTPUT_OPTIONS.has(args[i - 1] ?? '')) return a;
        written.push(a);
        return join(dir, a);
      });
      const r = await runCli(argv, { now: new Date('2026-09-25T03:00:00Z') });
      expect(r.code, `${args.join(' ')}\n${r.stderr}`).toBe(0);
    }
    expect(written.length).toBeGreaterThanOrEqual(6);
    for (const name of written) {
      const actual = readFileSync(join(dir, name), 'utf8');
      const expected = join(RESULTS, basename(name));
      if (process.env['UPDATE_EXPECTED'] === '1') writeFileSync(expected, actual);
      expect(existsSync(expected), expected).toBe(true);
      expect(actual, name).toBe(readFileSync(expected, 'utf8'));
    }
    // Nothing stale in hasil/: every file there is written by a step.
    expect(readdirSync(RESULTS).sort()).toEqual(written.map((n) => basename(n)).sort());
  });

  it('the file made by policy init, edited as the guide says, is the checked-in policy file', async () => {
    const edited = JSON.parse(readFileSync(join(ROOT, 'docs', 'replikasi', 'kebijakan-tasikmalaya.json'), 'utf8')) as Record<string, unknown>;
    const started = JSON.parse(readFileSync(join(RESULTS, 'kebijakan-tasikmalaya.json'), 'utf8')) as Record<string, unknown>;
    // The same skeleton: the guide only changes values.
    expect(Object.keys(edited).sort()).toEqual(Object.keys(started).sort());
    expect([edited['$schema'], edited['extends'], edited['id']]).toEqual([started['$schema'], started['extends'], started['id']]);
  });

  it('the guide states the outcomes the outputs hold', () => {
    const decisions = readFileSync(join(RESULTS, 'keputusan-2026-10.csv'), 'utf8');
    const statusOf = (name: string): string => decisions.split('\n').find((l) => l.includes(`;${name};`))!.split(';')[3]!;
    expect(statusOf('Yusuf Maulana')).toBe('NOT_ELIGIBLE');
    for (const name of ['Agus Setiawan', 'Lia Rosmalia', 'Rizky Pratama', 'Sinta Amelia', 'Fajar Nugraha']) expect(statusOf(name), name).toBe('NOT_ELIGIBLE');
    expect(statusOf('Ilham Ramdani')).toBe('ELIGIBLE');
    const html = readFileSync(join(RESULTS, 'jadwal-2026-10.html'), 'utf8');
    for (const text of ['BKPSDM Kota Tasikmalaya', 'MKD Kota Tasikmalaya 2026 (contoh replikasi)', 'Hari Jadi Kota Tasikmalaya', 'Ujang Sutisna', 'Kepala BKPSDM']) expect(html, text).toContain(text);
  });
});
