import { readFileSync } from 'node:fs';
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
    expect(r.stdout.split('\n')[0]!.split(';')).toHaveLength(6 + 28);
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

  it('writes the HTML calendar with --html', async () => {
    const dir = tempDir();
    const r = await runCli(['roster', ...ROSTER, '--html', join(dir, 'jadwal.html')]);
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
  for (const name of ['employee-record', 'monthly-performance', 'work-pattern-input', 'policy']) {
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
