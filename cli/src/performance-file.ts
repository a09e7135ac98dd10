/**
 * Monthly performance files (the `warnings` template): read whole, each row checked,
 * grouped by NIP with months in order. Used by `warnings` and by the `--performance`
 * option of `eligibility` and `roster`.
 */
import { validate } from 'kerja-dinamis';
import { EarlyWarningStateSchema, type EarlyWarningState } from 'kerja-dinamis';
import { MonthlyPerformanceInputSchema, type MonthlyPerformanceInput } from 'kerja-dinamis';
import type { Source } from './input';
import { problemsOf, type ProblemLog, type RowProblem } from './problems';
import type { Progress } from './progress';
import { PERFORMANCE_TEMPLATE, mergeRowIssues, readRowCells, type CellIssue } from './templates';
import { textOf } from './text';

/** One checked month with the row it came from. */
export interface MonthRow {
  /** The row (or record, or line). */
  readonly row: number;
  /** The month, validated. */
  readonly input: MonthlyPerformanceInput;
}

/** One employee's months and saved state. */
export interface PerformanceGroup {
  /** The employee's NIP as validated. */
  readonly nip: string;
  /** Months, in increasing order, no repeats. */
  readonly months: MonthRow[];
  /** The saved state, if a row gave one, with its row. */
  state?: { readonly row: number; readonly value: EarlyWarningState };
}

/** What a performance file held. */
export interface PerformanceFile {
  /** Groups by NIP. */
  readonly groups: Map<string, PerformanceGroup>;
  /** Rows read (blank rows not counted). */
  readonly read: number;
  /** Rows rejected. */
  readonly rejected: number;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A NIP as a key: the digits without spaces (the form the library's `NipSchema` gives back). */
export function nipKey(nip: string): string {
  return nip.replace(/\s+/g, '');
}

/**
 * Reads a performance file: every row checked with `MonthlyPerformanceInputSchema` (and
 * its saved state with `EarlyWarningStateSchema`), bad rows reported and left out, a
 * repeated month or a second, different saved state of a NIP rejected.
 */
export async function loadPerformance(source: Source, problems: ProblemLog, progress?: Progress): Promise<PerformanceFile> {
  const groups = new Map<string, PerformanceGroup>();
  const firstRowOf = new Map<string, number>();
  let read = 0;
  let rejected = 0;
  const reject = async (list: RowProblem[]): Promise<void> => {
    rejected++;
    await problems.add(list);
  };
  const own = (row: number, nip: string | undefined, code: string, id: string, en: string, path: (string | number)[] = []): RowProblem[] =>
    problemsOf(source, PERFORMANCE_TEMPLATE, row, nip, [{ path, code, message: { id, en } }]);

  for await (const raw of source.rows) {
    await progress?.tick();
    let value: unknown;
    let cellIssues: CellIssue[] = [];
    if (raw.cells !== undefined) {
      const cells = readRowCells(source, raw);
      if (cells === undefined) continue;
      read++;
      if ('shape' in cells) {
        await reject(problemsOf(source, PERFORMANCE_TEMPLATE, raw.row, undefined, [cells.shape]));
        continue;
      }
      value = cells.value;
      cellIssues = cells.issues;
    } else {
      read++;
      if (raw.problem !== undefined) {
        await reject(own(raw.row, undefined, raw.problem.code, raw.problem.message.id, raw.problem.message.en));
        continue;
      }
      value = raw.value;
    }
    if (!isObject(value)) {
      await reject(own(raw.row, undefined, 'not_an_object', textOf('id').notAnObject, textOf('en').notAnObject));
      continue;
    }
    const { state, ...input } = value;
    const nipText = typeof input['employeeId'] === 'string' ? input['employeeId'] : undefined;
    const skp = input['skp'];
    // Every problem of the row at once: cells that could not be read, ratings given with a
    // realisation, and the schemas' issues about the rest.
    const rowIssues: CellIssue[] = [...cellIssues];
    if (isObject(skp) && 'targetRealisationPercent' in skp && ('hasilKerja' in skp || 'perilakuKerja' in skp)) {
      rowIssues.push({ path: ['skp'], code: 'ratings_and_realisation', message: { id: textOf('id').ratingsAndRealisation, en: textOf('en').ratingsAndRealisation } });
    }
    const checked = validate(MonthlyPerformanceInputSchema, input);
    const checkedState = state === undefined ? undefined : validate(EarlyWarningStateSchema, state, { path: ['state'] });
    const issues = mergeRowIssues(PERFORMANCE_TEMPLATE, rowIssues, [...(checked.ok ? [] : checked.issues), ...(checkedState === undefined || checkedState.ok ? [] : checkedState.issues)]);
    if (!checked.ok || issues.length > 0) {
      await reject(problemsOf(source, PERFORMANCE_TEMPLATE, raw.row, nipText, issues));
      continue;
    }
    const month = checked.value;
    const key = nipKey(month.employeeId);
    let group = groups.get(key);
    if (group === undefined) {
      group = { nip: key, months: [] };
      groups.set(key, group);
    }
    const monthKey = `${key}\u0000${month.month}`;
    const firstRow = firstRowOf.get(monthKey);
    if (firstRow !== undefined) {
      await reject(
        own(raw.row, nipText, 'duplicate_month', textOf('id').duplicateMonth(key, month.month, firstRow), textOf('en').duplicateMonth(key, month.month, firstRow), ['month']),
      );
      continue;
    }
    if (checkedState?.ok === true) {
      const previous = group.state;
      if (previous !== undefined && JSON.stringify(previous.value) !== JSON.stringify(checkedState.value)) {
        await reject(own(raw.row, nipText, 'conflicting_state', textOf('id').conflictingState(key, previous.row), textOf('en').conflictingState(key, previous.row), ['state']));
        continue;
      }
      group.state ??= { row: raw.row, value: checkedState.value };
    }
    firstRowOf.set(monthKey, raw.row);
    group.months.push({ row: raw.row, input: { ...month, employeeId: key } });
  }
  for (const group of groups.values()) group.months.sort((a, b) => (a.input.month < b.input.month ? -1 : a.input.month > b.input.month ? 1 : 0));
  return { groups, read, rejected };
}
