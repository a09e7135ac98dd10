import fc from 'fast-check';
import { WORKING_WEEKDAYS, _daysInMonth, _formatIsoDate, _epochDay } from '../../src/_lib/dates';
import type { WorkPatternEmployee, WorkPatternInput } from '../../src/work-pattern/index';
import { mutualPairs } from './solver';

const weekdayArb = fc.constantFrom(...WORKING_WEEKDAYS);
const weekdaysArb = fc.uniqueArray(weekdayArb, { maxLength: 2 });

/** Months with built-in calendar data. */
export const monthArb = fc.tuple(fc.constantFrom(2025, 2026), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);

export interface UnitOptions {
  readonly maxEmployees: number;
  readonly pins: boolean;
}

/** A valid unit-month input: mutual pairs, disjoint on-site and field weekdays, leave and pins inside the month. */
export function unitInputArb({ maxEmployees, pins }: UnitOptions): fc.Arbitrary<WorkPatternInput> {
  return fc
    .record({
      month: monthArb,
      n: fc.integer({ min: 1, max: maxEmployees }),
      anchor: fc.option(weekdayArb, { nil: undefined }),
      percent: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
      headcount: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
      servesPublicDirectly: fc.boolean(),
      withCarryIn: fc.boolean(),
    })
    .chain(({ month, n, anchor, percent, headcount, servesPublicDirectly, withCarryIn }) => {
      const [y, m] = month.split('-').map(Number) as [number, number];
      const days = _daysInMonth(y, m);
      const dateArb = fc.integer({ min: 1, max: days }).map((d) => _formatIsoDate(_epochDay(y, m, d)));
      const employeeArb = fc.record({
        flexibleDaysPerWeek: fc.integer({ min: 0, max: 5 }),
        capException: fc.option(fc.constantFrom('TUGAS_LUAR' as const, 'KEADAAN_KHUSUS' as const), { nil: undefined, freq: 5 }),
        onsite: weekdaysArb,
        field: weekdaysArb,
        leave: fc.uniqueArray(dateArb, { maxLength: 4 }),
        preferred: weekdaysArb,
      });
      return fc
        .record({
          employees: fc.array(employeeArb, { minLength: n, maxLength: n }),
          pairs: fc.array(fc.integer({ min: 0, max: n - 1 }), { maxLength: n }),
          carry: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: n, maxLength: n }),
          history: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: n, maxLength: n }),
          pinned: fc.array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), dateArb), { maxLength: pins ? 6 : 0 }),
        })
        .map(({ employees, pairs, carry, history, pinned }) => {
          const ids = employees.map((_, i) => `e${String(i).padStart(2, '0')}`);
          const partner = mutualPairs(pairs, n);
          const list: WorkPatternEmployee[] = employees.map((e, i) => {
            const onsite = e.onsite;
            const field = e.field.filter((d) => !onsite.includes(d));
            return {
              id: ids[i]!,
              flexibleDaysPerWeek: e.flexibleDaysPerWeek,
              ...(e.capException !== undefined ? { capException: e.capException } : {}),
              ...(onsite.length > 0 ? { onsiteWeekdays: onsite } : {}),
              ...(field.length > 0 ? { fieldWeekdays: field } : {}),
              ...(e.leave.length > 0 ? { leaveDates: e.leave } : {}),
              ...(e.preferred.length > 0 ? { preferredWeekdays: e.preferred } : {}),
              ...(partner[i]! >= 0 ? { backupPartner: ids[partner[i]!]! } : {}),
            };
          });
          const seen = new Set<string>();
          const pinList = pinned
            .map(([i, date]) => ({ employeeId: ids[i]!, date }))
            .filter((p) => !seen.has(`${p.employeeId}${p.date}`) && (seen.add(`${p.employeeId}${p.date}`), true));
          return {
            unit: {
              id: 'unit',
              ...(anchor !== undefined ? { anchorWeekdays: [anchor] } : {}),
              ...(percent !== undefined ? { minOnsitePercent: percent } : {}),
              ...(headcount !== undefined ? { minOnsiteHeadcount: headcount } : {}),
              servesPublicDirectly,
            },
            month,
            employees: list,
            ...(withCarryIn ? { carryIn: Object.fromEntries(ids.map((id, i) => [id, carry[i]!])) } : {}),
            history: Object.fromEntries(ids.map((id, i) => [id, history[i]!])),
            ...(pinList.length > 0 ? { pinned: pinList } : {}),
          } satisfies WorkPatternInput;
        });
    });
}
