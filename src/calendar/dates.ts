import { WEEKDAYS, _formatIsoDate, _parseIsoDate, _parseIsoMonth, _isoWeekdayNumber, type Weekday } from '../_lib/dates';
import { InputError, _issue } from '../_lib/errors';
import { _requireDate } from '../_lib/schema';

/**
 * Whether a value is a `YYYY-MM-DD` date that exists (no time zone involved).
 *
 * @param value - Anything.
 * @returns `true` for a real calendar date such as `2026-02-28`.
 *
 * @example
 * ```ts
 * import { isIsoDate } from 'kerja-dinamis/calendar';
 *
 * isIsoDate('2026-02-29');
 * //=> false
 * ```
 */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && _parseIsoDate(value) !== undefined;
}

/**
 * Whether a value is a `YYYY-MM` month.
 *
 * @param value - Anything.
 * @returns `true` for a month such as `2026-02`.
 *
 * @example
 * ```ts
 * import { isIsoMonth } from 'kerja-dinamis/calendar';
 *
 * isIsoMonth('2026-13');
 * //=> false
 * ```
 */
export function isIsoMonth(value: unknown): value is string {
  return typeof value === 'string' && _parseIsoMonth(value) !== undefined;
}

/**
 * The day of the week of a date, `SENIN` (Monday) … `MINGGU` (Sunday).
 *
 * @param date - `YYYY-MM-DD`.
 * @returns Its weekday.
 * @throws {@link InputError} for a date that does not exist.
 *
 * @example
 * ```ts
 * import { weekdayOf } from 'kerja-dinamis/calendar';
 *
 * weekdayOf('2026-01-01');
 * //=> 'KAMIS'
 * ```
 */
export function weekdayOf(date: string): Weekday {
  return WEEKDAYS[_isoWeekdayNumber(_requireDate(date, 'date')) - 1] as Weekday;
}

/** The longest range {@link datesBetween} lists: two years. */
const MAX_RANGE_DAYS = 731;

/**
 * Every date from `from` to `to`, both included.
 *
 * @param from - The first date, `YYYY-MM-DD`.
 * @param to - The last date, on or after `from`, at most two years later.
 * @returns The dates in order.
 * @throws {@link InputError} for a date that does not exist, a range that ends before it
 *   starts, or one longer than two years.
 *
 * @example
 * ```ts
 * import { datesBetween } from 'kerja-dinamis/calendar';
 *
 * datesBetween('2026-02-27', '2026-03-02');
 * //=> ['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']
 * ```
 */
export function datesBetween(from: string, to: string): string[] {
  const first = _requireDate(from, 'from');
  const last = _requireDate(to, 'to');
  if (last < first || last - first >= MAX_RANGE_DAYS) {
    throw new InputError([
      _issue(
        ['to'],
        'invalid_range',
        `Rentang tanggal ${from}–${to} harus berakhir pada atau setelah tanggal awal dan paling panjang dua tahun`,
        `The date range ${from}–${to} must end on or after its start and last at most two years`,
      ),
    ]);
  }
  const out: string[] = [];
  for (let day = first; day <= last; day++) out.push(_formatIsoDate(day));
  return out;
}
