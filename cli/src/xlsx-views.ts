/**
 * The results as `.xlsx` sheets (`--format xlsx`): eligibility decisions and
 * early-warning months as one sheet each, streamed row by row; the roster as an index
 * sheet plus one sheet per unit with day cells coloured as on the HTML calendar (past
 * {@link MAX_UNIT_SHEETS} units, one sheet with a unit column); and the templates, with
 * their Text columns formatted as Text.
 */
import { DAY_COLOURS, UNMET_COLOUR, type RosterPageView, type RosterUnitView } from './html';
import type { UnitPlan } from './roster-view';
import { sheetTextOf } from './sheet-text';
import { TEMPLATE_EXAMPLES, isTextColumn, readCell, type Template } from './templates';
import type { CliText, DayCode, GateCode, Lang } from './text';
import { sheetLink, sheetNames, type FilledCell, type SheetCellValue, type SheetColumn, type WorkbookWriter } from './xlsx-write';

/**
 * Above this many units the roster is written as one sheet with a unit column instead of
 * one sheet per unit: a workbook of hundreds of tabs cannot be browsed, and each sheet
 * costs memory while the workbook is written.
 */
export const MAX_UNIT_SHEETS = 200;

/** The columns of the decisions sheet: those of the CSV, typed. */
export function decisionColumns(t: CliText, gates: readonly GateCode[]): SheetColumn[] {
  const c = t.columns;
  return [
    { header: c.nip, kind: 'text', width: 20 },
    { header: c.name, kind: 'general', width: 28 },
    { header: c.unit, kind: 'general', width: 22 },
    { header: c.status, kind: 'general', width: 15 },
    { header: c.maxFlexible, kind: 'number' },
    ...gates.map((g): SheetColumn => ({ header: t.gateColumn[g], kind: 'general' })),
    { header: c.policy, kind: 'general', width: 16 },
    { header: c.asOf, kind: 'date', width: 12 },
    { header: c.reasons, kind: 'general', width: 80 },
  ];
}


/** The columns of the early-warning sheet: those of the CSV, typed (the score a number, MKD allowed a yes/no). */
export function warningColumns(t: CliText): SheetColumn[] {
  const c = t.columns;
  return [
    { header: c.nip, kind: 'text', width: 20 },
    { header: c.month, kind: 'text', width: 9 },
    { header: c.score, kind: 'number' },
    { header: c.predikat, kind: 'general', width: 16 },
    { header: c.classification, kind: 'general', width: 14 },
    { header: c.level, kind: 'general', width: 18 },
    { header: c.flaggedStreak, kind: 'number' },
    { header: c.cleanStreak, kind: 'number' },
    { header: c.mkdAllowed, kind: 'boolean' },
    { header: c.mkdAllowedFor, kind: 'text', width: 12 },
    { header: c.reasons, kind: 'general', width: 80 },
  ];
}

const DAY_CODES: readonly DayCode[] = ['KANTOR', 'FLEKSIBEL', 'LAPANGAN', 'CUTI', 'LIBUR'];

/**
 * Writes a roster: an index sheet (a row per unit with its counts, a link to its sheet,
 * its notes, then the colour legend) and a sheet per unit — employees as rows, a column
 * per date holding the day's code filled with the HTML calendar's colour, then the
 * on-site, required and met rows, short days filled red. Past {@link MAX_UNIT_SHEETS}
 * units, one roster sheet holds every unit, with a unit column.
 */
export async function writeRosterWorkbook(book: WorkbookWriter, view: RosterPageView, plans: readonly UnitPlan[], t: CliText, lang: Lang): Promise<void> {
  const s = sheetTextOf(lang).book;
  const c = t.columns;
  const perUnit = view.units.length <= MAX_UNIT_SHEETS;
  const names = perUnit ? sheetNames(view.units.map((u) => u.unitId), [s.index]) : sheetNames([s.roster], [s.index]);

  const index = await book.addSheet(s.index, [
    { header: c.unit, kind: 'text', width: 24 },
    { header: s.sheet, kind: 'general', width: 24 },
    { header: s.employees, kind: 'number' },
    { header: s.eligible, kind: 'number' },
    { header: s.notEligible, kind: 'number' },
    { header: s.indeterminate, kind: 'number' },
    { header: c.granted, kind: 'number' },
    { header: c.entitled, kind: 'number' },
    { header: s.unmetDays, kind: 'number' },
    { header: s.notes, kind: 'general', width: 80 },
  ]);
  for (const [i, unit] of view.units.entries()) {
    const plan = plans[i]!.plan;
    const status = plan.decisions.summary.byStatus;
    const sheet = perUnit ? names[i]! : names[0]!;
    await index.addRow([
      unit.unitId,
      sheetLink(sheet, sheet),
      unit.rows.length,
      status.ELIGIBLE,
      status.NOT_ELIGIBLE,
      status.INDETERMINATE,
      plan.allocation.totals.granted,
      plan.allocation.totals.entitled,
      unit.coverage.filter((x) => x.enforced && !x.met).length,
      unit.notes.join(' | '),
    ]);
  }
  await index.addRow([]);
  await index.addRow([{ value: s.legend, bold: true }]);
  for (const d of DAY_CODES) await index.addRow([{ value: d, fill: DAY_COLOURS[d] }, t.day[d]]);
  await index.addRow([{ value: '!', fill: UNMET_COLOUR }, t.roster.unmet]);
  await index.addRow([view.policy]);
  index.commit();

  const dates = view.units[0]?.dates ?? [];
  const columns = (withUnit: boolean): SheetColumn[] => [
    ...(withUnit ? [{ header: c.unit, kind: 'text', width: 22 } as const] : []),
    { header: c.nip, kind: 'text', width: 20 },
    { header: c.name, kind: 'general', width: 28 },
    { header: c.status, kind: 'general', width: 15 },
    { header: c.maxFlexible, kind: 'number' },
    { header: c.granted, kind: 'number' },
    { header: c.collective, kind: 'number' },
    ...dates.map((d): SheetColumn => ({ header: d, kind: 'general', width: 11 })),
  ];
  if (perUnit) {
    for (const [i, unit] of view.units.entries()) {
      const sheet = await book.addSheet(names[i]!, columns(false), { frozenColumns: 2 });
      for (const row of unitRows(unit, t)) await sheet.addRow(row);
      sheet.commit();
    }
  } else {
    const sheet = await book.addSheet(names[0]!, columns(true), { frozenColumns: 3 });
    for (const unit of view.units) for (const row of unitRows(unit, t)) await sheet.addRow([unit.unitId, ...row]);
    sheet.commit();
  }
}

/** A unit's rows: an employee per row, then the on-site, required and met rows. */
function unitRows(unit: RosterUnitView, t: CliText): (SheetCellValue | FilledCell)[][] {
  const rows: (SheetCellValue | FilledCell)[][] = unit.rows.map((row) => [
    row.nip,
    row.name,
    row.status,
    row.maxFlexible,
    row.granted,
    row.collective,
    ...row.days.map((d): FilledCell => ({ value: d, fill: DAY_COLOURS[d] })),
  ]);
  const byDate = new Map(unit.coverage.map((x) => [x.date, x]));
  const line = (label: string, pick: (x: NonNullable<ReturnType<typeof byDate.get>>) => SheetCellValue | FilledCell): (SheetCellValue | FilledCell)[] => [
    undefined,
    `(${label})`,
    undefined,
    undefined,
    undefined,
    undefined,
    ...unit.dates.map((d) => (byDate.has(d) ? pick(byDate.get(d)!) : undefined)),
  ];
  rows.push(line(t.roster.onSite, (x) => (x.enforced && !x.met ? { value: x.onSite, fill: UNMET_COLOUR, bold: true } : x.onSite)));
  rows.push(line(t.roster.required, (x) => x.required));
  rows.push(line(t.roster.met, (x) => (x.met ? t.yes : t.no)));
  return rows;
}

/**
 * Writes a template as a workbook: the header row, and with `examples` the example rows
 * (numbers as numbers, everything else as the text a user would type); the Text columns
 * of the template (see `isTextColumn`) are formatted as Text for the rows to come too.
 */
export async function writeTemplateWorkbook(book: WorkbookWriter, template: Template, examples: boolean): Promise<void> {
  const columns = template.columns.map((col): SheetColumn => ({
    header: col.name,
    kind: isTextColumn(col) ? 'text' : col.kind === 'number' || col.kind === 'integer' ? 'number' : 'general',
    width: Math.max(col.name.length + 2, 12),
  }));
  const sheet = await book.addSheet(template.name, columns);
  if (examples) {
    for (const example of TEMPLATE_EXAMPLES[template.name]) {
      await sheet.addRow(
        template.columns.map((col) => {
          const text = example[col.name];
          if (text === undefined) return undefined;
          if (col.kind !== 'number' && col.kind !== 'integer') return text;
          const read = readCell(col, text);
          return read.ok ? (read.value as number) : text;
        }),
      );
    }
  }
  sheet.commit();
}
