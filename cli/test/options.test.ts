import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { definePolicy, jabarMkd2025 } from 'kerja-dinamis';
import { todayInJakarta } from '../src/io';
import { FIXTURES, lines, runCli, tempDir, writeFile } from './_run';

const PEGAWAI = 'examples/pegawai.csv';
type Decision = { employeeId: string; status: string; maxFlexibleDaysPerWeek: number; policy: { id: string }; asOf: string };
const json = (text: string): Decision[] => JSON.parse(text) as Decision[];

describe('--policy', () => {
  it('defaults to the Jabar preset in force on the decision date', async () => {
    const before = await runCli(['eligibility', PEGAWAI, '--as-of', '2025-04-20', '--format', 'json']);
    const after = await runCli(['eligibility', PEGAWAI, '--as-of', '2025-04-21', '--format', 'json']);
    expect(json(before.stdout)[0]!.policy.id).toBe('jabar-mkd-2023');
    expect(json(after.stdout)[0]!.policy.id).toBe('jabar-mkd-2025');
  });

  it('takes a preset id', async () => {
    const r = await runCli(['eligibility', PEGAWAI, '--as-of', '2026-02-02', '--policy', 'national-fwa-2025', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(new Set(json(r.stdout).map((d) => d.policy.id))).toEqual(new Set(['national-fwa-2025']));
  });

  it('takes a complete policy JSON file, checked by parsePolicyFile', async () => {
    const dir = tempDir();
    const policy = definePolicy(jabarMkd2025, { id: 'tasikmalaya-mkd-2025', talentBox: { eligibleBoxes: [7, 8, 9] } });
    const file = writeFile(join(dir, 'kebijakan.json'), JSON.stringify(policy));
    const r = await runCli(['eligibility', PEGAWAI, '--as-of', '2026-02-02', '--policy', file, '--format', 'json', '--performance', 'examples/kinerja-bulanan.csv']);
    expect(r.code).toBe(0);
    const decisions = json(r.stdout);
    expect(decisions[0]!.policy.id).toBe('tasikmalaya-mkd-2025');
    // Siti Aminah is in box 5: eligible under the preset, not under boxes {7, 8, 9}.
    expect(decisions.find((d) => d.employeeId === '199104022015032003')!.status).toBe('NOT_ELIGIBLE');
  });

  it('lists every problem of an invalid policy file, then stops', async () => {
    const dir = tempDir();
    const file = writeFile(join(dir, 'kebijakan.json'), JSON.stringify({ ...jabarMkd2025, id: 'x', talentBox: { ...jabarMkd2025.talentBox, eligibleBoxes: [10] } }));
    const r = await runCli(['eligibility', PEGAWAI, '--policy', file, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)[0]).toBe(`kerja-dinamis: policy ${file} is not valid:`);
    // The path is the value's place in the file; the message is the library's own.
    expect(lines(r.stderr)[1]).toBe('  talentBox.eligibleBoxes.0: must be at most 9, not 10');
    expect(r.stdout).toBe('');
  });

  it('says so when the value is neither a preset nor a file', async () => {
    const r = await runCli(['eligibility', PEGAWAI, '--policy', 'jabar-mkd-2024']);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual(['kerja-dinamis: kebijakan "jabar-mkd-2024" bukan preset (national-fwa-2025, jabar-mkd-2023, jabar-mkd-2025, jabar-wfh-kamis-2025-11, jabar-wfh-50-50-2025-12, jabar-mkd-2026) dan bukan berkas yang ada; maksud Anda "jabar-mkd-2023", "jabar-mkd-2025" atau "jabar-mkd-2026"?']);
  });

  it('says a policy file that does not exist is not found', async () => {
    const r = await runCli(['eligibility', PEGAWAI, '--policy', 'tidak/ada.json']);
    expect(lines(r.stderr)).toEqual(['kerja-dinamis: berkas tidak/ada.json tidak ditemukan']);
  });

  it('stops before MKD existed, when no Jabar preset is in force', async () => {
    const r = await runCli(['eligibility', PEGAWAI, '--as-of', '2023-01-02']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('tidak ada preset Jabar yang berlaku pada 2023-01-02');
  });
});

describe('--as-of', () => {
  it('defaults to today in WIB, not in the host time zone', async () => {
    // 18:30 UTC on 1 February is 01:30 on 2 February in Jakarta.
    const r = await runCli(['eligibility', PEGAWAI, '--format', 'json'], { now: new Date('2026-02-01T18:30:00Z') });
    expect(json(r.stdout)[0]!.asOf).toBe('2026-02-02');
    expect(todayInJakarta(new Date('2026-02-01T16:59:59Z'))).toBe('2026-02-01');
    expect(todayInJakarta(new Date('2026-02-01T17:00:00Z'))).toBe('2026-02-02');
  });

  it('rejects a date that does not exist', async () => {
    const r = await runCli(['eligibility', PEGAWAI, '--as-of', '2026-02-30']);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual(['kerja-dinamis eligibility: --as-of "2026-02-30" bukan tanggal YYYY-MM-DD yang ada; lihat kerja-dinamis eligibility --help']);
  });
});

describe('--format, --out and --lang', () => {
  it('rejects an unknown format', async () => {
    const r = await runCli(['eligibility', PEGAWAI, '--format', 'xls']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nilai --format "xls" tidak dikenal; pilih table, csv, json, xlsx');
  });

  it('--out writes the results to a file, with a byte-order mark for CSV, and nothing to stdout', async () => {
    const dir = tempDir();
    const out = join(dir, 'hasil.csv');
    const r = await runCli(['eligibility', PEGAWAI, '--as-of', '2026-02-02', '--format', 'csv', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(lines(r.stderr).at(-1)).toBe(`hasil ditulis ke ${out}`);
    const written = readFileSync(out, 'utf8');
    const screen = await runCli(['eligibility', PEGAWAI, '--as-of', '2026-02-02', '--format', 'csv']);
    expect(written).toBe(`\uFEFF${screen.stdout}`);
  });

  it('--out into a folder that does not exist stops with one line', async () => {
    const r = await runCli(['eligibility', PEGAWAI, '--out', '/tidak/ada/hasil.csv']);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual(['kerja-dinamis: berkas /tidak/ada/hasil.csv tidak dapat ditulis (ENOENT)']);
  });

  it('rejects an unknown language', async () => {
    const r = await runCli(['eligibility', PEGAWAI, '--lang', 'su']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nilai --lang "su" tidak dikenal; pilih id, en');
  });
});

describe('options of one command', () => {
  it('--ignore-unknown-columns ignores them with one warning line', async () => {
    const r = await runCli(['eligibility', join(FIXTURES, 'unknown-column.csv'), '--ignore-unknown-columns', '--as-of', '2026-02-02', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(lines(r.stderr)[0]).toBe(`kerja-dinamis: ${join(FIXTURES, 'unknown-column.csv')}: kolom tidak dikenal diabaikan: nilai_kinerj, golongan`);
    expect(json(r.stdout)).toHaveLength(1);
  });

  it('--performance joins the monthly rows to each employee by NIP', async () => {
    const without = await runCli(['eligibility', PEGAWAI, '--as-of', '2026-02-02', '--format', 'json']);
    const withPerformance = await runCli(['eligibility', PEGAWAI, '--as-of', '2026-02-02', '--format', 'json', '--performance', 'examples/kinerja-bulanan.csv']);
    const galuh = (text: string) => json(text).find((d) => d.employeeId === '198711112012121008')!;
    expect(galuh(without.stdout).status).toBe('INDETERMINATE');
    expect(galuh(withPerformance.stdout).status).toBe('ELIGIBLE');
    expect(galuh(withPerformance.stdout).maxFlexibleDaysPerWeek).toBe(4);
  });

  it('roster needs --month', async () => {
    const r = await runCli(['roster', PEGAWAI]);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual(['kerja-dinamis roster: opsi --month wajib diisi; lihat kerja-dinamis roster --help']);
  });

  it('roster rejects a month that is not YYYY-MM', async () => {
    const r = await runCli(['roster', PEGAWAI, '--month', '2026-13']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--month "2026-13" bukan bulan YYYY-MM');
  });

  it('roster stops with the library message for a month the calendar has no data for', async () => {
    const r = await runCli(['roster', PEGAWAI, '--month', '2031-02', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr.startsWith('kerja-dinamis roster: ')).toBe(true);
    expect(r.stdout).toBe('');
  });

  it('an option of another command is named as such', async () => {
    const r = await runCli(['warnings', 'examples/kinerja-bulanan.csv', '--month', '2026-02']);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual(['kerja-dinamis warnings: opsi --month tidak berlaku untuk perintah ini; lihat kerja-dinamis warnings --help']);
  });

  it('an unknown option gets one line', async () => {
    const r = await runCli(['eligibility', PEGAWAI, '--tanggal', '2026-02-02']);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual(['kerja-dinamis eligibility: opsi --tanggal tidak dikenal; lihat kerja-dinamis eligibility --help']);
  });

  it('an option without its value gets one line', async () => {
    const r = await runCli(['eligibility', PEGAWAI, '--out']);
    expect(lines(r.stderr)).toEqual(['kerja-dinamis eligibility: opsi --out memerlukan nilai; lihat kerja-dinamis eligibility --help']);
  });

  it('a second file is an error', async () => {
    const r = await runCli(['eligibility', PEGAWAI, PEGAWAI]);
    expect(lines(r.stderr)).toEqual([`kerja-dinamis eligibility: argumen "${PEGAWAI}" berlebih; lihat kerja-dinamis eligibility --help`]);
  });

  it('no file is an error', async () => {
    const r = await runCli(['warnings']);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual(['kerja-dinamis warnings: berkas masukan belum disebut; lihat kerja-dinamis warnings --help']);
  });

  it('an unknown schema or template name lists the known ones', async () => {
    expect((await runCli(['schema', 'pegawai'])).stderr).toContain('pilih employee-record, monthly-performance, work-pattern-input, policy');
    expect((await runCli(['template', 'pegawai'])).stderr).toContain('pilih eligibility, warnings, units, holidays');
  });

  it('schema --out writes the schema to a file', async () => {
    const dir = tempDir();
    const r = await runCli(['schema', 'policy', '--out', join(dir, 'policy.schema.json')]);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'policy.schema.json'), 'utf8')).title).toBe('Policy');
  });
});

describe('commands, help and version', () => {
  for (const command of ['demo', 'eligibility', 'roster', 'warnings', 'schema', 'template']) {
    it(`${command} --help prints its usage in Bahasa Indonesia, and in English with --lang en`, async () => {
      const id = await runCli([command, '--help']);
      const en = await runCli([command, '-h', '--lang', 'en']);
      expect(id.code).toBe(0);
      expect(en.code).toBe(0);
      expect(id.stdout.startsWith(`Pemakaian: kerja-dinamis ${command}`)).toBe(true);
      expect(en.stdout.startsWith(`Usage: kerja-dinamis ${command}`)).toBe(true);
    });
  }

  it('--help lists every command and the exit codes', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    for (const command of ['demo', 'eligibility', 'roster', 'warnings', 'schema', 'template']) expect(r.stdout).toContain(`  ${command}`);
    expect(r.stdout).toContain('Kode keluar: 0');
  });

  it('help <command> is the same as <command> --help', async () => {
    expect((await runCli(['help', 'roster'])).stdout).toBe((await runCli(['roster', '--help'])).stdout);
  });

  it('no command prints the overview on stderr and exits 2', async () => {
    const r = await runCli([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Pemakaian: kerja-dinamis <perintah>');
  });

  it('an unknown command gets one line', async () => {
    const r = await runCli(['kelayakan', PEGAWAI]);
    expect(r.code).toBe(2);
    expect(lines(r.stderr)).toEqual(['kerja-dinamis: perintah "kelayakan" tidak dikenal; lihat kerja-dinamis --help']);
  });

  it('an unknown option before the command gets one line', async () => {
    const r = await runCli(['--verbose']);
    expect(lines(r.stderr)).toEqual(['kerja-dinamis: opsi --verbose tidak dikenal; lihat kerja-dinamis --help']);
  });

  it('--version prints the package version', async () => {
    const r = await runCli(['--version']);
    expect(r.stdout).toBe(`${(JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version}\n`);
  });
});

describe('progress line', () => {
  // A fake clock that moves 1.5 s each time it is read: the line shows from 2 s on.
  const ticking = (): (() => Date) => {
    let t = Date.parse('2026-02-02T03:00:00Z');
    return () => new Date((t += 1500));
  };
  const employees = (n: number): string =>
    'nip;nama;unit\n' + Array.from({ length: n }, (_, i) => `19850312201001${String(1000 + (i % 9000)).padStart(4, '0')};Pegawai ${i};u${i % 7}\n`).join('');

  it('shows rows, the rate and the time left on stderr when it is a terminal, then is cleared', async () => {
    const file = writeFile(join(tempDir(), 'p.csv'), employees(4096));
    const r = await runCli(['eligibility', file, '--as-of', '2026-02-02', '--format', 'json'], { tty: true, now: ticking() });
    // 2,048 of 4,096 rows after 3 s: 683 rows a second, 3 s left.
    expect(r.stderr).toContain('\r2.048 baris diproses · 683 baris/detik · sisa ± 3 detik…');
    expect(r.stderr).toContain('\r3.072 baris diproses · 683 baris/detik · sisa ± 2 detik…');
    expect(r.stderr).toContain('\r\u001b[K');
    const en = await runCli(['eligibility', file, '--as-of', '2026-02-02', '--format', 'json', '--lang', 'en'], { tty: true, now: ticking() });
    expect(en.stderr).toContain('\r2,048 rows processed · 683 rows/s · about 3 s left…');
  });

  it('is not shown in the first 2 seconds', async () => {
    let t = 0;
    const file = writeFile(join(tempDir(), 'p.csv'), employees(4096));
    const r = await runCli(['eligibility', file, '--as-of', '2026-02-02', '--format', 'json'], { tty: true, now: () => new Date((t += 100)) });
    expect(r.stderr).not.toContain('\r');
  });

  it('is shown by roster too, while reading and while planning', async () => {
    const file = writeFile(join(tempDir(), 'p.csv'), employees(4096));
    const r = await runCli(['roster', file, '--month', '2026-02', '--format', 'csv'], { tty: true, now: ticking() });
    expect(r.stderr).toMatch(/\r2\.048 baris diproses · 683 baris\/detik · sisa ± \d+ detik…/);
    expect(r.stderr).toContain('\r\u001b[K');
  });

  it('is not shown when stderr is not a terminal', async () => {
    let t = 0;
    const r = await runCli(['eligibility', PEGAWAI, '--as-of', '2026-02-02'], { tty: false, now: () => new Date((t += 5000)) });
    expect(r.stderr).not.toContain('\r');
    const file = writeFile(join(tempDir(), 'p.csv'), employees(4096));
    for (const argv of [
      ['eligibility', file, '--as-of', '2026-02-02', '--format', 'csv'],
      ['roster', file, '--month', '2026-02', '--format', 'csv'],
    ]) {
      const quiet = await runCli(argv, { tty: false, now: ticking() });
      expect(quiet.stderr).not.toContain('\r');
      expect(quiet.stderr).not.toContain('\u001b');
    }
  });
});
