import { _daysInMonth, _epochDay, _formatIsoDate } from '../_lib/dates';
import { _compileCalendar } from './compiled';
import type { CalendarOptions } from './options';
import { _monthIn } from './_wrap';

/**
 * The working days of a month, in order.
 *
 * @param month - The month, `YYYY-MM`.
 * @param options - Calendar overrides, and optionally `policy` whose `calendar` section applies first.
 * @returns The working days as `YYYY-MM-DD` dates.
 * @throws {@link InputError} when the month is malformed, its year has no calendar data
 *   (`calendar_year_missing`) or is provisional without `calendar.allowProvisional`
 *   (`calendar_year_provisional`), or the options are invalid.
 *
 * @example
 * ```ts
 * import { workingDaysInMonth } from 'kerja-dinamis/calendar';
 *
 * workingDaysInMonth('2026-03').length;
 * //=> 17
 * workingDaysInMonth('2026-03').slice(0, 2);
 * //=> ['2026-03-02', '2026-03-03']
 * ```
 */
export function workingDaysInMonth(month: string, options?: CalendarOptions): string[] {
  const calendar = _compileCalendar(undefined, options);
  const { year, month: m } = _monthIn(calendar, month);
  const first = _epochDay(year, m, 1);
  const out: string[] = [];
  for (let day = first, end = first + _daysInMonth(year, m); day < end; day++) {
    if (calendar.isWorkingDay(day)) out.push(_formatIsoDate(day));
  }
  return out;
}
