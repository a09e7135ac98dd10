import { describe, expect } from 'vitest';
import { it } from '@fast-check/vitest';
import { runs } from '../_helpers/runs';
import { WorkPatternInputSchema, _isWorkPatternInput } from '../../src/work-pattern/schema';
import { unitInputArb } from '../arbitraries/work-pattern';
import { corruptedArb, dataOf } from '../arbitraries/corrupt';

const validArb = unitInputArb({ maxEmployees: 8, pins: true });

describe('work-pattern input guard', () => {
  it.prop([validArb], { numRuns: runs(300) })('invariant: every valid generated unit passes the guard, and zod returns it unchanged', (input) => {
    expect(_isWorkPatternInput(input)).toBe(true);
    const parsed = WorkPatternInputSchema.safeParse(input);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toStrictEqual(input);
  });

  it.prop([corruptedArb(validArb)], { numRuns: runs(3000) })('invariant: the guard accepts only input the schema accepts and returns unchanged', (input) => {
    const parsed = WorkPatternInputSchema.safeParse(input);
    if (_isWorkPatternInput(input)) {
      expect(parsed.success).toBe(true);
      expect(dataOf(parsed.data)).toStrictEqual(dataOf(input));
    }
  });
});

describe('work-pattern input guard: each defect sends the input to zod', () => {
  const employee = { id: 'A', flexibleDaysPerWeek: 2, leaveDates: ['2026-02-10'], preferredWeekdays: ['JUMAT'] as const, backupPartner: 'B' };
  const valid = {
    unit: { id: 'u', anchorWeekdays: ['SENIN'] as const, minOnsitePercent: 50 },
    month: '2026-02',
    employees: [employee, { id: 'B', flexibleDaysPerWeek: 1, backupPartner: 'A' }],
    carryIn: { A: 1 },
    history: { B: 3 },
    pinned: [{ employeeId: 'A', date: '2026-02-12' }],
  };
  const withEmployee = (patch: Record<string, unknown>) => ({ ...valid, employees: [{ ...employee, ...patch }, valid.employees[1]] });

  it('accepts the valid unit', () => {
    expect(_isWorkPatternInput(valid)).toBe(true);
  });

  const defects: [string, unknown][] = [
    ['not an object', 'unit'],
    ['an array', [valid]],
    ['an unknown key', { ...valid, extra: 1 }],
    ['an optional key holding undefined', { ...valid, history: undefined }],
    ['a forbidden unit id', { ...valid, unit: { id: '__proto__' } }],
    // zod's record skips an own "__proto__" key; the schema refuses it, as it refuses "constructor".
    ['a record with an own "__proto__" key', { ...valid, history: JSON.parse('{"B": 3, "__proto__": 1}') as unknown }],
    ['a record with an own "constructor" key', { ...valid, carryIn: JSON.parse('{"constructor": 1}') as unknown }],
    ['an empty unit id', { ...valid, unit: { id: '' } }],
    ['a percent over 100', { ...valid, unit: { id: 'u', minOnsitePercent: 101 } }],
    ['a fractional head count', { ...valid, unit: { id: 'u', minOnsiteHeadcount: 1.5 } }],
    ['servesPublicDirectly not a boolean', { ...valid, unit: { id: 'u', servesPublicDirectly: 'ya' } }],
    ['a month that is not YYYY-MM', { ...valid, month: '2026-2' }],
    ['employees not an array', { ...valid, employees: {} }],
    ['a hole among employees', { ...valid, employees: [employee, valid.employees[1], ,] }],
    ['an entitlement of 6', withEmployee({ flexibleDaysPerWeek: 6 })],
    ['an entitlement as a string', withEmployee({ flexibleDaysPerWeek: '2' })],
    ['an unknown cap exception', withEmployee({ capException: 'CUTI' })],
    ['Saturday as a weekday', withEmployee({ onsiteWeekdays: ['SABTU'] })],
    ['six weekdays', withEmployee({ preferredWeekdays: ['SENIN', 'SELASA', 'RABU', 'KAMIS', 'JUMAT', 'SENIN'] })],
    ['a repeated weekday', withEmployee({ preferredWeekdays: ['JUMAT', 'JUMAT'] })],
    ['a day both on site and in the field', withEmployee({ onsiteWeekdays: ['RABU'], fieldWeekdays: ['RABU'] })],
    ['a leave date that does not exist', withEmployee({ leaveDates: ['2026-02-30'] })],
    ['a partner who is not mutual', withEmployee({ backupPartner: 'C' })],
    ['oneself as partner', withEmployee({ backupPartner: 'A' })],
    ['a duplicate employee', { ...valid, employees: [employee, valid.employees[1], employee] }],
    ['carry-in for a stranger', { ...valid, carryIn: { Z: 1 } }],
    ['carry-in over 5', { ...valid, carryIn: { A: 6 } }],
    ['carry-in with a symbol key', { ...valid, carryIn: { A: 1, [Symbol('s')]: 1 } }],
    ['a pin for a stranger', { ...valid, pinned: [{ employeeId: 'Z', date: '2026-02-12' }] }],
    ['a pin listed twice', { ...valid, pinned: [valid.pinned[0], valid.pinned[0]] }],
    ['a pin with an extra key', { ...valid, pinned: [{ ...valid.pinned[0], reason: 'x' }] }],
    ['a pin missing its date', { ...valid, pinned: [{ employeeId: 'A' }] }],
  ];
  it.each(defects)('refuses %s (zod rejects it too)', (_, input) => {
    expect(_isWorkPatternInput(input)).toBe(false);
    expect(WorkPatternInputSchema.safeParse(input).success).toBe(false);
  });

  // Stricter than zod where zod would change the data: it copies a class instance into
  // a plain object. The guard leaves it to zod.
  const hiddenMonth = { ...valid };
  Object.defineProperty(hiddenMonth, 'month', { value: valid.month, enumerable: false });
  const changedByZod: [string, unknown][] = [
    ['a class instance', Object.assign(new (class Unit {})(), valid)],
    ['a known key that is not enumerable (zod reads it; its copy shows it)', hiddenMonth],
  ];
  it.each(changedByZod)('leaves %s to zod, which accepts a changed copy', (_, input) => {
    expect(_isWorkPatternInput(input)).toBe(false);
    const parsed = WorkPatternInputSchema.safeParse(input);
    expect(parsed.success).toBe(true);
    expect(parsed.data).not.toStrictEqual(input);
  });
});
