/**
 * Every TSDoc example of src and every ```ts snippet of docs/ compiles under the
 * repository's tsconfig.json (strict, `noUncheckedIndexedAccess`,
 * `exactOptionalPropertyTypes`, `noUnusedLocals`), as the module the snippet tests run.
 *
 * `tsc --noEmit` does not see those modules: they are written to test/.generated, and
 * TypeScript's `include` skips folders whose names start with a dot. So this test
 * compiles them itself, in memory, in one program. A snippet that runs but does not
 * compile would fail a reader who copies it into a TypeScript project.
 */
import { describe, expect, it } from 'vitest';
import { docBlocks } from './_helpers/doc-pages';
import { typeCheckSnippets } from './_helpers/doc-snippets';
import { isTypeScript, scanDocComments } from './_helpers/tsdoc-examples';

describe('snippets compile', () => {
  it('every TSDoc example and every docs/*.md snippet compiles under tsconfig.json', () => {
    const examples = scanDocComments().blocks.filter(isTypeScript);
    const docs = docBlocks(true).blocks;
    const where = new Map([...examples.map((b) => [b.name, { at: b.file, line: b.line, title: b.title }] as const), ...docs.map((b) => [b.name, { at: b.doc, line: b.line, title: b.title }] as const)]);
    const errors = typeCheckSnippets([...examples, ...docs]);
    // Each error at its line in the file: the fence's line plus the line in the block.
    const found = Object.entries(errors).flatMap(([name, list]) => {
      const block = where.get(name)!;
      return list.map((e) => `${block.at}:${block.line + e.line} (${block.title}): ${e.message}`);
    });
    expect(found).toEqual([]);
  });
});
