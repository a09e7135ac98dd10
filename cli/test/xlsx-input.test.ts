import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { EMPLOYEE_TEMPLATE, PERFORMANCE_TEMPLATE, type Template } from '../src/templates';
import { lines, runCli, tempDir, writeFile } from './_run';
import { compoundFile, exampleRows, minimalWorkbook, storedEntry, utc, writeBytes, writeWorkbook, zerosEntry, zipArchive, type CellInput } from './_xlsx';

// Workbooks are made by the tests with exceljs; the ZIP and OLE files that must be
// refused are made by hand (_xlsx.ts), a few hundred bytes each.

const dir = tempDir();
const AS_OF = ['--as-of', '2026-02-02'];

/** A CSV cell as the typed value a spreadsheet would hold: numbers, dates, yes/no. */
function typed(template: Template, column: string, text: string): CellInput {
  if (text === '') return null;
  const kind = template.columns.find((c) => c.name === column)?.kind;
  if (kind === 'number' || kind === 'integer') return Number(text.replace(',', '.'));
  if (kind === 'date') {
    const dmy = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
    return utc(dmy === null ? text : `${dmy[3]}-${dmy[2]}-${dmy[1]}`);
  }
  if (kind === 'boolean') return ['ya', 'true', '1'].includes(text.toLowerCase());
  return text;
}

/** An example CSV as a workbook of typed cells (dates formatted as dates, NIPs as text). */
async function exampleWorkbook(csv: string, template: Template, path: string): Promise<string> {
  const [header, ...rows] = exampleRows(csv);
  const dateColumns = header!.flatMap((name, i) => (template.columns.find((c) => c.name === name)?.kind === 'date' ? [i + 1] : []));
  const textColumns = header!.flatMap((name, i) => (template.columns.find((c) => c.name === name)?.kind === 'nip' ? [i + 1] : []));
  return writeWorkbook(path, [{ name: 'Data', rows: [header!, ...rows.map((r) => r.map((cell, i) => typed(template, header![i]!, cell)))], dateColumns, textColumns }]);
}

describe('reading .xlsx workbooks', () => {
  it('gives the decisions of the CSV for the same employees typed in a workbook', async () => {
    const book = await exampleWorkbook('pegawai.csv', EMPLOYEE_TEMPLATE, join(dir, 'pegawai.xlsx'));
    const fromCsv = await runCli(['eligibility', 'examples/pegawai.csv', ...AS_OF, '--format', 'json']);
    const fromXlsx = await runCli(['eligibility', book, ...AS_OF, '--format', 'json']);
    expect(fromXlsx.code).toBe(0);
    expect(fromXlsx.stdout).toBe(fromCsv.stdout);
    expect(lines(fromXlsx.stderr)).toEqual([`${book}: 14 baris dibaca, 14 diproses, 0 ditolak`]);
  });

  it('gives the early-warning levels of the CSV for the same months typed in a workbook', async () => {
    const book = await exampleWorkbook('kinerja-bulanan.csv', PERFORMANCE_TEMPLATE, join(dir, 'kinerja.xlsx'));
    const fromCsv = await runCli(['warnings', 'examples/kinerja-bulanan.csv', ...AS_OF, '--format', 'json']);
    const fromXlsx = await runCli(['warnings', book, ...AS_OF, '--format', 'json']);
    expect(fromXlsx.code).toBe(0);
    expect(fromXlsx.stdout).toBe(fromCsv.stdout);
  });
});

const HEADER = ['nip', 'nama', 'unit', 'layanan', 'mulai_jabatan', 'nilai_kinerja', 'nilai_potensial', 'tanggal_penilaian', 'laptop', 'unduh_mbps', 'unggah_mbps', 'tanggal_uji_kecepatan', 'kmob_aktif', 'ruang_kerja', 'status_disiplin'];
const CSV_ROW = '198205142006042001;Nurhayati Syamsiah;bidang-umum;perencana;2021-03-01;91,5;82;2025-10-15;ya;32,5;11,2;2026-01-08;ya;ya;NONE';

/** The decisions of a one-row CSV, as JSON text. */
async function csvDecisions(row: string = CSV_ROW): Promise<string> {
  const csv = writeFile(join(dir, `one-${Math.random().toString(36).slice(2)}.csv`), `${HEADER.join(';')}\n${row}\n`);
  const r = await runCli(['eligibility', csv, ...AS_OF, '--format', 'json']);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

describe('typed cells', () => {
  it('reads numbers, dates and booleans as typed, and formulas as their saved results', async () => {
    const book = await writeWorkbook(join(dir, 'typed.xlsx'), [
      {
        name: 'Pegawai',
        rows: [
          HEADER,
          [
            '198205142006042001',
            { formula: 'CONCATENATE("Nurhayati"," ","Syamsiah")', result: 'Nurhayati Syamsiah' },
            'bidang-umum',
            'perencana',
            utc('2021-03-01'),
            { formula: '80+11.5', result: 91.5 },
            82,
            { formula: 'DATE(2025,10,15)', result: utc('2025-10-15') },
            true,
            32.5,
            { formula: '5.6*2', result: 11.2 },
            utc('2026-01-08'),
            { formula: 'TRUE()', result: true },
            'ya',
            'NONE',
          ],
        ],
        textColumns: [1],
        dateColumns: [5, 8, 12],
      },
    ]);
    const r = await runCli(['eligibility', book, ...AS_OF, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(await csvDecisions());
  });

  it('reads dates of a workbook in the 1904 date system', async () => {
    const book = await writeWorkbook(
      join(dir, 'date1904.xlsx'),
      [{ name: 'Pegawai', rows: [HEADER, ['198205142006042001', 'Nurhayati Syamsiah', 'bidang-umum', 'perencana', utc('2021-03-01'), 91.5, 82, utc('2025-10-15'), true, 32.5, 11.2, utc('2026-01-08'), true, true, 'NONE']], dateColumns: [5, 8, 12] }],
      { date1904: true },
    );
    const r = await runCli(['eligibility', book, ...AS_OF, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(await csvDecisions());
  });

  it('numbers rows as the sheet does: the header is the first row holding anything', async () => {
    const book = await writeWorkbook(join(dir, 'rows.xlsx'), [
      { name: 'Pegawai', rows: [[], [], HEADER, [], ['198205142006042001', 'Nurhayati Syamsiah', 'bidang-umum', 'perencana', '2021-03-01', 'sembilan puluh']] },
    ]);
    const r = await runCli(['eligibility', book, ...AS_OF]);
    expect(r.code).toBe(1);
    expect(lines(r.stderr)[0]).toBe(`${book} baris 5, kolom nilai_kinerja: "sembilan puluh" bukan angka (pakai 92,5 atau 92.5, tanpa pemisah ribuan)`);
  });

  it('refuses a NIP stored as a number, with the fix, in both languages', async () => {
    const book = await writeWorkbook(join(dir, 'nip-number.xlsx'), [{ name: 'Pegawai', rows: [['nip', 'nama', 'unit'], [198205142006042001, 'Nurhayati Syamsiah', 'bidang-umum']] }]);
    const id = await runCli(['eligibility', book, ...AS_OF]);
    expect(id.code).toBe(1);
    expect(lines(id.stderr)[0]).toBe(
      `${book} baris 2, kolom nip: NIP tersimpan sebagai angka (198205142006042000): kolom NIP harus berformat Teks; format kolomnya sebagai Teks dan ketik ulang NIP-nya, karena 18 digit tidak bertahan sebagai angka`,
    );
    const en = await runCli(['eligibility', book, ...AS_OF, '--lang', 'en']);
    expect(lines(en.stderr)[0]).toBe(
      `${book} row 2, column nip: the NIP is stored as a number (198205142006042000): format the NIP column as Text and type the NIP again; 18 digits do not survive a number`,
    );
  });

  it('refuses cells holding a spreadsheet error or a formula without a saved result, never calculating', async () => {
    const book = await writeWorkbook(join(dir, 'formulas.xlsx'), [
      {
        name: 'Pegawai',
        rows: [
          ['nip', 'nama', 'unit', 'nilai_kinerja', 'nilai_potensial', 'unduh_mbps'],
          ['198205142006042001', 'Nurhayati Syamsiah', 'bidang-umum', { formula: '1/0', result: { error: '#DIV/0!' } } as CellInput, { formula: '80+2' } as CellInput, { error: '#N/A' } as CellInput],
        ],
      },
    ]);
    const r = await runCli(['eligibility', book, ...AS_OF, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(lines(r.stderr).slice(0, 3)).toEqual([
      `${book} row 2, column nilai_kinerja: the formula's result in this cell is a spreadsheet error (#DIV/0!, #N/A…): fix the formula or type the value`,
      `${book} row 2, column nilai_potensial: a formula without a saved result: kerja-dinamis never calculates formulas; open the file in a spreadsheet, let it calculate and save it again (or copy and paste as values)`,
      `${book} row 2, column unduh_mbps: the cell holds the spreadsheet error #N/A: fix the formula or type the value`,
    ]);
  });

  it('reads a formula whose saved result is 0 or FALSE as that result', async () => {
    const book = await writeWorkbook(join(dir, 'zero.xlsx'), [
      {
        name: 'Pegawai',
        rows: [HEADER, ['198205142006042001', 'Nurhayati Syamsiah', 'bidang-umum', 'perencana', '2021-03-01', 91.5, 82, '2025-10-15', { formula: '1=0', result: false } as CellInput, 32.5, 11.2, '2026-01-08', true, true, 'NONE']],
      },
    ]);
    const r = await runCli(['eligibility', book, ...AS_OF, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(await csvDecisions(CSV_ROW.replace(';2025-10-15;ya;', ';2025-10-15;tidak;')));
    const months = await writeWorkbook(join(dir, 'zero-minutes.xlsx'), [
      {
        name: 'Kinerja',
        rows: [
          ['nip', 'bulan', 'menit_trk', 'hadir', 'alpa', 'menit_terlambat', 'menit_pulang_cepat', 'fleksibel_tanpa_absen', 'cuti'],
          ['198205142006042001', '2026-01', 6420, 20, { formula: '1-1', result: 0 } as CellInput, 0, 0, 0, 0],
        ],
      },
    ]);
    const w = await runCli(['warnings', months, ...AS_OF, '--format', 'csv']);
    expect(w.code, w.stderr).toBe(0);
  });

  it('reports a row inside merged cells, since only the first row of a merge holds the value', async () => {
    const book = await writeWorkbook(join(dir, 'merged-rows.xlsx'), [
      {
        name: 'Pegawai',
        rows: [
          ['nip', 'nama', 'unit'],
          ['198205142006042001', 'Nurhayati Syamsiah', 'bidang-umum'],
          ['198907232014031002', 'Asep Kurniadi', null],
        ],
        merges: ['C2:C3'],
      },
    ]);
    const r = await runCli(['eligibility', book, ...AS_OF, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual([
      `${book} row 3, column unit: this row lies in the merged cells C2:C3; only the first row of a merge holds the value: unmerge them and fill in every row`,
      `${book}: 2 rows read, 1 processed, 1 rejected`,
    ]);
  });
});

describe('sheets', () => {
  const twoSheets = async (): Promise<string> =>
    writeWorkbook(join(dir, 'two-sheets.xlsx'), [
      { name: 'Catatan', rows: [['nip', 'nama', 'unit'], ['198205142006042001', 'Nurhayati Syamsiah', 'bidang-umum']] },
      { name: 'Pegawai 2026', rows: [['nip', 'nama', 'unit'], ['198907232014031002', 'Asep Kurniadi', 'bidang-umum']] },
    ]);

  it('reads the first sheet and says so when the workbook has others', async () => {
    const book = await twoSheets();
    const r = await runCli(['eligibility', book, ...AS_OF, '--format', 'csv', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('198205142006042001');
    expect(lines(r.stderr)[0]).toBe(`kerja-dinamis: ${book}: the first sheet "Catatan" was read; other sheets: "Pegawai 2026" (choose with --sheet)`);
  });

  it('reads the sheet --sheet names, by name (any case) or by number', async () => {
    const book = await twoSheets();
    for (const sheet of ['pegawai 2026', '2']) {
      const r = await runCli(['eligibility', book, ...AS_OF, '--format', 'csv', '--sheet', sheet]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('198907232014031002');
      expect(r.stdout).not.toContain('198205142006042001');
      expect(lines(r.stderr)).toEqual([`${book}: 1 baris dibaca, 1 diproses, 0 ditolak`]);
    }
  });

  it('refuses a --sheet the workbook does not have, naming its sheets', async () => {
    const book = await twoSheets();
    const r = await runCli(['eligibility', book, ...AS_OF, '--sheet', 'Kinerja']);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([`kerja-dinamis: ${book} tidak memiliki lembar "Kinerja"; lembarnya: "Catatan", "Pegawai 2026" (pilih dengan --sheet nama atau nomor urut)`]);
  });

  it('refuses --sheet for a CSV file', async () => {
    const r = await runCli(['eligibility', 'examples/pegawai.csv', ...AS_OF, '--sheet', '1', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual(['kerja-dinamis: option --sheet is for .xlsx workbooks only, and examples/pegawai.csv is not one']);
  });

  it('refuses an empty sheet', async () => {
    const book = await writeWorkbook(join(dir, 'empty.xlsx'), [{ name: 'Kosong', rows: [] }]);
    const r = await runCli(['eligibility', book, ...AS_OF]);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([`kerja-dinamis: lembar "Kosong" di ${book} kosong (tidak ada baris judul)`]);
  });

  it('refuses merged header cells', async () => {
    const book = await writeWorkbook(join(dir, 'merged-header.xlsx'), [{ name: 'Pegawai', rows: [['nip', 'nama', null, 'unit'], ['198205142006042001', 'Nurhayati', 'Syamsiah', 'bidang-umum']], merges: ['B1:C1'] }]);
    const r = await runCli(['eligibility', book, ...AS_OF, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([`kerja-dinamis: the header row of sheet "Pegawai" of ${book} has merged cells (B1:C1); unmerge them so that every column has its own header`]);
  });

  it('refuses a chart sheet', async () => {
    const entries = minimalWorkbook('<worksheet/>').map((e) => (e.name.endsWith('.rels') ? storedEntry(e.name, e.data.toString().replace('/worksheet"', '/chartsheet"')) : e));
    const book = writeBytes(join(dir, 'chart.xlsx'), zipArchive(entries));
    const r = await runCli(['eligibility', book, ...AS_OF, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([`kerja-dinamis: sheet "Pegawai" of ${book} is not a table (a chart sheet, for instance)`]);
  });
});

describe('files that are not readable workbooks', () => {
  const refused = async (name: string, bytes: Buffer | string, lang: 'id' | 'en' = 'en'): Promise<string[]> => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    const r = await runCli(['eligibility', path, ...AS_OF, '--lang', lang]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stdout).toBe('');
    return lines(r.stderr).map((l) => l.replace(path, name));
  };

  it('refuses a password-protected workbook, saying how to remove the password', async () => {
    expect(await refused('rahasia.xlsx', compoundFile(['EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces']))).toEqual([
      'kerja-dinamis: rahasia.xlsx is password-protected (encrypted) and cannot be read; open it in a spreadsheet, remove the password (File › Info › Protect Workbook › Encrypt with Password, clear it) and save it again as .xlsx, or save it as CSV',
    ]);
    expect((await refused('rahasia.xlsx', compoundFile(['EncryptionInfo', 'EncryptedPackage']), 'id'))[0]).toContain('dilindungi kata sandi');
  });

  it('refuses an old .xls workbook, telling it apart from an encrypted one', async () => {
    expect(await refused('lama.xls', compoundFile(['Workbook', '\u0005SummaryInformation']))).toEqual([
      'kerja-dinamis: lama.xls is an Excel 97–2003 workbook (.xls), which is not read; open it in a spreadsheet and save it as .xlsx (Excel Workbook) or CSV',
    ]);
  });

  it('refuses other compound files, and damaged ones', async () => {
    expect((await refused('surat.doc', compoundFile(['WordDocument'])))[0]).toContain('is an OLE file (a .doc document, for instance), not a workbook');
    expect((await refused('rusak.xls', Buffer.concat([compoundFile([]).subarray(0, 8), Buffer.alloc(100)])))[0]).toContain('whose directory is damaged');
  });

  it('refuses an OpenDocument spreadsheet and a ZIP archive that is not a workbook', async () => {
    expect(await refused('data.ods', zipArchive([storedEntry('mimetype', 'application/vnd.oasis.opendocument.spreadsheet'), storedEntry('content.xml', '<x/>')]))).toEqual([
      'kerja-dinamis: data.ods is an OpenDocument spreadsheet (.ods), which is not read; save it as .xlsx or CSV',
    ]);
    expect(await refused('arsip.zip', zipArchive([storedEntry('pegawai.csv', 'nip;nama;unit\n')]))).toEqual(['kerja-dinamis: arsip.zip is a ZIP archive but not an .xlsx workbook (no xl/workbook.xml)']);
  });

  it('refuses text named like a workbook rather than guessing its format', async () => {
    expect(await refused('ekspor.xls', '<html><table><tr><td>nip</td></tr></table></html>')).toEqual([
      'kerja-dinamis: ekspor.xls is named like a workbook but holds text (often an HTML or CSV export named .xls); open it in a spreadsheet and save it as .xlsx or CSV',
    ]);
  });
});

describe('zip bombs', () => {
  const refused = async (name: string, entries: Parameters<typeof zipArchive>[0]): Promise<string> => {
    const path = writeBytes(join(dir, name), zipArchive(entries));
    const r = await runCli(['eligibility', path, ...AS_OF, '--lang', 'en']);
    expect(r.code, r.stderr).toBe(2);
    const got = lines(r.stderr);
    expect(got).toHaveLength(1);
    return got[0]!.replace(path, name);
  };
  const sheet = '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>nip</t></is></c></row></sheetData></worksheet>';

  it('refuses a part that declares more than the limit, before inflating anything', async () => {
    expect(await refused('besar.xlsx', [...minimalWorkbook(sheet), zerosEntry('xl/sharedStrings.xml', 1, 3 * 1024 ** 3)])).toBe(
      'kerja-dinamis: besar.xlsx refused: part xl/sharedStrings.xml expands past 2.0 GiB (the limit; 3.0 GiB); an archive like this can exhaust memory (a zip bomb). The limits are in docs/cli.md.',
    );
  });

  it('refuses a part compressed far beyond what spreadsheets compress to', async () => {
    expect(await refused('rasio.xlsx', [...minimalWorkbook(sheet), zerosEntry('xl/styles.xml', 64)])).toMatch(
      /^kerja-dinamis: rasio\.xlsx refused: part xl\/styles\.xml is compressed 10\d\d:1, more than the limit of 100:1; an archive like this can exhaust memory \(a zip bomb\)\./,
    );
  });

  it('stops inflating a part that expands past the size it declares (1 GiB of zeros claiming 1 KB)', async () => {
    const started = Date.now();
    expect(await refused('bohong.xlsx', [...minimalWorkbook(sheet), zerosEntry('xl/sharedStrings.xml', 1024, 1000)])).toBe(
      'kerja-dinamis: bohong.xlsx refused: part xl/sharedStrings.xml does not expand to the size it declares (1000 bytes); an archive like this can exhaust memory (a zip bomb). The limits are in docs/cli.md.',
    );
    // Inflating the whole gigabyte would take seconds; the reader stops after the first kilobytes.
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('refuses a sheet that lies about its size the same way', async () => {
    const lying = minimalWorkbook(sheet).map((e) => (e.name.endsWith('sheet1.xml') ? zerosEntry(e.name, 256, 500) : e));
    expect(await refused('lembar.xlsx', lying)).toContain('part xl/worksheets/sheet1.xml does not expand to the size it declares (500 bytes)');
  });
});

describe('many rows', () => {
  it('streams 10,000 rows of a workbook through eligibility', async () => {
    const path = join(dir, 'sepuluh-ribu.xlsx');
    const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true });
    const sheet = book.addWorksheet('Pegawai');
    sheet.addRow(HEADER).commit();
    for (let i = 0; i < 10_000; i++) {
      const birth = new Date(Date.UTC(1980, 0, 1 + Math.floor(i / 900))).toISOString().slice(0, 10).replaceAll('-', '');
      const nip = `${birth}200604${1 + (i % 2)}${String(1 + (i % 900)).padStart(3, '0')}`;
      sheet.addRow([nip, `Pegawai ${i}`, `unit-${i % 40}`, 'perencana', utc('2021-03-01'), 91.5, 82, utc('2025-10-15'), true, 32.5, 11.2, utc('2026-01-08'), true, true, 'NONE']).commit();
    }
    sheet.commit();
    await book.commit();
    const out = join(dir, 'sepuluh-ribu.csv');
    const r = await runCli(['eligibility', path, ...AS_OF, '--format', 'csv', '--out', out, '--lang', 'en']);
    expect(r.stderr).toBe(`${path}: 10,000 rows read, 10,000 processed, 0 rejected\nresults written to ${out}\n`);
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(10_001);
  });
});

describe('the two passes of eligibility over a workbook', () => {
  /** The NIP of employee i (unique for i < 900 × 365). */
  const nipOf = (i: number): string => `${new Date(Date.UTC(1980, 0, 1 + Math.floor(i / 900))).toISOString().slice(0, 10).replaceAll('-', '')}200604${1 + (i % 2)}${String(1 + (i % 900)).padStart(3, '0')}`;

  it('finds a NIP repeated far down the sheet in the first pass, which reads the NIP column alone', async () => {
    const rows = Array.from({ length: 2000 }, (_, i) => [nipOf(i), `Pegawai ${i}`, 'bidang-umum']);
    rows.push([nipOf(3), 'Pegawai kembar', 'bidang-umum']);
    const book = await writeWorkbook(join(dir, 'kembar.xlsx'), [{ name: 'Pegawai', rows: [['nama', 'nip', 'unit'].map((c) => c), ...rows.map(([nip, name, unit]) => [name, nip, unit])], textColumns: [2] }]);
    const r = await runCli(['eligibility', book, ...AS_OF, '--lang', 'en', '--format', 'csv']);
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual([
      `${book} row 5, column nip: NIP ${nipOf(3)} is listed more than once (first in row 5); every row of it is rejected`,
      `${book} row 2002, column nip: NIP ${nipOf(3)} is listed more than once (first in row 5); every row of it is rejected`,
      `${book}: 2,001 rows read, 1,999 processed, 2 rejected`,
    ]);
  });

  it('reads a workbook saved again between two runs anew, not from what the first run kept', async () => {
    const path = join(dir, 'disimpan-ulang.xlsx');
    const rows = [['nip', 'nama', 'unit'], ['198205142006042001', 'Nurhayati Syamsiah', 'bidang-umum'], ['198907232014031002', 'Asep Kurniadi', null]];
    await writeWorkbook(path, [{ name: 'Pegawai', rows, merges: ['C2:C3'] }]);
    const merged = await runCli(['eligibility', path, ...AS_OF, '--lang', 'en', '--format', 'csv']);
    expect(lines(merged.stderr)[0]).toContain('lies in the merged cells C2:C3');
    await writeWorkbook(path, [{ name: 'Pegawai', rows: rows.map((r, i) => (i === 2 ? [r[0], r[1], 'bidang-umum'] : r)) }]);
    const unmerged = await runCli(['eligibility', path, ...AS_OF, '--lang', 'en', '--format', 'csv']);
    expect(unmerged.code, unmerged.stderr).toBe(0);
    expect(lines(unmerged.stderr)).toEqual([`${path}: 2 rows read, 2 processed, 0 rejected`]);
  });

  it('finds every merged range, however the inflated sheet is cut into chunks', async () => {
    // 3,000 <mergeCell> tags take more than one inflated chunk (64 KiB): some are cut between two.
    const rows = Array.from({ length: 6000 }, (_, i) => [nipOf(i), `Pegawai ${i}`, i % 2 === 0 ? 'bidang-umum' : null]);
    const merges = Array.from({ length: 3000 }, (_, k) => `C${2 + 2 * k}:C${3 + 2 * k}`);
    const book = await writeWorkbook(join(dir, 'banyak-gabungan.xlsx'), [{ name: 'Pegawai', rows: [['nip', 'nama', 'unit'], ...rows], merges, textColumns: [1] }]);
    const r = await runCli(['eligibility', book, ...AS_OF, '--lang', 'en', '--format', 'csv']);
    expect(r.code).toBe(1);
    const reported = lines(r.stderr);
    expect(reported.at(-1)).toBe(`${book}: 6,000 rows read, 3,000 processed, 3,000 rejected`);
    expect(reported.filter((l) => l.includes('lies in the merged cells'))).toHaveLength(3000);
    expect(reported).toContain(`${book} row 6001, column unit: this row lies in the merged cells C6000:C6001; only the first row of a merge holds the value: unmerge them and fill in every row`);
  });
});

describe('the other files of a command', () => {
  it('reads --performance, --units and --holidays from workbooks as from CSV', async () => {
    const performance = await exampleWorkbook('kinerja-bulanan.csv', PERFORMANCE_TEMPLATE, join(dir, 'side-kinerja.xlsx'));
    const [unitHeader, ...unitRows] = exampleRows('unit.csv');
    const units = await writeWorkbook(join(dir, 'side-unit.xlsx'), [{ name: 'Unit', rows: [unitHeader!, ...unitRows.map((r) => r.map((c, i) => (c !== '' && (i === 1 || i === 2) ? Number(c) : c)))] }]);
    const holidays = await writeWorkbook(join(dir, 'side-libur.xlsx'), [{ name: 'Libur', rows: exampleRows('libur-daerah.csv') }]);
    const args = (p: string, u: string, h: string): string[] => ['roster', 'examples/pegawai.csv', '--month', '2026-02', '--performance', p, '--units', u, '--holidays', h, '--provisional', '--format', 'json'];
    const fromCsv = await runCli(args('examples/kinerja-bulanan.csv', 'examples/unit.csv', 'examples/libur-daerah.csv'));
    const fromBooks = await runCli(args(performance, units, holidays));
    expect(fromCsv.code, fromCsv.stderr).toBe(0);
    expect(fromBooks.code, fromBooks.stderr).toBe(0);
    expect(fromBooks.stdout).toBe(fromCsv.stdout);
  });

  it('refuses a sheet written with XML namespace prefixes rather than reading it as empty', async () => {
    const prefixed = '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>nip</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>';
    const book = writeBytes(join(dir, 'prefixed.xlsx'), zipArchive(minimalWorkbook(prefixed)));
    const r = await runCli(['eligibility', book, ...AS_OF, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual([`kerja-dinamis: ${book} cannot be read as an .xlsx workbook (<x:worksheet>: XML namespace prefixes; open the file in a spreadsheet and save it again)`]);
  });
});
