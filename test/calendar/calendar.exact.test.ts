/**
 * Exact refusals and orders of the calendar, written for the survivors of its mutation
 * run (docs/testing.md): the messages of a removal or move of a day that is no holiday,
 * the conflict of two policies, and the date order of a year's holidays once a
 * calendar adds its own.
 */
import { describe, expect, it } from 'vitest';
import { isInputError } from '../../src/_lib/errors';
import { holidaysInYear, isWorkingDay } from '../../src/calendar/index';
import { jabarMkd2025, jabarMkd2026 } from '../../src/policy/index';
import { allocateWorkPatterns } from '../../src/work-pattern/index';

const problems = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (isInputError(error)) return error.issues.map((i) => ({ path: i.path.join('.'), code: i.code, message: i.message }));
    throw error;
  }
  return [];
};

describe('calendar overrides refused, exactly', () => {
  it('says a day that is no holiday cannot be removed', () => {
    expect(problems(() => isWorkingDay('2026-01-06', { removed: ['2026-01-06'] }))).toStrictEqual([
      {
        path: 'options.removed.0',
        code: 'calendar_not_a_holiday',
        message: { id: 'Tanggal 2026-01-06 bukan hari libur dalam kalender, jadi tidak dapat dihapus', en: '2026-01-06 is not a holiday of the calendar, so it cannot be removed' },
      },
    ]);
  });

  it('says a day that is no holiday cannot be moved', () => {
    expect(problems(() => isWorkingDay('2026-01-06', { moved: [{ from: '2026-01-06', to: '2026-01-07' }] }))).toStrictEqual([
      {
        path: 'options.moved.0.from',
        code: 'calendar_not_a_holiday',
        message: { id: 'Tanggal 2026-01-06 bukan hari libur dalam kalender, jadi tidak dapat dipindahkan', en: '2026-01-06 is not a holiday of the calendar, so it cannot be moved' },
      },
    ]);
  });

  it('refuses a calendar policy that differs from the one given, at its path (a JavaScript caller: the type has no such key)', () => {
    const input = { unit: { id: 'u' }, month: '2026-02', employees: [{ id: 'A', flexibleDaysPerWeek: 1 }] };
    expect(problems(() => allocateWorkPatterns(input, jabarMkd2025, { calendar: { policy: jabarMkd2026 } as never }))).toStrictEqual([
      {
        path: 'options.calendar.policy',
        code: 'conflicting_policy',
        message: {
          id: 'Kebijakan di opsi berbeda dari kebijakan yang diberikan sebagai argumen; berikan satu saja',
          en: 'The policy in the options differs from the policy given as an argument; give only one',
        },
      },
    ]);
    expect(problems(() => allocateWorkPatterns(input, jabarMkd2025, { calendar: { policy: jabarMkd2025 } as never }))).toEqual([]);
  });
});

describe('a year with added holidays', () => {
  it('lists every holiday once, in date order, the added ones in their place', () => {
    const name = { id: 'Hari daerah', en: 'Regional day' };
    const dates = holidaysInYear(2026, {
      added: [
        { date: '2026-12-30', kind: 'LIBUR_DAERAH', name },
        { date: '2026-01-05', kind: 'LIBUR_DAERAH', name },
      ],
    }).map((h) => h.date);
    expect(dates).toEqual([...dates].sort());
    expect(new Set(dates).size).toBe(dates.length);
    expect(dates.slice(0, 3)).toEqual(['2026-01-01', '2026-01-05', '2026-01-16']);
    expect(dates.at(-1)).toBe('2026-12-30');
    expect(dates).toEqual([...holidaysInYear(2026).map((h) => h.date), '2026-01-05', '2026-12-30'].sort());
  });
});
