import { _compileCalendar } from './compiled';
import type { CalendarOptions } from './options';
import { _dayIn } from './_wrap';

/**
 * Whether a date is a working day: Monday to Friday (Perpres 21/2023) and not a
 * national holiday, cuti bersama or added holiday. Pure arithmetic on the date: the
 * host time zone plays no part.
 *
 * @param date - The day, `YYYY-MM-DD` (WIB).
 * @param options - Calendar overrides, and optionally `policy` whose `calendar` section applies first.
 * @returns `true` on a working day.
 * @throws {@link InputError} when the date is malformed, its year has no calendar data
 *   (`calendar_year_missing`) or is provisional without `calendar.allowProvisional`
 *   (`calendar_year_provisional`), or the options are invalid.
 *
 * @example
 * ```ts
 * import { isWorkingDay } from 'kerja-dinamis/calendar';
 *
 * isWorkingDay('2026-03-23'); // cuti bersama, Idul Fitri 1447 Hijriah
 * //=> false
 * isWorkingDay('2026-03-25');
 * //=> true
 * isWorkingDay('2026-08-19', { added: [{ date: '2026-08-19', kind: 'LIBUR_DAERAH', name: { id: 'Hari Jadi Jawa Barat', en: 'West Java Day' } }] });
 * //=> false
 * ```
 */
export function isWorkingDay(date: string, options?: CalendarOptions): boolean {
  const calendar = _compileCalendar(undefined, options);
  return calendar.isWorkingDay(_dayIn(calendar, date));
}
