import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { excelSerialToIsoDate } from '../src/values';
import { lines, runCli, tempDir, writeFile } from './_run';
import { utc, writeWorkbook } from './_xlsx';

// What spreadsheets do to data, and the hint each gets, in both languages: a NIP turned
// into scientific notation or into a number, a thousands separator in a whole number, a
// date that lost its format and shows its serial number, a row saved with another
// delimiter. And every problem of a row reported at once.

const dir = tempDir();
const AS_OF = ['--as-of', '2026-02-02'];
let n = 0;
const csv = (text: string): string => writeFile(join(dir, `f${++n}.csv`), text);
/** The problem lines of a run, the file name shortened to `f.csv`. */
const problems = (stderr: string, file: string): string[] => lines(stderr).map((l) => l.replaceAll(file, 'f.csv'));

describe('a NIP in scientific notation', () => {
  const file = () => csv('nip;nama;unit;nip_pendamping\n1,98905E+17;Nurhayati;bidang-umum;\n198205142006042001;Asep;bidang-umum;1.98905E+17\n');

  it('is refused with the fix in Bahasa Indonesia', async () => {
    const f = file();
    const r = await runCli(['eligibility', f, ...AS_OF]);
    expect(r.code).toBe(1);
    expect(problems(r.stderr, f).slice(0, 2)).toEqual([
      'f.csv baris 2, kolom nip: "1,98905E+17" adalah NIP dalam notasi ilmiah: format kolom NIP sebagai Teks dan ketik ulang NIP-nya: digit terakhirnya sudah hilang',
      'f.csv baris 3, kolom nip_pendamping: "1.98905E+17" adalah NIP dalam notasi ilmiah: format kolom NIP sebagai Teks dan ketik ulang NIP-nya: digit terakhirnya sudah hilang',
    ]);
  });

  it('is refused with the fix in English, in the performance file too', async () => {
    const f = csv('nip;bulan;menit_trk\n1,98205E+17;2026-01;6420\n');
    const r = await runCli(['warnings', f, ...AS_OF, '--lang', 'en']);
    expect(problems(r.stderr, f)[0]).toBe(
      'f.csv row 2, column nip: "1,98205E+17" is a NIP in scientific notation: format the NIP column as Text and type the NIP again: the last digits are already lost',
    );
  });
});

describe('a thousands separator in a whole number', () => {
  const f = () =>
    csv(
      'nip;bulan;menit_trk;hadir;alpa;menit_terlambat;menit_pulang_cepat;fleksibel_tanpa_absen;cuti\n198205142006042001;2026-01;6.420;20;0;0;0;0;0\n198907232014031002;2026-01;"6,420";20;0;0;0;0;0\n199104022015032003;2026-01;6.42;20;0;0;0;0;0\n',
    );

  it('is refused with the number meant (6.420 and 6,420 are 6420, never 6.42)', async () => {
    const file = f();
    const r = await runCli(['warnings', file, ...AS_OF, '--lang', 'en']);
    expect(r.code).toBe(1);
    const got = problems(r.stderr, file);
    expect(got.slice(0, 2)).toEqual([
      'f.csv row 2, column menit_trk: "6.420" looks like 6420 with a thousands separator; this column takes whole numbers: write 6420 without separators',
      'f.csv row 3, column menit_trk: "6,420" looks like 6420 with a thousands separator; this column takes whole numbers: write 6420 without separators',
    ]);
    // 6.42 is a decimal, not a thousands separator: the library says a whole number is needed.
    expect(got[2]).toMatch(/^f\.csv row 4, column menit_trk: /);
    expect(got[2]).not.toContain('thousands');
  });

  it('is refused in Bahasa Indonesia', async () => {
    const file = f();
    const r = await runCli(['warnings', file, ...AS_OF]);
    expect(problems(r.stderr, file)[0]).toBe('f.csv baris 2, kolom menit_trk: "6.420" tampaknya 6420 dengan pemisah ribuan; kolom ini berisi bilangan bulat: tulis 6420 tanpa pemisah');
  });
});

describe('an Excel date serial number in a date column', () => {
  it('counts from 1899-12-30 (the 1900 date system, with its phantom 29 February 1900)', () => {
    expect(excelSerialToIsoDate(1)).toBe('1900-01-01');
    expect(excelSerialToIsoDate(59)).toBe('1900-02-28');
    expect(excelSerialToIsoDate(60)).toBeUndefined();
    expect(excelSerialToIsoDate(61)).toBe('1900-03-01');
    expect(excelSerialToIsoDate(25569)).toBe('1970-01-01');
    expect(excelSerialToIsoDate(46053)).toBe('2026-01-31');
    expect(excelSerialToIsoDate(46054)).toBe('2026-02-01');
    expect(excelSerialToIsoDate(46053.75)).toBe('2026-01-31');
    expect(excelSerialToIsoDate(2_958_465)).toBe('9999-12-31');
    expect(excelSerialToIsoDate(2_958_466)).toBeUndefined();
  });

  it('is refused with the date it would be, in both languages, in a CSV', async () => {
    const f = csv('nip;nama;unit;mulai_jabatan;tanggal_cuti\n198205142006042001;Nurhayati;bidang-umum;46053;\n198907232014031002;Asep;bidang-umum;2026;46070\n');
    const en = await runCli(['eligibility', f, ...AS_OF, '--lang', 'en']);
    expect(problems(en.stderr, f).slice(0, 3)).toEqual([
      'f.csv row 2, column mulai_jabatan: 46053 is an Excel date serial number; it would be 2026-01-31 — format the column as a date or type YYYY-MM-DD',
      // A year is not taken for a serial number: the library says it is no date.
      expect.stringMatching(/^f\.csv row 3, column mulai_jabatan: (?!.*serial)/),
      'f.csv row 3, column tanggal_cuti: 46070 is an Excel date serial number; it would be 2026-02-17 — format the column as a date or type YYYY-MM-DD',
    ]);
    const id = await runCli(['eligibility', f, ...AS_OF]);
    expect(problems(id.stderr, f)[0]).toBe('f.csv baris 2, kolom mulai_jabatan: 46053 adalah nomor seri tanggal Excel; artinya 2026-01-31 — format kolomnya sebagai tanggal atau ketik YYYY-MM-DD');
  });

  it('is refused in a month column with the month it would be', async () => {
    const f = csv('nip;bulan;menit_trk\n198205142006042001;46023;6420\n');
    const r = await runCli(['warnings', f, ...AS_OF, '--lang', 'en']);
    expect(problems(r.stderr, f)[0]).toBe('f.csv row 2, column bulan: 46023 is an Excel date serial number; it would be the month 2026-01 — format the column as Text and type YYYY-MM');
  });

  it('is refused in a workbook when a date cell lost its date format', async () => {
    const book = await writeWorkbook(join(dir, 'serial.xlsx'), [{ name: 'Pegawai', rows: [['nip', 'nama', 'unit', 'mulai_jabatan'], ['198205142006042001', 'Nurhayati', 'bidang-umum', 46053]] }]);
    const r = await runCli(['eligibility', book, ...AS_OF]);
    expect(lines(r.stderr)[0]).toBe(`${book} baris 2, kolom mulai_jabatan: 46053 adalah nomor seri tanggal Excel; artinya 2026-01-31 — format kolomnya sebagai tanggal atau ketik YYYY-MM-DD`);
  });

  it('reads a date cell in a month column as its month when it is the 1st, and refuses another day', async () => {
    const book = await writeWorkbook(join(dir, 'months.xlsx'), [
      {
        name: 'Kinerja',
        rows: [
          ['nip', 'bulan', 'menit_trk'],
          ['198205142006042001', utc('2026-01-01'), 6420],
          ['198907232014031002', utc('2026-01-15'), 6420],
        ],
        dateColumns: [2],
      },
    ]);
    const r = await runCli(['warnings', book, ...AS_OF, '--lang', 'en', '--format', 'csv']);
    expect(r.stdout).toContain('198205142006042001,2026-01,');
    expect(lines(r.stderr)[0]).toBe(`${book} row 3, column bulan: the date 2026-01-15 in a month column: format the column as Text and type YYYY-MM`);
  });
});

describe('a row written with another delimiter', () => {
  it('is refused as a whole, naming both delimiters', async () => {
    const f = csv('nip;nama;unit;jabatan\n198205142006042001;Nurhayati;bidang-umum;Kepala\n198907232014031002,Asep,bidang-umum,Analis\n');
    const en = await runCli(['eligibility', f, ...AS_OF, '--lang', 'en']);
    expect(en.code).toBe(1);
    expect(problems(en.stderr, f)).toEqual([
      'f.csv row 3: this row is one cell holding commas (,) while the header is separated by semicolons (;): the row was written with another delimiter; export the whole file again with one delimiter',
      'f.csv: 2 rows read, 1 processed, 1 rejected',
    ]);
    const id = await runCli(['eligibility', f, ...AS_OF]);
    expect(problems(id.stderr, f)[0]).toBe(
      'f.csv baris 3: baris ini satu sel yang berisi koma (,), sedangkan judul dipisah titik koma (;): baris ini ditulis dengan pemisah lain; ekspor ulang seluruh berkas dengan satu pemisah',
    );
  });

  it('is not suspected for one comma in a name', async () => {
    const f = csv('nama;nip;unit\n"Siti Aminah, S.E."\n');
    const r = await runCli(['eligibility', f, ...AS_OF, '--lang', 'en']);
    expect(problems(r.stderr, f).join('\n')).not.toContain('delimiter');
  });

  it('is refused in a workbook when a CSV row was pasted into one cell', async () => {
    const book = await writeWorkbook(join(dir, 'pasted.xlsx'), [{ name: 'Pegawai', rows: [['nip', 'nama', 'unit'], ['198205142006042001;Nurhayati;bidang-umum']] }]);
    const r = await runCli(['eligibility', book, ...AS_OF, '--lang', 'en']);
    expect(lines(r.stderr)[0]).toBe(`${book} row 2: the whole row is in one cell, separated by semicolons (;) (pasted CSV?): split it into columns (Data › Text to Columns)`);
  });
});

describe('every problem of a row at once', () => {
  it('reports cells that cannot be read together with the library’s findings on the rest of the row', async () => {
    const f = csv('nip;nama;unit;nilai_kinerja;nilai_potensial;laptop\n198513122010013002;;bidang-umum;sembilan puluh;120;mungkin\n');
    const r = await runCli(['eligibility', f, ...AS_OF, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(problems(r.stderr, f)).toEqual([
      'f.csv row 2, column nip: The birth date in the NIP (digits 1–8, 19851312) is not a real date',
      expect.stringMatching(/^f\.csv row 2, column nip: /),
      expect.stringMatching(/^f\.csv row 2, column nama: /),
      'f.csv row 2, column nilai_kinerja: "sembilan puluh" is not a number (write 92,5 or 92.5, no thousands separators)',
      expect.stringMatching(/^f\.csv row 2, column nilai_potensial: /),
      'f.csv row 2, column laptop: "mungkin" is not yes/no (ya, tidak, true, false, 1, 0)',
      'f.csv: 1 rows read, 0 processed, 1 rejected',
    ]);
  });

  it('reports a repeated NIP together with the row’s other problems, in eligibility and roster alike', async () => {
    const f = csv('nip;nama;unit;nilai_kinerja\n198205142006042001;Nurhayati;bidang-umum;91\n198205142006042001;Nurhayati Dua;bidang-umum;sembilan\n');
    const expected = [
      'f.csv row 2, column nip: NIP 198205142006042001 is listed more than once (first in row 2); every row of it is rejected',
      'f.csv row 3, column nilai_kinerja: "sembilan" is not a number (write 92,5 or 92.5, no thousands separators)',
      'f.csv row 3, column nip: NIP 198205142006042001 is listed more than once (first in row 2); every row of it is rejected',
    ];
    const eligibility = await runCli(['eligibility', f, ...AS_OF, '--lang', 'en']);
    expect(problems(eligibility.stderr, f).slice(0, 3)).toEqual(expected);
    const roster = await runCli(['roster', f, '--month', '2026-02', '--lang', 'en']);
    expect(problems(roster.stderr, f).slice(0, 3)).toEqual(expected);
  });

  it('reports a month with ratings and a realisation together with its other problems', async () => {
    const f = csv('nip;bulan;menit_trk;hasil_kerja;perilaku_kerja;realisasi_target\n198205142006042001;2026-13;6.420;SESUAI_EKSPEKTASI;SESUAI_EKSPEKTASI;97,5\n');
    const r = await runCli(['warnings', f, ...AS_OF, '--lang', 'en']);
    const got = problems(r.stderr, f);
    expect(got[0]).toMatch(/^f\.csv row 2, column bulan: /);
    expect(got[1]).toContain('column menit_trk: "6.420" looks like 6420');
    expect(got).toContain('f.csv row 2, column hasil_kerja/perilaku_kerja/realisasi_target: fill hasil_kerja and perilaku_kerja, or realisasi_target, not both');
  });

  it('reports a unit row’s cells with the unit schema’s findings', async () => {
    const units = csv('unit;min_di_kantor;persen_di_kantor;hari_apel\n;"1.000";150;senin\n');
    const r = await runCli(['roster', 'examples/pegawai.csv', '--month', '2026-02', '--units', units, '--lang', 'en']);
    const got = problems(r.stderr, units).filter((l) => l.startsWith('f.csv row 2'));
    expect(got[0]).toMatch(/^f\.csv row 2, column unit: /);
    expect(got[1]).toBe('f.csv row 2, column min_di_kantor: "1.000" looks like 1000 with a thousands separator; this column takes whole numbers: write 1000 without separators');
    expect(got[2]).toMatch(/^f\.csv row 2, column persen_di_kantor: /);
  });

  it('reports a holiday row’s cells with the holiday list’s findings, and computes nothing', async () => {
    const holidays = csv('tanggal;nama;jenis\n46255;;LIBUR_DAERAH\n');
    const r = await runCli(['eligibility', 'examples/pegawai.csv', ...AS_OF, '--holidays', holidays, '--lang', 'en']);
    expect(r.code).toBe(2);
    const got = problems(r.stderr, holidays);
    expect(got[0]).toBe('f.csv row 2, column tanggal: 46255 is an Excel date serial number; it would be 2026-08-21 — format the column as a date or type YYYY-MM-DD');
    expect(got[1]).toMatch(/^f\.csv row 2, column nama: /);
    expect(got.at(-1)).toContain('has 2 errors; nothing was computed');
  });
});
