import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectFile, lines, runCli, tempDir } from './_run';

// Each command end to end on the files in examples/, compared with checked-in expected
// outputs (inspected by eye when generated; UPDATE_EXPECTED=1 rewrites them).
const PEGAWAI = ['examples/pegawai.csv', '--as-of', '2026-02-02', '--performance', 'examples/kinerja-bulanan.csv'];
const ROSTER = ['examples/pegawai.csv', '--month', '2026-02', '--performance', 'examples/kinerja-bulanan.csv', '--units', 'examples/unit.csv'];

describe('eligibility on examples/pegawai.csv', () => {
  it('prints the decisions table with reasons and exits 0', async () => {
    const r = await runCli(['eligibility', ...PEGAWAI]);
    expect(r.code).toBe(0);
    expectFile('eligibility.table.txt', r.stdout);
    expect(lines(r.stderr)).toEqual(['examples/pegawai.csv: 14 baris dibaca, 14 diproses, 0 ditolak', 'examples/kinerja-bulanan.csv: 31 baris dibaca, 31 diproses, 0 ditolak']);
  });

  it('writes CSV with Indonesian headers and a semicolon', async () => {
    const r = await runCli(['eligibility', ...PEGAWAI, '--format', 'csv']);
    expect(r.code).toBe(0);
    expectFile('eligibility.csv', r.stdout);
    expect(r.stdout.split('\n')[0]).toBe(
      'nip;nama;unit;status;hari_fleksibel_maks;kriteria_pegawai;kotak_talenta;layanan;kesiapan;peringatan_dini;kebijakan;tanggal_keputusan;alasan',
    );
  });

  it('writes the library decisions as a JSON array', async () => {
    const r = await runCli(['eligibility', ...PEGAWAI, '--format', 'json']);
    expect(r.code).toBe(0);
    expectFile('eligibility.json', r.stdout);
    const decisions = JSON.parse(r.stdout) as { employeeId: string; status: string }[];
    expect(decisions).toHaveLength(14);
  });

  it('speaks English with --lang en', async () => {
    const r = await runCli(['eligibility', ...PEGAWAI, '--lang', 'en']);
    expect(r.code).toBe(0);
    expectFile('eligibility.en.table.txt', r.stdout);
    expect(r.stderr).toContain('14 rows read, 14 processed, 0 rejected');
  });

  it('writes English CSV with a comma', async () => {
    const r = await runCli(['eligibility', ...PEGAWAI, '--format', 'csv', '--lang', 'en']);
    expectFile('eligibility.en.csv', r.stdout);
  });
});

describe('roster on examples/pegawai.csv', () => {
  it('prints each unit calendar as text', async () => {
    const r = await runCli(['roster', ...ROSTER]);
    expect(r.code).toBe(0);
    expectFile('roster.table.txt', r.stdout);
  });

  it('writes the roster as CSV, a column per date', async () => {
    const r = await runCli(['roster', ...ROSTER, '--format', 'csv']);
    expectFile('roster.csv', r.stdout);
    expect(r.stdout.split('\n')[0]!.split(';')).toHaveLength(7 + 28);
  });

  it('writes decisions and allocation per unit as JSON', async () => {
    const r = await runCli(['roster', ...ROSTER, '--format', 'json']);
    expectFile('roster.json', r.stdout);
    const json = JSON.parse(r.stdout) as { units: { unit: { id: string }; allocation: { roster: unknown[] } }[] };
    expect(json.units.map((u) => [u.unit.id, u.allocation.roster.length])).toEqual([
      ['bidang-aplikasi', 7],
      ['bidang-umum', 7],
    ]);
  });

  it('writes the HTML calendar with --html, fit to sign', async () => {
    const dir = tempDir();
    // A fixed print date keeps the page comparable from day to day.
    const print = ['--printed-on', '2026-01-28', '--agency', 'Dinas Komunikasi dan Informatika', '--sign-place', 'Bandung', '--sign-title', 'Kepala Dinas Komunikasi dan Informatika', '--sign-name', 'Ratna Sari Dewi', '--sign-nip', '197001011990032001'];
    const r = await runCli(['roster', ...ROSTER, '--html', join(dir, 'jadwal.html'), ...print]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`Kalender HTML ditulis ke ${join(dir, 'jadwal.html')}`);
    expectFile('roster.html', readFileSync(join(dir, 'jadwal.html'), 'utf8'));
  });
});

describe('warnings on examples/kinerja-bulanan.csv', () => {
  it('prints scores, predikat and levels per month', async () => {
    const r = await runCli(['warnings', 'examples/kinerja-bulanan.csv', '--as-of', '2026-02-02']);
    expect(r.code).toBe(0);
    expectFile('warnings.table.txt', r.stdout);
  });

  it('writes CSV', async () => {
    const r = await runCli(['warnings', 'examples/kinerja-bulanan.csv', '--as-of', '2026-02-02', '--format', 'csv']);
    expectFile('warnings.csv', r.stdout);
  });

  it('writes the early-warning results as JSON', async () => {
    const r = await runCli(['warnings', 'examples/kinerja-bulanan.csv', '--as-of', '2026-02-02', '--format', 'json']);
    expectFile('warnings.json', r.stdout);
    const results = JSON.parse(r.stdout) as { employeeId: string; finalState: { level: string } }[];
    expect(results.find((x) => x.employeeId === '198001012005011006')?.finalState.level).toBe('DICABUT');
  });
});

describe('demo', () => {
  it('runs the whole chain on the built-in data', async () => {
    const r = await runCli(['demo']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expectFile('demo.txt', r.stdout);
  });

  it('runs in English', async () => {
    const r = await runCli(['demo', '--lang', 'en']);
    expect(r.code).toBe(0);
    expectFile('demo.en.txt', r.stdout);
  });

  it('writes the HTML calendar of the demo', async () => {
    const dir = tempDir();
    const r = await runCli(['demo', '--html', join(dir, 'demo.html')]);
    expect(r.code).toBe(0);
    const html = readFileSync(join(dir, 'demo.html'), 'utf8');
    expect(html.match(/<td class="d /g)).toHaveLength(60 * 28);
  });
});

describe('schema', () => {
  for (const name of ['employee-record', 'monthly-performance', 'work-pattern-input', 'policy', 'policy-file']) {
    it(`prints the JSON Schema of ${name}`, async () => {
      const r = await runCli(['schema', name]);
      expect(r.code).toBe(0);
      expectFile(`schema.${name}.json`, r.stdout);
      const schema = JSON.parse(r.stdout) as { $schema: string; type: string };
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.type).toBe('object');
    });
  }
});

describe('template', () => {
  it('prints the employee header row the examples use', async () => {
    const r = await runCli(['template', 'eligibility']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync('examples/pegawai.csv', 'utf8').split('\n')[0] + '\n');
  });

  it('prints the performance header row the examples use, then the saved-state columns', async () => {
    const r = await runCli(['template', 'warnings']);
    const example = readFileSync('examples/kinerja-bulanan.csv', 'utf8').split('\n')[0]!;
    expect(r.stdout).toBe(`${example};tingkat_peringatan;bulan_ditandai;bulan_bersih;bulan_terakhir\n`);
  });

  it('prints the unit header row the examples use', async () => {
    const r = await runCli(['template', 'units']);
    expect(r.stdout).toBe(readFileSync('examples/unit.csv', 'utf8').split('\n')[0] + '\n');
  });
});

describe('the calendar on the command line: --holidays and --provisional', () => {
  const statusOn = (json: string, unitId: string, nip: string, date: string): string => {
    const data = JSON.parse(json) as { units: { unit: { id: string }; allocation: { dates: string[]; roster: { employeeId: string; days: string[] }[] } }[] };
    const a = data.units.find((u) => u.unit.id === unitId)!.allocation;
    return a.roster.find((r) => r.employeeId === nip)!.days[a.dates.indexOf(date)]!;
  };

  it('changes a roster with a regional holiday from a holiday file', async () => {
    const dir = tempDir();
    const file = join(dir, 'libur.csv');
    writeFileSync(file, 'tanggal;nama;jenis;nama_en\n2026-02-10;Hari Jadi Kota Contoh;LD;Example City Day\n');
    const before = await runCli(['roster', ...ROSTER, '--format', 'json']);
    const after = await runCli(['roster', ...ROSTER, '--format', 'json', '--holidays', file]);
    expect(after.code).toBe(0);
    expect(statusOn(before.stdout, 'bidang-umum', '198907232014031002', '2026-02-10')).not.toBe('LIBUR');
    expect(statusOn(after.stdout, 'bidang-umum', '198907232014031002', '2026-02-10')).toBe('LIBUR');
  });

  it('replaces a year with a national list and its Ramadan rows', async () => {
    const dir = tempDir();
    const file = join(dir, 'skb-2026.csv');
    // A national list for 2026 with one holiday only, and Ramadan 1447 H.
    writeFileSync(file, 'tanggal;nama;jenis\n2026-01-01;Tahun Baru 2026 Masehi;LN\n2026-02-19;Ramadan 1447 H;RAMADAN\n2026-03-20;Ramadan 1447 H;RAMADAN\n');
    const r = await runCli(['roster', ...ROSTER, '--format', 'json', '--holidays', file]);
    expect(r.code).toBe(0);
    expect(statusOn(r.stdout, 'bidang-umum', '198907232014031002', '2026-02-17')).not.toBe('LIBUR'); // Imlek is gone with the built-in list
  });

  it('refuses a holiday file with bad rows, listing every problem with its row and column, and computes nothing', async () => {
    const dir = tempDir();
    const file = join(dir, 'libur.csv');
    writeFileSync(file, 'tanggal;nama;jenis\n2026-02-30;Salah;LD\n2026-03-02;;LD\n2027-01-01;Tahun Baru;LN\n');
    const r = await runCli(['roster', ...ROSTER, '--holidays', file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const err = lines(r.stderr);
    expect(err.some((l) => l.includes('baris 2, kolom tanggal'))).toBe(true);
    expect(err.some((l) => l.includes('baris 3, kolom nama'))).toBe(true);
    expect(err.at(-1)).toContain('tidak ada yang dihitung');
  });

  it('reports a national year without its Ramadan rows against the row', async () => {
    const dir = tempDir();
    const file = join(dir, 'libur.csv');
    writeFileSync(file, 'tanggal;nama;jenis\n2027-01-01;Tahun Baru 2027 Masehi;LN\n');
    const r = await runCli(['warnings', 'examples/kinerja-bulanan.csv', '--holidays', file, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)[0]).toContain('row 2, column jenis: The national list of 2027 replaces the built-in one, so it needs two RAMADAN rows');
  });

  it('refuses a month of the provisional 2027 without --provisional, naming the option, and rosters it with a finding with it', async () => {
    const without = await runCli(['roster', 'examples/pegawai.csv', '--month', '2027-01', '--format', 'json']);
    expect(without.code).toBe(2);
    expect(without.stderr).toContain('--provisional');
    const r = await runCli(['roster', 'examples/pegawai.csv', '--month', '2027-01', '--format', 'json', '--provisional']);
    expect(r.code).toBe(0);
    const data = JSON.parse(r.stdout) as { policy: { id: string }; units: { allocation: { findings: { code: string }[] } }[] };
    expect(data.policy.id).toBe('jabar-mkd-2025');
    for (const u of data.units) expect(u.allocation.findings.map((f) => f.code)).toContain('work_pattern_provisional_calendar');
  });

  it('rosters 2026 under jabar-mkd-2026 by default: Thursday collective, Friday for the approved unit', async () => {
    const r = await runCli(['roster', ...ROSTER, '--format', 'json']);
    expect((JSON.parse(r.stdout) as { policy: { id: string } }).policy.id).toBe('jabar-mkd-2026');
    expect(statusOn(r.stdout, 'bidang-umum', '198907232014031002', '2026-02-05')).toBe('FLEKSIBEL'); // a Thursday
    const aplikasi = (JSON.parse(r.stdout) as { units: { unit: { id: string }; allocation: { findings: { code: string }[] } }[] }).units.find((u) => u.unit.id === 'bidang-aplikasi')!;
    expect(aplikasi.allocation.findings.map((f) => f.code)).toContain('work_pattern_unit_collective');
  });
});
