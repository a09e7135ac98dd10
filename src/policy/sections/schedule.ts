import * as z from 'zod/mini';
import { _addIssue } from '../../_lib/schema';
import type { LocalizedText } from '../../_lib/errors';
import { WORKING_WEEKDAYS } from '../../_lib/dates';

/** A working weekday, `SENIN` (Monday) … `JUMAT` (Friday). */
export type WorkingWeekday = (typeof WORKING_WEEKDAYS)[number];

/** Office hours of one weekday, in WIB. Work minutes = `end` − `start` − `breakMinutes`. */
export interface DayHours {
  /** Start of the working day, `HH:MM` (24-hour clock). */
  readonly start: string;
  /** End of the working day, `HH:MM`, after `start`. */
  readonly end: string;
  /** Minutes of break (istirahat) between start and end, not counted as work. */
  readonly breakMinutes: number;
}

/** Office hours for each of the five working weekdays. */
export interface WeekHours {
  /** Monday. */
  readonly SENIN: DayHours;
  /** Tuesday. */
  readonly SELASA: DayHours;
  /** Wednesday. */
  readonly RABU: DayHours;
  /** Thursday. */
  readonly KAMIS: DayHours;
  /** Friday. */
  readonly JUMAT: DayHours;
}

/**
 * The Ramadan hours of one Hijri year, set by the agency (Jabar sets them each year by
 * circular). Its weekly total may exceed the Perpres 21/2023 minimum of 32 h 30 min.
 */
export interface RamadanHours {
  /** The Hijri year of the Ramadan, e.g. `1447` (February–March 2026). */
  readonly hijriYear: number;
  /** Work minutes of a full Ramadan week under these hours; at least 1,950 (32 h 30 min, Perpres 21/2023). */
  readonly weeklyMinutes: number;
  /** The hours of each weekday; they must add up to `weeklyMinutes`. */
  readonly hours: WeekHours;
  /** The decision that sets them, e.g. `SE Sekda Jabar 21/KPG.03.04/ORG (2026)`. */
  readonly source?: string;
}

/**
 * Working hours (Perpres 21/2023): 37 h 30 min a week excluding breaks, start 07:30,
 * breaks 60 min Monday–Thursday and 90 min Friday; during Ramadan at least 32 h 30 min,
 * start 08:00, breaks 30 / 60 min. The agency sets the daily times; the Jabar defaults are [D].
 * Each week's days must add up to its weekly minutes.
 */
export interface SchedulePolicy {
  /** Work minutes a week outside Ramadan. Default 2,250 (37 h 30 min, Perpres 21/2023). */
  readonly weeklyMinutes: number;
  /** Work minutes a week during a Ramadan without hours of its own in {@link SchedulePolicy.ramadanByYear}; at least 1,950 (32 h 30 min, Perpres 21/2023). */
  readonly ramadanWeeklyMinutes: number;
  /** Hours outside Ramadan. Default [D] Mon–Thu 07:30–16:00 break 60, Fri 07:30–16:30 break 90 (450 minutes each day). */
  readonly regular: WeekHours;
  /** Hours during a Ramadan without hours of its own. Default [D] Mon–Thu 08:00–15:00 break 30, Fri 08:00–15:30 break 60 (390 minutes each day). */
  readonly ramadan: WeekHours;
  /** Ramadan hours set for particular Hijri years (Jabar: 1446 H and 1447 H), each with its own weekly total. Absent or empty: every Ramadan uses {@link SchedulePolicy.ramadan}. */
  readonly ramadanByYear?: readonly RamadanHours[];
}

/** The Perpres 21/2023 minimum of work minutes in a Ramadan week: 32 h 30 min. */
export const RAMADAN_MINIMUM_WEEKLY_MINUTES = 1950;

const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight of a `HH:MM` time, or `undefined` when malformed. */
export function _timeToMinutes(text: string): number | undefined {
  const m = TIME_RE.exec(text);
  return m === null ? undefined : Number(m[1]) * 60 + Number(m[2]);
}

/** Work minutes of one day's hours: end − start − break (may be ≤ 0 for invalid hours). */
export function _dayWorkMinutes(hours: DayHours): number {
  return (_timeToMinutes(hours.end) ?? 0) - (_timeToMinutes(hours.start) ?? 0) - hours.breakMinutes;
}

const TimeSchema = /* @__PURE__ */ (() => z.string().check(z.regex(TIME_RE, 'HH:MM, 00:00–23:59')))();

const DayHoursSchema = /* @__PURE__ */ (() => z.strictObject({
  start: TimeSchema,
  end: TimeSchema,
  breakMinutes: z.number().check(z.int(), z.minimum(0), z.maximum(600)),
}))();

const WeekHoursSchema = /* @__PURE__ */ (() => z.strictObject({
  SENIN: DayHoursSchema,
  SELASA: DayHoursSchema,
  RABU: DayHoursSchema,
  KAMIS: DayHoursSchema,
  JUMAT: DayHoursSchema,
}))();

const minutes = /* @__PURE__ */ (() => z.number().check(z.int(), z.minimum(1), z.maximum(7 * 24 * 60)))();

/** Thousands grouped the way each language writes them (2.250 / 2,250), without relying on the host's ICU. */
const nf = (n: number, locale: 'id' | 'en'): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'id' ? '.' : ',');

function checkWeek(week: WeekHours, weekly: number, label: LocalizedText, key: string, path: (string | number)[], ctx: z.core.$RefinementCtx): void {
  let sum = 0;
  let daysValid = true;
  for (const weekday of WORKING_WEEKDAYS) {
    const hours = week[weekday];
    const start = _timeToMinutes(hours.start);
    const end = _timeToMinutes(hours.end);
    if (start === undefined || end === undefined) {
      daysValid = false;
      continue;
    }
    const work = end - start - hours.breakMinutes;
    if (work <= 0) {
      daysValid = false;
      _addIssue(
        ctx,
        'schedule_day_minutes',
        {
          id: `Jam kerja ${label.id} ${weekday} ${hours.start}–${hours.end} dikurangi istirahat ${hours.breakMinutes} menit menyisakan ${work} menit kerja; harus lebih dari 0`,
          en: `The ${label.en} hours of ${weekday}, ${hours.start}–${hours.end} less a ${hours.breakMinutes}-minute break, leave ${work} work minutes; they must be more than 0`,
        },
        [...path, weekday],
      );
    }
    sum += work;
  }
  if (daysValid && sum !== weekly) {
    _addIssue(
      ctx,
      'schedule_weekly_sum',
      {
        id: `Jumlah menit kerja ${label.id} Senin–Jumat adalah ${nf(sum, 'id')}, tidak sama dengan ${key} ${nf(weekly, 'id')}`,
        en: `The ${label.en} work minutes of Monday–Friday add up to ${nf(sum, 'en')}, not the ${key} of ${nf(weekly, 'en')}`,
      },
      path,
    );
  }
}

function checkRamadanMinimum(weekly: number, label: LocalizedText, path: (string | number)[], ctx: z.core.$RefinementCtx): void {
  if (weekly < RAMADAN_MINIMUM_WEEKLY_MINUTES) {
    _addIssue(
      ctx,
      'schedule_ramadan_below_minimum',
      {
        id: `Jam kerja ${label.id} ${nf(weekly, 'id')} menit seminggu kurang dari batas minimal 32 jam 30 menit (${nf(RAMADAN_MINIMUM_WEEKLY_MINUTES, 'id')} menit, Perpres 21/2023)`,
        en: `The ${label.en} hours of ${nf(weekly, 'en')} minutes a week are below the minimum of 32 h 30 min (${nf(RAMADAN_MINIMUM_WEEKLY_MINUTES, 'en')} minutes, Perpres 21/2023)`,
      },
      path,
    );
  }
}

const RamadanHoursSchema = /* @__PURE__ */ (() => z.strictObject({
  hijriYear: z.number().check(z.int(), z.minimum(1300), z.maximum(1700)),
  weeklyMinutes: minutes,
  hours: WeekHoursSchema,
  source: z.exactOptional(z.string().check(z.minLength(1), z.maxLength(500))),
}))();

/** Schema of {@link SchedulePolicy}: every day must leave positive work minutes, each week's days must add up to its weekly minutes, and no Ramadan week may fall below 32 h 30 min. */
export const SchedulePolicySchema = /* @__PURE__ */ (() => z.strictObject({
  weeklyMinutes: minutes,
  ramadanWeeklyMinutes: minutes,
  regular: WeekHoursSchema,
  ramadan: WeekHoursSchema,
  ramadanByYear: z.exactOptional(z.array(RamadanHoursSchema).check(z.maxLength(100))),
}).check(z.superRefine((value, ctx) => {
    checkWeek(value.regular, value.weeklyMinutes, { id: 'reguler', en: 'regular' }, 'weeklyMinutes', ['regular'], ctx);
    const ramadan = { id: 'Ramadan', en: 'Ramadan' };
    checkWeek(value.ramadan, value.ramadanWeeklyMinutes, ramadan, 'ramadanWeeklyMinutes', ['ramadan'], ctx);
    checkRamadanMinimum(value.ramadanWeeklyMinutes, ramadan, ['ramadanWeeklyMinutes'], ctx);
    const seen = new Set<number>();
    value.ramadanByYear?.forEach((year, index) => {
      const label = { id: `Ramadan ${year.hijriYear} H`, en: `Ramadan ${year.hijriYear} AH` };
      checkWeek(year.hours, year.weeklyMinutes, label, 'weeklyMinutes', ['ramadanByYear', index, 'hours'], ctx);
      checkRamadanMinimum(year.weeklyMinutes, label, ['ramadanByYear', index, 'weeklyMinutes'], ctx);
      if (seen.has(year.hijriYear)) {
        _addIssue(
          ctx,
          'schedule_duplicate_hijri_year',
          { id: `Jam kerja Ramadan ${year.hijriYear} H disebut lebih dari sekali`, en: `The hours of Ramadan ${year.hijriYear} AH are given more than once` },
          ['ramadanByYear', index, 'hijriYear'],
        );
      }
      seen.add(year.hijriYear);
    });
  })))();
