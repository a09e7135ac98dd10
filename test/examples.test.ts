/**
 * Every `@example` of the library's TSDoc runs, as written, and shows what the code returns.
 *
 * - Every fenced block inside a `/** … *\/` comment of `src/**\/*.ts` is found
 *   (test/_helpers/tsdoc-examples.ts); one test per block, titled with its file and the
 *   export it documents (`@module <name>` for a module's comment). Nothing is left out
 *   silently: an `@example` without a fenced block fails, and so does an `@example` the
 *   scan does not find inside a doc comment.
 * - A ```ts block runs with `runSnippet` (test/_helpers/doc-snippets.ts): its imports of
 *   `kerja-dinamis` and its subpaths point at the sources, and every expression followed
 *   by `//=> value` is a check, compared with `toEqual` and titled with the file, the
 *   export and the expression. Every example shows at least one result.
 * - A block in another language cannot run: it fails, naming its language, unless its
 *   fence says `not-run` after the language (```sh not-run). A ```ts block always runs.
 * - That the examples also compile under tsconfig.json is checked by
 *   test/snippets-compile.test.ts (tsc does not see test/.generated: TypeScript's
 *   `include` skips folders whose names start with a dot).
 *
 * Imports are written in the examples themselves, not added by this test: a reader who
 * copies an example gets code that runs, and the test runs exactly what the reader sees.
 * Function examples import from their module's subpath (`kerja-dinamis/calendar`), as the
 * module examples do, and the presets from `kerja-dinamis/policy`.
 */
import { describe, expect, it } from 'vitest';
import { runSnippet } from './_helpers/doc-snippets';
import { isTypeScript, scanDocComments } from './_helpers/tsdoc-examples';

const scan = scanDocComments();

describe('TSDoc examples', () => {
  it('finds every @example of src in a doc comment, each with a fenced block', () => {
    expect(scan.problems).toEqual([]);
    expect(scan.exampleTagsInComments).toBe(scan.exampleTags);
    expect(scan.blocks.length).toBeGreaterThanOrEqual(scan.exampleTags);
  });

  for (const block of scan.blocks) {
    it(block.title, async () => {
      const where = `${block.file}:${block.line}`;
      if (!isTypeScript(block)) {
        expect(block.markers, `${where}: a \`${block.language || 'plain'}\` block is not TypeScript and cannot run; mark its fence \`not-run\` if it is meant as text`).toContain('not-run');
        return;
      }
      expect(block.markers, `${where}: a ts block always runs`).not.toContain('not-run');
      const checks = await runSnippet(block.code, block.name);
      expect(checks.length, `${where}: shows no //=> result`).toBeGreaterThan(0);
      for (const c of checks) expect.soft(c.actual, `${block.title}: ${c.expression}`).toEqual(c.expected);
    });
  }
});
