/**
 * `roster`'s units planned: each unit's rows read into records (once), `planMonth`
 * called, its rejections mapped back to rows, and the plan written as the unit's piece of
 * CSV, of the text table and of the HTML page. Shared by the command's own thread and its
 * worker threads (`decide-worker.ts`), so that both give the same output.
 *
 * The rows of a unit come as they were read (a CSV row without a quote as its text): the
 * command groups them by the unit id of their `unit` cell alone, and a row's other cells
 * are read here, when its unit is planned. A row whose cells cannot be read is rejected
 * here with the same problems as if it had been read first.
 */
import { isInputError, parsePolicy, planMonth, validate, EmployeeRecordSchema, type CalendarOverrides, type InputIssue, type MonthPlan, type Policy, type RejectedRecord, type WorkPatternUnit } from 'kerja-dinamis';
import { restoreSource, sourceData, type SourceData } from './decide-pool';
import { attachPerformance, duplicateProblem, nipOf, rawNip, recordProblems, toRecord, withCells } from './employees';
import { rosterHtmlPage } from './html';
import type { RawRow, Source } from './input';
import { csvDelimiter } from './output';
import { nipKey, type PerformanceFile } from './performance-file';
import type { PrintPage } from './print';
import type { RowProblem } from './problems';
import { pageHead, rosterCsvUnit, rosterTableUnit, unitView } from './roster-view';
import { textOf, type CliText, type Lang } from './text';

/** What planning a unit needs besides its rows: the same for every unit of a run. */
export interface RosterSetup {
  /** The employee file: its name, kind, header and delimiter. */
  readonly source: Pick<Source, 'display' | 'kind' | 'header' | 'delimiter'>;
  /** The `--performance` file, if any. */
  readonly performance: PerformanceFile | undefined;
  /** The policy. */
  readonly policy: Policy;
  /** The month planned, `YYYY-MM`. */
  readonly month: string;
  /** `--holidays` and `--provisional`, if any. */
  readonly calendar: CalendarOverrides | undefined;
}

/** What each planned unit is written as, as plain data (a worker thread gets it with each batch). */
export interface RosterOutputData {
  /** The text output's format: CSV lines or the table's lines; `undefined` when no text is written unit by unit (JSON, a workbook). */
  readonly format: 'csv' | 'table' | undefined;
  /** The language. */
  readonly lang: Lang;
  /** The HTML page's print details (`--html`), if a page is written. */
  readonly print: PrintPage | undefined;
}

/**
 * A unit to plan: its settings, its rows, and the first row of each of their NIPs that the
 * file repeats (as written). A row without a quote is its line of text and its number
 * (strings and numbers go to a worker thread faster than objects).
 */
export interface UnitJob {
  readonly unit: WorkPatternUnit;
  /** Each row's number. */
  readonly numbers: Int32Array;
  /** Each row: its line of text (a CSV row without a quote), or the row as read. */
  readonly rows: readonly (string | RawRow)[];
  readonly repeats: ReadonlyMap<string, number>;
}

/** Row `i` of a unit's rows, as read. */
export function rowOf(rows: Pick<UnitJob, 'numbers' | 'rows'>, i: number): RawRow {
  const row = rows.rows[i]!;
  return typeof row === 'string' ? { row: rows.numbers[i]!, line: row } : row;
}

/** A rejected row: its row number and every problem of it. */
export interface RejectedRow {
  readonly row: number;
  readonly problems: RowProblem[];
}

/** A unit planned and written: its rejected rows, and its pieces of output, or the issues that stopped `planMonth`. */
export interface UnitOutput {
  /** Rows rejected, in no particular order (the command writes them in the order of the file). */
  readonly rejected: RejectedRow[];
  /** `planMonth`'s refusal of the options (a month without calendar data): the run stops. */
  readonly failure?: readonly InputIssue[];
  /** The unit's text output; absent when no record of it is valid (the unit is not planned). */
  readonly written?: {
    /** The month's dates (the CSV header's). */
    readonly dates: readonly string[];
    /** Its CSV lines (one piece), or its table lines (each after a line break); none for JSON and a workbook. */
    readonly text: readonly string[];
  };
  /** The plan itself, on the command's own thread (JSON and the workbook keep every plan). */
  readonly plan?: MonthPlan;
}

/** The writers of a run's output, made from {@link RosterOutputData}. */
export interface RosterOutput {
  readonly format: RosterOutputData['format'];
  readonly t: CliText;
  readonly lang: Lang;
  readonly page: ReturnType<typeof rosterHtmlPage> | undefined;
}

/** The writers of a run's output, on either thread. */
export function rosterOutputOf(setup: RosterSetup, data: RosterOutputData): RosterOutput {
  const t = textOf(data.lang);
  const page = data.print === undefined ? undefined : rosterHtmlPage(pageHead(setup.month, setup.policy, t, data.lang), t, data.lang, data.print);
  return { format: data.format, t, lang: data.lang, page };
}

/** A unit's rows read into records: those stopped before planning, those of a repeated NIP, and the others. */
interface UnitRows {
  /** Rows whose cells could not be read, or whose `--performance` state is given twice (with the repeat of their NIP). */
  readonly unreadable: RejectedRow[];
  /** Rows of a NIP the file repeats (with their own issues). */
  readonly repeated: RejectedRow[];
  /** The other rows' numbers, and their records. */
  readonly kept: number[];
  readonly records: unknown[];
}

/** Reads a unit's rows into records; with `recordsToo` false, only the rows that cannot be read are wanted. */
function readUnitRows(setup: RosterSetup, job: UnitJob, recordsToo: boolean): UnitRows {
  const { source, performance } = setup;
  const out: UnitRows = { unreadable: [], repeated: [], kept: [], records: [] };
  const repeatOf = (nip: string | undefined, row: number): RowProblem[] => {
    const first = nip === undefined ? undefined : job.repeats.get(nip);
    return first === undefined ? [] : duplicateProblem(source, row, nipKey(nip!), first);
  };
  for (let i = 0; i < job.rows.length; i++) {
    const raw = rowOf(job, i);
    const cells = withCells(source, raw);
    const built = toRecord(source, cells);
    // A blank row names no unit, so it is never here.
    if (built === undefined) continue;
    const nip = rawNip(source, cells);
    const joined = built.ok ? attachPerformance(source, raw.row, built.record, performance) : built;
    if (!joined.ok) {
      out.unreadable.push({ row: raw.row, problems: [...joined.problems, ...repeatOf(nip, raw.row)] });
      continue;
    }
    if (!recordsToo) continue;
    const repeat = repeatOf(nip, raw.row);
    if (repeat.length === 0) {
      out.kept.push(raw.row);
      out.records.push(joined.record);
      continue;
    }
    // Every row of a repeated NIP rejected, with its own issues.
    const checked = validate(EmployeeRecordSchema, joined.record);
    out.repeated.push({ row: raw.row, problems: [...(checked.ok ? [] : recordProblems(source, raw.row, nipOf(joined.record), checked.issues)), ...repeat] });
  }
  return out;
}

/**
 * The rows of a unit that cannot be read (what the command reports for the units after
 * one whose planning stopped the run, as it reported them before planning any unit).
 */
export function unreadableRows(setup: RosterSetup, job: UnitJob): RejectedRow[] {
  return readUnitRows(setup, job, false).unreadable;
}

/**
 * Plans one unit and writes its pieces of output. The plan is the one of the unit's valid
 * records alone: the records `planMonth` found invalid are left out of its rejected list
 * and count, and the others' indexes count valid records only. A unit without a valid
 * record is not planned. `keepPlan` returns the plan too (on the command's own thread).
 */
function planUnit(setup: RosterSetup, output: RosterOutput, job: UnitJob, keepPlan: boolean): { readonly done: UnitOutput; readonly html?: string } {
  const { source, policy, month, calendar } = setup;
  const { unreadable, repeated, kept, records } = readUnitRows(setup, job, true);
  const rejected = [...unreadable, ...repeated];
  if (records.length === 0) return { done: { rejected } };
  let plan: MonthPlan;
  try {
    plan = planMonth(records, policy, { unit: job.unit, month, ...(calendar === undefined ? {} : { calendar }) });
  } catch (error) {
    if (!isInputError(error)) throw error;
    return { done: { rejected, failure: error.issues } };
  }
  let invalid = 0;
  const own: RejectedRecord[] = [];
  for (const r of plan.decisions.rejected) {
    const row = kept[r.index]!;
    const record = records[r.index];
    // The schema's issues (as validate gives them) for a record that is not valid, otherwise the planning's own.
    const checked = validate(EmployeeRecordSchema, record);
    if (checked.ok) {
      rejected.push({ row, problems: recordProblems(source, row, checked.value.nip, r.issues) });
      own.push({ ...r, index: r.index - invalid });
    } else {
      rejected.push({ row, problems: recordProblems(source, row, nipOf(record), checked.issues) });
      invalid++;
    }
  }
  if (invalid === kept.length) return { done: { rejected } };
  if (invalid > 0) plan = { ...plan, decisions: { ...plan.decisions, rejected: own, summary: { ...plan.decisions.summary, rejected: own.length } } };
  const planned = keepPlan ? { plan } : {};
  if (output.format === undefined && output.page === undefined) return { done: { rejected, written: { dates: plan.allocation.dates, text: [] }, ...planned } };
  const { t, lang } = output;
  const view = unitView(job.unit, plan, t, lang);
  const text =
    output.format === 'csv'
      ? [rosterCsvUnit(view, t, csvDelimiter(lang))]
      : output.format === 'table'
        ? rosterTableUnit(view, t).map((line) => `\n${line.trimEnd()}`)
        : [];
  const done: UnitOutput = { rejected, written: { dates: view.dates, text }, ...planned };
  return output.page === undefined ? { done } : { done, html: output.page.unit(view) };
}

/** A batch of units planned: each unit's output, and their sections of the HTML page as UTF-8 (each after a line break). */
export interface UnitsReply {
  /** Each unit's output, in the order of the batch, up to the first whose planning stopped the run. */
  readonly units: UnitOutput[];
  /** The sections of the planned units, each after a line break (the page's first has none: the command drops it). */
  readonly html?: Uint8Array;
}

/**
 * Plans a batch of units in order, up to the first whose planning stops the run. The HTML
 * sections are encoded here, so that a worker thread hands over bytes (transferred, not
 * copied), into one of the `spare` buffers when one is large enough: the command hands
 * the buffers it has written back, so that a long page does not leave a trail of buffers
 * waiting for the garbage collector.
 */
export function planUnits(setup: RosterSetup, output: RosterOutput, jobs: readonly UnitJob[], keepPlans = false, spare: ArrayBuffer[] = []): UnitsReply {
  const units: UnitOutput[] = [];
  let html = '';
  for (const job of jobs) {
    const { done, html: section } = planUnit(setup, output, job, keepPlans);
    units.push(done);
    if (section !== undefined) html += `\n${section}`;
    if (done.failure !== undefined) break;
  }
  if (output.page === undefined) return { units };
  // UTF-8 takes at most three bytes a UTF-16 unit.
  const most = 3 * html.length;
  const at = spare.findIndex((buffer) => buffer.byteLength >= most);
  const buffer = at === -1 ? new ArrayBuffer(Math.max(most, 1 << 20)) : spare.splice(at, 1)[0]!;
  const { written } = new TextEncoder().encodeInto(html, new Uint8Array(buffer));
  return { units, html: new Uint8Array(buffer, 0, written) };
}

/** A `roster` run's setup as plain data, given to each worker once (the output's details come with each batch). */
export interface RosterWorkerSetup {
  readonly task: 'roster';
  readonly source: SourceData;
  readonly performance: PerformanceFile | undefined;
  readonly policy: Policy;
  readonly month: string;
  readonly calendar: CalendarOverrides | undefined;
}

/** A batch of units sent to a worker, with what each is written as, and buffers written and handed back (transferred). */
export interface UnitsRequest {
  readonly output: RosterOutputData;
  readonly jobs: readonly UnitJob[];
  readonly spare: readonly ArrayBuffer[];
}

/** The setup of a `roster` run as plain data (what a worker gets). */
export function rosterSetupData(setup: RosterSetup): RosterWorkerSetup {
  return { task: 'roster', source: sourceData(setup.source), performance: setup.performance, policy: setup.policy, month: setup.month, calendar: setup.calendar };
}

/** The setup again from its plain data, in a worker: the policy checked and sealed again. */
export function restoreRosterSetup(data: RosterWorkerSetup): RosterSetup {
  return { source: restoreSource(data.source), performance: data.performance, policy: parsePolicy(data.policy), month: data.month, calendar: data.calendar };
}

/**
 * The answerer of a worker thread: plans each batch of units, and returns the reply and the
 * HTML's bytes to transfer. Buffers handed back are kept for the next batches.
 */
export function unitsAnswerer(setup: RosterSetup): (request: UnitsRequest) => [UnitsReply, ArrayBuffer[]] {
  const spare: ArrayBuffer[] = [];
  return (request) => {
    spare.push(...request.spare);
    const reply = planUnits(setup, rosterOutputOf(setup, request.output), request.jobs, false, spare);
    return [reply, reply.html === undefined ? [] : [reply.html.buffer as ArrayBuffer]];
  };
}
