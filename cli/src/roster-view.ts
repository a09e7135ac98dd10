/**
 * A planned month (`planMonth` per unit) as the three outputs of `roster` and the HTML
 * page: the views hold what people read, built once from the library's results.
 */
import { WEEKDAYS, formatFinding, policyRefOf, weekdayOf } from 'kerja-dinamis';
import type { MonthPlan, Policy, WorkPatternUnit } from 'kerja-dinamis';
import { flexShown } from './html';
import type { RosterPageView, RosterUnitView } from './html';
import { csvCell, csvLine, fit, fitRight, monthInWords } from './output';
import type { CliText, Lang, StatusCode } from './text';

/** One unit's plan with its settings. */
export interface UnitPlan {
  /** The unit settings used. */
  readonly unit: WorkPatternUnit;
  /** The plan. */
  readonly plan: MonthPlan;
}

/** The summary sentences of a unit. */
export function unitNotes(plan: MonthPlan, t: CliText, lang: Lang): string[] {
  const s = plan.decisions.summary.byStatus;
  const a = plan.allocation;
  const notes = [t.roster.decisionsLine(s.ELIGIBLE, s.NOT_ELIGIBLE, s.INDETERMINATE), t.roster.grantedLine(a.totals.granted, a.totals.entitled)];
  const unmet = a.coverage.filter((c) => c.enforced && !c.met).map((c) => c.date);
  if (unmet.length > 0) notes.push(t.roster.unmetDays(unmet));
  if (a.shortfalls.length > 0) notes.push(t.roster.shortfallsLine(a.shortfalls.length));
  for (const f of plan.findings) notes.push(formatFinding(f, { locale: lang }));
  if (plan.decisions.rejected.length > 0) notes.push(t.roster.rejectedLine(plan.decisions.rejected.length));
  return notes;
}

/** One unit's view: its rows, coverage and notes. */
export function unitView(unit: WorkPatternUnit, plan: MonthPlan, t: CliText, lang: Lang): RosterUnitView {
  const decisionOf = new Map(plan.decisions.results.map((d) => [d.employeeId, d]));
  const patternOf = new Map(plan.allocation.patterns.map((p) => [p.employeeId, p]));
  return {
    unitId: unit.id,
    dates: plan.allocation.dates,
    rows: plan.allocation.roster.map((r) => {
      const d = decisionOf.get(r.employeeId);
      return {
        nip: r.employeeId,
        name: d?.name ?? r.employeeId,
        status: (d?.status ?? 'INDETERMINATE') as StatusCode,
        maxFlexible: d?.maxFlexibleDaysPerWeek ?? 0,
        granted: patternOf.get(r.employeeId)?.granted ?? 0,
        collective: patternOf.get(r.employeeId)?.collectiveDays ?? 0,
        days: r.days,
      };
    }),
    coverage: plan.allocation.coverage,
    notes: unitNotes(plan, t, lang),
  };
}

/** The page view of every unit. */
export function pageView(month: string, policy: Policy, plans: readonly UnitPlan[], t: CliText, lang: Lang): RosterPageView {
  return { ...pageHead(month, policy, t, lang), units: plans.map(({ unit, plan }) => unitView(unit, plan, t, lang)) };
}

/** The page view without its units (they are written one by one, see {@link unitView}). */
export function pageHead(month: string, policy: Policy, t: CliText, lang: Lang): RosterPageView {
  const ref = policyRefOf(policy);
  return { month, policy: t.roster.policy(ref.id, ref.version), policyName: policy.name[lang], policyId: ref.id, policyVersion: ref.version, units: [] };
}

const STATUS_MARK: Readonly<Record<StatusCode, string>> = { ELIGIBLE: '✓', NOT_ELIGIBLE: '✗', INDETERMINATE: '?' };

/** The roster as text: per unit its notes, a grid of day letters, and the coverage rows. */
export function rosterTable(view: RosterPageView, t: CliText): string {
  const lines: string[] = [rosterTableTitle(view, t), ...view.units.flatMap((unit) => rosterTableUnit(unit, t)), ...rosterTableEnd(t)];
  return `${lines.map((l) => l.trimEnd()).join('\n')}\n`;
}

/** The first line of the text roster. */
export function rosterTableTitle(view: RosterPageView, t: CliText): string {
  return `${t.roster.title(monthInWords(view.month, t))} · ${view.policy}`;
}

/** The lines of one unit in the text roster (each to be written after a line break). */
export function rosterTableUnit(unit: RosterUnitView, t: CliText): string[] {
  const lines: string[] = [];
  lines.push('', t.roster.unitTitle(unit.unitId));
  for (const note of unit.notes) lines.push(`  ${note}`);
  lines.push('');
  const days = unit.dates.map((d) => fitRight(String(Number(d.slice(8, 10))), 3)).join('');
  const weekdays = unit.dates.map((d) => fitRight(t.weekdayShort[WEEKDAYS.indexOf(weekdayOf(d))]!, 3)).join('');
  lines.push(`${fit(t.heads.name, 26)} ${fit(t.heads.flex, 5)}${days}`);
  lines.push(`${' '.repeat(32)}${weekdays}`);
  for (const row of unit.rows) {
    const cells = row.days.map((d) => fitRight(t.dayLetter[d], 3)).join('');
    lines.push(`${fit(row.name, 26)} ${fit(`${STATUS_MARK[row.status]} ${flexShown(row)}`, 5)}${cells}`);
  }
  const byDate = new Map(unit.coverage.map((c) => [c.date, c]));
  const onSite = unit.dates.map((d) => {
    const c = byDate.get(d);
    return fitRight(c === undefined ? '' : String(c.onSite), 3);
  });
  const unmet = unit.dates.map((d) => {
    const c = byDate.get(d);
    return fitRight(c !== undefined && c.enforced && !c.met ? '!' : '', 3);
  });
  const required = unit.dates.map((d) => {
    const c = byDate.get(d);
    return fitRight(c === undefined ? '' : String(c.required), 3);
  });
  lines.push(`${fit(t.roster.onSite, 32)}${onSite.join('')}`);
  lines.push(`${fit(t.roster.required, 32)}${required.join('')}`);
  if (unmet.some((x) => x.trim() !== '')) lines.push(`${fit(t.roster.unmet, 32)}${unmet.join('')}`);
  return lines;
}

/** The legend lines that end the text roster. */
export function rosterTableEnd(t: CliText): string[] {
  return [
    '',
    `${(['KANTOR', 'FLEKSIBEL', 'LAPANGAN', 'CUTI', 'LIBUR'] as const).map((d) => `${t.dayLetter[d]} ${t.day[d]}`).join(' · ')} · ! ${t.roster.unmet}`,
    `✓ ${t.status.ELIGIBLE} · ✗ ${t.status.NOT_ELIGIBLE} · ? ${t.status.INDETERMINATE} · ${t.flexLegend}`,
  ];
}

/** The roster as CSV: one row per employee with a column per date, then per unit the on-site, required and met rows. */
export function rosterCsv(view: RosterPageView, t: CliText, delimiter: string): string {
  let text = rosterCsvHeader(view.units[0]?.dates ?? [], t, delimiter);
  for (const unit of view.units) text += rosterCsvUnit(unit, t, delimiter);
  return text;
}

/** The header line of the CSV roster (the dates are the first unit's). */
export function rosterCsvHeader(dates: readonly string[], t: CliText, delimiter: string): string {
  const c = t.columns;
  return csvLine([c.unit, c.nip, c.name, c.status, c.maxFlexible, c.granted, c.collective, ...dates], delimiter);
}

/** One unit's lines of the CSV roster. */
export function rosterCsvUnit(unit: RosterUnitView, t: CliText, delimiter: string): string {
  let text = '';
  // The day cells, written once each: a unit's rows hold a handful of statuses.
  const dayCells = new Map<string, string>();
  const dayCell = (day: string): string => {
    let cell = dayCells.get(day);
    if (cell === undefined) dayCells.set(day, (cell = csvCell(day, delimiter)));
    return cell;
  };
  for (const row of unit.rows) {
    let line = csvLine([unit.unitId, row.nip, row.name, row.status, row.maxFlexible, row.granted, row.collective], delimiter).slice(0, -1);
    for (const day of row.days) line += delimiter + dayCell(day);
    text += `${line}\n`;
  }
  const byDate = new Map(unit.coverage.map((x) => [x.date, x]));
  const line = (label: string, pick: (x: NonNullable<ReturnType<typeof byDate.get>>) => string | number): string =>
    csvLine([unit.unitId, '', `(${label})`, '', '', '', '', ...unit.dates.map((d) => (byDate.has(d) ? pick(byDate.get(d)!) : ''))], delimiter);
  text += line(t.roster.onSite, (x) => x.onSite);
  text += line(t.roster.required, (x) => x.required);
  text += line(t.roster.met, (x) => (x.met ? t.yes : t.no));
  return text;
}

/**
 * `roster --format json` as pieces of text, unit by unit: the same bytes as
 * `JSON.stringify({ month, policy, units }, null, 2)` and a line break, without ever
 * holding the whole document as one string (a month of 100,000 employees is more text
 * than V8's longest string). Each unit is indented by two levels; a string in JSON has no
 * raw line break, so indenting after each line break is exact.
 */
export function* rosterJsonPieces(month: string, policy: Policy, plans: readonly UnitPlan[]): Generator<string> {
  const head = JSON.stringify({ month, policy: policyRefOf(policy) }, null, 2);
  if (plans.length === 0) {
    yield `${head.slice(0, -2)},\n  "units": []\n}\n`;
    return;
  }
  yield `${head.slice(0, -2)},\n  "units": [`;
  let first = true;
  for (const { unit, plan } of plans) {
    const json = JSON.stringify({ unit, decisions: plan.decisions, allocation: plan.allocation, findings: plan.findings }, null, 2);
    yield `${first ? '' : ','}\n    ${json.replaceAll('\n', '\n    ')}`;
    first = false;
  }
  yield '\n  ]\n}\n';
}
