/**
 * Worker threads for `eligibility` and `roster`: while the command's own thread reads the
 * file, worker threads (`decide-worker.js`, built beside the command) decide its batches
 * of rows ({@link decideBatch}) and write each decision as a line of the output format —
 * or, for `roster`, once the file is read, plan batches of its units (`planUnit`,
 * roster-units.ts) and write each unit's piece of the output. The file is then read with
 * `keepLines`: a row without a quote reaches the worker as its text and is cut into cells
 * there, so the reading thread only finds the line breaks. The command writes their
 * output and problems in the order of the file (of the units), so the output is byte for
 * byte the one made on its own thread.
 *
 * Used for a CSV file written as CSV, JSON (`eligibility`) or a table, and `roster`'s
 * HTML page; a workbook (in or out), JSON input and `roster`'s JSON are made on the
 * command's own thread. By default one worker per processor (at most {@link MAX_THREADS})
 * for a file of at least {@link PARALLEL_MIN_ROWS} rows; `KERJA_DINAMIS_THREADS=n` sets
 * the number whatever the rows (`0`: none).
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { parsePolicy, type CalendarOverrides, type EligibilityDecision, type Policy } from 'kerja-dinamis';
import type { BatchSetup } from './decide-batch';
import type { RosterWorkerSetup } from './roster-units';
import { csvRow, tableRow } from './decisions-view';
import { NipCounter, type NipCounterState } from './employees';
import type { RawRow, Source } from './input';
import { csvDelimiter } from './output';
import type { PerformanceFile } from './performance-file';
import type { RowProblem } from './problems';
import { EMPLOYEE_TEMPLATE, type HeaderMap } from './templates';
import { textOf, type Lang, type StatusCode } from './text';

/** Below this many rows the threads cost more to start than they save. */
export const PARALLEL_MIN_ROWS = 20_000;
/** The most worker threads used, whatever the processors. */
export const MAX_THREADS = 4;

/** An output format a worker writes lines of. */
export type LineFormat = 'csv' | 'json' | 'table';

/** The file read, as plain data (its header as the names of its columns). */
export interface SourceData {
  readonly display: string;
  readonly kind: Source['kind'];
  readonly delimiter: Source['delimiter'];
  readonly columns: readonly (string | undefined)[];
}

/** The file read, as plain data for a worker. */
export function sourceData(source: Pick<Source, 'display' | 'kind' | 'header' | 'delimiter'>): SourceData {
  return { display: source.display, kind: source.kind, delimiter: source.delimiter, columns: source.header!.columns.map((c) => c?.name) };
}

/** The file read, again from its plain data, in a worker: the header's columns from the template. */
export function restoreSource(data: SourceData): Pick<Source, 'display' | 'kind' | 'header' | 'delimiter'> {
  const byName = new Map(EMPLOYEE_TEMPLATE.columns.map((c) => [c.name, c]));
  const header: HeaderMap = { columns: data.columns.map((name) => (name === undefined ? undefined : byName.get(name))), unknown: [], missing: [] };
  return { display: data.display, kind: data.kind, header, ...(data.delimiter === undefined ? {} : { delimiter: data.delimiter }) };
}

/** An `eligibility` run's setup as plain data, given to each worker once. */
export interface WorkerSetup {
  readonly task: 'eligibility';
  readonly source: SourceData;
  readonly nips: NipCounterState;
  readonly performance: PerformanceFile | undefined;
  readonly policy: Policy;
  readonly asOf: string;
  readonly calendar: CalendarOverrides | undefined;
  readonly format: LineFormat;
  readonly lang: Lang;
}

/** A batch sent to a worker. */
export interface BatchRequest {
  readonly id: number;
  readonly rows: readonly RawRow[];
}

/** A worker's reply to any request: the request's `id` with its result, or the error that stopped it. */
export type WorkerReply<Result> = ({ readonly id: number } & Result) | { readonly id: number; readonly error: string };

/** A worker's answer to a batch of rows: the batch's lines and problems, or the error that stopped it. */
export type BatchReply = WorkerReply<{ readonly lines: string[]; readonly rejected: RowProblem[][]; readonly read: number; readonly counts: Record<StatusCode, number> }>;

/** A batch decided by a worker. */
export type DecidedBatch = Extract<BatchReply, { lines: string[] }>;

/** The setup of an `eligibility` run as plain data (what a worker gets). */
export function setupData(setup: BatchSetup, format: LineFormat, lang: Lang): WorkerSetup {
  return { task: 'eligibility', source: sourceData(setup.source), nips: setup.nips.state(), performance: setup.performance, policy: setup.policy, asOf: setup.asOf, calendar: setup.calendar, format, lang };
}

/** The setup again from its plain data, in a worker: the policy checked and sealed again. */
export function restoreSetup(data: WorkerSetup): BatchSetup {
  return { source: restoreSource(data.source), nips: NipCounter.fromState(data.nips), performance: data.performance, policy: parsePolicy(data.policy), asOf: data.asOf, calendar: data.calendar };
}

/** A decision as its piece of output: a CSV line, a table row with its reasons, or the JSON of the decision (without the separator). */
export function formatDecision(decision: EligibilityDecision, format: LineFormat, lang: Lang): string {
  if (format === 'csv') return csvRow(decision, lang, csvDelimiter(lang));
  if (format === 'table') return tableRow(decision, textOf(lang), lang);
  return JSON.stringify(decision);
}

/**
 * The worker threads for a run of `rows` rows: `KERJA_DINAMIS_THREADS` when set (then
 * whatever the rows), else one per processor up to {@link MAX_THREADS} for a file of at
 * least {@link PARALLEL_MIN_ROWS} rows, else none.
 */
export function threadCount(env: Readonly<Record<string, string | undefined>>, rows: number): number {
  const set = env['KERJA_DINAMIS_THREADS']?.trim();
  if (set !== undefined && /^\d+$/.test(set)) return Math.min(Number(set), MAX_THREADS);
  return rows >= PARALLEL_MIN_ROWS ? Math.min(availableParallelism(), MAX_THREADS) : 0;
}

/** The worker's script, built beside the command (`dist/decide-worker.js`); `undefined` when running from the sources. */
export function workerScript(): URL | undefined {
  const url = new URL('./decide-worker.js', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : undefined;
}

/** A failure inside a worker thread: a defect, reported with the worker's stack. */
export class WorkerFailure extends Error {}

/**
 * Worker threads, each request sent to the next worker in turn (a request is its fields
 * and an `id`; a reply the result's fields and the same `id`). Each worker gets the
 * setup once; its young generation is set larger than Node's default (`youngMb`, 64 MB
 * for `eligibility`), since deciding allocates many short-lived objects (fewer, cheaper
 * collections).
 */
export class WorkerPool<Request extends object, Reply extends object> {
  private readonly workers: Worker[];
  private readonly waiting = new Map<number, { resolve: (reply: Reply) => void; reject: (e: Error) => void }>();
  private next = 0;
  private failure: Error | undefined;

  constructor(script: URL, threads: number, setup: WorkerSetup | RosterWorkerSetup, youngMb = 64) {
    this.workers = Array.from({ length: threads }, () => {
      const worker = new Worker(script, { workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: youngMb } });
      worker.on('message', (reply: WorkerReply<Reply>) => this.answer(reply));
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (code !== 0) this.fail(new WorkerFailure(`worker thread exited with code ${code}`));
      });
      return worker;
    });
  }

  private answer(reply: WorkerReply<Reply>): void {
    const waiting = this.waiting.get(reply.id);
    if (waiting === undefined) return;
    this.waiting.delete(reply.id);
    if ('error' in reply) waiting.reject(new WorkerFailure(reply.error));
    else waiting.resolve(reply);
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiting of this.waiting.values()) waiting.reject(error);
    this.waiting.clear();
  }

  /** Sends a request to the next worker (with `transfer`, buffers moved, not copied); each promise is its own request's answer. */
  run(request: Request, transfer: readonly ArrayBuffer[] = []): Promise<Reply> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    const id = this.next++;
    const worker = this.workers[id % this.workers.length]!;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ ...request, id }, [...transfer]);
    });
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** `eligibility`'s workers: each request a batch of rows. */
export type DecidePool = WorkerPool<{ readonly rows: readonly RawRow[] }, DecidedBatch>;
