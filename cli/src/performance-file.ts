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
import { PERFORMANCE_TEMPLATE, isBlankRow, rowToObject } from './templates';
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
export async function loadPerformance(source: Source, problems: ProblemLog): Promise<PerformanceFile> {
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
    let value: unknown;
    if (raw.cells !== undefined) {
      if (isBlankRow(raw.cells)) continue;
      read++;
      if (source.header !== undefined && raw.cells.length > source.header.columns.length) {
        const n = source.header.columns.length;
        await reject(own(raw.row, undefined, 'too_many_cells', textOf('id').tooManyCells(raw.cells.length, n), textOf('en').tooManyCells(raw.cells.length, n)));
        continue;
      }
      const built = rowToObject(source.header!, raw.cells);
      const nip = typeof built.value['employeeId'] === 'string' ? built.value['employeeId'] : undefined;
      if (built.issues.length > 0) {
        await reject(problemsOf(source, PERFORMANCE_TEMPLATE, raw.row, nip, built.issues));
        continue;
      }
      value = built.value;
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
    if (isObject(skp) && 'targetRealisationPercent' in skp && ('hasilKerja' in skp || 'perilakuKerja' in skp)) {
      await reject(own(raw.row, nipText, 'ratings_and_realisation', textOf('id').ratingsAndRealisation, textOf('en').ratingsAndRealisation, ['skp']));
      continue;
    }
    const checked = validate(MonthlyPerformanceInputSchema, input);
    const checkedState = state === undefined ? undefined : validate(EarlyWarningStateSchema, state, { path: ['state'] });
    const issues = [...(checked.ok ? [] : checked.issues), ...(checkedState === undefined || checkedState.ok ? [] : checkedState.issues)];
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
