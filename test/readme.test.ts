import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// The README's quick start must really run and print what the README says it prints.
const root = join(import.meta.dirname, '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

function block(name: string): string {
  const m = new RegExp(`<!-- ${name}:begin -->\\s*\`\`\`\\w*\\n([\\s\\S]*?)\`\`\`\\s*<!-- ${name}:end -->`).exec(readme);
  if (m === null) throw new Error(`README has no ${name} block`);
  return m[1]!;
}

describe('README', () => {
  it('quick start runs and prints the output shown', async () => {
    const dir = join(root, 'test', '.generated');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'quick-start.ts');
    writeFileSync(file, block('quick-start').replaceAll("from 'kerja-dinamis'", "from '../../src/index'"));
    const lines: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      lines.push(args.map(String).join(' '));
    });
    try {
      await import(/* @vite-ignore */ file);
    } finally {
      spy.mockRestore();
    }
    expect(lines.join('\n') + '\n').toBe(block('quick-start-output'));
  });
});

describe('README policy section', () => {
  it('runs its snippet as written, with the results it shows', async () => {
    const { runSnippet, tsBlocks } = await import('./_helpers/doc-snippets');
    const section = readme.slice(readme.indexOf('## Policies'), readme.indexOf('## Modules'));
    const [code] = tsBlocks(section);
    const checks = await runSnippet(code!, 'readme-policy');
    expect(checks).toHaveLength(4);
    for (const c of checks) expect(c.actual, c.expression).toEqual(c.expected);
  });
});
