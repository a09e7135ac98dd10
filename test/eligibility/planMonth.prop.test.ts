import { expect } from 'vitest';
import { it, fc } from '@fast-check/vitest';
import { planMonth, type EmployeeRecord } from '../../src/eligibility/index';
import { jabarMkd2025 } from '../../src/policy/index';
import { fullRecordArb } from '../arbitraries/eligibility';
import { runs } from '../_helpers/runs';

/**
 * Records of one unit with the roster wishes that are valid alone but not together: a
 * backup partner who is oneself or another record of the unit (mutual or not), and
 * weekday lists that may repeat a day.
 */
const unitRecordsArb: fc.Arbitrary<EmployeeRecord[]> = fc
  .array(fc.tuple(fullRecordArb, fc.nat(), fc.constantFrom('none', 'self', 'other'), fc.boolean()), { minLength: 1, maxLength: 6 })
  .map((rows) => {
    const nips = rows.map(([r]) => r.nip);
    return rows.map(([r, k, partner, repeat]) => {
      const roster: Record<string, unknown> = { ...r.roster };
      if (partner === 'self') roster['backupPartnerNip'] = r.nip;
      if (partner === 'other') roster['backupPartnerNip'] = nips[k % nips.length]!;
      const days = (r.roster?.preferredWeekdays ?? ['SENIN']) as string[];
      if (repeat && days.length < 5) roster['preferredWeekdays'] = [...days, days[0]];
      return { ...r, unitId: 'u', roster } as EmployeeRecord;
    });
  });

it.prop([unitRecordsArb], { numRuns: runs(60) })('invariant: planMonth never throws for records of the unit — each is decided or rejected, and only decided ones are rostered', (records) => {
  const plan = planMonth(records, jabarMkd2025, { unit: { id: 'u' }, month: '2026-03' });
  const decided = new Set(plan.decisions.results.map((d) => d.employeeId));
  const rejected = new Set(plan.decisions.rejected.map((r) => r.index));
  records.forEach((r, i) => expect(decided.has(r.nip) || rejected.has(i), `record ${i}`).toBe(true));
  expect(plan.allocation.roster.map((row) => row.employeeId).sort()).toStrictEqual([...decided].sort());
});
