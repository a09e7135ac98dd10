/**
 * The progress line: on stderr, only when stderr is a terminal, once a run has taken
 * {@link FIRST_AFTER_MS} (a short run shows nothing), redrawn at most once a second, then
 * cleared. It shows the rows done, the rate, and an estimate of the time left when the
 * total is known (the rows counted by a first pass) or can be told from the bytes read.
 */
import type { Ctx } from './context';
import type { Source } from './input';

/** A run shorter than this shows no progress line. */
export const FIRST_AFTER_MS = 2000;
/** The line is redrawn at most this often. */
const EVERY_MS = 1000;
/** The clock is read once every this many rows (a power of two). */
const ROWS_BETWEEN_LOOKS = 1024;

/** How far a run has come, when it can be told: the share done, 0..1. */
export type Done = () => number | undefined;

/** The share of a source read so far, told from its bytes (a CSV file); unknown otherwise. */
export function shareRead(source: Pick<Source, 'progress'>): Done {
  return () => (source.progress === undefined || source.progress.total === 0 ? undefined : source.progress.read / source.progress.total);
}

/** A progress line for one phase of a command. */
export class Progress {
  private readonly start: number;
  private last = -Infinity;
  private shown = false;
  private rows = 0;

  /**
   * @param ctx - The run (its stderr, whether that is a terminal, its clock and words).
   * @param done - The share of the work done, when known (for the estimate).
   */
  constructor(
    private readonly ctx: Ctx,
    private readonly done: Done = () => undefined,
  ) {
    this.start = ctx.io.stderrIsTTY ? ctx.io.now().getTime() : 0;
  }

  /** Counts `n` rows; may redraw the line. */
  tick(n = 1): void | Promise<void> {
    const before = this.rows;
    this.rows += n;
    if (!this.ctx.io.stderrIsTTY) return undefined;
    if (Math.floor(before / ROWS_BETWEEN_LOOKS) === Math.floor(this.rows / ROWS_BETWEEN_LOOKS)) return undefined;
    return this.draw();
  }

  private draw(): void | Promise<void> {
    const now = this.ctx.io.now().getTime();
    const elapsed = now - this.start;
    if (elapsed < FIRST_AFTER_MS || now - this.last < EVERY_MS) return undefined;
    this.last = now;
    this.shown = true;
    const rate = elapsed > 0 ? Math.round((this.rows * 1000) / elapsed) : 0;
    const share = this.done();
    const left = share === undefined || share <= 0 || share > 1 ? undefined : Math.max(0, Math.round(((1 - share) * elapsed) / share / 1000));
    return this.ctx.io.stderr.write(`\r${this.ctx.t.progress(this.rows, rate, left)}`);
  }

  /** Clears the line, if one was shown. */
  end(): void | Promise<void> {
    if (!this.shown) return undefined;
    this.shown = false;
    return this.ctx.io.stderr.write('\r\u001b[K');
  }
}
