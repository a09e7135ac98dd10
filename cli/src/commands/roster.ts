/**
 * `kerja-dinamis roster <file> --month YYYY-MM`: every record decided as of the 1st of
 * the month and each unit's month planned (`planMonth`), as a table, CSV or JSON, and
 * with `--html` a calendar page fit to print and sign (agency, signature block, print
 * date: `--agency`, `--sign-*`, `--printed-on`).
 */
import { isInputError } from 'kerja-dinamis';
import { EntityIdSchema, validate, type InputIssue, type RejectedRecord } from 'kerja-dinamis';
import { planMonth } from 'kerja-dinamis';
import { EmployeeRecordSchema } from 'kerja-dinamis';
import { policyRefOf } from 'kerja-dinamis';
import { WorkPatternInputSchema, type WorkPatternUnit } from 'kerja-dinamis';
import { calendarOption, finish, open, openPerformanceOption, openProblems, type Ctx } from '../context';
import { NipCounter, attachPerformance, duplicateProblem, nipOf, rawNip, recordProblems, toRecord } from '../employees';
import { rosterHtmlPage } from '../html';
import { CliFailure, readAll, type Source } from '../input';
import { Progress, shareRead } from '../progress';
import { onePositional } from '../options';
import { BOM, csvDelimiter, openForWriting, openTarget } from '../output';
import { nipKey } from '../performance-file';
import { resolvePolicy } from '../policy';
import { monthHolidays, printOptionsOf } from '../print';
import { problemsOf, type ProblemLog, type RowProblem } from '../problems';
import { pageHead, pageView, rosterCsvHeader, rosterCsvUnit, rosterTableEnd, rosterTableTitle, rosterTableUnit, unitView, type UnitPlan } from '../roster-view';
import { EMPLOYEE_TEMPLATE, UNITS_TEMPLATE, mergeRowIssues, readRowCells, type CellIssue } from '../templates';
import { textOf } from '../text';
import type { Cell } from '../values';
import { writeRosterWorkbook } from '../xlsx-views';
import { WorkbookWriter } from '../xlsx-write';

/** Reads the `--units` file: each row checked with the library's unit schema. */
async function loadUnits(source: Source, month: string, problems: ProblemLog): Promise<{ units: Map<string, WorkPatternUnit>; read: number; rejected: number }> {
  const units = new Map<string, WorkPatternUnit>();
  const rowOf = new Map<string, number>();
  let read = 0;
  let rejected = 0;
  for (const raw of await readAll(source)) {
    let value: unknown;
    let cellIssues: CellIssue[] = [];
    if (raw.problem !== undefined) {
      // A row the reader could not read at all (a malformed CSV record, a bad JSON line).
      read++;
      rejected++;
      await problems.add(problemsOf(source, UNITS_TEMPLATE, raw.row, undefined, [{ path: [], ...raw.problem }]));
      continue;
    }
    if (raw.cells !== undefined) {
      const cells = readRowCells(source, raw);
      if (cells === undefined) continue;
      read++;
      if ('shape' in cells) {
        rejected++;
        await problems.add(problemsOf(source, UNITS_TEMPLATE, raw.row, undefined, [cells.shape]));
        continue;
      }
      value = cells.value;
      cellIssues = cells.issues;
    } else {
      read++;
      value = raw.value;
    }
    const checked = validate(WorkPatternInputSchema, { unit: value, month, employees: [] });
    if (!checked.ok || cellIssues.length > 0) {
      rejected++;
      const libraryIssues = checked.ok ? [] : checked.issues.map((i) => ({ ...i, path: i.path.slice(1) }));
      await problems.add(problemsOf(source, UNITS_TEMPLATE, raw.row, undefined, mergeRowIssues(UNITS_TEMPLATE, cellIssues, libraryIssues)));
      continue;
    }
    const unit = checked.value.unit;
    const first = rowOf.get(unit.id);
    if (first !== undefined) {
      rejected++;
      const id = textOf('id').unitSettingsTwice(unit.id, first);
      const en = textOf('en').unitSettingsTwice(unit.id, first);
      await problems.add(problemsOf(source, UNITS_TEMPLATE, raw.row, undefined, [{ path: ['id'], code: 'duplicate_unit', message: { id, en } }]));
      continue;
    }
    rowOf.set(unit.id, raw.row);
    units.set(unit.id, unit);
  }
  return { units, read, rejected };
}

/**
 * A row waiting for its unit's `planMonth`, not yet validated (the library validates it
 * there, once). A CSV row is kept as its cells joined by {@link SEP} (one flat string,
 * about the size of the row in the file) and read again when its unit is planned; a
 * record of another source (a sheet, JSON) is kept as it is.
 */
interface WaitingRow {
  readonly row: number;
  /** The NIP as written, for a record kept as it is (a CSV row's is read from its cells again: a cell cut from the file's text would keep that text in memory). */
  readonly nip?: string | undefined;
  readonly data: string | Record<string, unknown>;
}

/** A rejected row: its row number and every problem of it. */
interface RejectedRow {
  readonly row: number;
  readonly problems: RowProblem[];
}

/** Joins a CSV row's cells while it waits for its unit (a character a cell holds only by accident; such a row keeps its record). */
const SEP = '\u0000';

/** The cells of a waiting CSV row as one string, or `undefined` if a cell holds {@link SEP} or is not text. */
function compactCells(cells: readonly Cell[]): string | undefined {
  for (const cell of cells) if (typeof cell !== 'string' || cell.includes(SEP)) return undefined;
  return cells.join(SEP);
}

/** Runs `roster`; returns the exit code. */
export async function runRoster(ctx: Ctx): Promise<number> {
  const { io, t, lang, args } = ctx;
  const file = onePositional(args, t);
  const month = args.values.month;
  if (month === undefined) throw new CliFailure([t.requiredOption('--month', 'roster')]);
  // Print options are checked before any file is read: a typo costs no work.
  const print = printOptionsOf(ctx, 'roster');
  const policy = await resolvePolicy(io, t, lang, args.values.policy, `${month}-01`);
  const calendar = await calendarOption(ctx);
  const source = await open(ctx, file, EMPLOYEE_TEMPLATE, true);
  const problems = await openProblems(ctx);
  const summaries: string[] = [];

  const performance = await openPerformanceOption(ctx, problems, summaries);
  let settings = new Map<string, WorkPatternUnit>();
  if (args.values.units !== undefined) {
    const loaded = await loadUnits(await open(ctx, args.values.units, UNITS_TEMPLATE), month, problems);
    settings = loaded.units;
    summaries.push(t.summary(args.values.units, loaded.read, loaded.read - loaded.rejected, loaded.rejected));
  }

  // Every row read first, and repeated NIPs counted over every row, as eligibility counts
  // them: assessUnit rejects every row of a repeated NIP, and so does the command, with the
  // row's other problems. A row whose cells could be read waits for its unit's planMonth,
  // which validates it (once) and rejects it with its issues if it is bad; the problems of
  // every row are written in the order of the file once every unit is planned.
  let read = 0;
  const nips = new NipCounter();
  const rejectedRows: RejectedRow[] = [];
  const early: (RejectedRow & { readonly nip: string | undefined })[] = [];
  // Waiting rows by the unit id their record names (a unit id is planned only if it is one:
  // a record naming a bad one is validated here, and its issues reported).
  const byUnit = new Map<string, WaitingRow[]>();
  let waiting = 0;
  const unitIds = new Map<string, boolean>();
  const plannable = (id: unknown): id is string => {
    if (typeof id !== 'string') return false;
    let ok = unitIds.get(id);
    if (ok === undefined) unitIds.set(id, (ok = validate(EntityIdSchema, id).ok));
    return ok;
  };
  // A sheet's row may carry cell issues of the reader's own: its record is kept as built.
  const compact = source.kind === 'csv';
  const reading = new Progress(ctx, shareRead(source));
  for await (const raw of source.rows) {
    await reading.tick();
    const built = toRecord(source, raw);
    if (built === undefined) continue;
    read++;
    const nip = rawNip(source, raw);
    if (nip !== undefined) nips.add(nip, raw.row);
    const joined = built.ok ? attachPerformance(source, raw.row, built.record, performance) : built;
    if (!joined.ok) {
      early.push({ row: raw.row, nip, problems: joined.problems });
      continue;
    }
    const unitId = joined.record['unitId'];
    if (!plannable(unitId)) {
      const checked = validate(EmployeeRecordSchema, joined.record);
      early.push({ row: raw.row, nip, problems: checked.ok ? [] : recordProblems(source, raw.row, nipOf(joined.record), checked.issues) });
      continue;
    }
    const cells = compact && raw.cells !== undefined && raw.issues === undefined ? compactCells(raw.cells) : undefined;
    const w: WaitingRow = cells === undefined ? { row: raw.row, nip, data: joined.record } : { row: raw.row, data: cells };
    const list = byUnit.get(unitId);
    // A fresh copy of the id as the key (not a slice of the file's text).
    if (list === undefined) byUnit.set(JSON.parse(JSON.stringify(unitId)) as string, [w]);
    else list.push(w);
    waiting++;
  }
  await reading.end();
  const repeatOf = (nip: string | undefined, row: number): RowProblem[] => {
    const seen = nip === undefined ? undefined : nips.get(nip);
    return seen !== undefined && seen.count > 1 ? duplicateProblem(source, row, nipKey(nip!), seen.firstRow) : [];
  };
  for (const e of early) rejectedRows.push({ row: e.row, problems: [...e.problems, ...repeatOf(e.nip, e.row)] });
  early.length = 0;
  // The record of a waiting row, as it was built when read, and its NIP as written.
  const recordOf = (w: WaitingRow): { record: Record<string, unknown>; nip: string | undefined } => {
    if (typeof w.data !== 'string') return { record: w.data, nip: w.nip };
    const raw = { row: w.row, cells: w.data.split(SEP) };
    const built = toRecord(source, raw);
    const joined = built?.ok === true ? attachPerformance(source, w.row, built.record, performance) : undefined;
    if (joined?.ok !== true) throw new Error(`roster: row ${w.row} read differently the second time`);
    return { record: joined.record, nip: rawNip(source, raw) };
  };
  // The problems of a row planMonth rejected: the schema's issues (as validate gives them) for
  // a record that is not valid, otherwise the planning's own issues.
  const plannedProblems = (w: WaitingRow, record: unknown, issues: readonly InputIssue[]): { valid: boolean; problems: RowProblem[] } => {
    const checked = validate(EmployeeRecordSchema, record);
    return checked.ok ? { valid: true, problems: recordProblems(source, w.row, checked.value.nip, issues) } : { valid: false, problems: recordProblems(source, w.row, nipOf(record), checked.issues) };
  };
  const writeRejected = async (): Promise<void> => {
    rejectedRows.sort((a, b) => a.row - b.row);
    for (const r of rejectedRows) await problems.add(r.problems);
    rejectedRows.length = 0;
  };

  const head = pageHead(month, policy, t, lang);
  // Read before any output is written: a calendar year without data stops the run cleanly.
  const holidays = print === undefined ? [] : monthHolidays(month, policy, calendar, lang);
  // Every output is opened before any is written: a bad path fails the run with no file replaced.
  const book = args.format === 'xlsx' ? await WorkbookWriter.open(io, t, args.values.out!) : undefined;
  const target = book === undefined ? await openTarget(io, t, args.values.out) : undefined;
  const html = args.values.html === undefined ? undefined : await openForWriting(io, t, args.values.html);
  const page = html === undefined || print === undefined ? undefined : rosterHtmlPage(head, t, lang, { ...print, holidays });
  // CSV, the table and the HTML page are written unit by unit, each unit's plan dropped
  // once written; JSON and the workbook keep every plan (their writers need them all).
  const keepPlans = book !== undefined || args.format === 'json';
  const text = target !== undefined && !keepPlans ? target : undefined;
  const plans: UnitPlan[] = [];
  let units = 0;
  if (page !== undefined) await html!.sink.write(page.start);
  if (text !== undefined && args.format !== 'csv') await text.out.push(rosterTableTitle(head, t).trimEnd());

  let planned = 0;
  const planning = new Progress(ctx, () => (waiting === 0 ? undefined : planned / waiting));
  for (const unitId of [...byUnit.keys()].sort()) {
    const rows = byUnit.get(unitId)!;
    byUnit.delete(unitId);
    // Every row of a repeated NIP rejected, with its own issues; the others planned.
    const kept: WaitingRow[] = [];
    const records: unknown[] = [];
    for (const w of rows) {
      const { record, nip } = recordOf(w);
      const repeat = repeatOf(nip, w.row);
      if (repeat.length === 0) {
        kept.push(w);
        records.push(record);
        continue;
      }
      const checked = validate(EmployeeRecordSchema, record);
      rejectedRows.push({ row: w.row, problems: [...(checked.ok ? [] : recordProblems(source, w.row, nipOf(record), checked.issues)), ...repeat] });
    }
    planned += rows.length;
    if (kept.length === 0) {
      await planning.tick(rows.length);
      continue;
    }
    const unit = settings.get(unitId) ?? { id: unitId };
    let plan;
    try {
      plan = planMonth(records, policy, { unit, month, ...(calendar === undefined ? {} : { calendar }) });
    } catch (error) {
      if (!isInputError(error)) throw error;
      await writeRejected();
      throw new CliFailure(error.issues.map((i) => `kerja-dinamis roster: ${i.message[lang]}`));
    }
    // The plan as if only the valid records had been given (as when the command validated
    // them first): the records planMonth found invalid are left out of its rejected list
    // and count, and the others' indexes count valid records only. A unit without a valid
    // record is not planned.
    let invalid = 0;
    const own: RejectedRecord[] = [];
    for (const r of plan.decisions.rejected) {
      const found = plannedProblems(kept[r.index]!, records[r.index], r.issues);
      rejectedRows.push({ row: kept[r.index]!.row, problems: found.problems });
      if (!found.valid) invalid++;
      else own.push({ ...r, index: r.index - invalid });
    }
    records.length = 0;
    if (invalid === kept.length) {
      await planning.tick(rows.length);
      continue;
    }
    if (invalid > 0) plan = { ...plan, decisions: { ...plan.decisions, rejected: own, summary: { ...plan.decisions.summary, rejected: own.length } } };
    if (keepPlans) plans.push({ unit, plan });
    if (text !== undefined || page !== undefined) {
      const view = unitView(unit, plan, t, lang);
      if (text !== undefined && args.format === 'csv') {
        if (units === 0) await text.out.push((text.file === undefined ? '' : BOM) + rosterCsvHeader(view.dates, t, csvDelimiter(lang)));
        await text.out.push(rosterCsvUnit(view, t, csvDelimiter(lang)));
      } else if (text !== undefined) {
        for (const line of rosterTableUnit(view, t)) await text.out.push(`\n${line.trimEnd()}`);
      }
      if (page !== undefined) await html!.sink.write(`${units === 0 ? '' : '\n'}${page.unit(view)}`);
    }
    units++;
    await planning.tick(rows.length);
  }
  await planning.end();
  const rejected = rejectedRows.length;
  await writeRejected();

  if (book !== undefined) {
    await writeRosterWorkbook(book, pageView(month, policy, plans, t, lang), plans, t, lang);
  } else if (target !== undefined) {
    if (args.format === 'json') {
      const json = { month, policy: policyRefOf(policy), units: plans.map(({ unit, plan }) => ({ unit, decisions: plan.decisions, allocation: plan.allocation, findings: plan.findings })) };
      await target.out.push(`${JSON.stringify(json, null, 2)}\n`);
    } else if (args.format === 'csv') {
      if (units === 0) await target.out.push((target.file === undefined ? '' : BOM) + rosterCsvHeader([], t, csvDelimiter(lang)));
    } else {
      await target.out.push(`${rosterTableEnd(t).map((l) => `\n${l.trimEnd()}`).join('')}\n`);
    }
  }
  if (page !== undefined) await html!.sink.write(`${units === 0 ? page.empty() : ''}${page.end}`);
  await book?.close();
  await target?.close();
  if (html !== undefined) {
    await html.close();
    summaries.push(t.demo.htmlWritten(args.values.html!));
  }
  return finish(ctx, problems, [t.summary(file, read, read - rejected, rejected), ...summaries], args.values.out);
}
