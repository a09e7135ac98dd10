/**
 * The ```ts snippets of the guides in docs/ run as written, with the results they show.
 *
 * - Every ```ts block of every guide runs with `runSnippet` (test/_helpers/doc-snippets.ts),
 *   one test per block, titled with the guide and the line of its fence; each `//=> value`
 *   is a check, compared with `toEqual`. The guides that another test already runs are
 *   listed in `DOCS_TESTED_ELSEWHERE` (test/_helpers/doc-pages.ts) with that test.
 * - Each block runs on its own, as a reader copies it: it imports what it uses.
 * - The one kind of ```ts block that does not run is a block that only declares types
 *   (`interface`, `type`, `declare …`, and imports): it shows a shape, there is nothing
 *   to run. It is still compiled (test/snippets-compile.test.ts).
 * - A fence that looks like TypeScript but is not written ```ts (```typescript,
 *   ```ts with words after it) fails, so no block is skipped silently. Blocks in other
 *   languages (```sh, ```text, ```mermaid) are not code of this library.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCS_TESTED_ELSEWHERE, docBlocks } from './_helpers/doc-pages';
import { runSnippet } from './_helpers/doc-snippets';

const ROOT = join(import.meta.dirname, '..');
const { blocks, oddFences } = docBlocks();

describe('docs/*.md snippets', () => {
  it('writes every TypeScript block as ```ts', () => {
    expect(oddFences).toEqual([]);
  });

  it.each(Object.entries(DOCS_TESTED_ELSEWHERE))('leaves docs/%s to %s, which runs its snippets', (doc, test) => {
    const text = readFileSync(join(ROOT, test), 'utf8');
    expect(text).toContain(`'${doc}'`);
    expect(text).toContain('runSnippet');
  });

  for (const block of blocks) {
    it(block.typesOnly ? `${block.title} declares types only: compiled, not run` : block.title, async () => {
      if (block.typesOnly) return;
      const checks = await runSnippet(block.code, block.name);
      for (const c of checks) expect.soft(c.actual, `${block.title}: ${c.expression}`).toEqual(c.expected);
    });
  }
});
