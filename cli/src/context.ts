/** What every command gets: the world, the words, the arguments, and shared steps. */
import { isInputError, type InputIssue } from 'kerja-dinamis';
import { calendarFromHolidayList, type HolidayListEntry } from 'kerja-dinamis';
import type { CalendarOverrides } from 'kerja-dinamis';
import { todayInJakarta, type CliIo } from './io';
import { CliFailure, openSource, readAll, type Source } from './input';
import type { ParsedArgs } from './options';
import { csvDelimiter, openForWriting } from './output';
import { ProblemLog } from './problems';
import { loadPerformance, type PerformanceFile } from './performance-file';
import { problemsOf, type RowProblem } from './problems';
import { HOLIDAYS_TEMPLATE, PERFORMANCE_TEMPLATE, mergeRowIssues, readRowCells, type CellIssue, type Template } from './templates';
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

/**
 * Opens an input file against a template, with the run's column option. `--sheet`
 * applies to the command's main file only (`main`); the other files' workbooks are read
 * from their first sheet. With `keepLines`, a CSV row without a quote comes as its text
 * (`RawRow.line`).
 */
export function open(ctx: Ctx, file: string, template: Template, main = false, keepLines = false): Promise<Source> {
  const sheet = main ? ctx.args.values.sheet : undefined;
  return openSource(ctx.io, file, {
    template,
    ignoreUnknownColumns: ctx.args.ignoreUnknownColumns,
    t: ctx.t,
    lang: ctx.lang,
    ...(sheet === undefined ? {} : { sheet }),
    warn: (line) => warn(ctx, line),
    keepLines,
  });
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

/**
 * The calendar overrides of the run: the `--holidays` list (regional holidays added, a
 * year's national list replaced) and `--provisional`. A holiday list with any bad row
 * stops the run (exit 2), every problem listed: a calendar only partly right is a guess.
 */
export async function calendarOption(ctx: Ctx): Promise<CalendarOverrides | undefined> {
  const file = ctx.args.values.holidays;
  let overrides: CalendarOverrides | undefined;
  if (file !== undefined) {
    const source = await open(ctx, file, HOLIDAYS_TEMPLATE);
    const entries: unknown[] = [];
    const rowOf: number[] = [];
    const cellIssuesOf: CellIssue[][] = [];
    const problems: RowProblem[] = [];
    for (const raw of await readAll(source)) {
      let value: unknown = raw.value;
      let cellIssues: CellIssue[] = [];
      if (raw.problem !== undefined) {
        // A row the reader could not read at all (a malformed CSV record, a bad JSON line).
        problems.push(...problemsOf(source, HOLIDAYS_TEMPLATE, raw.row, undefined, [{ path: [], ...raw.problem }]));
        continue;
      }
      if (raw.cells !== undefined) {
        const cells = readRowCells(source, raw);
        if (cells === undefined) continue;
        if ('shape' in cells) {
          problems.push(...problemsOf(source, HOLIDAYS_TEMPLATE, raw.row, undefined, [cells.shape]));
          continue;
        }
        value = cells.value;
        cellIssues = cells.issues;
      }
      // Rows with unreadable cells are checked with the others, so that each reports every problem.
      entries.push(value);
      rowOf.push(raw.row);
      cellIssuesOf.push(cellIssues);
    }
    const unreadable = problems.length > 0 || cellIssuesOf.some((issues) => issues.length > 0);
    const libraryIssues = new Map<number, InputIssue[]>();
    try {
      overrides = calendarFromHolidayList(entries as HolidayListEntry[], { source: file });
    } catch (error) {
      if (!isInputError(error)) throw error;
      for (const issue of error.issues) {
        const [, index, ...rest] = issue.path;
        const at = typeof index === 'number' && rowOf[index] !== undefined ? index : -1;
        // A list-wide issue is left out when some cells could not be read: it may only follow from them.
        if (at === -1 && unreadable) continue;
        libraryIssues.set(at, [...(libraryIssues.get(at) ?? []), { ...issue, path: at === -1 ? issue.path : rest }]);
      }
    }
    rowOf.forEach((row, index) => {
      const issues = mergeRowIssues(HOLIDAYS_TEMPLATE, cellIssuesOf[index]!, libraryIssues.get(index) ?? []);
      problems.push(...problemsOf(source, HOLIDAYS_TEMPLATE, row, undefined, issues));
    });
    problems.push(...problemsOf(source, HOLIDAYS_TEMPLATE, 0, undefined, libraryIssues.get(-1) ?? []));
    problems.sort((a, b) => a.row - b.row);
    if (problems.length > 0) {
      const { t, lang } = ctx;
      const lines = problems.map((p) => `${(p.kind === 'json' ? t.recordAt : t.rowAt)(p.file, p.row, p.column)}: ${p.message[lang]}`);
      throw new CliFailure([...lines, t.holidaysInvalid(file, problems.length)]);
    }
  }
  if (ctx.args.provisional) overrides = { ...overrides, allowProvisional: true };
  return overrides;
}
