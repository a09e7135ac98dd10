/** What every command gets: the world, the words, the arguments, and shared steps. */
import { todayInJakarta, type CliIo } from './io';
import { openSource, type Source } from './input';
import type { ParsedArgs } from './options';
import { csvDelimiter, openForWriting } from './output';
import { ProblemLog } from './problems';
import { loadPerformance, type PerformanceFile } from './performance-file';
import { PERFORMANCE_TEMPLATE, type Template } from './templates';
import type { CliText, Lang } from './text';

/** One run of a command. */
export interface Ctx {
  /** Streams, files and clock. */
  readonly io: CliIo;
  /** The words of the language. */
  readonly t: CliText;
  /** The language. */
  readonly lang: Lang;
  /** The parsed arguments. */
  readonly args: ParsedArgs;
}

/** Writes one line on stderr. */
export async function warn(ctx: Ctx, line: string): Promise<void> {
  await ctx.io.stderr.write(`${line}\n`);
}

/** `--as-of`, or today in WIB. */
export function asOfOf(ctx: Ctx): string {
  return ctx.args.values['as-of'] ?? todayInJakarta(ctx.io.now());
}

/** Opens the problem log: stderr, or the `--rejected` CSV file. */
export async function openProblems(ctx: Ctx): Promise<ProblemLog> {
  const file = ctx.args.values.rejected;
  const target = file === undefined ? undefined : await openForWriting(ctx.io, ctx.t, file);
  return new ProblemLog(ctx.io.stderr, ctx.t, ctx.lang, target, csvDelimiter(ctx.lang));
}

/** Opens an input file against a template, with the run's column option. */
export function open(ctx: Ctx, file: string, template: Template): Promise<Source> {
  return openSource(ctx.io, file, { template, ignoreUnknownColumns: ctx.args.ignoreUnknownColumns, t: ctx.t, warn: (line) => warn(ctx, line) });
}

/** Closes the problem log and prints where the results and problems went; returns the exit code (0, or 1 with rejected rows). */
export async function finish(ctx: Ctx, problems: ProblemLog, summaries: readonly string[], outFile: string | undefined): Promise<number> {
  await problems.close();
  for (const line of summaries) await warn(ctx, line);
  if (ctx.args.values.rejected !== undefined && problems.count > 0) await warn(ctx, ctx.t.rejectedWritten(problems.count, ctx.args.values.rejected));
  if (outFile !== undefined) await warn(ctx, ctx.t.written(outFile));
  return problems.rows > 0 ? 1 : 0;
}

/**
 * Reads the `--performance` file when the option is given, adding its summary line to
 * `summaries`; `undefined` without the option.
 */
export async function openPerformanceOption(ctx: Ctx, problems: ProblemLog, summaries: string[]): Promise<PerformanceFile | undefined> {
  const file = ctx.args.values.performance;
  if (file === undefined) return undefined;
  const performance = await loadPerformance(await open(ctx, file, PERFORMANCE_TEMPLATE), problems);
  summaries.push(ctx.t.summary(file, performance.read, performance.read - performance.rejected, performance.rejected));
  return performance;
}
