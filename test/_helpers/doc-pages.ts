/**
 * The ```ts blocks of the guides in docs/, for test/docs.test.ts and
 * test/snippets-compile.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isTypeDeclarationsOnly } from './doc-snippets';

const ROOT = join(import.meta.dirname, '..', '..');

/**
 * Guides whose snippets another test runs (with checks of its own), so test/docs.test.ts
 * leaves them out; each names that test, which must read the guide.
 */
export const DOCS_TESTED_ELSEWHERE: Readonly<Record<string, string>> = {
  'policy.md': 'test/policy/docs.test.ts',
};

/** One ```ts block of a guide. */
export interface DocBlock {
  /** `docs/<file>.md`. */
  readonly doc: string;
  /** The line of the opening fence. */
  readonly line: number;
  readonly code: string;
  /** Whether the block only declares types (`interface`, `type`, `declare`): shown, not run. */
  readonly typesOnly: boolean;
  /** A test title: the guide and the line of the block. */
  readonly title: string;
  /** A module name for the generated file, unique. */
  readonly name: string;
}

/** Every guide in docs/, by file name. */
export function docFiles(): string[] {
  return readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort();
}

/**
 * The fenced blocks of a guide: a fence is ```` ``` ```` plus its info string, up to the
 * next bare ```` ``` ````.
 */
function fences(markdown: string): { info: string; line: number; code: string }[] {
  const out: { info: string; line: number; code: string }[] = [];
  let open: { info: string; line: number; code: string[] } | undefined;
  markdown.split('\n').forEach((line, i) => {
    if (open === undefined) {
      const fence = /^```(.*)$/.exec(line);
      if (fence !== null) open = { info: fence[1]!.trim(), line: i + 1, code: [] };
    } else if (/^```\s*$/.test(line)) {
      out.push({ info: open.info, line: open.line, code: `${open.code.join('\n')}\n` });
      open = undefined;
    } else {
      open.code.push(line);
    }
  });
  return out;
}

/**
 * The ```ts blocks of the guides (without those of {@link DOCS_TESTED_ELSEWHERE} unless
 * `all`), and the fences that look like TypeScript but are not written ```` ```ts ````
 * (```typescript, ```ts with words after it): those would be skipped silently, so they
 * are reported.
 */
export function docBlocks(all = false): { blocks: DocBlock[]; oddFences: string[] } {
  const blocks: DocBlock[] = [];
  const oddFences: string[] = [];
  for (const file of docFiles()) {
    const doc = `docs/${file}`;
    for (const fence of fences(readFileSync(join(ROOT, doc), 'utf8'))) {
      if (fence.info !== 'ts') {
        if (/^(ts|typescript|tsx)\b/.test(fence.info)) oddFences.push(`${doc}:${fence.line}: \`\`\`${fence.info}`);
        continue;
      }
      if (!all && file in DOCS_TESTED_ELSEWHERE) continue;
      const name = `doc-${file.replace(/\.md$/, '')}-${fence.line}`;
      blocks.push({ doc, line: fence.line, code: fence.code, typesOnly: isTypeDeclarationsOnly(fence.code), title: `${doc}:${fence.line}`, name });
    }
  }
  return { blocks, oddFences };
}
