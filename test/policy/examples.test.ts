import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSnippet, tsBlocks } from '../_helpers/doc-snippets';

// The @example blocks of the policy-file functions run as written, with the results their
// `//=>` lines show.
const SOURCES = ['file.ts', 'settings.ts', 'describe.ts'];

function examplesOf(file: string): string[] {
  const text = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'policy', file), 'utf8');
  const docs = [...text.matchAll(/\/\*\*([\s\S]*?)\*\//g)].map((m) => m[1]!.replace(/^\s*\* ?/gm, ''));
  return docs.flatMap((doc) => tsBlocks(doc));
}

describe('TSDoc examples of policy files', () => {
  const cases = SOURCES.flatMap((file) => examplesOf(file).map((code, i) => [`${file} #${i}`, code] as const));

  it('finds an example in every file', () => {
    for (const file of SOURCES) expect(cases.some(([name]) => name.startsWith(file)), file).toBe(true);
  });

  it.each(cases)('runs the example of %s as written', async (name, code) => {
    const checks = await runSnippet(code, `policy-example-${name.replace(/[^a-z0-9]+/gi, '-')}`);
    expect(checks.length).toBeGreaterThan(0);
    for (const c of checks) expect(c.actual, c.expression).toEqual(c.expected);
  });
});
