import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { DAY_COLOURS, UNMET_COLOUR } from '../src/html';
import { TEMPLATES, TEMPLATE_EXAMPLES, isTextColumn } from '../src/templates';
import { MAX_SHEET_NAME, sheetNames } from '../src/xlsx-write';
import { MAX_UNIT_SHEETS } from '../src/xlsx-views';
import { lines, runCli, tempDir, writeFile } from './_run';
import { exampleRows, readWorkbook } from './_xlsx';

const dir = tempDir();
const AS_OF = ['--as-of', '2026-02-02'];

/** A cell as the text CSV would hold (dates as YYYY-MM-DD, numbers as written in English CSV, booleans as yes/no). */
function asText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'object' && 'result' in value) return asText(value.result as ExcelJS.CellValue);
  return String(value);
}

/** The rows of a sheet as arrays of cell values (row 1 first). */
function sheetRows(sheet: ExcelJS.Worksheet): ExcelJS.CellValue[][] {
  const out: ExcelJS.CellValue[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    out[n - 1] = Array.from({ length: sheet.columnCount }, (_, i) => row.getCell(i + 1).value);
  });
  return out.map((r) => r ?? []);
}

const frozenHeader = (sheet: ExcelJS.Worksheet): void => {
  expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
};

describe('--format xlsx', () => {
  it('needs --out with a name ending in .xlsx: a workbook never goes to the screen', async () => {
    const none = await runCli(['eligibility', 'examples/pegawai.csv', ...AS_OF, '--format', 'xlsx', '--lang', 'en']);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    expect(lines(none.stderr)).toEqual(['kerja-dinamis eligibility: --format xlsx needs --out <file.xlsx>; a workbook is never written to the screen']);
    const csvName = await runCli(['roster', 'examples/pegawai.csv', '--month', '2026-02', '--format', 'xlsx', '--out', join(dir, 'jadwal.csv')]);
    expect(lines(csvName.stderr)).toEqual([`kerja-dinamis roster: --format xlsx menulis buku kerja; nama berkas --out harus berakhiran .xlsx (bukan ${join(dir, 'jadwal.csv')})`]);
    const textToXlsx = await runCli(['warnings', 'examples/kinerja-bulanan.csv', '--format', 'csv', '--out', join(dir, 'w.xlsx'), '--lang', 'en']);
    expect(lines(textToXlsx.stderr)).toEqual([`kerja-dinamis warnings: ${join(dir, 'w.xlsx')} ends in .xlsx but the output format is csv; add --format xlsx`]);
  });

  it('writes eligibility as a sheet: the CSV’s columns, NIPs as text, typed numbers and dates, a frozen header', async () => {
    const out = join(dir, 'kelayakan.xlsx');
    const r = await runCli(['eligibility', 'examples/pegawai.csv', ...AS_OF, '--format', 'xlsx', '--out', out, '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    const csv = await runCli(['eligibility', 'examples/pegawai.csv', ...AS_OF, '--format', 'csv', '--lang', 'en']);
    const book = await readWorkbook(out);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Eligibility']);
    const sheet = book.worksheets[0]!;
    frozenHeader(sheet);
    const rows = sheetRows(sheet);
    expect(rows.map((row) => row.map(asText))).toEqual(parse(csv.stdout) as string[][]);
    const first = rows[1]!;
    expect(first[0]).toBe('198205142006042001');
    expect(sheet.getColumn(1).numFmt).toBe('@');
    expect(typeof first[4]).toBe('number');
    expect(first[11]).toEqual(new Date('2026-02-02T00:00:00Z'));
    expect(sheet.getCell('L2').numFmt).toBe('yyyy-mm-dd');
  });

  it('names the eligibility sheet in Bahasa Indonesia by default', async () => {
    const out = join(dir, 'kelayakan-id.xlsx');
    await runCli(['eligibility', 'examples/pegawai.csv', ...AS_OF, '--format', 'xlsx', '--out', out]);
    const sheet = (await readWorkbook(out)).worksheets[0]!;
    expect(sheet.name).toBe('Kelayakan');
    expect(sheet.getRow(1).values).toEqual([
      undefined,
      'nip',
      'nama',
      'unit',
      'status',
      'hari_fleksibel_maks',
      'kriteria_pegawai',
      'kotak_talenta',
      'layanan',
      'kesiapan',
      'peringatan_dini',
      'kebijakan',
      'tanggal_keputusan',
      'alasan',
    ]);
  });

  it('writes warnings as a sheet: scores as numbers, MKD allowed as yes/no cells', async () => {
    const out = join(dir, 'peringatan.xlsx');
    const r = await runCli(['warnings', 'examples/kinerja-bulanan.csv', ...AS_OF, '--format', 'xlsx', '--out', out, '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    const csv = await runCli(['warnings', 'examples/kinerja-bulanan.csv', ...AS_OF, '--format', 'csv', '--lang', 'en']);
    const sheet = (await readWorkbook(out)).worksheets[0]!;
    expect(sheet.name).toBe('Early warning');
    frozenHeader(sheet);
    const rows = sheetRows(sheet);
    expect(rows.map((row) => row.map(asText))).toEqual(parse(csv.stdout) as string[][]);
    expect(typeof rows[1]![2]).toBe('number');
    expect(typeof rows[1]![8]).toBe('boolean');
  });
});

describe('roster workbooks', () => {
  it('writes an index sheet and one sheet per unit, day cells coloured as on the HTML calendar', async () => {
    const out = join(dir, 'jadwal.xlsx');
    const r = await runCli(['roster', 'examples/pegawai.csv', '--month', '2026-02', '--units', 'examples/unit.csv', '--format', 'xlsx', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const book = await readWorkbook(out);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Ringkasan', 'bidang-aplikasi', 'bidang-umum']);
    const index = book.worksheets[0]!;
    frozenHeader(index);
    expect(index.getRow(2).getCell(1).value).toBe('bidang-aplikasi');
    expect(index.getRow(2).getCell(2).value).toEqual({ formula: `HYPERLINK("#'bidang-aplikasi'!A1","bidang-aplikasi")`, result: 'bidang-aplikasi' });
    expect(index.getRow(2).getCell(3).value).toBe(7);

    const unit = book.getWorksheet('bidang-umum')!;
    frozenHeader(unit);
    expect(unit.views[0]).toMatchObject({ xSplit: 2 });
    const header = sheetRows(unit)[0]!;
    expect(header.slice(0, 7)).toEqual(['nip', 'nama', 'status', 'hari_fleksibel_maks', 'hari_fleksibel_diberikan', 'hari_fleksibel_kolektif', '2026-02-01']);
    const csv = await runCli(['roster', 'examples/pegawai.csv', '--month', '2026-02', '--units', 'examples/unit.csv', '--format', 'csv']);
    const csvRows = (parse(csv.stdout, { delimiter: ';', bom: true }) as string[][]).filter((row) => row[0] === 'bidang-umum');
    const rows = sheetRows(unit).slice(1);
    expect(rows.map((row) => row.map((v) => (typeof v === 'boolean' ? String(v) : asText(v))))).toEqual(csvRows.map((row) => row.slice(1)));
    // Every day cell is filled with its status's colour; short days in red.
    let coloured = 0;
    unit.eachRow((row, n) => {
      if (n === 1) return;
      row.eachCell((cell, c) => {
        if (c < 7) return;
        const code = cell.value as keyof typeof DAY_COLOURS;
        if (code in DAY_COLOURS) {
          expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(`FF${DAY_COLOURS[code].slice(1).toUpperCase()}`);
          coloured++;
        }
      });
    });
    expect(coloured).toBe(7 * 28);
    // The legend below the index: the five colours, then the colour of short days.
    const legend = sheetRows(index).filter((row) => typeof row[0] === 'string' && (row[0] in DAY_COLOURS || row[0] === '!'));
    expect(legend.map((row) => row[0])).toEqual(['KANTOR', 'FLEKSIBEL', 'LAPANGAN', 'CUTI', 'LIBUR', '!']);
    const unmet = index.findRow(sheetRows(index).findIndex((row) => row[0] === '!') + 1)!.getCell(1);
    expect((unmet.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(`FF${UNMET_COLOUR.slice(1).toUpperCase()}`);
  });

  it('names unit sheets within 31 characters, without Excel’s forbidden characters, and never twice', async () => {
    const units = ['bidang/umum:[rahasia]*?\\', 'Bidang_Umum:[Rahasia]*?/', `UPT ${'Pelayanan Pajak Daerah '.repeat(3)}Wilayah I`, `UPT ${'Pelayanan Pajak Daerah '.repeat(3)}Wilayah II`, 'Ringkasan', "'kutip'"];
    const nips = ['198205142006042001', '198907232014031002', '199104022015032003', '198612122010011004', '199309302019032005', '198001012005011006'];
    const csv = writeFile(join(dir, 'units.csv'), `nip;nama;unit\n${units.map((u, i) => `${nips[i]};Pegawai ${i};"${u}"`).join('\n')}\n`);
    const out = join(dir, 'units.xlsx');
    const r = await runCli(['roster', csv, '--month', '2026-02', '--format', 'xlsx', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const names = (await readWorkbook(out)).worksheets.map((s) => s.name);
    expect(names).toHaveLength(1 + units.length);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
      expect(name).not.toMatch(/[[\]:*?/\\]|^'|'$/);
    }
    expect(names).toContain('Ringkasan (2)');
  });

  it(`writes one roster sheet with a unit column past ${MAX_UNIT_SHEETS} units`, async () => {
    const count = MAX_UNIT_SHEETS + 1;
    const rows = Array.from({ length: count }, (_, i) => {
      const birth = new Date(Date.UTC(1980, 0, 1 + i)).toISOString().slice(0, 10).replaceAll('-', '');
      return `${birth}2006041001;Pegawai ${i};unit-${String(i).padStart(3, '0')}`;
    });
    const csv = writeFile(join(dir, 'many-units.csv'), `nip;nama;unit\n${rows.join('\n')}\n`);
    const out = join(dir, 'many-units.xlsx');
    const r = await runCli(['roster', csv, '--month', '2026-02', '--format', 'xlsx', '--out', out, '--lang', 'en']);
    expect(r.code, r.stderr).toBe(0);
    const book = await readWorkbook(out);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Index', 'Roster']);
    const roster = book.getWorksheet('Roster')!;
    expect(roster.getRow(1).getCell(1).value).toBe('unit');
    expect(roster.views[0]).toMatchObject({ xSplit: 3 });
    const units = new Set(sheetRows(roster).slice(1).map((row) => row[0]));
    expect(units.size).toBe(count);
    expect(sheetRows(book.getWorksheet('Index')!).filter((row) => typeof row[0] === 'string' && row[0].startsWith('unit-'))).toHaveLength(count);
  });

  it('makes sheet names as documented', () => {
    expect(sheetNames(['bidang/umum', 'Bidang:Umum'], ['Ringkasan'])).toEqual(['bidang_umum', 'Bidang_Umum (2)']);
    expect(sheetNames(['', 'History', "'a'", 'x'.repeat(40), 'x'.repeat(40)])).toEqual(['unit', 'History_', 'a', 'x'.repeat(31), `${'x'.repeat(27)} (2)`]);
  });
});

describe('templates', () => {
  it('take their example rows from the files in examples/', () => {
    const files = { eligibility: 'pegawai.csv', warnings: 'kinerja-bulanan.csv', units: 'unit.csv', holidays: 'libur-daerah.csv' } as const;
    for (const [name, file] of Object.entries(files) as [keyof typeof files, string][]) {
      const [header, ...rows] = exampleRows(file);
      const examples = TEMPLATE_EXAMPLES[name];
      expect(examples.length, name).toBeGreaterThanOrEqual(2);
      expect(examples.length, name).toBeLessThanOrEqual(3);
      for (const example of examples) {
        const match = rows.find((row) => TEMPLATES[name].columns.every((c) => (header!.includes(c.name) ? row[header!.indexOf(c.name)] === (example[c.name] ?? '') : example[c.name] === undefined)));
        expect(match, `${name}: ${JSON.stringify(example)}`).toBeDefined();
      }
    }
  });

  it('--contoh writes the header and the example rows, which the command reads without a problem', async () => {
    const out = join(dir, 'contoh.csv');
    expect((await runCli(['template', 'eligibility', '--contoh', '--out', out])).code).toBe(0);
    const rows = parse(await import('node:fs').then((fs) => fs.readFileSync(out, 'utf8')), { delimiter: ';' }) as string[][];
    expect(rows[0]).toEqual(TEMPLATES.eligibility.columns.map((c) => c.name));
    expect(rows).toHaveLength(4);
    const r = await runCli(['eligibility', out, ...AS_OF]);
    expect(r.code, r.stderr).toBe(0);
    const alias = await runCli(['template', 'warnings', '--example']);
    expect(lines(alias.stdout)).toHaveLength(4);
  });

  it('--format xlsx writes a workbook whose Text columns are formatted as Text', async () => {
    for (const template of Object.values(TEMPLATES)) {
      const out = join(dir, `template-${template.name}.xlsx`);
      const r = await runCli(['template', template.name, '--format', 'xlsx', '--out', out]);
      expect(r.code, r.stderr).toBe(0);
      const sheet = (await readWorkbook(out)).worksheets[0]!;
      expect(sheet.name).toBe(template.name);
      frozenHeader(sheet);
      template.columns.forEach((c, i) => {
        expect(sheet.getRow(1).getCell(i + 1).value).toBe(c.name);
        expect(sheet.getColumn(i + 1).numFmt, c.name).toBe(isTextColumn(c) ? '@' : undefined);
      });
      expect(sheet.rowCount).toBe(1);
    }
    expect(TEMPLATES.eligibility.columns.filter(isTextColumn).map((c) => c.name)).toEqual(expect.arrayContaining(['nip', 'nip_pendamping']));
  });

  it('--format xlsx --contoh gives the decisions of the CSV template with examples', async () => {
    const book = join(dir, 'contoh.xlsx');
    const csv = join(dir, 'contoh-2.csv');
    await runCli(['template', 'eligibility', '--format', 'xlsx', '--contoh', '--out', book]);
    await runCli(['template', 'eligibility', '--contoh', '--out', csv]);
    const sheet = (await readWorkbook(book)).worksheets[0]!;
    expect(sheet.getCell('A2').value).toBe('198205142006042001');
    expect(sheet.getCell('Q2').value).toBe(32.5);
    const fromBook = await runCli(['eligibility', book, ...AS_OF, '--format', 'json']);
    const fromCsv = await runCli(['eligibility', csv, ...AS_OF, '--format', 'json']);
    expect(fromBook.code, fromBook.stderr).toBe(0);
    expect(fromBook.stdout).toBe(fromCsv.stdout);
  });

  it('refuses --format json for a template', async () => {
    const r = await runCli(['template', 'units', '--format', 'json', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual(['kerja-dinamis template: --format json does not apply to templates; choose csv or xlsx']);
  });
});
