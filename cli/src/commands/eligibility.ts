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
import { GATES, type EligibilityDecision } from 'kerja-dinamis';
import type { Policy } from 'kerja-dinamis';
import { asOfOf, calendarOption, finish, open, openPerformanceOption, openProblems, type Ctx } from '../context';
import { csvHeader, csvRow, decisionValues, statusCountsLine, tableHeader, tableRow } from '../decisions-view';
import { decideBatch, type BatchSetup } from '../decide-batch';
import { WorkerPool, setupData, threadCount, workerScript, type DecidePool, type DecidedBatch, type LineFormat } from '../decide-pool';
import { NipCounter, rawNip } from '../employees';
import { openSource, type RawRow, type Source } from '../input';
import { onePositional } from '../options';
import { Progress, shareRead } from '../progress';
import { BOM, csvDelimiter, openTarget, type Target } from '../output';
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

  /** Writes a decision a worker thread already wrote as a line of the format (its status counted by {@link count}). */
  writeLine(line: string): void | Promise<void> {
    const target = this.target as Target;
    if (this.ctx.args.format === 'json') {
      const text = `${this.first ? '\n' : ',\n'}  ${line}`;
      this.first = false;
      return target.out.push(text);
    }
    return target.out.push(line);
  }

  /** Counts statuses of decisions written by {@link writeLine}. */
  count(counts: Readonly<Record<StatusCode, number>>): void {
    for (const status of Object.keys(counts) as StatusCode[]) this.counts[status] += counts[status];
  }

  end(): void | Promise<void> {
    const { t, args } = this.ctx;
    if (this.target instanceof WorkbookWriter) return this.sheet!.commit();
    if (args.format === 'json') return this.target.out.push(this.first ? ']\n' : '\n]\n');
    if (args.format === 'table') return this.target.out.push(`\n${statusCountsLine(this.counts, t)}\n${t.gateLegend}\n`);
    return undefined;
  }
}

/** Rows decided together: one `assessUnit` call (one policy context) per batch, memory bounded by it. */
const BATCH = 1024;

/**
 * Decides the rows of a source in batches of {@link BATCH}, writing every decision and
 * every problem in the order of the file: on this thread, or — given `pool` — on worker
 * threads while this one reads (at most two batches a worker in flight, so memory stays
 * bounded). A NIP the first pass counted more than once is rejected in each of its rows.
 */
async function decideAll(
  ctx: Ctx,
  source: Source,
  setup: BatchSetup,
  pool: DecidePool | undefined,
  threads: number,
  writer: DecisionWriter,
  problems: ProblemLog,
  total: number,
): Promise<{ read: number; rejected: number }> {
  // The first pass counted the rows: the share done is the rows read of them.
  let records = 0;
  const progress = new Progress(ctx, () => (total === 0 ? undefined : Math.min(1, records / total)));
  let read = 0;
  let rejected = 0;
  let rows: RawRow[] = [];
  const inFlight: Promise<DecidedBatch>[] = [];

  const rejectAll = async (list: readonly RowProblem[][]): Promise<void> => {
    rejected += list.length;
    for (const problemsOfRow of list) await problems.add(problemsOfRow);
  };
  const writeDecided = async (): Promise<void> => {
    const batch = await inFlight.shift()!;
    read += batch.read;
    await rejectAll(batch.rejected);
    for (const line of batch.lines) await writer.writeLine(line);
    writer.count(batch.counts);
  };
  const flush = async (): Promise<void> => {
    if (rows.length === 0) return;
    if (pool !== undefined) {
      const sent = pool.run({ rows });
      // Awaited in order by writeDecided; a failure meanwhile is not left unhandled.
      sent.catch(() => undefined);
      inFlight.push(sent);
      rows = [];
      if (inFlight.length >= 2 * threads) await writeDecided();
      return;
    }
    const batch = decideBatch(setup, rows, (decision) => decision);
    rows = [];
    read += batch.read;
    await rejectAll(batch.rejected);
    for (const decision of batch.decisions) await writer.write(decision);
  };

  for await (const raw of source.rows) {
    records++;
    await progress.tick();
    rows.push(raw);
    if (rows.length >= BATCH) await flush();
  }
  await flush();
  while (inFlight.length > 0) await writeDecided();
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
  // Worker threads for a long CSV file written as text (decide-pool.ts); its rows then
  // come as lines, cut into cells on the workers.
  const threads = threadCount(io.env ?? {}, rows);
  const script = workerScript();
  const parallel = script !== undefined && threads > 0 && first.kind === 'csv' && args.format !== 'xlsx';
  const source: Source = await openSource(io, file, { template: EMPLOYEE_TEMPLATE, ignoreUnknownColumns: true, t, lang, ...(sheet === undefined ? {} : { sheet }), warn: async () => {}, keepLines: parallel });
  const problems = await openProblems(ctx);
  const summaries: string[] = [];
  const performance = await openPerformanceOption(ctx, problems, summaries);
  const target = args.format === 'xlsx' ? await WorkbookWriter.open(io, t, args.values.out!) : await openTarget(io, t, args.values.out);
  const writer = new DecisionWriter(ctx, target);
  await writer.begin(asOf, policy);
  const setup: BatchSetup = { source, nips, performance, policy, asOf, calendar };
  const pool: DecidePool | undefined = parallel ? new WorkerPool(script, threads, setupData(setup, args.format as LineFormat, lang)) : undefined;
  let counted: { read: number; rejected: number };
  try {
    counted = await decideAll(ctx, source, setup, pool, threads, writer, problems, rows);
  } finally {
    await pool?.close();
  }
  const { read, rejected } = counted;
  await writer.end();
  await target.close();
  return await finish(ctx, problems, [t.summary(file, read, read - rejected, rejected), ...summaries], args.values.out);
}
