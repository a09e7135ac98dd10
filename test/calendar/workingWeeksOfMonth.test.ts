import { describe, expect, it } from 'vitest';
import { workingDaysInMonth, workingWeeksOfMonth } from '../../src/calendar/index';
import { codesOf, issuesOf } from '../_helpers/input-error';

describe('workingWeeksOfMonth', () => {
  it('clips the ISO weeks of January 2026 to the month', () => {
    const weeks = workingWeeksOfMonth('2026-01');
    expect(weeks.map((w) => [w.week, w.start, w.end, w.workingDates.length])).toEqual([
      ['2026-W01', '2026-01-01', '2026-01-04', 1], // 1 Jan is a holiday; Friday 2 Jan works
      ['2026-W02', '2026-01-05', '2026-01-11', 5],
      ['2026-W03', '2026-01-12', '2026-01-18', 4], // Isra Mikraj on Friday 16 Jan
      ['2026-W04', '2026-01-19', '2026-01-25', 5],
      ['2026-W05', '2026-01-26', '2026-01-31', 5],
    ]);
    expect(weeks[0]?.dates).toEqual(['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04']);
  });

  it('labels the last days of December 2025 with ISO week 2026-W01', () => {
    const last = workingWeeksOfMonth('2025-12').at(-1);
    expect(last).toEqual({
      week: '2026-W01',
      start: '2025-12-29',
      end: '2025-12-31',
      dates: ['2025-12-29', '2025-12-30', '2025-12-31'],
      workingDates: ['2025-12-29', '2025-12-30', '2025-12-31'],
    });
  });

  it('starts with a full week when the month starts on a Monday', () => {
    const first = workingWeeksOfMonth('2025-09')[0];
    expect(first?.week).toBe('2025-W36');
    expect(first?.dates).toHaveLength(7);
    expect(first?.workingDates).toEqual(['2025-09-01', '2025-09-02', '2025-09-03', '2025-09-04']); // Maulid Friday 5 Sep
  });

  it('has the same working dates as workingDaysInMonth, week by week', () => {
    for (const month of ['2025-03', '2025-04', '2026-02', '2026-05', '2026-12']) {
      expect(workingWeeksOfMonth(month).flatMap((w) => w.workingDates)).toEqual(workingDaysInMonth(month));
    }
  });

  it('rejects a month in a year without data', () => {
    expect(codesOf(issuesOf(() => workingWeeksOfMonth('2022-12')))).toEqual(['calendar_year_missing']);
  });
});
