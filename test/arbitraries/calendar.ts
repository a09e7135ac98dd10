import fc from 'fast-check';
import { _epochDay, _formatIsoDate, _formatIsoMonth } from '../../src/_lib/dates';
import type { HolidayEntry } from '../../src/policy/sections/calendar';
import { LISTED_DATES, SETTLED_YEARS } from '../calendar/_domain';

/** Epoch days of the built-in settled years (not the provisional 2027), 2023-01-01 … 2026-12-31. */
export const builtInDayArb = fc.integer({ min: _epochDay(SETTLED_YEARS[0], 1, 1), max: _epochDay(SETTLED_YEARS[SETTLED_YEARS.length - 1]!, 12, 31) });

/** `YYYY-MM-DD` dates of the built-in settled years. */
export const builtInDateArb = builtInDayArb.map(_formatIsoDate);

/** `YYYY-MM` months of the built-in settled years. */
export const builtInMonthArb = fc
  .tuple(fc.constantFrom(...SETTLED_YEARS), fc.integer({ min: 1, max: 12 }))
  .map(([year, month]) => _formatIsoMonth(year, month));

/** Dates of the built-in settled years that are not a listed holiday (test/calendar/_domain.ts). */
export const freeDateArb = builtInDateArb.filter((date) => !LISTED_DATES.has(date));

/** A regional holiday on a date of the built-in settled years that is not already a holiday. */
export const regionalHolidayArb: fc.Arbitrary<HolidayEntry> = fc.record({
  date: freeDateArb,
  kind: fc.constant('LIBUR_DAERAH' as const),
  name: fc.record({
    id: fc.constantFrom('Hari Jadi Provinsi Jawa Barat', 'Hari Jadi Kota Bandung', 'Libur daerah'),
    en: fc.constantFrom('West Java Day', 'Bandung City Day', 'Regional holiday'),
  }),
});

/** A listed holiday of the built-in settled years. */
export const listedDateArb = fc.constantFrom(...LISTED_DATES);
