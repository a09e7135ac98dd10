import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from './_run';

// docs/cli.md's sections on the roster to sign: every command runs as written, quotes
// and a leading SOURCE_DATE_EPOCH=… included, and prints what the text says.
const doc = readFileSync(join(ROOT, 'docs', 'cli.md'), 'utf8');

function section(title: string): string {
  const start = doc.indexOf(title);
  expect(start, title).toBeGreaterThan(-1);
  const end = doc.indexOf('\n### ', start + title.length);
  return doc.slice(start, end === -1 ? undefined : end);
}

/** The words of a shell command line: spaces split, double quotes group. */
function shellWords(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
}

/** The command lines of a section's sh blocks and code spans: leading `NAME=value` words as the environment, then the arguments after `kerja-dinamis`. */
function commands(text: string): { env: Record<string, string>; argv: string[] }[] {
  const lines = [...text.matchAll(/^\s*((?:[A-Z_]+=\S+\s+)*kerja-dinamis .+)$/gm), ...text.matchAll(/`(kerja-dinamis [^`]+)`/g)].map((m) => m[1]!.trim());
  return lines.map((line) => {
    const words = shellWords(line);
    const env: Record<string, string> = {};
    while (/^[A-Z_]+=/.test(words[0]!)) {
      const [name, value] = words.shift()!.split('=') as [string, string];
      env[name] = value;
    }
    expect(words.shift()).toBe('kerja-dinamis');
    return { env, argv: words };
  });
}

describe('docs/cli.md: a roster to sign', () => {
  for (const [title, printed] of [
    ['### Jadwal untuk ditandatangani', 'Dicetak 28 Januari 2026'],
    ['### A roster to sign', 'Printed 28 January 2026'],
  ] as const) {
    it(`runs every command of "${title.slice(4)}" as written`, async () => {
      const found = commands(section(title));
      expect(found).toHaveLength(2);
      for (const [i, { env, argv }] of found.entries()) {
        const dir = tempDir();
        const args = argv.map((a, j) => (argv[j - 1] === '--html' ? join(dir, a) : a));
        const r = await runCli(args, { env });
        expect(r.code, `${argv.join(' ')}\n${r.stderr}`).toBe(0);
        const html = readFileSync(args[args.indexOf('--html') + 1]!, 'utf8');
        expect(html).toContain(printed);
        if (i === 0) {
          expect(html).toContain('<p class="agency"><bdi>Dinas Komunikasi dan Informatika</bdi></p>');
          expect(html).toContain('<p class="name"><bdi>Ratna Sari Dewi</bdi></p>');
          expect(html).toContain('<p class="nip">NIP 19700101 199003 2 001</p>');
        } else {
          expect(env).toEqual({ SOURCE_DATE_EPOCH: '1769558400' });
        }
      }
    });
  }

  it('documents every print option in both languages', () => {
    for (const option of ['--agency', '--sign-place', '--sign-title', '--sign-name', '--sign-nip', '--printed-on']) {
      const rows = doc.split('\n').filter((line) => line.startsWith('| `') && line.includes(`\`${option} `));
      expect(rows, option).toHaveLength(2);
    }
  });
});
