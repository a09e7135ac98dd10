import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import type { CliIo } from '../src/io';
import { main } from '../src/main';

/** The repository root: the CLI runs there, as `npm run demo` does. */
export const ROOT = join(import.meta.dirname, '..', '..');
/** Test fixtures. */
export const FIXTURES = join(import.meta.dirname, 'fixtures');

/** What one in-process run printed and returned. */
export interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Options of {@link runCli}. */
export interface RunOptions {
  /** Working directory; default the repository root. */
  readonly cwd?: string;
  /** The clock: a fixed date, or a function called on every read. */
  readonly now?: Date | (() => Date);
  /** Whether stderr is a terminal. */
  readonly tty?: boolean;
  /** Whether stdout is a terminal. */
  readonly stdoutTty?: boolean;
  /** Environment variables the command sees; none by default, whatever the test runner's. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** Runs `kerja-dinamis <argv>` in-process with string buffers. */
export async function runCli(argv: readonly string[], options: RunOptions = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const now = options.now ?? new Date('2026-02-02T03:00:00Z');
  const io: CliIo = {
    stdout: { write: (text) => void (stdout += text) },
    stderr: { write: (text) => void (stderr += text) },
    stderrIsTTY: options.tty ?? false,
    stdoutIsTTY: options.stdoutTty ?? false,
    cwd: options.cwd ?? ROOT,
    now: typeof now === 'function' ? now : () => now,
    env: options.env ?? {},
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** A fresh temporary directory. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'kd-cli-'));
}

/** Writes a file (creating folders) and returns its path. */
export function writeFile(path: string, content: string): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return path;
}

/**
 * Compares output with a checked-in file in cli/test/expected. `UPDATE_EXPECTED=1 npm test`
 * rewrites the files; read the diff before committing it.
 */
export function expectFile(name: string, actual: string): void {
  const path = join(import.meta.dirname, 'expected', name);
  if (process.env['UPDATE_EXPECTED'] === '1') writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

/** The lines of a text, without the final empty one. */
export function lines(text: string): string[] {
  return text.split('\n').filter((l, i, all) => !(i === all.length - 1 && l === ''));
}
