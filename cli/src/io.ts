/**
 * The command line's contact with the world: where text goes, where files are found,
 * what time it is. `main` takes these as an argument, so tests run the command in-process
 * with string buffers and a fixed clock.
 */
import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { open, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** Something text can be written to; may return a promise to say "wait before writing more". */
export interface Sink {
  /** Writes a chunk of text. */
  write(text: string): void | Promise<void>;
}

/** Everything the command reads from or writes to, outside its arguments. */
export interface CliIo {
  /** Results (tables, CSV, JSON) when no `--out` is given. */
  readonly stdout: Sink;
  /** Problems, summaries and the progress line. */
  readonly stderr: Sink;
  /** Whether stderr is a terminal: only then is a progress line shown. */
  readonly stderrIsTTY: boolean;
  /** Whether stdout is a terminal: then results of every format are shown with control characters escaped. */
  readonly stdoutIsTTY?: boolean;
  /** Directory that relative file names are resolved against. */
  readonly cwd: string;
  /** The clock: the default `--as-of` (today in WIB), the progress line's seconds and the default print date. */
  readonly now: () => Date;
  /** Environment variables the command reads (only `SOURCE_DATE_EPOCH`, for the print date); none when absent. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** A sink over a Node stream that waits for `drain` when the stream's buffer is full. */
export function streamSink(stream: NodeJS.WritableStream): Sink {
  return {
    write(text: string): void | Promise<void> {
      if (stream.write(text)) return undefined;
      return new Promise((done) => stream.once('drain', () => done()));
    },
  };
}

/** The real process: stdout, stderr, the working directory and the clock. */
export function nodeIo(): CliIo {
  return {
    stdout: streamSink(process.stdout),
    stderr: streamSink(process.stderr),
    stderrIsTTY: process.stderr.isTTY === true,
    stdoutIsTTY: process.stdout.isTTY === true,
    cwd: process.cwd(),
    now: () => new Date(),
    env: process.env,
  };
}

/**
 * Characters that must never reach a terminal raw: C0 controls but the newline, DEL, C1
 * controls (ESC sequences and their 8-bit forms), and the bidirectional controls that
 * reorder what is shown (Trojan Source: U+202A–U+202E, U+2066–U+2069, U+200E, U+200F,
 * U+061C).
 */
const TERMINAL_UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text made safe to show on a terminal: every character of {@link TERMINAL_UNSAFE} is
 * written as a visible escape (`\x1B`, `\u202E`), so a name holding an escape sequence or a
 * right-to-left override is shown, not obeyed.
 */
export function terminalSafe(text: string): string {
  return text.replace(TERMINAL_UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  });
}

/** The progress line's own control sequences: a carriage return to redraw, and clear-to-end-of-line. */
const CLEAR_LINE = '\r\u001b[K';

/**
 * A sink that shows text on a terminal safely: {@link terminalSafe} on everything, except
 * the program's own progress redraw (a leading carriage return, and clear-line).
 */
export function terminalSink(sink: Sink): Sink {
  return {
    write(text: string): void | Promise<void> {
      if (text === CLEAR_LINE) return sink.write(text);
      return sink.write(text.startsWith('\r') ? `\r${terminalSafe(text.slice(1))}` : terminalSafe(text));
    },
  };
}

/** A file name as given on the command line, resolved against the working directory. */
export function resolvePath(io: CliIo, file: string): string {
  return resolve(io.cwd, file);
}

/**
 * Buffers small writes into chunks of about 64 KiB, so that writing a million rows
 * costs a few thousand stream writes, and waits when the sink asks to.
 */
export class Output {
  private buffer: string[] = [];
  private size = 0;

  /** @param sink - Where the chunks go. */
  constructor(private readonly sink: Sink) {}

  /** Adds text; returns a promise only when a chunk was flushed and the sink asked to wait. */
  push(text: string): void | Promise<void> {
    this.buffer.push(text);
    this.size += text.length;
    if (this.size >= 65_536) return this.flush();
    return undefined;
  }

  /** Writes what is buffered. */
  flush(): void | Promise<void> {
    if (this.size === 0 && this.buffer.length === 0) return undefined;
    const text = this.buffer.join('');
    this.buffer = [];
    this.size = 0;
    return this.sink.write(text);
  }
}

/** A file opened for writing, with a sink and a way to close it and wait until it is on disk. */
export interface FileTarget {
  /** Writes text to the file. */
  readonly sink: Sink;
  /** Writes bytes to the file (a workbook's archive). */
  writeBytes(chunk: Uint8Array): Promise<void>;
  /**
   * Finishes the file: for a regular file, flushes the temporary file to disk and renames
   * it over the target. Rejects with {@link OutputWriteError} when that fails, and then
   * leaves any earlier file untouched and no temporary file behind.
   */
  close(): Promise<void>;
  /** Gives the file up after a failure: the temporary file is removed, an earlier file stays as it was. */
  abort(): Promise<void>;
}

/** A write to an output file failed (a full disk, no permission, `/dev/full`): exit 2 with the file named. */
export class OutputWriteError extends Error {
  /**
   * @param file - The output path.
   * @param reason - The system error code (ENOSPC, EACCES…) or message.
   */
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`cannot write ${file} (${reason})`);
    this.name = 'OutputWriteError';
  }
}

function reasonOf(error: unknown): string {
  return (error as NodeJS.ErrnoException | undefined)?.code ?? (error instanceof Error ? error.message : String(error));
}

/** Temporary files not yet renamed or removed: removed on SIGINT/SIGTERM by the executable. */
const pendingTemps = new Set<string>();

/** Removes every temporary output file still pending (synchronously: for a signal handler). */
export function removePendingTemps(): void {
  for (const temp of pendingTemps) {
    try {
      unlinkSync(temp);
    } catch {
      // Already gone.
    }
  }
  pendingTemps.clear();
}

/** Files opened for writing during a run and not yet closed: `main` aborts them when the run fails. */
const openTargets = new WeakMap<CliIo, Set<FileTarget>>();

/** Aborts every file a run opened and did not close (after a failure). */
export async function abortOpenFiles(io: CliIo): Promise<void> {
  const targets = openTargets.get(io);
  if (targets === undefined) return;
  for (const target of [...targets]) await target.abort();
  targets.clear();
}

/**
 * Opens an output file. A regular file, or one that does not exist yet, is written to a
 * temporary file in the same folder, flushed to disk and renamed over the target on
 * {@link FileTarget.close}: a failed or interrupted run leaves any earlier file as it was.
 * A device or FIFO (`/dev/null`, `/dev/full`, a named pipe) is written directly, never
 * replaced. Rejects with the system error (ENOENT for a missing folder, EACCES, EISDIR…)
 * when the file cannot be opened.
 *
 * @param io - The run: the file is aborted by {@link abortOpenFiles} if the run fails.
 * @param path - An absolute path.
 */
export async function openFile(io: CliIo, path: string): Promise<FileTarget> {
  let real = path;
  let mode = 0o666;
  let direct = false;
  try {
    real = await realpath(path);
    const info = await stat(real);
    direct = !info.isFile();
    mode = info.mode & 0o777;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const temp = direct ? undefined : join(dirname(real), `.${basename(real)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temp ?? real, temp === undefined ? 'w' : 'wx', mode);
  if (temp !== undefined) pendingTemps.add(temp);
  let registry = openTargets.get(io);
  if (registry === undefined) openTargets.set(io, (registry = new Set()));
  let done = false;
  const finish = async (rename_: boolean): Promise<void> => {
    if (done) return;
    done = true;
    registry.delete(target);
    try {
      if (rename_ && temp !== undefined) await handle.sync();
      await handle.close();
      if (rename_ && temp !== undefined) await rename(temp, real);
    } catch (error) {
      if (temp !== undefined) await rm(temp, { force: true });
      throw error;
    } finally {
      if (temp !== undefined) {
        if (!rename_) await rm(temp, { force: true });
        pendingTemps.delete(temp);
      }
    }
  };
  const target: FileTarget = {
    sink: {
      async write(text: string): Promise<void> {
        try {
          await handle.write(text);
        } catch (error) {
          throw new OutputWriteError(path, reasonOf(error));
        }
      },
    },
    async writeBytes(chunk: Uint8Array): Promise<void> {
      try {
        await handle.write(chunk);
      } catch (error) {
        throw new OutputWriteError(path, reasonOf(error));
      }
    },
    async close(): Promise<void> {
      try {
        await finish(true);
      } catch (error) {
        throw new OutputWriteError(path, reasonOf(error));
      }
    },
    async abort(): Promise<void> {
      try {
        await finish(false);
      } catch {
        // The run has already failed; the temporary file is gone either way.
      }
    },
  };
  registry.add(target);
  return target;
}

/** Today's date in West Java (WIB, Asia/Jakarta), `YYYY-MM-DD`, whatever the host's time zone. */
export function todayInJakarta(now: Date): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
