/**
 * `kerja-dinamis eligibility <file>`: one MKD decision per employee record, streamed —
 * rows are read, validated, decided and written a batch of 1,024 at a time (one
 * `assessUnit` call per batch, so the policy is prepared once per batch, not per row),
 * in the order of the file, so a file of any length runs in bounded memory.
 *
 * Repeated NIPs are rejected in every row, as `assessUnit` does for a whole list, so
 * that the command and the library agree. That needs the NIPs before the first decision
 * is written: a first pass over the file counts them in a compact table (27 MB for a
 * million rows, see `NipCounter`); the second pass decides and writes.
 */
import { GATES, assessUnit, type EligibilityDecision } from 'kerja-dinamis';
import type { Policy } from 'kerja-dinamis';
import { asOfOf, calendarOption, finish, open, openPerformanceOption, openProblems, type Ctx } from '../context';
import type { CalendarOverrides } from 'kerja-dinamis';
import { csvHeader, csvRow, decisionValues, statusCountsLine, tableHeader, tableRow } from '../decisions-view';
import { NipCounter, attachPerformance, duplicateProblem, nipOf, rawNip, recordProblems, toRecord } from '../employees';
import { openSource, type Source } from '../input';
import { onePositional } from '../options';
import { Progress, shareRead } from '../progress';
import { BOM, csvDelimiter, openTarget, type Target } from '../output';
import { nipKey, type PerformanceFile } from '../performance-file';
import { policyLabel, resolvePolicy } from '../policy';
import type { ProblemLog, RowProblem } from '../problems';
import { EMPLOYEE_TEMPLATE } from '../templates';
import { sheetTextOf } from '../sheet-text';
import type { GateCode, StatusCode } from '../text';
import { decisionColumns } from '../xlsx-views';
import { WorkbookWriter, type SheetWriter } from '../xlsx-write';

/**
 * Counts the NIPs of a file (first pass). The NIP column of a CSV file or a workbook's
 * sheet is read alone, without the other cells.
 */
async function countNips(ctx: Ctx, source: Source): Promise<{ nips: NipCounter; rows: number }> {
  const counter = new NipCounter();
  let rows = 0;
  const column = source.header?.columns.findIndex((c) => c?.name === 'nip') ?? -1;
  if (source.columnCells !== undefined && column !== -1) {
    for await (const { row, cell } of source.columnCells(column)) {
      rows++;
      // As rawNip reads it.
      const nip = cell?.trim();
      if (nip !== undefined && nip !== '') counter.add(nip, row);
    }
    return { nips: counter, rows };
  }
  // A JSON file is read whole here: that takes a while.
  const progress = new Progress(ctx, shareRead(source));
  for await (const raw of source.rows) {
    rows++;
    await progress.tick();
    const nip = rawNip(source, raw);
    if (nip !== undefined) counter.add(nip, raw.row);
  }
  await progress.end();
  return { nips: counter, rows };
}

/** Writes decisions in the chosen format as they come: to a text target, or to a workbook's sheet. */
class DecisionWriter {
  private first = true;
  private sheet: SheetWriter | undefined;
  readonly counts: Record<StatusCode, number> = { ELIGIBLE: 0, NOT_ELIGIBLE: 0, INDETERMINATE: 0 };

  constructor(
    private readonly ctx: Ctx,
    private readonly target: Target | WorkbookWriter,
  ) {}

  async begin(asOf: string, policy: Policy): Promise<void> {
    const { t, lang, args } = this.ctx;
    const gates = GATES as readonly GateCode[];
    if (this.target instanceof WorkbookWriter) {
      this.sheet = await this.target.addSheet(sheetTextOf(lang).book.eligibility, decisionColumns(t, gates), { frozenColumns: 2 });
      return;
    }
    if (args.format === 'csv') return this.target.out.push((this.target.file === undefined ? '' : BOM) + csvHeader(t, gates, csvDelimiter(lang)));
    if (args.format === 'json') return this.target.out.push('[');
    return this.target.out.push(`${t.eligibilityTitle(asOf, policyLabel(policy))}\n\n${tableHeader(t, gates)}`);
  }

  write(decision: EligibilityDecision): void | Promise<void> {
    const { t, lang, args } = this.ctx;
    this.counts[decision.status]++;
    if (this.target instanceof WorkbookWriter) return this.sheet!.addRow(decisionValues(decision, lang));
    if (args.format === 'csv') return this.target.out.push(csvRow(decision, lang, csvDelimiter(lang)));
    if (args.format === 'json') {
      const text = `${this.first ? '\n' : ',\n'}  ${JSON.stringify(decision)}`;
      this.first = false;
      return this.target.out.push(text);
    }
    return this.target.out.push(tableRow(decision, t, lang));
  }

  end(): void | Promise<void> {
    const { t, args } = this.ctx;
    if (this.target instanceof WorkbookWriter) return this.sheet!.commit();
    if (args.format === 'json') return this.target.out.push(this.first ? ']\n' : '\n]\n');
    if (args.format === 'table') return this.target.out.push(`\n${statusCountsLine(this.counts, t)}\n${t.gateLegend}\n`);
    return undefined;
  }
}

/** A row waiting in a batch: its record, or the problems that already stopped it (and the NIP it names, to tell repeats). */
interface Pending {
  readonly row: number;
  readonly record?: Record<string, unknown>;
  readonly problems?: RowProblem[];
  readonly nip?: string | undefined;
}

/** Rows decided together: one `assessUnit` call (one policy context) per batch, memory bounded by it. */
const BATCH = 1024;

/**
 * Decides the rows of a source in batches of {@link BATCH}, writing every decision and
 * every problem in the order of the file. A NIP the first pass counted more than once is
 * rejected in each of its rows.
 */
async function decideAll(
  ctx: Ctx,
  source: Source,
  nips: NipCounter,
  performance: PerformanceFile | undefined,
  policy: Policy,
  asOf: string,
  writer: DecisionWriter,
  problems: ProblemLog,
  calendar: CalendarOverrides | undefined,
  total: number,
): Promise<{ read: number; rejected: number }> {
  // The first pass counted the rows: the share done is the rows read of them.
  let records = 0;
  const progress = new Progress(ctx, () => (total === 0 ? undefined : Math.min(1, records / total)));
  let read = 0;
  let rejected = 0;
  let batch: Pending[] = [];

  const reject = async (list: RowProblem[]): Promise<void> => {
    rejected++;
    await problems.add(list);
  };
  const flush = async (): Promise<void> => {
    const records: unknown[] = batch.filter((p) => p.record !== undefined).map((p) => p.record!);
    const unit = records.length === 0 ? undefined : assessUnit(records, policy, { asOf, ...(calendar === undefined ? {} : { calendar }) });
    const rejectedAt = new Map(unit?.rejected.map((r) => [r.index, r.issues]));
    const decisionOf = new Map(unit?.results.map((d) => [d.employeeId, d]));
    let index = 0;
    for (const p of batch) {
      if (p.record === undefined) {
        const seen = p.nip === undefined ? undefined : nips.get(p.nip);
        await reject(seen !== undefined && seen.count > 1 ? [...p.problems!, ...duplicateProblem(source, p.row, nipKey(p.nip!), seen.firstRow)] : p.problems!);
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
        await reject([...recordProblems(source, p.row, nip, own), ...(repeated ? duplicateProblem(source, p.row, nipKey(nip!), seen.firstRow) : [])]);
      } else {
        await writer.write(decision);
      }
    }
    batch = [];
  };

  for await (const raw of source.rows) {
    records++;
    await progress.tick();
    const built = toRecord(source, raw);
    if (built === undefined) continue;
    read++;
    const joined = built.ok ? attachPerformance(source, raw.row, built.record, performance) : built;
    batch.push(joined.ok ? { row: raw.row, record: joined.record } : { row: raw.row, problems: joined.problems, nip: rawNip(source, raw) });
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  await progress.end();
  return { read, rejected };
}

/** Runs `eligibility`; returns the exit code. */
export async function runEligibility(ctx: Ctx): Promise<number> {
  const { io, t, lang, args } = ctx;
  const file = onePositional(args, t);
  const asOf = asOfOf(ctx);
  const policy = await resolvePolicy(io, t, lang, args.values.policy, asOf);
  const calendar = await calendarOption(ctx);
  // First pass: the header is checked (and a warning printed) once, the NIPs counted. The
  // file is read again for the second pass (a workbook too: its parser reads a sheet
  // faster than rows kept in a temporary file were read back).
  const first = await open(ctx, file, EMPLOYEE_TEMPLATE, true);
  const { nips, rows } = await countNips(ctx, first);
  const sheet = args.values.sheet;
  const source: Source = await openSource(io, file, { template: EMPLOYEE_TEMPLATE, ignoreUnknownColumns: true, t, lang, ...(sheet === undefined ? {} : { sheet }), warn: async () => {} });
  const problems = await openProblems(ctx);
  const summaries: string[] = [];
  const performance = await openPerformanceOption(ctx, problems, summaries);
  const target = args.format === 'xlsx' ? await WorkbookWriter.open(io, t, args.values.out!) : await openTarget(io, t, args.values.out);
  const writer = new DecisionWriter(ctx, target);
  await writer.begin(asOf, policy);
  const { read, rejected } = await decideAll(ctx, source, nips, performance, policy, asOf, writer, problems, calendar, rows);
  await writer.end();
  await target.close();
  return await finish(ctx, problems, [t.summary(file, read, read - rejected, rejected), ...summaries], args.values.out);
}
