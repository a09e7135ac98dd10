import { chmodSync, copyFileSync, existsSync, linkSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from './_run';

// Outputs never destroy data: an output that is an input is refused before anything is
// opened; a file is written to a temporary file and renamed only on success; devices are
// written directly; a write error is exit 2 with the file named.
const PEGAWAI = readFileSync(join(ROOT, 'examples', 'pegawai.csv'), 'utf8');

function workspace(): { dir: string; input: string } {
  const dir = tempDir();
  const input = join(dir, 'pegawai.csv');
  copyFileSync(join(ROOT, 'examples', 'pegawai.csv'), input);
  return { dir, input };
}

const leftovers = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

describe('an output that is an input', () => {
  for (const option of ['--out', '--rejected'] as const) {
    it(`is refused for ${option}, and the input is kept whole`, async () => {
      const { dir, input } = workspace();
      const r = await runCli(['eligibility', input, '--as-of', '2026-02-02', option, input], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`${option} ${input} adalah berkas masukan ${input}`);
      expect(readFileSync(input, 'utf8')).toBe(PEGAWAI);
    });
  }

  it('is refused through a symbolic link, a hard link and a relative name, in English too', async () => {
    const { dir, input } = workspace();
    symlinkSync(input, join(dir, 'link.csv'));
    linkSync(input, join(dir, 'hard.csv'));
    for (const out of ['link.csv', 'hard.csv', './pegawai.csv']) {
      const r = await runCli(['eligibility', 'pegawai.csv', '--as-of', '2026-02-02', '--out', out, '--lang', 'en'], { cwd: dir });
      expect(r.code, out).toBe(2);
      expect(r.stderr).toContain(`--out ${out} is the input file pegawai.csv; writing there would destroy it`);
    }
    expect(readFileSync(input, 'utf8')).toBe(PEGAWAI);
  });

  it('is refused for a file option: --html onto --units, --out onto --performance', async () => {
    const { dir, input } = workspace();
    const units = join(dir, 'unit.csv');
    const performance = join(dir, 'kinerja.csv');
    copyFileSync(join(ROOT, 'examples', 'unit.csv'), units);
    copyFileSync(join(ROOT, 'examples', 'kinerja-bulanan.csv'), performance);
    const html = await runCli(['roster', input, '--month', '2026-02', '--units', units, '--html', units]);
    expect(html.code).toBe(2);
    expect(html.stderr).toContain(`--html ${units} adalah berkas masukan ${units}`);
    const out = await runCli(['eligibility', input, '--performance', performance, '--out', performance]);
    expect(out.code).toBe(2);
    expect(readFileSync(units, 'utf8')).toBe(readFileSync(join(ROOT, 'examples', 'unit.csv'), 'utf8'));
    expect(readFileSync(performance, 'utf8')).toBe(readFileSync(join(ROOT, 'examples', 'kinerja-bulanan.csv'), 'utf8'));
  });

  it('two outputs naming one file are refused, whether or not it exists yet', async () => {
    const { dir, input } = workspace();
    const r = await runCli(['roster', input, '--month', '2026-02', '--out', join(dir, 'x.txt'), '--html', join(dir, 'x.txt'), '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--out and --html name the same file');
    expect(existsSync(join(dir, 'x.txt'))).toBe(false);
  });
});

describe('writing an output file', () => {
  it('replaces an earlier file only on success, keeping its permissions, with no temporary file left', async () => {
    const { dir, input } = workspace();
    const out = join(dir, 'hasil.csv');
    writeFileSync(out, 'earlier result\n');
    chmodSync(out, 0o640);
    const r = await runCli(['eligibility', input, '--as-of', '2026-02-02', '--format', 'csv', '--out', out]);
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^\uFEFFnip;nama;unit;status/);
    expect(statSync(out).mode & 0o777).toBe(0o640);
    expect(leftovers(dir)).toEqual([]);
  });

  it('leaves an earlier file untouched, and no temporary file, when the run fails after opening it', async () => {
    const { dir, input } = workspace();
    const out = join(dir, 'jadwal.csv');
    writeFileSync(out, 'earlier roster\n');
    // --out is opened first; --html into a folder that does not exist then fails.
    const r = await runCli(['roster', input, '--month', '2026-02', '--format', 'csv', '--out', out, '--html', join(dir, 'missing', 'j.html')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('j.html');
    expect(readFileSync(out, 'utf8')).toBe('earlier roster\n');
    expect(leftovers(dir)).toEqual([]);
  });

  it('writes a device directly, even named by two outputs: /dev/null stays a device and the run succeeds', async () => {
    const { input } = workspace();
    const r = await runCli(['eligibility', input, '--as-of', '2026-02-02', '--out', '/dev/null', '--rejected', '/dev/null']);
    expect(r.code).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('reports a full disk (/dev/full) with exit 2 and the file named, never "written", and /dev/full stays a device', async () => {
    expect(existsSync('/dev/full'), 'this check needs Linux /dev/full').toBe(true);
    const { input } = workspace();
    const r = await runCli(['eligibility', input, '--as-of', '2026-02-02', '--out', '/dev/full']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('berkas /dev/full tidak dapat ditulis (ENOSPC)');
    expect(statSync('/dev/full').isCharacterDevice()).toBe(true);
  });

  it('reports a folder that cannot be written with exit 2', async () => {
    const { input } = workspace();
    const r = await runCli(['eligibility', input, '--out', join(tempDir(), 'no', 'such', 'folder', 'x.csv'), '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot write .*x\.csv \(ENOENT\)/);
  });
});

describe('spreadsheet formula injection', () => {
  const hostile = ['=HYPERLINK("http://x.invalid","klik")', '+cmd|\' /C calc\'!A0', '-2+3', '@SUM(1+1)', '\t=1+1', '\r=1+1'];

  it('every text cell that would start a formula begins with a quote, in results and rejected rows; numbers stay numbers', async () => {
    const dir = tempDir();
    const header = 'nip;nama;unit';
    const quoted = (v: string): string => `"${v.replaceAll('"', '""')}"`;
    const good = hostile.map((name, i) => `19820514200604200${i + 1};${quoted(name)};bidang-umum`);
    const bad = `=1+1;Nama;bidang-umum`;
    const input = join(dir, 'pegawai.csv');
    writeFileSync(input, [header, ...good, bad].join('\n') + '\n');
    const out = join(dir, 'hasil.csv');
    const rejected = join(dir, 'ditolak.csv');
    const r = await runCli(['eligibility', input, '--as-of', '2026-02-02', '--format', 'csv', '--out', out, '--rejected', rejected]);
    expect(r.code).toBe(1);
    const text = readFileSync(out, 'utf8');
    // Names are read trimmed, so the tab and carriage-return cases arrive as `=1+1`.
    for (const name of hostile.map((n) => n.trim())) {
      const cell = `'${name}`;
      expect(text.includes(cell) || text.includes(`"${cell.replaceAll('"', '""')}"`), name).toBe(true);
    }
    // No line has a cell that starts with a formula character.
    const cells = text.split(/[;\n]/).map((c) => c.replace(/^"/, ''));
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(readFileSync(rejected, 'utf8')).toContain(";'=1+1;");
  });

  it('leaves JSON as it was', async () => {
    const dir = tempDir();
    const input = join(dir, 'pegawai.csv');
    writeFileSync(input, `nip;nama;unit\n198205142006042001;"=HYPERLINK(""x"")";bidang-umum\n`);
    const r = await runCli(['eligibility', input, '--as-of', '2026-02-02', '--format', 'json']);
    expect((JSON.parse(r.stdout) as { name: string }[])[0]!.name).toBe('=HYPERLINK("x")');
  });
});

describe('terminal hygiene', () => {
  const ESC_NAME = 'Asep\u001b[2J\u001b]0;pwned\u0007';
  const RLO_NAME = 'Siti\u202Egnp.exe';

  it('shows escape sequences and bidi overrides escaped in a table and in row problems, never raw', async () => {
    const dir = tempDir();
    const input = join(dir, 'pegawai.csv');
    writeFileSync(input, `nip;nama;unit\n198205142006042001;"${ESC_NAME}";bidang-umum\n198907232014031002;"${RLO_NAME}";bidang-umum\n12;"Bad\u001b[31m";bidang-umum\n`);
    const r = await runCli(['eligibility', input, '--as-of', '2026-02-02']);
    expect(r.code).toBe(1);
    for (const text of [r.stdout, r.stderr]) {
      expect(text).not.toMatch(/[\u001b\u0007\u202e]/);
    }
    expect(r.stdout).toContain('Asep\\x1B[2J');
    expect(r.stdout).toContain('Siti\\u202Egnp.exe');
  });

  it('leaves CSV and JSON into a pipe byte for byte, and escapes them on a terminal', async () => {
    const dir = tempDir();
    const input = join(dir, 'pegawai.csv');
    writeFileSync(input, `nip;nama;unit\n198205142006042001;"${RLO_NAME}";bidang-umum\n`);
    const piped = await runCli(['eligibility', input, '--as-of', '2026-02-02', '--format', 'csv']);
    expect(piped.stdout).toContain(RLO_NAME);
    const shown = await runCli(['eligibility', input, '--as-of', '2026-02-02', '--format', 'csv'], { stdoutTty: true });
    expect(shown.stdout).not.toContain('\u202e');
    expect(shown.stdout).toContain('Siti\\u202Egnp.exe');
  });
});

describe('one batch rule everywhere', () => {
  function withBadUnit(): string {
    const dir = tempDir();
    const lines = PEGAWAI.trimEnd().split('\n');
    // Rows 4 and 5: two more employees (their own NIPs) in a unit named `constructor`.
    const extra = lines.slice(1, 3).map((l) => {
      const cells = l.split(';');
      cells[0] = `${cells[0]!.slice(0, 17)}9`;
      cells[2] = 'constructor';
      return cells.join(';');
    });
    return writeFileSync(join(dir, 'p.csv'), [...lines.slice(0, 3), ...extra].join('\n') + '\n'), join(dir, 'p.csv');
  }

  for (const args of [['eligibility', '--as-of', '2026-02-02'], ['roster', '--month', '2026-02']]) {
    it(`${args[0]} rejects a row whose unit id is reserved (constructor) with its row and column, and runs the other units`, async () => {
      const file = withBadUnit();
      const r = await runCli([args[0]!, file, ...args.slice(1), '--format', 'json', '--lang', 'en']);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('row 4, column unit: The identifier "constructor" is not allowed');
      expect(r.stderr).toContain('row 5, column unit');
      expect(r.stdout.length).toBeGreaterThan(0);
    });
  }
});
