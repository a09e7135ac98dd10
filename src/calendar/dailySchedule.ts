import { InputError, _issue } from '../_lib/errors';
import type { Policy } from '../policy/schema';
import { _compileCalendar, type DayScheduleCore, type Holiday } from './compiled';
import type { CalendarOptions } from './options';
import { _dayIn } from './_wrap';

/** The working hours of one date under a policy. */
export interface DailySchedule extends DayScheduleCore {
  /** The day, `YYYY-MM-DD`. */
  readonly date: string;
  /** The holiday that makes a weekday a non-working day, when there is one. */
  readonly holiday?: Holiday;
}

/**
 * Options of {@link dailySchedule}: those of every calendar function, with the policy
 * required, since working hours come from a policy's `schedule` section.
 */
export interface ScheduleOptions extends CalendarOptions {
  /** The policy whose `schedule` (and `calendar`) sections apply; required. */
  readonly policy: Policy;
}

/**
 * The working hours of a date under the policy's `schedule` section (Perpres 21/2023
 * Pasal 4: 37 h 30 min a week, breaks 60 min Monday–Thursday and 90 min Friday; in
 * Ramadan at least 32 h 30 min, breaks 30 / 60 min). A Ramadan day takes the hours the
 * policy sets for that Hijri year in `schedule.ramadanByYear` (Jabar: 1446 H and 1447 H),
 * else `schedule.ramadan`. A Saturday, Sunday or holiday is not a working day:
 * `workingDay: false`, `workMinutes: 0`, no start or end.
 *
 * @param date - The day, `YYYY-MM-DD` (WIB).
 * @param options - `policy`, whose `schedule` (and `calendar`) sections apply, required;
 *   calendar overrides on top of the policy's, as for every calendar function.
 * @returns The date's weekday, whether it is a working day, its start, end, break and work minutes, and whether it is in Ramadan.
 * @throws {@link InputError} when the date or options (the policy among them) are invalid, or the
 *   date's year has no calendar data (`calendar_year_missing`) or is provisional without
 *   `calendar.allowProvisional` (`calendar_year_provisional`).
 *
 * @example
 * ```ts
 * import { dailySchedule } from 'kerja-dinamis/calendar';
 * import { jabarMkd2025 } from 'kerja-dinamis/policy';
 *
 * dailySchedule('2026-01-09', { policy: jabarMkd2025 });
 * //=> { date: '2026-01-09', weekday: 'JUMAT', workingDay: true, start: '07:30', end: '16:30',
 * //     breakMinutes: 90, workMinutes: 450, ramadan: false }
 * dailySchedule('2026-03-02', { policy: jabarMkd2025 }).workMinutes; // Ramadan 1447 H, Jabar SE 21/KPG.03.04/ORG: 06:30–14:00, break 30
 * //=> 420
 * ```
 */
export function dailySchedule(date: string, options: ScheduleOptions): DailySchedule {
  // Hours come from a policy: the options must name one.
  if (typeof options !== 'object' || options === null || (options as CalendarOptions).policy === undefined) {
    const path = typeof options === 'object' && options !== null ? ['options', 'policy'] : ['options'];
    throw new InputError([_issue(path, 'invalid_type', 'Kebijakan wajib diisi di opsi: { policy }; jam kerja berasal dari kebijakan', 'A policy is required in the options: { policy }; working hours come from a policy')]);
  }
  const calendar = _compileCalendar(undefined, options);
  const day = _dayIn(calendar, date);
  const core = calendar.schedule(day);
  const holiday = calendar.holidayOn(day);
  return holiday === undefined ? { date, ...core } : { date, ...core, holiday };
}
