import * as z from 'zod/mini';
import type { LocalizedText } from '../../_lib/errors';
import { _civil, _parseIsoDate } from '../../_lib/dates';
import { IsoDateSchema, _addIssue } from '../../_lib/schema';

/**
 * Kinds of non-working day: a national holiday (libur nasional) or a collective
 * leave day (cuti bersama), both set each year by the SKB 3 Menteri, or a regional
 * holiday (libur daerah) that a province, kabupaten or kota adds itself.
 */
export const HOLIDAY_KINDS = ['LIBUR_NASIONAL', 'CUTI_BERSAMA', 'LIBUR_DAERAH'] as const;

/** A kind of non-working day: `LIBUR_NASIONAL`, `CUTI_BERSAMA` or `LIBUR_DAERAH`. */
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];

/** One non-working day of a calendar. */
export interface HolidayEntry {
  /** The day, `YYYY-MM-DD`. */
  readonly date: string;
  /** National holiday, cuti bersama or regional holiday. */
  readonly kind: HolidayKind;
  /** The observance as the SKB words it, e.g. `{ id: 'Idul Adha 1447 Hijriah', en: 'Eid al-Adha 1447 AH' }`; a cuti bersama is named after the observance it accompanies. */
  readonly name: LocalizedText;
  /** `true` when the date is an expected one, not yet set by a decision (a provisional year's movable holidays). */
  readonly approximate?: boolean;
}

/** A holiday moved to another day, e.g. after a decision of the Minister of Religious Affairs (Kemenag). */
export interface HolidayMove {
  /** The day the holiday is on now, `YYYY-MM-DD`. */
  readonly from: string;
  /** The day it moves to, `YYYY-MM-DD`; must not already be a holiday. */
  readonly to: string;
}

/**
 * The month of Ramadan, when the shorter Ramadan working hours apply (Perpres 21/2023).
 * Periods are keyed by Hijri year: a later period for the same Hijri year replaces an
 * earlier one (a Kemenag *sidang isbat* decision replaces an estimate).
 */
export interface RamadanPeriod {
  /** The Hijri year, e.g. `1447`. */
  readonly hijriYear: number;
  /** First day of fasting, `YYYY-MM-DD`. */
  readonly start: string;
  /** Last day of fasting (the eve of Idulfitri), `YYYY-MM-DD`; the period lasts 29 or 30 days. */
  readonly end: string;
  /** `true` while the dates are an estimate awaiting the Kemenag decision [D]. */
  readonly approximate?: boolean;
  /** The decision that fixed the dates, e.g. the Kemenag *sidang isbat* of 28 February 2025. */
  readonly source?: string;
}

/** A whole calendar year: every national holiday and cuti bersama, and the Ramadan periods touching it. */
export interface CalendarYearData {
  /** The Gregorian year, e.g. `2027`. */
  readonly year: number;
  /** Where the list comes from, e.g. the SKB 3 Menteri that sets it. */
  readonly source?: string;
  /**
   * `true` for a year whose SKB is not yet known: fixed-date holidays exact, movable ones
   * expected (`approximate`), cuti bersama unknown. Used only with `allowProvisional`.
   */
  readonly provisional?: boolean;
  /** Every non-working day of the year besides Saturdays and Sundays, each dated in this year. */
  readonly holidays: readonly HolidayEntry[];
  /** The Ramadan periods that overlap the year (one or, in some years, two). */
  readonly ramadan: readonly RamadanPeriod[];
}

/**
 * Changes to the built-in working calendar. The same shape is a policy's `calendar`
 * section and the options of the calendar functions; options apply on top of the
 * policy. Within one layer the order is: `years` (replace whole years), `ramadan`,
 * `removed`, `moved`, then `added`.
 */
export interface CalendarOverrides {
  /** Extra non-working days, e.g. a regional holiday; a day that is already a holiday must be removed first. */
  readonly added?: readonly HolidayEntry[];
  /** Holidays that no longer apply; each must be a holiday of the calendar. */
  readonly removed?: readonly string[];
  /** Holidays moved to another day (applied together, so two holidays may swap). */
  readonly moved?: readonly HolidayMove[];
  /** Whole years supplied by the caller; a year given here replaces any built-in or earlier data for it. */
  readonly years?: readonly CalendarYearData[];
  /** Ramadan periods replacing those of the same Hijri year (e.g. the Kemenag decision), or adding new ones. */
  readonly ramadan?: readonly RamadanPeriod[];
  /**
   * Whether a provisional year (built in, or supplied with `provisional: true`) may be
   * used. Off by default: a date in one is an `InputError` (`calendar_year_provisional`)
   * naming this option. Either the policy or the options can turn it on.
   */
  readonly allowProvisional?: boolean;
}

const LocalizedTextSchema = /* @__PURE__ */ (() => z.strictObject({ id: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) }))();

const HolidayEntrySchema = /* @__PURE__ */ (() => z.strictObject({
  date: IsoDateSchema,
  kind: z.enum(HOLIDAY_KINDS),
  name: LocalizedTextSchema,
  approximate: z.exactOptional(z.boolean()),
}))();

const RamadanPeriodSchema = /* @__PURE__ */ (() => z.strictObject({
  hijriYear: z.number().check(z.int(), z.minimum(1300), z.maximum(1700)),
  start: IsoDateSchema,
  end: IsoDateSchema,
  approximate: z.exactOptional(z.boolean()),
  source: z.exactOptional(z.string().check(z.minLength(1), z.maxLength(500))),
}).check(z.superRefine((value, ctx) => {
    const start = _parseIsoDate(value.start);
    const end = _parseIsoDate(value.end);
    if (start === undefined || end === undefined) return;
    const days = end - start + 1;
    if (days < 29 || days > 30) {
      _addIssue(
        ctx,
        'calendar_ramadan_length',
        {
          id: `Ramadan ${value.hijriYear} H dari ${value.start} sampai ${value.end} berlangsung ${days} hari; harus 29 atau 30 hari`,
          en: `Ramadan ${value.hijriYear} AH from ${value.start} to ${value.end} lasts ${days} days; it must last 29 or 30 days`,
        },
        ['end'],
      );
    }
  })))();

const YearSchema = /* @__PURE__ */ (() => z.number().check(z.int(), z.minimum(1000), z.maximum(9999)))();

const CalendarYearDataSchema = /* @__PURE__ */ (() => z.strictObject({
  year: YearSchema,
  source: z.exactOptional(z.string().check(z.minLength(1))),
  provisional: z.exactOptional(z.boolean()),
  holidays: z.array(HolidayEntrySchema),
  ramadan: z.array(RamadanPeriodSchema).check(z.minLength(1)),
}).check(z.superRefine((value, ctx) => {
    value.holidays.forEach((holiday, index) => {
      const day = _parseIsoDate(holiday.date);
      if (day !== undefined && _civil(day).year !== value.year) {
        _addIssue(
          ctx,
          'calendar_date_outside_year',
          { id: `Tanggal ${holiday.date} tidak berada di tahun ${value.year}`, en: `The date ${holiday.date} is not in ${value.year}` },
          ['holidays', index, 'date'],
        );
      }
    });
    duplicates(value.holidays.map((h) => h.date), ctx, (i) => ['holidays', i, 'date']);
    value.ramadan.forEach((period, index) => {
      const start = _parseIsoDate(period.start);
      const end = _parseIsoDate(period.end);
      if (start !== undefined && end !== undefined && (_civil(start).year > value.year || _civil(end).year < value.year)) {
        _addIssue(
          ctx,
          'calendar_ramadan_outside_year',
          {
            id: `Ramadan ${period.hijriYear} H (${period.start} sampai ${period.end}) tidak menyentuh tahun ${value.year}`,
            en: `Ramadan ${period.hijriYear} AH (${period.start} to ${period.end}) does not overlap ${value.year}`,
          },
          ['ramadan', index],
        );
      }
    });
    duplicateHijriYears(value.ramadan, ctx, ['ramadan']);
  })))();

function duplicates(dates: readonly string[], ctx: z.core.$RefinementCtx, pathOf: (index: number) => (string | number)[]): void {
  const seen = new Set<string>();
  dates.forEach((date, index) => {
    if (seen.has(date)) {
      _addIssue(
        ctx,
        'calendar_duplicate_date',
        { id: `Tanggal ${date} disebut lebih dari sekali`, en: `The date ${date} is listed more than once` },
        pathOf(index),
      );
    }
    seen.add(date);
  });
}

function duplicateHijriYears(periods: readonly RamadanPeriod[], ctx: z.core.$RefinementCtx, path: (string | number)[]): void {
  const seen = new Set<number>();
  periods.forEach((period, index) => {
    if (seen.has(period.hijriYear)) {
      _addIssue(
        ctx,
        'calendar_duplicate_hijri_year',
        { id: `Ramadan ${period.hijriYear} H disebut lebih dari sekali`, en: `Ramadan ${period.hijriYear} AH is listed more than once` },
        [...path, index, 'hijriYear'],
      );
    }
    seen.add(period.hijriYear);
  });
}

/** The fields of {@link CalendarOverrides} without the cross-field checks, shared with the calendar functions' options schema. */
export const _CalendarOverridesObject = /* @__PURE__ */ (() => z.strictObject({
  added: z.exactOptional(z.array(HolidayEntrySchema)),
  removed: z.exactOptional(z.array(IsoDateSchema)),
  moved: z.exactOptional(z.array(z.strictObject({ from: IsoDateSchema, to: IsoDateSchema }))),
  years: z.exactOptional(z.array(CalendarYearDataSchema)),
  ramadan: z.exactOptional(z.array(RamadanPeriodSchema)),
  allowProvisional: z.exactOptional(z.boolean()),
}))();

/** Cross-field checks of {@link CalendarOverrides}: no date, year or Hijri year listed twice; no move onto itself. */
export function _refineCalendarOverrides(value: CalendarOverrides, ctx: z.core.$RefinementCtx): void {
  if (value.added !== undefined) duplicates(value.added.map((h) => h.date), ctx, (i) => ['added', i, 'date']);
  if (value.removed !== undefined) duplicates(value.removed, ctx, (i) => ['removed', i]);
  if (value.moved !== undefined) {
    duplicates(value.moved.map((m) => m.from), ctx, (i) => ['moved', i, 'from']);
    duplicates(value.moved.map((m) => m.to), ctx, (i) => ['moved', i, 'to']);
    value.moved.forEach((move, index) => {
      if (move.from === move.to) {
        _addIssue(
          ctx,
          'calendar_move_to_same_date',
          { id: `Libur tidak dapat dipindahkan ke tanggal yang sama (${move.from})`, en: `A holiday cannot be moved to the same date (${move.from})` },
          ['moved', index, 'to'],
        );
      }
    });
  }
  if (value.years !== undefined) {
    const seen = new Set<number>();
    value.years.forEach((year, index) => {
      if (seen.has(year.year)) {
        _addIssue(
          ctx,
          'calendar_duplicate_year',
          { id: `Tahun ${year.year} disebut lebih dari sekali`, en: `The year ${year.year} is listed more than once` },
          ['years', index, 'year'],
        );
      }
      seen.add(year.year);
    });
  }
  if (value.ramadan !== undefined) duplicateHijriYears(value.ramadan, ctx, ['ramadan']);
}

/** Schema of {@link CalendarOverrides} (a policy's `calendar` section). */
export const CalendarOverridesSchema = /* @__PURE__ */ (() => _CalendarOverridesObject.check(z.superRefine(_refineCalendarOverrides)))();
