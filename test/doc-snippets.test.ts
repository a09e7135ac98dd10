import { describe, expect, it } from 'vitest';
import { isTypeDeclarationsOnly, runSnippet } from './_helpers/doc-snippets';

// The snippet runner decides what the docs' checks mean: each form of `//=>` is pinned here.
const run = (code: string, name: string) => runSnippet(code, `runner-${name}`);

describe('runSnippet', () => {
  it('checks a value on the next line, on the same line, and continued over indented lines', async () => {
    const checks = await run(
      ["const a = [1, 2];", 'a.length;', '//=> 2', "a.map((x) => x * 2); //=> [2, 4]", 'a.concat(', '  [3],', ');', '//=> [1,', '//     2, 3]'].join('\n'),
      'forms',
    );
    expect(checks).toEqual([
      { expression: 'a.length', actual: 2, expected: 2 },
      { expression: 'a.map((x) => x * 2)', actual: [2, 4], expected: [2, 4] },
      { expression: 'a.concat( [3], )', actual: [1, 2, 3], expected: [1, 2, 3] },
    ]);
  });

  it('drops a closing note in parentheses, and keeps parentheses inside the value', async () => {
    const checks = await run(["['a (b)'];", "//=> ['a (b)'] (a note)", "'x (y)'; //=> 'x (y)'"].join('\n'), 'notes');
    expect(checks.map((c) => c.expected)).toEqual([['a (b)'], 'x (y)']);
  });

  it('records what an expression throws: the InputError codes, or the error name', async () => {
    const code = [
      "import { holidaysInYear } from 'kerja-dinamis/calendar';",
      'holidaysInYear(2027); //=> throws InputError calendar_year_provisional (no SKB yet)',
      'JSON.parse("{"); //=> throws SyntaxError',
      'JSON.parse("1"); //=> throws SyntaxError',
    ].join('\n');
    const checks = await run(code, 'throws');
    expect(checks.map((c) => [c.actual, c.expected])).toEqual([
      ['throws InputError calendar_year_provisional', 'throws InputError calendar_year_provisional'],
      ['throws SyntaxError', 'throws SyntaxError'],
      ['returns without throwing', 'throws SyntaxError'],
    ]);
  });

  it('refuses a //=> that follows no top-level expression, rather than skip it', async () => {
    await expect(run('const a = 1; //=> 1', 'declaration')).rejects.toThrow(/must follow an expression/);
    await expect(run('1;\n\n//=> 1', 'blank-line')).rejects.toThrow(/not after a top-level expression/);
    await expect(run('if (true) {\n  1;\n  //=> 1\n}', 'nested')).rejects.toThrow(/not after a top-level expression/);
  });

  it('refuses a value that does not parse, naming its line', async () => {
    await expect(run("[1];\n//=> e.g. [1]", 'unparsable')).rejects.toThrow(/the \/\/=> value on line 2 does not parse/);
  });
});

describe('isTypeDeclarationsOnly', () => {
  it('is true for interfaces, type aliases, declarations and imports only', () => {
    expect(isTypeDeclarationsOnly("import type { Policy } from 'kerja-dinamis';\ninterface A { a: Policy }\ntype B = A;\ndeclare const c: B;")).toBe(true);
    expect(isTypeDeclarationsOnly('type B = 1;\nconst b: B = 1;')).toBe(false);
    expect(isTypeDeclarationsOnly('')).toBe(false);
  });
});
