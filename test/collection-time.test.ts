/**
 * No test checks a result made while its file is collected.
 *
 * Mutation testing finds the tests that cover a mutant by the code each test runs; code
 * run in a `describe` body or at the top of a file belongs to no test, so a result made
 * there and compared in an `it` cannot kill the mutants it was written for
 * (docs/testing.md, "Mutation testing"). This test reads every test file and lists the
 * calls of the library's functions made at collection time. Inputs may be built there:
 * policies, catalogues and the policy's shape (the allowed names below).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
/** Library functions that build a test's inputs, allowed at collection time. */
const INPUT_BUILDERS = new Set(['definePolicy', 'defineCatalog', 'extendCatalog', '_shapeOf']);
/** Calls whose callbacks run when a test runs, not when the file is collected. */
const AT_TEST_TIME = /^(it|test|beforeEach|beforeAll|afterEach|afterAll)\b/;

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'browser' ? [] : testFiles(path);
    return e.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** `file:line: call` for each library call made while `file` (whose text is `text`) is collected. */
function collectionTimeCalls(file: string, text = readFileSync(file, 'utf8')): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const library = new Set<string>();
  for (const st of sf.statements) {
    if (!ts.isImportDeclaration(st) || !ts.isStringLiteral(st.moduleSpecifier) || !/\/src\//.test(st.moduleSpecifier.text)) continue;
    const named = st.importClause?.namedBindings;
    if (named !== undefined && ts.isNamedImports(named)) for (const el of named.elements) if (!el.isTypeOnly) library.add(el.name.text);
  }
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression.getText(sf);
      if (AT_TEST_TIME.test(callee)) return; // its callbacks run at test time
      if (ts.isIdentifier(node.expression) && library.has(callee) && !INPUT_BUILDERS.has(callee)) {
        found.push(`${relative(ROOT, file)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${callee}(…)`);
      }
    }
    if (ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) {
      // A function's body runs when it is called; a describe's callback runs at collection.
      const parent = node.parent;
      if (!(ts.isCallExpression(parent) && /^describe\b/.test(parent.expression.getText(sf)))) return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('results are made at test time', () => {
  it('no test file calls a library function in a describe body or at its top level (inputs aside)', () => {
    const files = testFiles(join(ROOT, 'test'));
    expect(files.length).toBeGreaterThan(50);
    // Two files build their workload once for the whole file, on purpose, and are left out
    // of mutation runs: the JSON Schemas' contract (a check of the package's schemas, not of
    // a rule) and the zone digest (its dates are inputs, made before any zone switch).
    const calls = files.filter((f) => !/(json-schemas|zone-digest)\.test\.ts$/.test(f)).flatMap((f) => collectionTimeCalls(f));
    expect(calls).toEqual([]);
  });

  it('the check finds such a call, and not the same call made in a test', () => {
    const head = `import { assessUnit } from '../../src/eligibility/index';\n`;
    const atCollection = `${head}describe('x', () => {\n  const r = assessUnit([], p, o);\n  it('y', () => expect(r).toBeDefined());\n});\n`;
    const atTest = `${head}describe('x', () => {\n  const r = () => assessUnit([], p, o);\n  it('y', () => expect(assessUnit([], p, o)).toBeDefined());\n});\n`;
    expect(collectionTimeCalls(join(ROOT, 'test', 'a.test.ts'), atCollection)).toEqual(['test/a.test.ts:3: assessUnit(…)']);
    expect(collectionTimeCalls(join(ROOT, 'test', 'b.test.ts'), atTest)).toEqual([]);
  });
});
