/**
 * The fenced blocks of the library's TSDoc comments (`/** … *\/` in src/**\/*.ts), each
 * with the file and the export it documents, for test/examples.test.ts and
 * test/snippets-compile.test.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/** One fenced block of a doc comment. */
export interface DocCommentBlock {
  /** The file, relative to the repository (`src/calendar/dates.ts`). */
  readonly file: string;
  /** The export the comment documents, or `@module <name>` for a module's comment. */
  readonly symbol: string;
  /** The line of the opening fence in the file. */
  readonly line: number;
  /** The tag section the block sits in (`example`, `remarks`, …; `summary` before any tag). */
  readonly tag: string;
  /** The language of the fence (`ts`), `''` when it has none. */
  readonly language: string;
  /** The words after the language (`not-run`). */
  readonly markers: readonly string[];
  /** The code, without the comment's ` * `. */
  readonly code: string;
  /** A test title: the file and the export, numbered when the export has several blocks. */
  readonly title: string;
  /** A module name for the generated file, unique. */
  readonly name: string;
}

/** What a scan of src found. */
export interface DocCommentScan {
  readonly blocks: readonly DocCommentBlock[];
  /** Blocks and tags the scan could not place: an `@example` without a block, a block that documents no export, a fence never closed. */
  readonly problems: readonly string[];
  /** `@example` tags in the text of src, anywhere. */
  readonly exampleTags: number;
  /** `@example` tags found inside doc comments. */
  readonly exampleTagsInComments: number;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return sourceFiles(path);
      return name.endsWith('.ts') ? [path] : [];
    });
}

const DECLARATION = /^export\s+(?:declare\s+)?(?:abstract\s+)?(?:async\s+)?(?:function\*?|const|let|class|interface|type)\s+([A-Za-z_$][\w$]*)/;

/** What a doc comment documents: its `@module`, or the declaration right after it. */
function symbolOf(comment: string, after: string): string | undefined {
  const module = /@module\s+(\S+)/.exec(comment);
  if (module !== null) return `@module ${module[1]!}`;
  return DECLARATION.exec(after.trimStart())?.[1];
}

type Found = Omit<DocCommentBlock, 'title' | 'name'>;

/** Every fenced block of every doc comment of src, in file order. */
export function scanDocComments(): DocCommentScan {
  const found: Found[] = [];
  const problems: string[] = [];
  let exampleTags = 0;
  let exampleTagsInComments = 0;

  for (const path of sourceFiles(join(ROOT, 'src'))) {
    const file = relative(ROOT, path);
    const text = readFileSync(path, 'utf8');
    exampleTags += (text.match(/@example\b/g) ?? []).length;
    for (const m of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
      const comment = m[0];
      const symbol = symbolOf(comment, text.slice(m.index + comment.length));
      const firstLine = text.slice(0, m.index).split('\n').length;
      const lines = comment
        .slice(3, -2)
        .split('\n')
        .map((l) => l.replace(/^\s*\* ?/, ''));
      let tag = 'summary';
      let exampleHasBlock = true;
      let open: { info: string; line: number; code: string[] } | undefined;
      lines.forEach((line, i) => {
        if (open !== undefined) {
          if (!/^```\s*$/.test(line)) {
            open.code.push(line);
            return;
          }
          const [language = '', ...markers] = open.info.split(/\s+/);
          if (symbol === undefined) problems.push(`${file}:${open.line}: a block in a comment that documents no export`);
          found.push({ file, symbol: symbol ?? '?', line: open.line, tag, language, markers, code: `${open.code.join('\n')}\n` });
          if (tag === 'example') exampleHasBlock = true;
          open = undefined;
          return;
        }
        const fence = /^```(.*)$/.exec(line);
        if (fence !== null) {
          open = { info: fence[1]!.trim(), line: firstLine + i, code: [] };
          return;
        }
        const tagged = /^@(\w+)/.exec(line);
        if (tagged === null) return;
        if (tag === 'example' && !exampleHasBlock) problems.push(`${file}:${firstLine + i}: an @example without a fenced block`);
        tag = tagged[1]!;
        if (tag === 'example') {
          exampleTagsInComments++;
          exampleHasBlock = false;
        }
      });
      if (open !== undefined) problems.push(`${file}:${firstLine}: a fence that is never closed`);
      if (tag === 'example' && !exampleHasBlock) problems.push(`${file}:${firstLine}: an @example without a fenced block`);
    }
  }

  const blocks = found.map((block, i): DocCommentBlock => {
    const same = found.filter((b) => b.file === block.file && b.symbol === block.symbol);
    const title = `${block.file} › ${block.symbol}${same.length > 1 ? ` (${same.indexOf(block) + 1} of ${same.length})` : ''}`;
    const name = `example-${i}-${block.file.replace(/^src\//, '').replace(/\.ts$/, '').replace(/\W+/g, '-')}-${block.symbol.replace(/\W+/g, '')}`;
    return { ...block, title, name };
  });
  return { blocks, problems, exampleTags, exampleTagsInComments };
}

/** Whether a block is TypeScript, and so must run. */
export function isTypeScript(block: Pick<DocCommentBlock, 'language'>): boolean {
  return block.language === 'ts' || block.language === 'typescript';
}
