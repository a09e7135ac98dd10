/**
 * `kerja-dinamis roster <file> --month YYYY-MM`: every record decided as of the 1st of
 * the month and each unit's month planned (`planMonth`), as a table, CSV or JSON, and
 * with `--html` a calendar page fit to print and sign (agency, signature block, print
 * date: `--agency`, `--sign-*`, `--printed-on`).
 */
import { isInputError } from 'kerja-dinamis';
import { validate } from 'kerja-dinamis';
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

interface ValidRow {
  readonly row: number;
  readonly record: Record<string, unknown>;
  readonly nip: string;
  readonly unitId: string;
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

  // Every row checked first, so that a bad row is reported with its row number, and
  // repeated NIPs counted over every row, as eligibility counts them: assessUnit rejects
  // every row of a repeated NIP, and so does the command, with the row's other problems.
  let read = 0;
  let rejected = 0;
  const nips = new NipCounter();
  const checkedRows: { row: number; nip: string | undefined; problems: RowProblem[]; valid?: ValidRow }[] = [];
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
      checkedRows.push({ row: raw.row, nip, problems: joined.problems });
      continue;
    }
    const checked = validate(EmployeeRecordSchema, joined.record);
    if (!checked.ok) {
      checkedRows.push({ row: raw.row, nip, problems: recordProblems(source, raw.row, nipOf(joined.record), checked.issues) });
      continue;
    }
    checkedRows.push({ row: raw.row, nip, problems: [], valid: { row: raw.row, record: joined.record, nip: checked.value.nip, unitId: checked.value.unitId } });
  }
  await reading.end();
  const byUnit = new Map<string, ValidRow[]>();
  let valid = 0;
  for (const c of checkedRows) {
    const seen = c.nip === undefined ? undefined : nips.get(c.nip);
    const repeated = seen !== undefined && seen.count > 1;
    if (repeated || c.valid === undefined) {
      rejected++;
      await problems.add([...c.problems, ...(repeated ? duplicateProblem(source, c.row, nipKey(c.nip!), seen.firstRow) : [])]);
      continue;
    }
    const list = byUnit.get(c.valid.unitId);
    if (list === undefined) byUnit.set(c.valid.unitId, [c.valid]);
    else list.push(c.valid);
    valid++;
  }
  checkedRows.length = 0;

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
  const planning = new Progress(ctx, () => (valid === 0 ? undefined : planned / valid));
  for (const unitId of [...byUnit.keys()].sort()) {
    const rows = byUnit.get(unitId)!;
    byUnit.delete(unitId);
    const unit = settings.get(unitId) ?? { id: unitId };
    let plan;
    try {
      plan = planMonth(rows.map((r): unknown => r.record), policy, { unit, month, ...(calendar === undefined ? {} : { calendar }) });
    } catch (error) {
      if (!isInputError(error)) throw error;
      throw new CliFailure(error.issues.map((i) => `kerja-dinamis roster: ${i.message[lang]}`));
    }
    for (const r of plan.decisions.rejected) {
      const row = rows[r.index]!;
      rejected++;
      await problems.add(recordProblems(source, row.row, row.nip, r.issues));
    }
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
    planned += rows.length;
    await planning.tick(rows.length);
  }
  await planning.end();

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
