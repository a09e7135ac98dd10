/**
 * Built-in working-calendar data: one file per year in `./years`, each a frozen
 * {@link CalendarYearData} naming its sources (the SKB 3 Menteri with its number and date,
 * amendments, Keppres, and the Kemenag sidang isbat for Ramadan):
 *
 * - 2023 (239 working days) and 2024 (238), as finally in force, for replaying decisions
 *   since the 2023 launch of MKD;
 * - 2025 (237) and 2026 (240);
 * - 2027 provisional: fixed dates exact, movable ones expected, no cuti bersama; used only
 *   with `calendar.allowProvisional`.
 *
 * A year is data only: replacing the provisional 2027 with the SKB later is one data file
 * (`years/2027.ts`) and its test; nothing here or in the compiled calendar changes. Islamic
 * dates may still be moved by the Minister of Religious Affairs: use `moved` in a policy's or
 * the options' `calendar` section (docs/calendar.md).
 */
import type { CalendarYearData } from '../policy/sections/calendar';
import { CALENDAR_2023 } from './years/2023';
import { CALENDAR_2024 } from './years/2024';
import { CALENDAR_2025 } from './years/2025';
import { CALENDAR_2026 } from './years/2026';
import { CALENDAR_2027 } from './years/2027';

/**
 * The built-in years, oldest first, frozen: 2023–2026 as set by their SKB 3 Menteri (and
 * amendments and Keppres) with Ramadan from the Kemenag sidang isbat, each named in its
 * `source`; 2027 `provisional`, its movable holidays and Ramadan `approximate`.
 */
export const BUILT_IN_CALENDAR: readonly CalendarYearData[] = /* @__PURE__ */ Object.freeze([CALENDAR_2023, CALENDAR_2024, CALENDAR_2025, CALENDAR_2026, CALENDAR_2027]);
