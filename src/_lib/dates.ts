/**
 * Calendar dates as integers: the number of days since 1970-01-01 ("epoch day").
 *
 * Why not `Date`: a `Date` is an instant, and reading its day back depends on the
 * host time zone (a WIB date parsed on a machine in Los Angeles is the day before).
 * Plain integer arithmetic on the proleptic Gregorian calendar (H. Hinnant's
 * `days_from_civil`) has no time zone at all, and is faster.
 */

/** ISO weekday names in Bahasa Indonesia, Monday first (ISO 8601 day 1 … 7). */
export const WEEKDAYS = ['SENIN', 'SELASA', 'RABU', 'KAMIS', 'JUMAT', 'SABTU', 'MINGGU'] as const;

/** A day of the week: `SENIN` (Monday) … `MINGGU` (Sunday). */
export type Weekday = (typeof WEEKDAYS)[number];

/** The five working weekdays of Perpres 21/2023, Monday to Friday. */
export const WORKING_WEEKDAYS = ['SENIN', 'SELASA', 'RABU', 'KAMIS', 'JUMAT'] as const satisfies readonly Weekday[];

/** Smallest and largest year the library accepts: four digits, no year 0. */
export const _MIN_YEAR = 1000;
export const _MAX_YEAR = 9999;

/** Whether a year is a Gregorian leap year. */
export function _isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month (1–12) of a year. */
export function _daysInMonth(year: number, month: number): number {
  if (month === 2) return _isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Epoch day of a valid civil date (Hinnant, days_from_civil). */
export function _epochDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Civil date of an epoch day (Hinnant, civil_from_days). */
export function _civil(epochDay: number): { year: number; month: number; day: number } {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Value of `length` ASCII digits of `text` from `at`, or -1 when one is not a digit. */
function digits(text: string, at: number, length: number): number {
  let value = 0;
  for (let i = at; i < at + length; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    value = value * 10 + c;
  }
  return value;
}

/**
 * Epoch day of a strict `YYYY-MM-DD` string, or `undefined` when the text is not
 * of that form or names a day that does not exist (`2026-02-30`).
 * Hand-rolled rather than a RegExp: it sits on every hot path that takes a date.
 */
export function _parseIsoDate(text: string): number | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  if (year < _MIN_YEAR || month < 1 || month > 12 || day < 1 || day > _daysInMonth(year, month)) return undefined;
  return _epochDay(year, month, day);
}

/** Year and month (1–12) of a strict `YYYY-MM` string, or `undefined`. */
export function _parseIsoMonth(text: string): { year: number; month: number } | undefined {
  if (text.length !== 7 || text.charCodeAt(4) !== 45) return undefined;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  if (year < _MIN_YEAR || month < 1 || month > 12) return undefined;
  return { year, month };
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** `YYYY-MM-DD` of an epoch day. */
export function _formatIsoDate(epochDay: number): string {
  const { year, month, day } = _civil(epochDay);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** `YYYY-MM` of a year and month. */
export function _formatIsoMonth(year: number, month: number): string {
  return `${year}-${pad2(month)}`;
}

/** ISO weekday of an epoch day: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function _isoWeekdayNumber(epochDay: number): number {
  return ((((epochDay + 3) % 7) + 7) % 7) + 1;
}

/** Weekday name of an epoch day. */
export function _weekdayOf(epochDay: number): Weekday {
  return WEEKDAYS[_isoWeekdayNumber(epochDay) - 1] as Weekday;
}

/** Epoch day of the Monday that starts the ISO week containing `epochDay`. */
export function _isoWeekStart(epochDay: number): number {
  return epochDay - (_isoWeekdayNumber(epochDay) - 1);
}

/**
 * ISO 8601 week label `YYYY-Www` of an epoch day (the week belongs to the year of
 * its Thursday).
 */
export function _isoWeekLabel(epochDay: number): string {
  const thursday = _isoWeekStart(epochDay) + 3;
  const { year } = _civil(thursday);
  const week = Math.floor((thursday - _epochDay(year, 1, 1)) / 7) + 1;
  return `${year}-W${pad2(week)}`;
}

/**
 * The same day `months` later, clamped to the end of a shorter month
 * (2024-02-29 + 12 months = 2025-02-28).
 */
export function _addMonths(epochDay: number, months: number): number {
  const { year, month, day } = _civil(epochDay);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return _epochDay(y, m, Math.min(day, _daysInMonth(y, m)));
}

/** Whole months from `fromDay` to `toDay` (negative when `toDay` is earlier); a month counts once its day is reached. */
export function _monthsBetween(fromDay: number, toDay: number): number {
  const a = _civil(fromDay);
  const b = _civil(toDay);
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  if (months > 0 && _addMonths(fromDay, months) > toDay) months -= 1;
  if (months < 0 && _addMonths(fromDay, months) < toDay) months += 1;
  return months;
}

/** Epoch day of 1 Muharram 1 AH in the tabular (arithmetic) Islamic calendar: 16 July 622 Julian. */
const ISLAMIC_EPOCH = -492148;

/**
 * The Hijri year a day falls in, by the tabular Islamic calendar (30-year cycle). The
 * tabular calendar may differ from the dates Kemenag decides by rukyat and hisab by a day or two,
 * so it is used only for the year of a date well inside it, such as a day of Ramadan.
 */
export function _hijriYearOf(epochDay: number): number {
  return Math.floor((30 * (epochDay - ISLAMIC_EPOCH) + 10646) / 10631);
}
