/**
 * Runs the TypeScript snippets of a document as written: each ```ts block, its imports of
 * `kerja-dinamis` (or a subpath) pointed at the sources, and every expression followed by
 * a `//=> value` line checked against that value.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

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

/**
 * Writes the snippet as a module (imports rewritten, `//=>` lines turned into recorded
 * checks), imports it, and returns its checks.
 */
export async function runSnippet(code: string, name: string): Promise<SnippetCheck[]> {
  const lines = code
    .replace(/from 'kerja-dinamis(\/[a-z-]+)?'/g, (_m, sub: string | undefined) => `from '../../src/${sub === undefined ? 'index' : `${sub.slice(1)}/index`}'`)
    .split('\n');
  const out: string[] = ['export const __checks: { expression: string; actual: unknown; expected: unknown }[] = [];'];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    if (next !== undefined && /^\s*\/\/=>/.test(next)) {
      const expression = line.replace(/;\s*(\/\/.*)?$/, '');
      const expected = next.replace(/^\s*\/\/=>\s*/, '').replace(/\s+\(.*\)$/, '');
      out.push(`__checks.push({ expression: ${JSON.stringify(expression.trim())}, actual: (${expression}), expected: (${expected}) });`);
      i++;
    } else {
      out.push(line);
    }
  }
  const dir = join(ROOT, 'test', '.generated');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.ts`);
  writeFileSync(file, out.join('\n'));
  const module = (await import(/* @vite-ignore */ file)) as { __checks: SnippetCheck[] };
  return module.__checks;
}
