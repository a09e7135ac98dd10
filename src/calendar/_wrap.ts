/** Argument checks shared by the public calendar functions. */
import { InputError, _issue } from '../_lib/errors';
import { _quote } from '../_lib/quote';
import { _MAX_YEAR, _MIN_YEAR, _civil, _parseIsoMonth } from '../_lib/dates';
import { IsoMonthSchema, _parse, _requireDate } from '../_lib/schema';
import type { _CompiledCalendar } from './compiled';

/** Epoch day of a `date` argument whose year the calendar has; throws InputError otherwise. */
export function _dayIn(calendar: _CompiledCalendar, date: unknown, name = 'date'): number {
  const day = _requireDate(date, name);
  const year = _civil(day).year;
  if (!calendar.hasYear(year)) throw calendar.yearError(year, [name]);
  return day;
}

/** Year and month of a `month` argument whose year the calendar has; throws InputError otherwise. */
export function _monthIn(calendar: _CompiledCalendar, month: unknown): { year: number; month: number } {
  const parsed = _parseIsoMonth(_parse(IsoMonthSchema, month, ['month'])) as { year: number; month: number };
  if (!calendar.hasYear(parsed.year)) throw calendar.yearError(parsed.year, ['month']);
  return parsed;
}

/** A `year` argument: an integer 1000–9999 the calendar has; throws InputError otherwise. */
export function _yearIn(calendar: _CompiledCalendar, year: unknown): number {
  if (typeof year !== 'number' || !Number.isInteger(year) || year < _MIN_YEAR || year > _MAX_YEAR) {
    throw new InputError([
      _issue(
        ['year'],
        'invalid_year',
        `Tahun tidak valid: ${_quote(year)}; harus bilangan bulat ${_MIN_YEAR}–${_MAX_YEAR}`,
        `Invalid year: ${_quote(year)}; it must be an integer ${_MIN_YEAR}–${_MAX_YEAR}`,
      ),
    ]);
  }
  if (!calendar.hasYear(year)) throw calendar.yearError(year, ['year']);
  return year;
}
