/**
 * One batch of `eligibility`'s rows decided: the rows read into records, the
 * `--performance` months joined, one `assessUnit` call, and each row's outcome — its
 * decision, or every problem it has. Shared by the command's own thread and its worker
 * threads (`decide-worker.ts`), so that both give the same output.
 *
 * Repeated NIPs are told by the count of the whole file (the first pass), not by the
 * batch: a NIP counted more than once is rejected in each of its rows, in place of
 * `assessUnit`'s own `duplicate_nip` (which only sees the batch).
 */
import { assessUnit, type CalendarOverrides, type EligibilityDecision, type Policy } from 'kerja-dinamis';
import { NipCounter, attachPerformance, duplicateProblem, nipOf, rawNip, recordProblems, toRecord, withCells } from './employees';
import type { RawRow, Source } from './input';
import { nipKey, type PerformanceFile } from './performance-file';
import type { RowProblem } from './problems';

/** What a batch needs besides its rows: the same for every batch of a run. */
export interface BatchSetup {
  /** The file read: its name, kind, header and delimiter. */
  readonly source: Pick<Source, 'display' | 'kind' | 'header' | 'delimiter'>;
  /** How often each NIP of the file occurs (the first pass). */
  readonly nips: NipCounter;
  /** The `--performance` file, if any. */
  readonly performance: PerformanceFile | undefined;
  /** The policy. */
  readonly policy: Policy;
  /** The decisions' date. */
  readonly asOf: string;
  /** `--holidays`, if any. */
  readonly calendar: CalendarOverrides | undefined;
}

/** A batch decided: each row's outcome in the order of the file. */
export interface BatchResult<T> {
  /** The decisions of the rows without problems, in order, each as `emit` made it. */
  readonly decisions: T[];
  /** The problems of each rejected row, in order. */
  readonly rejected: RowProblem[][];
  /** Rows that were not blank. */
  readonly read: number;
}

/** A row waiting in a batch: its record, or the problems that already stopped it (and the NIP it names, to tell repeats). */
interface Pending {
  readonly row: number;
  readonly record?: Record<string, unknown>;
  readonly problems?: RowProblem[];
  readonly nip?: string | undefined;
}

/**
 * Decides a batch of rows. `emit` turns a decision into what the caller keeps (the
 * decision itself, or its line of output on a worker thread).
 */
export function decideBatch<T>(setup: BatchSetup, rows: readonly RawRow[], emit: (decision: EligibilityDecision) => T): BatchResult<T> {
  const { source, nips, performance, policy, asOf, calendar } = setup;
  const batch: Pending[] = [];
  for (const row of rows) {
    // A row read as its text (a source opened with keepLines) is cut into cells here.
    const raw = withCells(source, row);
    const built = toRecord(source, raw);
    if (built === undefined) continue;
    const joined = built.ok ? attachPerformance(source, raw.row, built.record, performance) : built;
    batch.push(joined.ok ? { row: raw.row, record: joined.record } : { row: raw.row, problems: joined.problems, nip: rawNip(source, raw) });
  }
  const records: unknown[] = [];
  for (const p of batch) if (p.record !== undefined) records.push(p.record);
  const unit = records.length === 0 ? undefined : assessUnit(records, policy, { asOf, ...(calendar === undefined ? {} : { calendar }) });
  const rejectedAt = new Map(unit?.rejected.map((r) => [r.index, r.issues]));
  const decisionOf = new Map(unit?.results.map((d) => [d.employeeId, d]));
  const decisions: T[] = [];
  const rejected: RowProblem[][] = [];
  let index = 0;
  for (const p of batch) {
    if (p.record === undefined) {
      const seen = p.nip === undefined ? undefined : nips.get(p.nip);
      rejected.push(seen !== undefined && seen.count > 1 ? [...p.problems!, ...duplicateProblem(source, p.row, nipKey(p.nip!), seen.firstRow)] : p.problems!);
      continue;
    }
    const nip = nipOf(p.record);
    const issues = rejectedAt.get(index++);
    const decision = issues === undefined && nip !== undefined ? decisionOf.get(nipKey(nip)) : undefined;
    const seen = nip === undefined ? undefined : nips.get(nip);
    const repeated = seen !== undefined && seen.count > 1;
    // Every problem of the row: its own issues, and the repeat found across the whole file
    // (in place of assessUnit's, which only sees the batch).
    const own = (issues ?? []).filter((i) => !(repeated && i.code === 'duplicate_nip'));
    if (repeated || own.length > 0 || decision === undefined) {
      rejected.push([...recordProblems(source, p.row, nip, own), ...(repeated ? duplicateProblem(source, p.row, nipKey(nip!), seen.firstRow) : [])]);
    } else {
      decisions.push(emit(decision));
    }
  }
  return { decisions, rejected, read: batch.length };
}
