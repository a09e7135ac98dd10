import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSnippet, tsBlocks } from '../_helpers/doc-snippets';

const doc = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'policy.md'), 'utf8');

describe('docs/policy.md', () => {
  it.each(tsBlocks(doc).map((code, i) => [i, code] as const))('runs snippet %i as written, with the results it shows', async (i, code) => {
    const checks = await runSnippet(code, `policy-doc-${i}`);
    expect(checks.length).toBeGreaterThan(0);
    for (const c of checks) expect(c.actual, c.expression).toEqual(c.expected);
  });

  it('names every preset with its jurisdiction and period', async () => {
    const { presets } = await import('../../src/policy/index');
    for (const p of presets) {
      const row = doc.split('\n').find((line) => line.includes(`(\`${p.id}\`)`));
      expect(row, p.id).toBeDefined();
      expect(row).toContain(`\`${p.jurisdiction}\``);
      expect(row).toContain(p.effectiveUntil ?? 'from');
    }
  });
});
