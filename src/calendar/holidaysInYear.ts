import { _compileCalendar, type Holiday } from './compiled';
import type { CalendarOptions } from './options';
import { _yearIn } from './_wrap';

/**
 * Every non-working day of a year besides weekends: the national holidays (libur
 * nasional) and cuti bersama of the SKB 3 Menteri, after the policy's and the
 * options' overrides (regional holidays added, dates removed or moved, whole years
 * supplied). Holidays falling on a Saturday or Sunday are listed too.
 *
 * @param year - The Gregorian year, e.g. `2026`.
 * @param options - Calendar overrides, and optionally `policy` whose `calendar` section applies first.
 * @returns The holidays dated in that year, by date.
 * @throws {@link InputError} when the year has no data (built in: 2023 to 2026; code
 *   `calendar_year_missing`), is provisional (built in: 2027) without
 *   `calendar.allowProvisional` (`calendar_year_provisional`), or the year or options
 *   are invalid.
 *
 * @example
 * ```ts
 * import { holidaysInYear } from 'kerja-dinamis/calendar';
 *
 * holidaysInYear(2026).filter((h) => h.kind === 'CUTI_BERSAMA').length;
 * //=> 8
 * holidaysInYear(2026)[0];
 * //=> { date: '2026-01-01', kind: 'LIBUR_NASIONAL', name: { id: 'Tahun Baru 2026 Masehi', en: "New Year's Day" } }
 * holidaysInYear(2027, { allowProvisional: true })[1];
 * //=> { date: '2027-01-05', kind: 'LIBUR_NASIONAL',
 * //     name: { id: 'Isra Mikraj Nabi Muhammad S.A.W.', en: "Isra Mi'raj of the Prophet Muhammad" },
 * //     approximate: true, provisional: true }
 * ```
 */
export function holidaysInYear(year: number, options?: CalendarOptions): Holiday[] {
  const calendar = _compileCalendar(undefined, options);
  return [...calendar.holidaysInYear(_yearIn(calendar, year))];
}
