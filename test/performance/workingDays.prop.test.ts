import { describe, expect } from 'vitest';
import { it, fc } from '@fast-check/vitest';
import { workingDaysInMonth } from '../../src/calendar/index';
import { _compileCalendar } from '../../src/calendar/compiled';
import { definePolicy, jabarMkd2025 } from '../../src/policy/index';
import { _workingDaysOf } from '../../src/performance/scoreMonthlyPerformance';
import { builtInMonthArb, listedDateArb, regionalHolidayArb } from '../arbitraries/calendar';

// Scoring counts a month's working days from the holiday list (weekdays less the holidays
// on them) instead of asking day by day; the public calendar is the oracle.
describe('the working days of a month used by scoring', () => {
  it.prop([builtInMonthArb, fc.array(regionalHolidayArb, { maxLength: 3 }), fc.option(listedDateArb, { nil: undefined })])(
    'equal workingDaysInMonth under the same policy, overrides included',
    (month, added, removed) => {
      const unique = added.filter((h, i) => added.findIndex((x) => x.date === h.date) === i);
      const policy = definePolicy(jabarMkd2025, { id: 'regional', calendar: { added: unique, removed: removed === undefined ? [] : [removed] } });
      expect(_workingDaysOf(_compileCalendar(policy), month, [])).toBe(workingDaysInMonth(month, { policy }).length);
    },
  );
});
