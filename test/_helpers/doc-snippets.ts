/**
 * Runs the TypeScript snippets of a document as written: each ```ts block, its imports of
 * `kerja-dinamis` (or a subpath) pointed at the sources, and every expression followed by
 * a `//=> value` comment checked against that value.
 *
 * The forms of a check, each after a top-level expression statement:
 *
 *     expr;
 *     //=> value               the value on the next line
 *     expr; // a note
 *     //=> value               a note on the expression's line is fine
 *     expr;   //=> value       the value on the same line
 *     //=> { a: 1,
 *     //     b: 2 }            a value goes on over `//` lines indented by two spaces or more
 *     //=> value (why)         a note in parentheses at the end is not part of the value
 *     //=> throws InputError calendar_year_provisional
 *                              the expression throws an InputError with exactly these issue
 *                              codes (comma-separated); any other error: `throws <its name>`
 *
 * The expression may span lines. A `//=>` anywhere else (after a declaration, after a
 * blank line, inside a block) is an error, never ignored.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const ROOT = join(import.meta.dirname, '..', '..');

/** The ```ts blocks of a Markdown text. */
export function tsBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

/** One `//=>` check: the expression, what it gave and what the document says. */
export interface SnippetCheck {
  readonly expression: string;
  readonly actual: unknown;
  readonly expected: unknown;
}

/** `kerja-dinamis` and its subpaths (`/calendar`, `/locales/en`, …) pointed at the sources, as package.json's exports map them. */
function rewriteImports(code: string): string {
  return code.replace(/from (['"])kerja-dinamis((?:\/[a-z-]+)*)\1/g, (_m, _q: string, sub: string) => {
    if (sub === '') return `from '../../src/index'`;
    const path = sub.slice(1);
    return existsSync(join(ROOT, 'src', `${path}.ts`)) ? `from '../../src/${path}'` : `from '../../src/${path}/index'`;
  });
}

/** Throws with every syntax error of a snippet, so a broken block says where it is broken. */
function assertParses(code: string, name: string): void {
  const { diagnostics = [] } = ts.transpileModule(code, { reportDiagnostics: true, fileName: `${name}.ts`, compilerOptions: { target: ts.ScriptTarget.ES2022 } });
  if (diagnostics.length === 0) return;
  const where = (d: ts.Diagnostic) => (d.file !== undefined && d.start !== undefined ? `line ${d.file.getLineAndCharacterOfPosition(d.start).line + 1}: ` : '');
  throw new Error(`${name} does not parse:\n${diagnostics.map((d) => where(d) + ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('\n')}`);
}

/**
 * Whether a block only declares types (`interface`, `type`, `declare …`, and imports): it
 * shows a shape and has nothing to run.
 */
export function isTypeDeclarationsOnly(code: string): boolean {
  const sf = ts.createSourceFile('block.ts', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const declaresOnly = (s: ts.Statement): boolean =>
    ts.isInterfaceDeclaration(s) ||
    ts.isTypeAliasDeclaration(s) ||
    ts.isImportDeclaration(s) ||
    (ts.canHaveModifiers(s) && (ts.getModifiers(s) ?? []).some((m) => m.kind === ts.SyntaxKind.DeclareKeyword));
  return sf.statements.length > 0 && sf.statements.every(declaresOnly);
}

const CHECK = /^\s*\/\/=>/;
const CONTINUATION = /^\s*\/\/ {2,}\S/;

/** The code of one check, `expected` being the text after `//=>` (its lines joined, the closing note removed). */
function checkCode(expression: string, expectedText: string): string {
  const title = JSON.stringify(expression.replace(/\s+/g, ' ').trim());
  const expected = expectedText.replace(/\s+\([^\n]*\)$/, '').trim();
  const thrown = /^throws\s+(.+)$/.exec(expected);
  if (thrown !== null) {
    return `__checks.push({ expression: ${title}, actual: __thrown(() => (${expression})), expected: ${JSON.stringify(`throws ${thrown[1]!.trim()}`)} });`;
  }
  return `__checks.push({ expression: ${title}, actual: (${expression}), expected: (${expected}) });`;
}

const PRELUDE = [
  'export const __checks: { expression: string; actual: unknown; expected: unknown }[] = [];',
  'export function __thrown(run: () => unknown): string {',
  '  try { run(); } catch (e) {',
  '    const name = e instanceof Error ? e.name : typeof e;',
  "    const issues = (e as { issues?: { code: string }[] }).issues;",
  "    return name === 'InputError' && Array.isArray(issues) ? `throws InputError ${issues.map((i) => i.code).join(', ')}` : `throws ${name}`;",
  '  }',
  "  return 'returns without throwing';",
  '}',
];

/**
 * Writes the snippet as a module (imports rewritten, `//=>` comments turned into recorded
 * checks), imports it, and returns its checks in order.
 */
export async function runSnippet(code: string, name: string): Promise<SnippetCheck[]> {
  const source = rewriteImports(code);
  assertParses(source, name);
  const sf = ts.createSourceFile(`${name}.ts`, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const lines = source.split('\n');
  const lineOf = (pos: number) => sf.getLineAndCharacterOfPosition(pos).line;
  const used = new Set<number>();
  const edits: { start: number; end: number; text: string }[] = [];

  for (const statement of sf.statements) {
    const last = lineOf(statement.end);
    const rest = lines[last]!.slice(sf.getLineAndCharacterOfPosition(statement.end).character);
    let valueLine: number | undefined;
    let first: string | undefined;
    const sameLine = /\/\/=>(.*)$/.exec(rest);
    if (sameLine !== null) {
      valueLine = last;
      first = sameLine[1]!;
    } else if (lines[last + 1] !== undefined && CHECK.test(lines[last + 1]!)) {
      valueLine = last + 1;
      first = lines[valueLine]!.replace(CHECK, '');
    }
    if (valueLine === undefined || first === undefined) continue;
    if (!ts.isExpressionStatement(statement)) {
      throw new Error(`${name}, line ${valueLine + 1}: a //=> check must follow an expression, not ${ts.SyntaxKind[statement.kind]}`);
    }
    const valueLines = [first];
    used.add(valueLine);
    for (let l = valueLine + 1; lines[l] !== undefined && CONTINUATION.test(lines[l]!) && !CHECK.test(lines[l]!); l++) {
      valueLines.push(lines[l]!.replace(/^\s*\/\//, ''));
    }
    edits.push({ start: statement.getStart(sf), end: statement.end, text: checkCode(statement.expression.getText(sf), valueLines.join('\n')) });
  }

  const stray = lines.flatMap((line, i) => (line.includes('//=>') && !used.has(i) ? [`line ${i + 1}: ${line.trim()}`] : []));
  if (stray.length > 0) throw new Error(`${name}: //=> not after a top-level expression:\n${stray.join('\n')}`);

  let out = source;
  for (const edit of edits.reverse()) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);

  const dir = join(ROOT, 'test', '.generated');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.ts`);
  writeFileSync(file, `${PRELUDE.join('\n')}\n${out}`);
  const module = (await import(/* @vite-ignore */ file)) as { __checks: SnippetCheck[] };
  return module.__checks;
}
