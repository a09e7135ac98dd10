/**
 * `kerja-dinamis warnings <file>`: monthly performance rows → score, predikat and
 * early-warning level per employee per month (`evaluateEarlyWarning`).
 */
import { isInputError, type InputIssue } from 'kerja-dinamis';
import { evaluateEarlyWarning, type EarlyWarningResult } from 'kerja-dinamis';
import type { Policy } from 'kerja-dinamis';
import { formatFinding } from 'kerja-dinamis';
import { asOfOf, calendarOption, finish, open, openProblems, type Ctx } from '../context';
import type { CalendarOverrides } from 'kerja-dinamis';
import { onePositional } from '../options';
import { BOM, csvDelimiter, csvLine, fit, fitRight, openTarget } from '../output';
import { loadPerformance, type PerformanceGroup } from '../performance-file';
import { policyLabel, resolvePolicy } from '../policy';
import { Progress, shareRead } from '../progress';
import { problemsOf, type ProblemLog } from '../problems';
import { PERFORMANCE_TEMPLATE } from '../templates';
import { sheetTextOf } from '../sheet-text';
import { formatDecimal, type CliText, type Lang } from '../text';
import { warningColumns } from '../xlsx-views';
import { WorkbookWriter } from '../xlsx-write';

/** One employee's evaluation. */
interface Evaluated {
  readonly group: PerformanceGroup;
  readonly result: EarlyWarningResult;
}

/**
 * Evaluates one employee. A month the library rejects (more days than the month has
 * working days, a year without calendar data, a month not after the saved state's) is
 * reported with its row and left out — a gap it leaves between two months is evaluated
 * as a missing month — and the rest evaluated again; an issue that names no month
 * rejects every row.
 */
async function evaluate(
  group: PerformanceGroup,
  policy: Policy,
  source: Parameters<typeof problemsOf>[0],
  problems: ProblemLog,
  calendar: CalendarOverrides | undefined,
): Promise<{ result?: EarlyWarningResult; rejectedRows: number }> {
  let months = group.months;
  let state = group.state;
  let rejectedRows = 0;
  for (;;) {
    try {
      return { result: evaluateEarlyWarning(months.map((m) => m.input), policy, { ...(state === undefined ? {} : { initialState: state.value }), ...(calendar === undefined ? {} : { calendar }) }), rejectedRows };
    } catch (error) {
      if (!isInputError(error)) throw error;
      const byRow = new Map<number, InputIssue[]>();
      let unplaced = false;
      for (const issue of error.issues) {
        const [head, index, ...rest] = issue.path;
        let row: number | undefined;
        let path: (string | number)[] = [];
        if (head === 'months' && typeof index === 'number' && months[index] !== undefined) {
          row = months[index].row;
          path = rest;
        } else if (head === 'initialState' && state !== undefined) {
          row = state.row;
          path = ['state', ...issue.path.slice(1)];
        } else unplaced = true;
        if (row !== undefined) byRow.set(row, [...(byRow.get(row) ?? []), { ...issue, path }]);
      }
      if (unplaced || byRow.size === 0) {
        for (const m of months) await problems.add(problemsOf(source, PERFORMANCE_TEMPLATE, m.row, group.nip, error.issues));
        return { rejectedRows: rejectedRows + months.length };
      }
      for (const [row, issues] of [...byRow].sort((a, b) => a[0] - b[0])) await problems.add(problemsOf(source, PERFORMANCE_TEMPLATE, row, group.nip, issues));
      rejectedRows += byRow.size;
      if (state !== undefined && byRow.has(state.row) && error.issues.some((i) => i.path[0] === 'initialState')) state = undefined;
      months = months.filter((m) => !byRow.has(m.row));
      if (months.length === 0) return { rejectedRows };
    }
  }
}

const CLASS_ORDER = ['NORMAL', 'WASPADA', 'PERINGATAN', 'DICABUT'] as const;

function reasonsOf(entry: EarlyWarningResult['months'][number], lang: Lang): string[] {
  return entry.findings.filter((f) => f.outcome !== 'pass' && f.code !== 'early_warning_level_kept').map((f) => formatFinding(f, { locale: lang }));
}

function tableText(evaluated: readonly Evaluated[], t: CliText, lang: Lang, policy: Policy): string {
  const lines: string[] = [t.warningsTitle(policyLabel(policy)), ''];
  const h = t.heads;
  lines.push(`${fit(h.nip, 18)}  ${fit(h.month, 7)}  ${fitRight(h.score, 6)}  ${fit(h.predikat, 15)}  ${fit(h.classification, 11)}  ${fit(h.level, 10)}  ${h.nextMonth}`);
  const finalCounts = new Map<string, number>();
  for (const { group, result } of evaluated) {
    for (const entry of result.months) {
      const score = entry.score === undefined ? '—' : formatDecimal(entry.score, lang);
      const allowed = `${entry.mkdAllowed ? t.yes : t.no} (${entry.mkdAllowedFor})`;
      lines.push(
        `${fit(group.nip, 18)}  ${fit(entry.month, 7)}  ${fitRight(score, 6)}  ${fit(entry.predikat ?? '—', 15)}  ${fit(t.classification[entry.classification], 11)}  ${fit(entry.level, 10)}  ${allowed}`,
      );
      for (const reason of reasonsOf(entry, lang)) lines.push(`      · ${reason}`);
    }
    finalCounts.set(result.finalState.level, (finalCounts.get(result.finalState.level) ?? 0) + 1);
  }
  lines.push('', CLASS_ORDER.map((level) => `${level} ${finalCounts.get(level) ?? 0}`).join(' · '));
  return `${lines.join('\n')}\n`;
}

function csvText(evaluated: readonly Evaluated[], t: CliText, lang: Lang, withBom: boolean): string {
  const d = csvDelimiter(lang);
  const c = t.columns;
  let text = (withBom ? BOM : '') + csvLine([c.nip, c.month, c.score, c.predikat, c.classification, c.level, c.flaggedStreak, c.cleanStreak, c.mkdAllowed, c.mkdAllowedFor, c.reasons], d);
  for (const { group, result } of evaluated) {
    for (const e of result.months) {
      text += csvLine(
        [
          group.nip,
          e.month,
          e.score === undefined ? '' : formatDecimal(e.score, lang),
          e.predikat ?? '',
          e.classification,
          e.level,
          e.flaggedStreak,
          e.cleanStreak,
          e.mkdAllowed ? t.yes : t.no,
          e.mkdAllowedFor,
          reasonsOf(e, lang).join(' | '),
        ],
        d,
      );
    }
  }
  return text;
}

/** Runs `warnings`; returns the exit code. */
export async function runWarnings(ctx: Ctx): Promise<number> {
  const { io, t, lang, args } = ctx;
  const file = onePositional(args, t);
  const policy = await resolvePolicy(io, t, lang, args.values.policy, asOfOf(ctx));
  const calendar = await calendarOption(ctx);
  const source = await open(ctx, file, PERFORMANCE_TEMPLATE, true);
  const problems = await openProblems(ctx);
  const reading = new Progress(ctx, shareRead(source));
  const loaded = await loadPerformance(source, problems, reading);
  await reading.end();
  const evaluated: Evaluated[] = [];
  let rejected = loaded.rejected;
  const keys = [...loaded.groups.keys()].sort();
  let done = 0;
  const evaluating = new Progress(ctx, () => (keys.length === 0 ? undefined : done / keys.length));
  for (const key of keys) {
    const group = loaded.groups.get(key)!;
    const { result, rejectedRows } = await evaluate(group, policy, source, problems, calendar);
    rejected += rejectedRows;
    if (result !== undefined) evaluated.push({ group, result });
    done++;
    await evaluating.tick(group.months.length);
  }
  await evaluating.end();
  if (args.format === 'xlsx') {
    const book = await WorkbookWriter.open(io, t, args.values.out!);
    const sheet = await book.addSheet(sheetTextOf(lang).book.warnings, warningColumns(t), { frozenColumns: 2 });
    for (const { group, result } of evaluated) {
      for (const e of result.months) {
        await sheet.addRow([group.nip, e.month, e.score, e.predikat, e.classification, e.level, e.flaggedStreak, e.cleanStreak, e.mkdAllowed, e.mkdAllowedFor, reasonsOf(e, lang).join(' | ')]);
      }
    }
    sheet.commit();
    await book.close();
  } else {
    const target = await openTarget(io, t, args.values.out);
    if (args.format === 'json') await target.out.push(`${JSON.stringify(evaluated.map((e) => e.result), null, 2)}\n`);
    else if (args.format === 'csv') await target.out.push(csvText(evaluated, t, lang, target.file !== undefined));
    else await target.out.push(tableText(evaluated, t, lang, policy));
    await target.close();
  }
  return finish(ctx, problems, [t.summary(file, loaded.read, loaded.read - rejected, rejected)], args.values.out);
}
