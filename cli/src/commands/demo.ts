/**
 * `kerja-dinamis demo`: the whole chain on the built-in sample data — eligibility of 60
 * fictional ASN, the month's roster per unit, and the early-warning levels behind the
 * decisions. `npm run demo` runs it.
 */
import { GATES, assessUnit, planMonth } from 'kerja-dinamis';
import { evaluateEarlyWarning } from 'kerja-dinamis';
import { presets } from 'kerja-dinamis';
import { selectPolicy } from 'kerja-dinamis';
import type { Ctx } from '../context';
import { statusCountsLine, tableHeader, tableRow } from '../decisions-view';
import { DEMO_AS_OF, DEMO_DINAS, DEMO_MONTH, DEMO_PERFORMANCE_MONTHS, DEMO_UNITS, demoRecords } from '../demo-data';
import { renderRosterHtml } from '../html';
import { fit, monthInWords, openForWriting, openTarget } from '../output';
import { policyLabel } from '../policy';
import { monthHolidays, printOptionsOf } from '../print';
import { pageView, rosterTable, type UnitPlan } from '../roster-view';
import type { GateCode } from '../text';
import { CliFailure } from '../input';

/** Runs `demo`; returns the exit code (0). */
export async function runDemo(ctx: Ctx): Promise<number> {
  const { io, t, lang, args } = ctx;
  if (args.positionals.length > 0) throw new CliFailure([t.extraArgument(args.positionals[0]!, 'demo')]);
  const print = printOptionsOf(ctx, 'demo');
  const policy = selectPolicy(presets, { asOf: DEMO_AS_OF, jurisdiction: 'ID-JB' });
  const records = demoRecords();
  const target = await openTarget(io, t, undefined);
  const out = target.out;

  await out.push(`${t.demo.title}\n${t.demo.intro(DEMO_DINAS, DEMO_UNITS.length, records.length, DEMO_AS_OF, policyLabel(policy))}\n\n`);

  // 1. Eligibility of everyone on the decision date.
  const unit = assessUnit(records, policy, { asOf: DEMO_AS_OF });
  await out.push(`${t.demo.eligibility}\n\n${tableHeader(t, GATES as readonly GateCode[])}`);
  for (const decision of unit.results) await out.push(tableRow(decision, t, lang));
  await out.push(`\n${statusCountsLine(unit.summary.byStatus, t)}\n${t.gateLegend}\n\n`);

  // 2. The month planned per unit (decisions as of its 1st day, which is the decision date).
  const plans: UnitPlan[] = DEMO_UNITS.map((u) => ({ unit: u, plan: planMonth(records.filter((r) => r.unitId === u.id), policy, { unit: u, month: DEMO_MONTH }) }));
  const view = pageView(DEMO_MONTH, policy, plans, t, lang);
  await out.push(`${t.demo.roster(monthInWords(DEMO_MONTH, t))}\n\n${rosterTable(view, t)}\n`);

  // 3. The early warning behind the decisions: each employee's level month by month.
  const first = DEMO_PERFORMANCE_MONTHS[0];
  const last = DEMO_PERFORMANCE_MONTHS[DEMO_PERFORMANCE_MONTHS.length - 1]!;
  await out.push(`${t.demo.warnings(monthInWords(first, t), monthInWords(last, t))}\n\n`);
  const finalCounts: Record<string, number> = { NORMAL: 0, WASPADA: 0, PERINGATAN: 0, DICABUT: 0 };
  const lines: string[] = [];
  for (const r of records) {
    const months = r.performance?.months;
    if (months === undefined) continue;
    const result = evaluateEarlyWarning(months.map((m) => ({ ...m, employeeId: r.nip })), policy);
    finalCounts[result.finalState.level]!++;
    const path = result.months.map((m) => `${m.month} ${m.level}`).join(' → ');
    if (result.months.some((m) => m.level !== 'NORMAL')) lines.push(`${fit(r.name, 26)} ${path}`);
  }
  await out.push(`${lines.join('\n')}\n\n`);
  await out.push(`${Object.entries(finalCounts).map(([level, n]) => t.demo.warningsLine(level, n)).join(' · ')}\n\n`);

  if (args.values.html !== undefined && print !== undefined) {
    // The sample data's agency heads the page; it has no signatory.
    const page = { ...print, agency: DEMO_DINAS, holidays: monthHolidays(DEMO_MONTH, policy, undefined, lang) };
    const file = await openForWriting(io, t, args.values.html);
    await file.sink.write(renderRosterHtml(view, t, lang, page));
    await file.close();
    await out.push(`${t.demo.htmlWritten(args.values.html)}\n`);
  }
  await out.push(`${t.demo.tryIt}\n`);
  await target.close();
  return 0;
}
