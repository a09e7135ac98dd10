/**
 * The compiled working calendar: the internal fast path that allocation and scoring
 * use in their inner loops, and that the public calendar functions wrap.
 *
 * `_compileCalendar(policy, options)` validates the overrides once and lays out one
 * small table of day flags per available year; after that every question about a day
 * (an integer epoch day, see `_lib/dates.ts`) is a few integer operations and one
 * typed-array read: no allocation, no string, no `Date`, so no host time zone.
 * There is no module-level state: the caller creates one compiled calendar per call.
 */
import { InputError, _issue, type InputIssue, type LocalizedText } from '../_lib/errors';
import { WEEKDAYS, _civil, _epochDay, _formatIsoDate, _isLeapYear, _parseIsoDate, type Weekday } from '../_lib/dates';
import { _parse } from '../_lib/schema';
import { _deepFreeze } from '../_lib/freeze';
import { _ensurePolicy } from '../policy/brand';
import type { Policy } from '../policy/schema';
import type { CalendarOverrides, HolidayKind, RamadanPeriod } from '../policy/sections/calendar';
import { _timeToMinutes, type DayHours, type WeekHours } from '../policy/sections/schedule';
import { BUILT_IN_CALENDAR } from './holidays';
import { CalendarOptionsSchema, type CalendarOptions } from './options';

/** A non-working day of the calendar, as the calendar functions return it. */
export interface Holiday {
  /** The day, `YYYY-MM-DD`. */
  readonly date: string;
  /** National holiday, cuti bersama or regional holiday. */
  readonly kind: HolidayKind;
  /** The observance, in Bahasa Indonesia and English. */
  readonly name: LocalizedText;
  /** The day the holiday was on before a `moved` override, when it was moved. */
  readonly movedFrom?: string;
}

/** The hours of one day, without its date (what the compiled calendar returns). */
export interface DayScheduleCore {
  /** The day of the week. */
  readonly weekday: Weekday;
  /** Whether the day is a working day (Monday–Friday and not a holiday). */
  readonly workingDay: boolean;
  /** Start of work, `HH:MM` (WIB), on working days only. */
  readonly start?: string;
  /** End of work, `HH:MM` (WIB), on working days only. */
  readonly end?: string;
  /** Minutes of break; 0 on non-working days. */
  readonly breakMinutes: number;
  /** Work minutes (end − start − break); 0 on non-working days. */
  readonly workMinutes: number;
  /** Whether the day falls in a Ramadan period (shorter hours on working days). */
  readonly ramadan: boolean;
}

/** The compiled calendar; every day argument is an integer epoch day. */
export interface _CompiledCalendar {
  /** The years with data (built in or supplied), ascending. */
  readonly years: readonly number[];
  /** Whether a year has data. */
  hasYear(year: number): boolean;
  /** Whether a day is a working day. Throws `InputError` (`calendar_year_missing`) for a year without data. */
  isWorkingDay(day: number): boolean;
  /** The holiday on a day, or `undefined`. Throws for a year without data. */
  holidayOn(day: number): Holiday | undefined;
  /** Whether a day is in a Ramadan period. Throws for a year without data. */
  isRamadan(day: number): boolean;
  /** Work minutes of a day under the policy's schedule; 0 on non-working days. Throws for a year without data. */
  workMinutes(day: number): number;
  /** The (shared, frozen) hours of a day under the policy's schedule. Throws for a year without data. */
  schedule(day: number): DayScheduleCore;
  /** Every holiday dated in a year, by date. Throws for a year without data. */
  holidaysInYear(year: number): readonly Holiday[];
}

// Day flags: bit 0 working, bit 1 holiday, bit 2 Ramadan, bits 3–5 weekday (0 = Monday).
const WORK = 1;
const HOLIDAY = 2;
const RAMADAN = 4;
const WEEKDAY_SHIFT = 3;
const FLAG_COUNT = 64;

/** Epoch day of a `YYYY-MM-DD` already validated (schema or built-in table): no regex. */
function trustedDay(text: string): number {
  const c = (i: number): number => text.charCodeAt(i) - 48;
  return _epochDay(c(0) * 1000 + c(1) * 100 + c(2) * 10 + c(3), c(5) * 10 + c(6), c(8) * 10 + c(9));
}

/** The InputError for a year the calendar has no data for. */
export function _yearMissingError(year: number, available: readonly number[], path: readonly (string | number)[] = []): InputError {
  const have = available.length === 0 ? '-' : available.join(', ');
  return new InputError([
    _issue(
      path,
      'calendar_year_missing',
      `Kalender kerja tahun ${year} belum tersedia (tersedia: ${have}). Tambahkan daftar libur nasional dan cuti bersama tahun ${year} beserta periode Ramadannya melalui calendar.years pada kebijakan atau opsi.`,
      `No working calendar for ${year} (available: ${have}). Supply ${year}'s national holidays, cuti bersama and Ramadan period through calendar.years in the policy or the options.`,
    ),
  ]);
}

interface State {
  readonly holidays: Map<number, Holiday>;
  readonly years: Set<number>;
  readonly ramadan: Map<number, RamadanPeriod>;
}

function yearOfDay(day: number): number {
  return _civil(day).year;
}

function applyLayer(state: State, layer: CalendarOverrides, prefix: readonly (string | number)[], issues: InputIssue[]): void {
  const { holidays, years, ramadan } = state;
  if (layer.years !== undefined) {
    for (const data of layer.years) {
      for (const day of [...holidays.keys()]) if (yearOfDay(day) === data.year) holidays.delete(day);
      years.add(data.year);
      for (const entry of data.holidays) holidays.set(trustedDay(entry.date), { date: entry.date, kind: entry.kind, name: entry.name });
      for (const period of data.ramadan) ramadan.set(period.hijriYear, period);
    }
  }
  if (layer.ramadan !== undefined) for (const period of layer.ramadan) ramadan.set(period.hijriYear, period);
  // Changes to a year without data are kept out: the year cannot be queried until it is
  // supplied, and supplying it replaces it whole.
  const known = (day: number): boolean => years.has(yearOfDay(day));
  if (layer.removed !== undefined) {
    layer.removed.forEach((date, index) => {
      const day = trustedDay(date);
      if (!known(day)) return;
      if (!holidays.delete(day)) issues.push(notAHoliday(date, [...prefix, 'removed', index], 'remove'));
    });
  }
  if (layer.moved !== undefined) {
    // All moves happen together, so that two holidays may swap days.
    const taken: { holiday: Holiday; to: string; index: number }[] = [];
    layer.moved.forEach((move, index) => {
      const day = trustedDay(move.from);
      if (!known(day)) return;
      const holiday = holidays.get(day);
      if (holiday === undefined) {
        issues.push(notAHoliday(move.from, [...prefix, 'moved', index, 'from'], 'move'));
        return;
      }
      taken.push({ holiday, to: move.to, index });
    });
    for (const { holiday } of taken) holidays.delete(trustedDay(holiday.date));
    for (const { holiday, to, index } of taken) {
      const day = trustedDay(to);
      const there = holidays.get(day);
      if (there !== undefined) {
        issues.push(dateTaken(to, there, [...prefix, 'moved', index, 'to']));
        continue;
      }
      holidays.set(day, { date: to, kind: holiday.kind, name: holiday.name, movedFrom: holiday.movedFrom ?? holiday.date });
    }
  }
  if (layer.added !== undefined) {
    layer.added.forEach((entry, index) => {
      const day = trustedDay(entry.date);
      const there = holidays.get(day);
      if (there !== undefined) {
        issues.push(dateTaken(entry.date, there, [...prefix, 'added', index, 'date']));
        return;
      }
      holidays.set(day, { date: entry.date, kind: entry.kind, name: entry.name });
    });
  }
}

function notAHoliday(date: string, path: (string | number)[], what: 'remove' | 'move'): InputIssue {
  return _issue(
    path,
    'calendar_not_a_holiday',
    `Tanggal ${date} bukan hari libur dalam kalender, jadi tidak dapat ${what === 'remove' ? 'dihapus' : 'dipindahkan'}`,
    `${date} is not a holiday of the calendar, so it cannot be ${what === 'remove' ? 'removed' : 'moved'}`,
  );
}

function dateTaken(date: string, there: Holiday, path: (string | number)[]): InputIssue {
  return _issue(
    path,
    'calendar_date_taken',
    `Tanggal ${date} sudah merupakan hari libur (${there.name.id}); hapus dulu melalui removed bila ingin menggantinya`,
    `${date} is already a holiday (${there.name.en}); remove it first through removed to replace it`,
  );
}

function buildSchedules(policy: Policy | undefined): { minutes: Int32Array; schedules: (DayScheduleCore | undefined)[] } | undefined {
  if (policy === undefined) return undefined;
  const minutes = new Int32Array(FLAG_COUNT);
  const schedules: (DayScheduleCore | undefined)[] = new Array<DayScheduleCore | undefined>(FLAG_COUNT).fill(undefined);
  for (let flags = 0; flags < FLAG_COUNT; flags++) {
    const weekdayIndex = flags >> WEEKDAY_SHIFT;
    const weekday = WEEKDAYS[weekdayIndex];
    if (weekday === undefined) continue;
    const ramadan = (flags & RAMADAN) !== 0;
    const working = (flags & WORK) !== 0 && weekdayIndex < 5;
    const week: WeekHours = ramadan ? policy.schedule.ramadan : policy.schedule.regular;
    const hours: DayHours | undefined = working ? week[weekday as keyof WeekHours] : undefined;
    if (hours === undefined) {
      schedules[flags] = Object.freeze({ weekday, workingDay: false, breakMinutes: 0, workMinutes: 0, ramadan });
      continue;
    }
    const work = (_timeToMinutes(hours.end) as number) - (_timeToMinutes(hours.start) as number) - hours.breakMinutes;
    minutes[flags] = work;
    schedules[flags] = Object.freeze({
      weekday,
      workingDay: true,
      start: hours.start,
      end: hours.end,
      breakMinutes: hours.breakMinutes,
      workMinutes: work,
      ramadan,
    });
  }
  return { minutes, schedules };
}

class CompiledCalendar implements _CompiledCalendar {
  readonly years: readonly number[];
  private readonly minYear: number;
  private readonly base: number;
  private readonly total: number;
  private readonly starts: Int32Array;
  private readonly tables: (Uint8Array | undefined)[];
  private readonly holidays: Map<number, Holiday>;
  private readonly minutes: Int32Array | undefined;
  private readonly schedules: (DayScheduleCore | undefined)[] | undefined;

  constructor(state: State, policy: Policy | undefined) {
    const years = [...state.years].sort((a, b) => a - b);
    this.years = Object.freeze(years);
    this.holidays = new Map();
    for (const [day, holiday] of state.holidays) this.holidays.set(day, _deepFreeze(holiday));
    const minYear = years.length > 0 ? (years[0] as number) : 0;
    const span = years.length > 0 ? (years[years.length - 1] as number) - minYear + 1 : 0;
    this.minYear = minYear;
    this.starts = new Int32Array(span + 1);
    for (let i = 0; i <= span; i++) this.starts[i] = _epochDay(minYear + i, 1, 1);
    this.base = this.starts[0] as number;
    this.total = (this.starts[span] as number) - this.base;
    this.tables = new Array<Uint8Array | undefined>(span).fill(undefined);
    for (const year of years) {
      const start = _epochDay(year, 1, 1);
      const table = new Uint8Array(_isLeapYear(year) ? 366 : 365);
      let weekdayIndex = (((start + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday (index 3)
      for (let i = 0; i < table.length; i++) {
        table[i] = (weekdayIndex << WEEKDAY_SHIFT) | (weekdayIndex < 5 ? WORK : 0);
        weekdayIndex = weekdayIndex === 6 ? 0 : weekdayIndex + 1;
      }
      this.tables[year - minYear] = table;
    }
    for (const day of this.holidays.keys()) {
      const at = this.locate(day);
      if (at !== undefined) at.table[at.index] = ((at.table[at.index] as number) & ~WORK) | HOLIDAY;
    }
    for (const period of state.ramadan.values()) {
      const end = trustedDay(period.end);
      for (let day = trustedDay(period.start); day <= end; day++) {
        const at = this.locate(day);
        if (at !== undefined) at.table[at.index] = (at.table[at.index] as number) | RAMADAN;
      }
    }
    const built = buildSchedules(policy);
    this.minutes = built?.minutes;
    this.schedules = built?.schedules;
  }

  private locate(day: number): { table: Uint8Array; index: number } | undefined {
    const table = this.tables[yearOfDay(day) - this.minYear];
    if (table === undefined) return undefined;
    return { table, index: day - _epochDay(yearOfDay(day), 1, 1) };
  }

  hasYear(year: number): boolean {
    return this.tables[year - this.minYear] !== undefined;
  }

  /** The flags of a day; throws for a year without data. The hot path: no allocation. */
  private flags(day: number): number {
    const rel = day - this.base;
    if (rel >= 0 && rel < this.total) {
      const starts = this.starts;
      let y = (rel / 365.2425) | 0;
      if (y >= this.tables.length) y = this.tables.length - 1;
      while (day < (starts[y] as number)) y--;
      while (day >= (starts[y + 1] as number)) y++;
      const table = this.tables[y];
      if (table !== undefined) return table[day - (starts[y] as number)] as number;
    }
    return this.missing(day);
  }

  private missing(day: number): never {
    if (!Number.isInteger(day)) throw new TypeError(`[kerja-dinamis] calendar: a day must be an integer epoch day, not ${String(day)}`);
    throw _yearMissingError(yearOfDay(day), this.years);
  }

  isWorkingDay(day: number): boolean {
    return (this.flags(day) & WORK) !== 0;
  }

  holidayOn(day: number): Holiday | undefined {
    return (this.flags(day) & HOLIDAY) !== 0 ? this.holidays.get(day) : undefined;
  }

  isRamadan(day: number): boolean {
    return (this.flags(day) & RAMADAN) !== 0;
  }

  workMinutes(day: number): number {
    const flags = this.flags(day);
    if (this.minutes === undefined) return noSchedule();
    return this.minutes[flags] as number;
  }

  schedule(day: number): DayScheduleCore {
    const flags = this.flags(day);
    if (this.schedules === undefined) return noSchedule();
    return this.schedules[flags] as DayScheduleCore;
  }

  holidaysInYear(year: number): readonly Holiday[] {
    if (!this.hasYear(year)) throw _yearMissingError(year, this.years);
    const days = [...this.holidays.keys()].filter((day) => yearOfDay(day) === year).sort((a, b) => a - b);
    return days.map((day) => this.holidays.get(day) as Holiday);
  }
}

function noSchedule(): never {
  throw new TypeError('[kerja-dinamis] calendar: working hours need a policy; compile the calendar with one');
}

/**
 * Compiles the working calendar: the built-in years, then the policy's `calendar`
 * section, then `options` on top. Validates the options (and the policy) once.
 *
 * @param policy - The policy whose `calendar` section and `schedule` apply; without
 *   one (`undefined`, and none in `options.policy`) only the built-in calendar and
 *   `options` apply, and `workMinutes` / `schedule` throw `TypeError`.
 * @param options - Calendar overrides on top of the policy's.
 * @returns The compiled calendar, to be used for one call's worth of questions.
 * @throws {@link InputError} when the options or policy are invalid, or an override
 *   removes or moves a day that is not a holiday, or adds or moves onto one that is.
 */
export function _compileCalendar(policy: Policy | undefined, options?: CalendarOptions): _CompiledCalendar {
  const opts = options === undefined ? undefined : _parse(CalendarOptionsSchema, options, ['options']);
  if (policy !== undefined && opts?.policy !== undefined && opts.policy !== policy) {
    throw new TypeError('[kerja-dinamis] calendar: two different policies given (argument and options.policy)');
  }
  const p = policy !== undefined ? _ensurePolicy(policy) : opts?.policy !== undefined ? _ensurePolicy(opts.policy) : undefined;
  const state: State = { holidays: new Map(), years: new Set(), ramadan: new Map() };
  for (const data of BUILT_IN_CALENDAR) {
    state.years.add(data.year);
    for (const holiday of data.holidays) state.holidays.set(trustedDay(holiday.date), holiday);
    for (const period of data.ramadan) state.ramadan.set(period.hijriYear, period);
  }
  const issues: InputIssue[] = [];
  if (p !== undefined) applyLayer(state, p.calendar, ['policy', 'calendar'], issues);
  if (opts !== undefined) applyLayer(state, opts, ['options'], issues);
  if (issues.length > 0) throw new InputError(issues);
  return new CompiledCalendar(state, p);
}

/** Epoch day of a validated `YYYY-MM-DD`; `_parseIsoDate` re-exported for the calendar's wrappers. */
export const _dayOf = (date: string): number => _parseIsoDate(date) as number;

/** `YYYY-MM-DD` of an epoch day (re-exported for the calendar's wrappers). */
export const _dateOf = _formatIsoDate;
