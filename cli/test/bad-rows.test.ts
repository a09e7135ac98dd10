import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { FIXTURES, lines, runCli, tempDir, writeFile } from './_run';

// cli/test/fixtures/bad-rows.csv: good rows 2 and 10 among rows that break in every way a
// row can (row 6 is blank): a NIP that is not a date (3), text where numbers and yes/no
// belong (4), 30 February (5), a cell too many (7), no name and a score of 120 (8), the
// same NIP twice (9, 11).
const BAD = join(FIXTURES, 'bad-rows.csv');
const run = (...extra: string[]) => runCli(['eligibility', BAD, '--as-of', '2026-02-02', ...extra]);

describe('bad rows mixed with good ones', () => {
  it('processes and writes every good row, and exits 1', async () => {
    const r = await run('--format', 'json');
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as { name: string }[]).map((d) => d.name)).toEqual(['Nurhayati Syamsiah', 'Pegawai Baik']);
  });

  it('reports each bad row with its row number, column and message in Bahasa Indonesia', async () => {
    const r = await run();
    const file = BAD;
    expect(lines(r.stderr)).toEqual([
      `${file} baris 3, kolom nip: Tanggal lahir pada NIP (digit 1–8, 19851312) bukan tanggal yang ada`,
      `${file} baris 3, kolom nip: Digit jenis kelamin pada NIP (digit 15) adalah 3; harus 1 (pria) atau 2 (wanita)`,
      `${file} baris 4, kolom nilai_kinerja: "sembilan puluh" bukan angka (pakai 92,5 atau 92.5, tanpa pemisah ribuan)`,
      `${file} baris 4, kolom laptop: "mungkin" bukan ya/tidak (ya, tidak, true, false, 1, 0)`,
      `${file} baris 5, kolom mulai_jabatan: Tanggal tidak valid: "2021-02-30" harus berformat YYYY-MM-DD dan merupakan tanggal yang ada`,
      `${file} baris 7: baris berisi 21 sel, padahal hanya ada 20 kolom`,
      `${file} baris 8, kolom nama: wajib diisi`,
      `${file} baris 8, kolom nilai_kinerja: paling banyak 100, bukan 120`,
      `${file} baris 9, kolom nip: NIP 198001012005011006 tercantum lebih dari sekali (pertama di baris 9); semua barisnya ditolak`,
      `${file} baris 11, kolom nip: NIP 198001012005011006 tercantum lebih dari sekali (pertama di baris 9); semua barisnya ditolak`,
      `${file}: 9 baris dibaca, 2 diproses, 7 ditolak`,
    ]);
  });

  it('reports the same rows in English with --lang en', async () => {
    const r = await run('--lang', 'en');
    const got = lines(r.stderr);
    expect(got[0]).toBe(`${BAD} row 3, column nip: The birth date in the NIP (digits 1–8, 19851312) is not a real date`);
    expect(got[2]).toBe(`${BAD} row 4, column nilai_kinerja: "sembilan puluh" is not a number (write 92,5 or 92.5, no thousands separators)`);
    expect(got[5]).toBe(`${BAD} row 7: the row has 21 cells but there are only 20 columns`);
    expect(got[6]).toBe(`${BAD} row 8, column nama: is required`);
    expect(got[7]).toBe(`${BAD} row 8, column nilai_kinerja: must be at most 100, not 120`);
    expect(got[8]).toBe(`${BAD} row 9, column nip: NIP 198001012005011006 is listed more than once (first in row 9); every row of it is rejected`);
    expect(got.at(-1)).toBe(`${BAD}: 9 rows read, 2 processed, 7 rejected`);
  });

  it('rejects every row of a repeated NIP, as assessUnit does', async () => {
    const r = await run('--format', 'json');
    expect(r.stdout).not.toContain('Ganda');
  });

  it('writes problems to a CSV file with --rejected, and only the summary to stderr', async () => {
    const dir = tempDir();
    const r = await run('--rejected', join(dir, 'ditolak.csv'));
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toEqual([`${BAD}: 9 baris dibaca, 2 diproses, 7 ditolak`, `10 masalah ditulis ke ${join(dir, 'ditolak.csv')}`]);
    const rows = parse(readFileSync(join(dir, 'ditolak.csv'), 'utf8'), { delimiter: ';' }) as string[][];
    expect(rows[0]).toEqual(['berkas', 'baris', 'nip', 'kolom', 'kode', 'pesan']);
    expect(rows.slice(1).map((row) => [row[1], row[3], row[4]])).toEqual([
      ['3', 'nip', 'nip_birth_date_invalid'],
      ['3', 'nip', 'nip_sex_digit_invalid'],
      ['4', 'nilai_kinerja', 'not_a_number'],
      ['4', 'laptop', 'not_a_boolean'],
      ['5', 'mulai_jabatan', 'invalid_date'],
      ['7', '', 'too_many_cells'],
      ['8', 'nama', 'invalid_type'],
      ['8', 'nilai_kinerja', 'too_big'],
      ['9', 'nip', 'duplicate_nip'],
      ['11', 'nip', 'duplicate_nip'],
    ]);
    expect(rows[9]![2]).toBe('198001012005011006');
  });

  it('writes a --rejected file with only its header when every row is fine', async () => {
    const dir = tempDir();
    const r = await runCli(['eligibility', 'examples/pegawai.csv', '--as-of', '2026-02-02', '--rejected', join(dir, 'r.csv'), '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'r.csv'), 'utf8')).toBe('file,row,nip,column,code,message\n');
  });

  it('maps a problem inside a list to the list column', async () => {
    const dir = tempDir();
    const file = writeFile(join(dir, 'p.csv'), 'nip;nama;unit;tanggal_cuti;hari_lapangan\n198205142006042001;Siti;u;2026-02-03|2026-02-31;senin|minggu\n');
    const r = await runCli(['roster', file, '--month', '2026-02']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${file} baris 2, kolom tanggal_cuti: Tanggal tidak valid: "2026-02-31"`);
    expect(r.stderr).toContain(`${file} baris 2, kolom hari_lapangan:`);
  });

  it('maps a problem of a whole part to the columns inside it', async () => {
    const dir = tempDir();
    const file = writeFile(join(dir, 'p.csv'), 'nip;nama;unit;unduh_mbps\n198205142006042001;Siti;u;25\n');
    const r = await runCli(['eligibility', file, '--as-of', '2026-02-02', '--lang', 'en']);
    expect(r.stderr).toContain(`${file} row 2, column unggah_mbps:`);
    expect(r.stderr).toContain(`${file} row 2, column tanggal_uji_kecepatan:`);
  });

  it('roster: bad rows reported in the order of the file, and left out of their unit\'s plan', async () => {
    // Rows 2 and 4 are read but not valid (a NIP whose birth date does not exist); planMonth
    // validates them with unit a's and unit b's good rows, and the plan is the good rows' alone.
    const dir = tempDir();
    const file = writeFile(
      join(dir, 'p.csv'),
      'nip;nama;unit\n198513122010012001;Rusak Satu;b\n198205142006042001;Siti;a\n198513122010012002;Rusak Dua;a\n199001012015031001;Asep;c\n198513122010011003;Rusak Tiga;c\n',
    );
    const r = await runCli(['roster', file, '--month', '2026-02', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(lines(r.stderr).flatMap((l) => /baris (\d+), kolom nip: Tanggal lahir/.exec(l)?.[1] ?? [])).toEqual(['2', '4', '6']);
    const json = JSON.parse(r.stdout) as { units: { unit: { id: string }; decisions: { results: { name: string }[]; rejected: unknown[]; summary: { rejected: number } } }[] };
    expect(json.units.map((u) => u.unit.id)).toEqual(['a', 'c']);
    expect(json.units.map((u) => u.decisions.results.map((d) => d.name))).toEqual([['Siti'], ['Asep']]);
    expect(json.units.map((u) => [u.decisions.rejected.length, u.decisions.summary.rejected])).toEqual([[0, 0], [0, 0]]);
  });

  it('rejects a leave range that is not one', async () => {
    const dir = tempDir();
    const file = writeFile(join(dir, 'p.csv'), 'nip;nama;unit;tanggal_cuti\n198205142006042001;Siti;u;2026-02-10..2026-02-03\n');
    const r = await runCli(['roster', file, '--month', '2026-02']);
    expect(r.stderr).toContain('kolom tanggal_cuti: "2026-02-10..2026-02-03" bukan rentang tanggal');
  });
});

describe('bad rows of the other commands', () => {
  it('warnings: reports repeated months, unreadable cells and months the library rejects, and evaluates the rest', async () => {
    const dir = tempDir();
    const file = writeFile(
      join(dir, 'k.csv'),
      [
        'nip;bulan;menit_trk;hadir;alpa;menit_terlambat;menit_pulang_cepat;fleksibel_tanpa_absen;cuti;hasil_kerja;perilaku_kerja;realisasi_target;hukuman',
        '198205142006042001;2026-01;6400;20;0;0;0;0;0;;;;',
        '198205142006042001;2026-01;6500;20;0;0;0;0;0;;;;',
        '198205142006042001;2025-12;enam ribu;21;0;0;0;0;0;;;;',
        '198907232014031002;2026-01;6400;25;0;0;0;0;0;;;;',
        '198907232014031002;2025-12;6400;21;0;0;0;0;0;SESUAI_EKSPEKTASI;SESUAI_EKSPEKTASI;95;',
        '198907232014031002;2025-11;6400;20;0;0;0;0;0;;;;',
      ].join('\n'),
    );
    const r = await runCli(['warnings', file, '--format', 'json', '--lang', 'en']);
    expect(r.code).toBe(1);
    const got = lines(r.stderr);
    expect(got[0]).toBe(`${file} row 3, column bulan: month 2026-01 of NIP 198205142006042001 is already in row 2`);
    expect(got[1]).toContain(`${file} row 4, column menit_trk: "enam ribu" is not a number`);
    expect(got[2]).toBe(`${file} row 6, column hasil_kerja/perilaku_kerja/realisasi_target: fill hasil_kerja and perilaku_kerja, or realisasi_target, not both`);
    expect(got[3]!.startsWith(`${file} row 5, column hadir`)).toBe(true);
    const results = JSON.parse(r.stdout) as { employeeId: string; months: { month: string; classification: string }[] }[];
    expect(results.map((x) => [x.employeeId, x.months.map((m) => `${m.month}:${m.classification}`)])).toEqual([
      ['198205142006042001', ['2026-01:clean']],
      ['198907232014031002', ['2025-11:clean']],
    ]);
  });

  it('warnings: a second, different saved state of a NIP is rejected', async () => {
    const dir = tempDir();
    const file = writeFile(
      join(dir, 'k.csv'),
      ['nip;bulan;menit_trk;tingkat_peringatan;bulan_ditandai;bulan_bersih;bulan_terakhir', '198205142006042001;2026-01;6400;WASPADA;1;0;2025-12', '198205142006042001;2026-02;6400;NORMAL;0;0;2025-12'].join('\n'),
    );
    const r = await runCli(['warnings', file, '--format', 'csv']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${file} baris 3, kolom tingkat_peringatan/bulan_ditandai/bulan_bersih/bulan_terakhir: keadaan tersimpan NIP 198205142006042001 berbeda dengan yang di baris 2`);
  });

  it('roster: a bad unit row is reported and its unit planned with the defaults', async () => {
    const dir = tempDir();
    const units = writeFile(join(dir, 'u.csv'), 'unit;min_di_kantor;persen_di_kantor;hari_apel\nbidang-umum;2;150;senin\nbidang-umum;3;50;selasa\n');
    const r = await runCli(['roster', 'examples/pegawai.csv', '--month', '2026-02', '--units', units, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${units} baris 2, kolom persen_di_kantor: paling banyak 100, bukan 150`);
    const json = JSON.parse(r.stdout) as { units: { unit: { id: string; anchorWeekdays?: string[] } }[] };
    expect(json.units.find((u) => u.unit.id === 'bidang-umum')?.unit.anchorWeekdays).toEqual(['SELASA']);
  });

  it('roster: a state given in both files is rejected', async () => {
    const dir = tempDir();
    const perf = writeFile(join(dir, 'k.csv'), 'nip;bulan;menit_trk;tingkat_peringatan;bulan_ditandai;bulan_bersih;bulan_terakhir\n198205142006042001;2026-01;6400;NORMAL;0;3;2025-12\n');
    const r = await runCli(['roster', 'examples/pegawai.csv', '--month', '2026-02', '--performance', perf]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('examples/pegawai.csv baris 2, kolom tingkat_peringatan/bulan_ditandai/bulan_bersih/bulan_terakhir: keadaan peringatan dini tersimpan diberikan di berkas pegawai dan di berkas kinerja sekaligus');
  });
});
