import { _daysInMonth, _epochDay, _formatIsoDate, _isoWeekLabel, _isoWeekdayNumber } from '../_lib/dates';
import { _compileCalendar } from './compiled';
import type { CalendarOptions } from './options';
import { _monthIn } from './_wrap';

/** One ISO week (Monday to Sunday) clipped to a month. */
export interface WorkingWeek {
  /** ISO 8601 week label, `YYYY-Www` (the week belongs to the year of its Thursday). */
  readonly week: string;
  /** First day of the week inside the month, `YYYY-MM-DD`. */
  readonly start: string;
  /** Last day of the week inside the month, `YYYY-MM-DD`. */
  readonly end: string;
  /** Every day of the week inside the month, in order. */
  readonly dates: readonly string[];
  /** The working days among `dates`. */
  readonly workingDates: readonly string[];
}

/**
 * The ISO weeks of a month, each clipped to the month, with its working days. Weekly
 * rules (flexible days per week, weekly minutes) count on these.
 *
 * @param month - The month, `YYYY-MM`.
 * @param options - Calendar overrides, and optionally `policy` whose `calendar` section applies first.
 * @returns The weeks touching the month, in order; the first and last may be partial.
 * @throws {@link InputError} when the month is malformed, its year has no calendar data
 *   (`calendar_year_missing`) or is provisional without `calendar.allowProvisional`
 *   (`calendar_year_provisional`), or the options are invalid.
 *
 * @example
 * ```ts
 * import { workingWeeksOfMonth } from 'kerja-dinamis/calendar';
 *
 * const weeks = workingWeeksOfMonth('2026-01');
 * weeks[0];
 * //=> { week: '2026-W01', start: '2026-01-01', end: '2026-01-04',
 * //     dates: ['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04'], workingDates: ['2026-01-02'] }
 * weeks.length;
 * //=> 5
 * ```
 */
export function workingWeeksOfMonth(month: string, options?: CalendarOptions): WorkingWeek[] {
  const calendar = _compileCalendar(undefined, options);
  const { year, month: m } = _monthIn(calendar, month);
  const first = _epochDay(year, m, 1);
  const end = first + _daysInMonth(year, m);
  const weeks: WorkingWeek[] = [];
  let day = first;
  while (day < end) {
    const weekEnd = Math.min(end, day + (8 - _isoWeekdayNumber(day)));
    const dates: string[] = [];
    const workingDates: string[] = [];
    for (let d = day; d < weekEnd; d++) {
      const text = _formatIsoDate(d);
      dates.push(text);
      if (calendar.isWorkingDay(d)) workingDates.push(text);
    }
    weeks.push({ week: _isoWeekLabel(day), start: dates[0] as string, end: dates[dates.length - 1] as string, dates, workingDates });
    day = weekEnd;
  }
  return weeks;
}
