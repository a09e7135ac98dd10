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
import { dirname, join } from 'node:path';
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

function parses(code: string): boolean {
  return (ts.transpileModule(code, { reportDiagnostics: true, compilerOptions: { target: ts.ScriptTarget.ES2022 } }).diagnostics ?? []).length === 0;
}

/**
 * A `//=>` value without its closing note: the text before the first ` (` that leaves a
 * whole expression, when the text ends with `)` (so `['a (b)'] (why)` keeps its string).
 */
function withoutNote(text: string): string {
  const value = text.trim();
  if (!value.endsWith(')')) return value;
  for (const m of value.matchAll(/\s+\(/g)) {
    const before = value.slice(0, m.index);
    if (parses(`(${before});`)) return before;
  }
  return value;
}

/** The code of one check, `expectedText` being the text after `//=>` (its lines joined). */
function checkCode(expression: string, expectedText: string): string {
  const title = JSON.stringify(expression.replace(/\s+/g, ' ').trim());
  const thrown = /^throws\s+(.+)$/.exec(expectedText.trim());
  if (thrown !== null) {
    const what = thrown[1]!.replace(/\s+\(.*\)$/, '').trim();
    return `__checks.push({ expression: ${title}, actual: __thrown(() => (${expression})), expected: ${JSON.stringify(`throws ${what}`)} });`;
  }
  return `__checks.push({ expression: ${title}, actual: (${expression}), expected: (${withoutNote(expectedText)}) });`;
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

/** Where the module of a snippet is written (git-ignored), and where the type-checker places it. */
export function snippetPath(name: string): string {
  return join(ROOT, 'test', '.generated', `${name}.ts`);
}

/**
 * The snippet as a module: imports rewritten, each `//=>` check turned into a recorded
 * check. Throws when the snippet or one of its `//=>` values does not parse, or when a
 * `//=>` follows no top-level expression.
 */
export function snippetModule(code: string, name: string): string {
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
    // Joined with spaces, so that the module keeps the snippet's line numbers.
    const text = checkCode(statement.expression.getText(sf), valueLines.join(' '));
    assertParses(text, `${name}, the //=> value on line ${valueLine + 1}`);
    edits.push({ start: statement.getStart(sf), end: statement.end, text });
  }

  const stray = lines.flatMap((line, i) => (line.includes('//=>') && !used.has(i) ? [`line ${i + 1}: ${line.trim()}`] : []));
  if (stray.length > 0) throw new Error(`${name}: //=> not after a top-level expression:\n${stray.join('\n')}`);

  let out = source;
  for (const edit of edits.reverse()) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return `${PRELUDE.join('\n')}\n${out}`;
}

/**
 * Writes the snippet as a module (see {@link snippetModule}), imports it, and returns its
 * checks in order.
 */
export async function runSnippet(code: string, name: string): Promise<SnippetCheck[]> {
  const file = snippetPath(name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, snippetModule(code, name));
  const module = (await import(/* @vite-ignore */ file)) as { __checks: SnippetCheck[] };
  return module.__checks;
}

/**
 * Type-checks snippets as modules of the repository, under its tsconfig.json, without
 * writing them: each is served to the compiler at {@link snippetPath}. Returns the
 * errors of each snippet that has any, by name, each with its line in the snippet
 * (1 is the snippet's first line).
 */
export function typeCheckSnippets(snippets: readonly { readonly name: string; readonly code: string }[]): Record<string, { line: number; message: string }[]> {
  const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, 'tsconfig.json'), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  if (config === undefined) throw new Error('tsconfig.json cannot be read');
  const modules = new Map(snippets.map((s) => [snippetPath(s.name), { name: s.name, text: snippetModule(s.code, s.name) }]));
  const host = ts.createCompilerHost(config.options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (file) => modules.has(file) || fileExists.call(host, file);
  host.readFile = (file) => modules.get(file)?.text ?? readFile.call(host, file);
  host.getSourceFile = (file, language, ...rest) => {
    const module = modules.get(file);
    return module !== undefined ? ts.createSourceFile(file, module.text, language, true) : getSourceFile.call(host, file, language, ...rest);
  };
  const program = ts.createProgram([...modules.keys()], config.options, host);
  const errors: Record<string, { line: number; message: string }[]> = {};
  for (const [file, { name }] of modules) {
    const sf = program.getSourceFile(file)!;
    const diagnostics = [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)];
    if (diagnostics.length === 0) continue;
    errors[name] = diagnostics.map((d) => ({
      line: sf.getLineAndCharacterOfPosition(d.start ?? 0).line + 1 - PRELUDE.length,
      message: ts.flattenDiagnosticMessageText(d.messageText, ' '),
    }));
  }
  return errors;
}
