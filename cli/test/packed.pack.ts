/**
 * The packages as users get them: both packed with `npm pack`, installed from the
 * tarballs into an empty project, and the `kerja-dinamis` bin run from there. Run by
 * `npm run test:pack` (CI); it builds, packs and installs, so it takes a minute.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'kd-pack-'));
const npm = (args: string[], cwd: string): string => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
/** `npm pack --json` also prints what the lifecycle scripts print; the report is the JSON array at the end. */
const packed = (stdout: string): Packed => (JSON.parse(stdout.slice(stdout.lastIndexOf('[\n  {'))) as Packed[])[0]!;

interface Packed {
  readonly filename: string;
  readonly files: readonly { path: string }[];
}
let library: Packed;
let cli: Packed;
const app = join(dir, 'app');
const bin = join(app, 'node_modules', '.bin', 'kerja-dinamis');

describe('the packed packages', () => {
  beforeAll(() => {
    npm(['run', 'build'], ROOT);
    library = packed(npm(['pack', '--json', '--pack-destination', dir], ROOT));
    cli = packed(npm(['pack', '--json', '--pack-destination', dir, '--workspace', 'kerja-dinamis-cli'], ROOT));
    mkdirSync(app, { recursive: true });
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
    npm(['install', '--no-audit', '--no-fund', '--prefer-offline', join(dir, library.filename), join(dir, cli.filename)], app);
  }, 300_000);

  it('the library holds its build and licence, and no command line', () => {
    const paths = library.files.map((f) => f.path);
    expect(paths).toContain('LICENSE');
    expect(paths).toContain('dist/index.js');
    expect(paths.some((p) => p.includes('cli'))).toBe(false);
  });

  it('the library holds a JSON Schema for every input and output listed in docs/api.md, as built, importable by subpath', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    // The files docs/api.md lists (test/json-schemas.test.ts checks that list against the generator).
    const api = readFileSync(join(ROOT, 'docs', 'api.md'), 'utf8');
    const section = api.slice(api.indexOf('## JSON Schemas for apps in other languages'), api.indexOf('## Bahasa Indonesia'));
    const listed = [...section.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => `schemas/${m[1]}.schema.json`).sort();
    expect(listed.length).toBeGreaterThan(50);
    const paths = library.files.map((f) => f.path);
    expect(paths.filter((p) => p.startsWith('schemas/')).sort()).toEqual(listed);
    const installed = join(app, 'node_modules', 'kerja-dinamis');
    for (const path of listed) expect(readFileSync(join(installed, path), 'utf8'), path).toBe(readFileSync(join(ROOT, path), 'utf8'));
    const script = "import s from 'kerja-dinamis/schemas/employee-record.schema.json' with { type: 'json' }; console.log(s.$id);";
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: app, encoding: 'utf8' });
    expect(r.stdout.trim()).toBe(`https://unpkg.com/kerja-dinamis@${version}/schemas/employee-record.schema.json`);
  });

  it('the command line holds what its help points to: the guides, the examples and a licence', () => {
    const paths = cli.files.map((f) => f.path);
    for (const file of ['dist/index.js', 'LICENSE', 'README.md', 'docs/cli.md', 'docs/replikasi.md', 'docs/replikasi/kebijakan-tasikmalaya.json', 'docs/policy.md', 'docs/calendar.md', 'examples/pegawai.csv', 'examples/unit.csv', 'examples/kinerja-bulanan.csv']) {
      expect(paths, file).toContain(file);
    }
  });

  it('installs a kerja-dinamis bin that prints its help and version', () => {
    expect(existsSync(bin)).toBe(true);
    const help = spawnSync(bin, ['--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout.startsWith('kerja-dinamis — ')).toBe(true);
    expect(help.stderr).toBe('');
    const version = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    expect(version.stdout.trim()).toBe((JSON.parse(readFileSync(join(ROOT, 'cli', 'package.json'), 'utf8')) as { version: string }).version);
  });

  it('runs the demo and a command on the shipped example files, with the installed library', () => {
    const demo = spawnSync(bin, ['demo'], { encoding: 'utf8' });
    expect(demo.status).toBe(0);
    expect(demo.stdout).toContain('jabar-mkd-2026');
    const examples = join(app, 'node_modules', 'kerja-dinamis-cli', 'examples');
    const r = spawnSync(bin, ['eligibility', join(examples, 'pegawai.csv'), '--as-of', '2026-02-02', '--format', 'csv'], { encoding: 'utf8', cwd: app });
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toContain('nip;nama;unit;status');
  });

  it('an interrupted run (Ctrl-C) leaves the earlier output as it was and no temporary file', async () => {
    const work = mkdtempSync(join(tmpdir(), 'kd-interrupt-'));
    const examples = readFileSync(join(ROOT, 'examples', 'pegawai.csv'), 'utf8').split('\n');
    const header = examples[0]!;
    const template = examples[1]!.split(';');
    // 300,000 rows, each with its own NIP (birth date, appointment month and sequence vary).
    const rows: string[] = [header];
    for (let i = 0; i < 300_000; i++) {
      const nip = `19${70 + (i % 30)}${String(1 + (i % 12)).padStart(2, '0')}${String(1 + ((i >> 4) % 28)).padStart(2, '0')}2010${String(1 + ((i >> 9) % 12)).padStart(2, '0')}${1 + (i & 1)}${String(Math.floor(i / 1000) % 1000).padStart(3, '0')}`;
      rows.push([nip, `Pegawai ${i}`, ...template.slice(2)].join(';'));
    }
    const input = join(work, 'pegawai.csv');
    writeFileSync(input, `${rows.join('\n')}\n`);
    const out = join(work, 'hasil.csv');
    writeFileSync(out, 'earlier result\n');
    const child = spawn(bin, ['eligibility', input, '--as-of', '2026-02-02', '--format', 'csv', '--out', out], { stdio: 'ignore' });
    await new Promise((done) => setTimeout(done, 700));
    const stillRunning = child.exitCode === null;
    child.kill('SIGINT');
    const [code, signal] = (await once(child, 'exit')) as [number | null, string | null];
    expect(stillRunning, 'the run must still be going when interrupted').toBe(true);
    expect(code === 130 || signal === 'SIGINT').toBe(true);
    expect(readFileSync(out, 'utf8')).toBe('earlier result\n');
    expect(readdirSync(work).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 60_000);
});
