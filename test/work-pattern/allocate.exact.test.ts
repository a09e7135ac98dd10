/**
 * `allocateWorkPatterns` where the other tests do not look: written from the surviving
 * mutants of `src/work-pattern/allocate.ts` (docs/testing.md). Each test says which
 * rule of the allocation it pins.
 */
import { describe, expect, it } from 'vitest';
import { jabarMkd2025 } from '../../src/policy/index';
import { allocateWorkPatterns, type WorkPatternEmployee, type WorkPatternResult } from '../../src/work-pattern/index';

const WORKING_DAYS_FEB_2026 = ['02', '03', '04', '05', '06', '09', '10', '11', '12', '13', '18', '19', '20', '23', '24', '25', '26', '27'].map((d) => `2026-02-${d}`);
const FIELD = ['SENIN', 'SELASA', 'RABU', 'KAMIS', 'JUMAT'] as const;
const dayOf = (r: WorkPatternResult, id: string, date: string) => r.roster.find((x) => x.employeeId === id)!.days[r.dates.indexOf(date)];

describe('employees of different months in one unit each keep their own month', () => {
  // Months are cached by their leave, field-duty and flexible days, in a hash table:
  // 90 employees of 90 different months fill it past several collisions, so a lookup
  // that took another month's entry for its own would give someone else's leave.
  it('every employee has leave on their own leave day and field duty on their own weekday, and nowhere else', () => {
    const employees: WorkPatternEmployee[] = WORKING_DAYS_FEB_2026.flatMap((leave, i) =>
      FIELD.map((field, j) => ({ id: `p${String(i).padStart(2, '0')}-${j}`, flexibleDaysPerWeek: 2, leaveDates: [leave], fieldWeekdays: [field] })),
    );
    const r = allocateWorkPatterns({ unit: { id: 'bidang-a' }, month: '2026-02', employees, carryIn: {} }, jabarMkd2025);
    const weekday = (date: string) => FIELD[new Date(`${date}T12:00:00Z`).getUTCDay() - 1];
    for (const e of employees) {
      for (const date of WORKING_DAYS_FEB_2026) {
        const day = dayOf(r, e.id, date);
        if (date === e.leaveDates![0]) expect(day, `${e.id} ${date}`).toBe('CUTI');
        else if (weekday(date) === e.fieldWeekdays![0]) expect(day, `${e.id} ${date}`).toBe('LAPANGAN');
        else expect(['KANTOR', 'FLEKSIBEL'], `${e.id} ${date}`).toContain(day);
      }
    }
  });
});
