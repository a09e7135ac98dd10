/**
 * `kerja-dinamis roster <file> --month YYYY-MM`: every record decided as of the 1st of
 * the month and each unit's month planned (`planMonth`), as a table, CSV or JSON, and
 * with `--html` a calendar page fit to print and sign (agency, signature block, print
 * date: `--agency`, `--sign-*`, `--printed-on`).
 */
import { EntityIdSchema, validate } from 'kerja-dinamis';
import { EmployeeRecordSchema } from 'kerja-dinamis';
import { WorkPatternInputSchema, type WorkPatternUnit } from 'kerja-dinamis';
import { calendarOption, finish, open, openPerformanceOption, openProblems, type Ctx } from '../context';
import { PARALLEL_MIN_ROWS, WorkerPool, threadCount, workerScript } from '../decide-pool';
import { NipCounter, attachPerformance, duplicateProblem, nipOf, rawNip, rawUnitId, recordProblems, toRecord, withCells } from '../employees';
import { CliFailure, readAll, type RawRow, type Source } from '../input';
import { Progress, shareRead } from '../progress';
import { onePositional } from '../options';
import { BOM, csvDelimiter, openForWriting, openTarget } from '../output';
import { nipKey } from '../performance-file';
import { resolvePolicy } from '../policy';
import { monthHolidays, printOptionsOf } from '../print';
import { problemsOf, type ProblemLog, type RowProblem } from '../problems';
import { planUnits, rosterOutputOf, rosterSetupData, rowOf, unreadableRows, type RejectedRow, type RosterOutputData, type RosterSetup, type UnitJob, type UnitsReply, type UnitsRequest } from '../roster-units';
import { pageHead, pageView, rosterCsvHeader, rosterJsonPieces, rosterTableEnd, rosterTableTitle, type UnitPlan } from '../roster-view';
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

/** Units sent to be planned together: whole units, about this many rows (1,024 held more memory, no less time). */
const UNIT_BATCH_ROWS = 512;
/**
 * The young generation of `roster`'s workers, MB: smaller than `eligibility`'s 64, since
 * each planned unit's objects live longer; on 100,000 employees 64 MB cost 60–70 MB more
 * peak memory and no less time.
 */
const WORKER_YOUNG_MB = 48;

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
  // A CSV row without a quote is kept as its text until its unit is planned.
  const source = await open(ctx, file, EMPLOYEE_TEMPLATE, true, true);
  const problems = await openProblems(ctx);
  const summaries: string[] = [];

  const performance = await openPerformanceOption(ctx, problems, summaries);
  let settings = new Map<string, WorkPatternUnit>();
  if (args.values.units !== undefined) {
    const loaded = await loadUnits(await open(ctx, args.values.units, UNITS_TEMPLATE), month, problems);
    settings = loaded.units;
    summaries.push(t.summary(args.values.units, loaded.read, loaded.read - loaded.rejected, loaded.rejected));
  }
  const setup: RosterSetup = { source, performance, policy, month, calendar };
  // JSON and the workbook keep every plan (their writers need them all): planned on this
  // thread. CSV, the table and the HTML page are written unit by unit, each unit's plan
  // dropped once written, and a long CSV file's units are planned on worker threads.
  const keepPlans = args.format === 'xlsx' || args.format === 'json';
  const script = source.kind === 'csv' && !keepPlans ? workerScript() : undefined;
  let pool: WorkerPool<UnitsRequest, UnitsReply> | undefined;
  let threads = 0;
  // The workers start while the file is read, once it is long enough for them.
  const startWorkers = (rows: number): void => {
    if (script === undefined || pool !== undefined) return;
    threads = threadCount(io.env ?? {}, rows);
    if (threads > 0) pool = new WorkerPool(script, threads, rosterSetupData(setup), WORKER_YOUNG_MB);
  };

  try {
    // Every row read first, and repeated NIPs counted over every row, as eligibility counts
    // them: assessUnit rejects every row of a repeated NIP, and so does the command, with the
    // row's other problems. A row is grouped by the unit id of its `unit` cell, read alone;
    // its other cells are read when its unit is planned, and planMonth validates its record
    // (once), rejecting it with its issues if it is bad. A row naming no unit id that can be
    // planned is read and reported here. The problems of every row are written in the order
    // of the file once every unit is planned.
    let read = 0;
    const nips = new NipCounter();
    const rejectedRows: RejectedRow[] = [];
    const early: (RejectedRow & { readonly nip: string | undefined })[] = [];
    // Waiting rows by the unit id their record names (a unit id is planned only if it is one:
    // a record naming a bad one is validated here, and its issues reported).
    const byUnit = new Map<string, { numbers: number[]; rows: (string | RawRow)[] }>();
    let waiting = 0;
    const unitIds = new Map<string, boolean>();
    const plannable = (id: unknown): id is string => {
      if (typeof id !== 'string') return false;
      let ok = unitIds.get(id);
      if (ok === undefined) unitIds.set(id, (ok = validate(EntityIdSchema, id).ok));
      return ok;
    };
    const wait = (unitId: string, raw: RawRow): void => {
      let list = byUnit.get(unitId);
      // A fresh copy of the id as the key (not a slice of the file's text).
      if (list === undefined) byUnit.set(JSON.parse(JSON.stringify(unitId)) as string, (list = { numbers: [], rows: [] }));
      list.numbers.push(raw.row);
      list.rows.push(raw.line ?? raw);
      waiting++;
    };
    const reading = new Progress(ctx, shareRead(source));
    startWorkers(0);
    for await (const raw of source.rows) {
      const drawn = reading.tick();
      if (drawn !== undefined) await drawn;
      const unitId = rawUnitId(source, raw);
      if (plannable(unitId)) {
        // A row with a unit id is not blank.
        read++;
        const nip = rawNip(source, raw);
        if (nip !== undefined) nips.add(nip, raw.row);
        wait(unitId, raw);
        if (read === PARALLEL_MIN_ROWS) startWorkers(read);
        continue;
      }
      const cells = withCells(source, raw);
      const built = toRecord(source, cells);
      if (built === undefined) continue;
      read++;
      const nip = rawNip(source, cells);
      if (nip !== undefined) nips.add(nip, raw.row);
      if (read === PARALLEL_MIN_ROWS) startWorkers(read);
      const joined = built.ok ? attachPerformance(source, raw.row, built.record, performance) : built;
      if (!joined.ok) {
        early.push({ row: raw.row, nip, problems: joined.problems });
        continue;
      }
      const recordUnit = joined.record['unitId'];
      if (plannable(recordUnit)) {
        wait(recordUnit, raw);
        continue;
      }
      const checked = validate(EmployeeRecordSchema, joined.record);
      early.push({ row: raw.row, nip, problems: checked.ok ? [] : recordProblems(source, raw.row, nipOf(joined.record), checked.issues) });
    }
    await reading.end();
    const repeatOf = (nip: string | undefined, row: number): RowProblem[] => {
      const seen = nip === undefined ? undefined : nips.get(nip);
      return seen !== undefined && seen.count > 1 ? duplicateProblem(source, row, nipKey(nip!), seen.firstRow) : [];
    };
    for (const e of early) rejectedRows.push({ row: e.row, problems: [...e.problems, ...repeatOf(e.nip, e.row)] });
    early.length = 0;
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
    const outputData: RosterOutputData = { format: keepPlans || target === undefined ? undefined : args.format === 'csv' ? 'csv' : 'table', lang, print: html === undefined || print === undefined ? undefined : { ...print, holidays } };
    const output = rosterOutputOf(setup, outputData);
    const text = outputData.format === undefined ? undefined : target;
    const page = output.page;
    const plans: UnitPlan[] = [];
    let units = 0;
    if (page !== undefined) await html!.sink.write(page.start);
    if (text !== undefined && args.format !== 'csv') await text.out.push(rosterTableTitle(head, t).trimEnd());

    // Units in the order of their ids, in batches of whole units: planned here, or on the
    // worker threads (at most two batches a worker in flight, so memory stays bounded),
    // and written in that order.
    startWorkers(read);
    const ids = [...byUnit.keys()].sort();
    let nextUnit = 0;
    const jobOf = (unitId: string): UnitJob => {
      const list = byUnit.get(unitId)!;
      byUnit.delete(unitId);
      const numbers = Int32Array.from(list.numbers);
      const repeats = new Map<string, number>();
      for (let i = 0; i < numbers.length; i++) {
        const nip = rawNip(source, rowOf({ numbers, rows: list.rows }, i));
        const seen = nip === undefined ? undefined : nips.get(nip);
        if (seen !== undefined && seen.count > 1) repeats.set(nip!, seen.firstRow);
      }
      return { unit: settings.get(unitId) ?? { id: unitId }, numbers, rows: list.rows, repeats };
    };
    const nextBatch = (): UnitJob[] | undefined => {
      if (nextUnit >= ids.length) return undefined;
      const jobs: UnitJob[] = [];
      for (let rows = 0; nextUnit < ids.length && rows < UNIT_BATCH_ROWS; ) {
        const job = jobOf(ids[nextUnit++]!);
        jobs.push(job);
        rows += job.rows.length;
      }
      return jobs;
    };
    const send = (jobs: UnitJob[]): Promise<UnitsReply> => {
      if (pool === undefined) return Promise.resolve(planUnits(setup, output, jobs, keepPlans, spare));
      const handed = spare.splice(0);
      const sent = pool.run({ output: outputData, jobs, spare: handed }, handed);
      // Awaited in order below; a failure meanwhile is not left unhandled.
      sent.catch(() => undefined);
      return sent;
    };
    const inFlight: { readonly jobs: UnitJob[]; readonly reply: Promise<UnitsReply> }[] = [];
    // Buffers of the page written, handed back to be written into again.
    const spare: ArrayBuffer[] = [];
    const limit = pool === undefined ? 1 : 2 * threads;
    let planned = 0;
    const planning = new Progress(ctx, () => (waiting === 0 ? undefined : planned / waiting));
    for (;;) {
      while (inFlight.length < limit) {
        const jobs = nextBatch();
        if (jobs === undefined) break;
        inFlight.push({ jobs, reply: send(jobs) });
      }
      const batch = inFlight.shift();
      if (batch === undefined) break;
      const reply = await batch.reply;
      // The batch's HTML sections, each after a line break but the page's first.
      const pageBefore = units;
      const writePage = async (): Promise<void> => {
        if (reply.html === undefined) return;
        if (reply.html.length > 0) await html!.writeBytes(pageBefore === 0 ? reply.html.subarray(1) : reply.html);
        // The buffer goes back to be written into again.
        spare.push(reply.html.buffer as ArrayBuffer);
      };
      for (let i = 0; i < reply.units.length; i++) {
        const done = reply.units[i]!;
        const job = batch.jobs[i]!;
        for (const r of done.rejected) rejectedRows.push(r);
        if (done.failure !== undefined) {
          // The run stops here, with the problems found so far: those of the units planned,
          // of this unit's rows, and of the rows of the units after it that cannot be read
          // (reported as if every row had been read before planning).
          await writePage();
          const later = [...batch.jobs.slice(i + 1), ...inFlight.flatMap((b) => b.jobs)];
          for (const rest of [...later, ...ids.slice(nextUnit).map(jobOf)]) for (const r of unreadableRows(setup, rest)) rejectedRows.push(r);
          await writeRejected();
          throw new CliFailure(done.failure.map((issue) => `kerja-dinamis roster: ${issue.message[lang]}`));
        }
        planned += job.rows.length;
        const written = done.written;
        if (written !== undefined) {
          if (keepPlans) plans.push({ unit: job.unit, plan: done.plan! });
          if (text !== undefined && args.format === 'csv' && units === 0) await text.out.push((text.file === undefined ? '' : BOM) + rosterCsvHeader(written.dates, t, csvDelimiter(lang)));
          if (text !== undefined) for (const piece of written.text) await text.out.push(piece);
          units++;
        }
        await planning.tick(job.rows.length);
      }
      await writePage();
    }
    await planning.end();
    const rejected = rejectedRows.length;
    await writeRejected();

    if (book !== undefined) {
      await writeRosterWorkbook(book, pageView(month, policy, plans, t, lang), plans, t, lang);
    } else if (target !== undefined) {
      if (args.format === 'json') {
        // Unit by unit: the whole document as one string fails past V8's longest string.
        for (const piece of rosterJsonPieces(month, policy, plans)) await target.out.push(piece);
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
    return await finish(ctx, problems, [t.summary(file, read, read - rejected, rejected), ...summaries], args.values.out);
  } finally {
    await pool?.close();
  }
}
