/**
 * The command line's contact with the world: where text goes, where files are found,
 * what time it is. `main` takes these as an argument, so tests run the command in-process
 * with string buffers and a fixed clock.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { resolve } from 'node:path';

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
    cwd: process.cwd(),
    now: () => new Date(),
    env: process.env,
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
  /** Writes to the file. */
  readonly sink: Sink;
  /** Ends the stream and waits until every byte is written (rejects on a write error). */
  close(): Promise<void>;
}

/**
 * Opens a file for writing; resolves once it is open, rejects with the system error
 * (ENOENT for a missing directory, EACCES, EISDIR…) when it cannot be.
 */
export function openFile(path: string): Promise<FileTarget> {
  return new Promise((resolveOpen, rejectOpen) => {
    const stream: WriteStream = createWriteStream(path);
    let failure: Error | undefined;
    stream.on('error', (error) => {
      failure = error;
    });
    stream.once('error', rejectOpen);
    stream.once('ready', () => {
      stream.off('error', rejectOpen);
      resolveOpen({
        sink: {
          write(text: string): void | Promise<void> {
            if (failure !== undefined) throw failure;
            if (stream.write(text)) return undefined;
            return new Promise((done, fail) => {
              const onDrain = (): void => {
                stream.off('error', onError);
                done();
              };
              const onError = (error: Error): void => {
                stream.off('drain', onDrain);
                fail(error);
              };
              stream.once('drain', onDrain);
              stream.once('error', onError);
            });
          },
        },
        close: () =>
          new Promise((done, fail) => {
            if (failure !== undefined) {
              fail(failure);
              return;
            }
            stream.once('error', fail);
            stream.end(() => done());
          }),
      });
    });
  });
}

/** Today's date in West Java (WIB, Asia/Jakarta), `YYYY-MM-DD`, whatever the host's time zone. */
export function todayInJakarta(now: Date): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
