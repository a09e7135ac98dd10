/**
 * The working calendar: which days are working days and how many minutes each holds.
 *
 * Working days are Monday to Friday (Perpres 21/2023 Pasal 3) minus the national
 * holidays (libur nasional) and cuti bersama set each year by the SKB 3 Menteri. Built
 * in, one data file a year: 2023 (239 working days) and 2024 (238) as finally in force,
 * 2025 (237) and 2026 (240), each with its Ramadan as set by the Kemenag sidang isbat;
 * and 2027 as a provisional year (fixed-date holidays exact, movable ones expected, no
 * cuti bersama), refused unless `calendar.allowProvisional` is set and marked
 * `provisional` when used. A policy's `calendar` section and each call's options add
 * regional holidays, remove or move dates (a Kemenag decision moves Idul Adha), and
 * supply whole years (`calendarFromHolidayList` reads them from a spreadsheet's rows); a
 * year without data is an `InputError`, never a silent "no holidays".
 * Dates are `YYYY-MM-DD` strings in WIB, computed without `Date`: the host time zone
 * plays no part.
 *
 * @example
 * ```ts
 * import { isWorkingDay, workingDaysInMonth, dailySchedule } from 'kerja-dinamis/calendar';
 * import { jabarMkd2025 } from 'kerja-dinamis/policy';
 *
 * isWorkingDay('2025-08-18');
 * //=> false (cuti bersama, 80th Independence Day)
 * workingDaysInMonth('2026-05').length;
 * //=> 16
 * dailySchedule('2026-03-06', { policy: jabarMkd2025 }).breakMinutes; // a Friday in Ramadan
 * //=> 60
 * ```
 *
 * @module calendar
 */
export { holidaysInYear } from './holidaysInYear';
export { isWorkingDay } from './isWorkingDay';
export { workingDaysInMonth } from './workingDaysInMonth';
export { workingWeeksOfMonth, type WorkingWeek } from './workingWeeksOfMonth';
export { dailySchedule, type DailySchedule, type ScheduleOptions } from './dailySchedule';
export { CalendarOptionsSchema, type CalendarOptions } from './options';
export type { Holiday, DayScheduleCore } from './compiled';
export { BUILT_IN_CALENDAR } from './holidays';
export { isIsoDate, isIsoMonth, weekdayOf, datesBetween } from './dates';
export { calendarFromHolidayList, HOLIDAY_LIST_KINDS, type HolidayListEntry, type HolidayListKind, type HolidayListOptions } from './holidayList';
export {
  HOLIDAY_KINDS,
  type HolidayKind,
  type HolidayEntry,
  type HolidayMove,
  type RamadanPeriod,
  type CalendarYearData,
  type CalendarOverrides,
} from '../policy/sections/calendar';
