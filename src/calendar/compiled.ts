/**
 * The compiled working calendar: the internal fast path that allocation and scoring
 * use in their inner loops, and that the public calendar functions wrap.
 *
 * `_compileCalendar(policy, options)` validates the overrides once and resolves each
 * year's holidays; the first question about a year lays out one small table of day
 * flags for it (working, holiday, Ramadan, weekday). After that every question about
 * a day (an integer epoch day, see `_lib/dates.ts`) is a few integer operations and
 * one typed-array read: no allocation, no string, no `Date`, so no host time zone.
 * There is no module-level state: the caller creates one compiled calendar per call
 * (e.g. once per `allocateWorkPatterns` call) and drops it afterwards.
 */
import { InputError, _issue, type InputIssue, type LocalizedText } from '../_lib/errors';
import { WEEKDAYS, _civil, _epochDay, type Weekday } from '../_lib/dates';
import { _parse } from '../_lib/schema';
import { _deepFreeze } from '../_lib/freeze';
import { _ensurePolicy, _policyCheck } from '../policy/brand';
import { CalendarOverridesSchema } from '../policy/sections/calendar';
import { SchedulePolicySchema } from '../policy/sections/schedule';

/** What the calendar checks of an unsealed policy: its identity, `calendar` and `schedule`. */
export const _calendarPolicyCheck = /* @__PURE__ */ _policyCheck({ calendar: CalendarOverridesSchema, schedule: SchedulePolicySchema });
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
  /** `true` when the date is expected, not yet decided (a provisional year's movable holidays). */
  readonly approximate?: boolean;
  /** `true` when the holiday comes from a provisional year (`calendar.allowProvisional`). */
  readonly provisional?: true;
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
  /** Whether the day falls in a Ramadan period (Ramadan hours on working days). */
  readonly ramadan: boolean;
  /** The Hijri year of the Ramadan the day falls in, on Ramadan days only. */
  readonly hijriYear?: number;
  /** `true` when the day lies in a provisional year (`calendar.allowProvisional`). */
  readonly provisional?: true;
}

/** The compiled calendar; every day argument is an integer epoch day. */
export interface _CompiledCalendar {
  /** The years that may be used (built in or supplied; a provisional one only with the opt-in), ascending. */
  readonly years: readonly number[];
  /** Whether a year has data that may be used. */
  hasYear(year: number): boolean;
  /** Whether a year that may be used is provisional. */
  isProvisionalYear(year: number): boolean;
  /** The InputError for a year that may not be used: no data, or provisional without the opt-in. */
  yearError(year: number, path?: readonly (string | number)[]): InputError;
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

// Day flags: bit 0 working, bit 1 holiday, bit 2 Ramadan, bits 3–5 weekday (0 = Monday),
// bit 6 provisional year, bits 7 and up the Ramadan period (1-based; 0 outside Ramadan),
// whose hours may be a year's own.
const WORK = 1;
const HOLIDAY = 2;
const RAMADAN = 4;
const WEEKDAY_SHIFT = 3;
const PROVISIONAL = 64;
const PERIOD_SHIFT = 7;
const FLAG_COUNT = 128;

/** Epoch day of a `YYYY-MM-DD` already validated (schema or built-in table): no regex. */
function trustedDay(text: string): number {
  const c = (i: number): number => text.charCodeAt(i) - 48;
  return _epochDay(c(0) * 1000 + c(1) * 100 + c(2) * 10 + c(3), c(5) * 10 + c(6), c(8) * 10 + c(9));
}

/** The InputError for a provisional year used without the opt-in. */
function yearProvisionalError(year: number, path: readonly (string | number)[]): InputError {
  return new InputError([
    _issue(
      path,
      'calendar_year_provisional',
      `Kalender kerja tahun ${year} masih sementara: SKB libur nasional dan cuti bersama ${year} belum diketahui, tanggal hari raya yang berpindah-pindah hanya perkiraan, dan cuti bersama belum ada. Gunakan hanya dengan persetujuan: calendar.allowProvisional: true pada kebijakan atau opsi (di baris perintah: --provisional), atau berikan daftar resmi melalui calendar.years (--holidays).`,
      `The working calendar of ${year} is provisional: the SKB setting its national holidays and cuti bersama is not known yet, movable holidays are expected dates and cuti bersama are unknown. Use it only by opting in: calendar.allowProvisional: true in the policy or the options (on the command line: --provisional), or supply the official list through calendar.years (--holidays).`,
    ),
  ]);
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

/** Holidays of one available year: the frozen list as given, or a working map by epoch day once an override touches it. */
type YearHolidays = readonly Holiday[] | Map<number, Holiday>;

interface State {
  /** Every available year and its holidays; a year not here has no data. */
  readonly years: Map<number, YearHolidays>;
  /** Ramadan periods by Hijri year. */
  readonly ramadan: Map<number, RamadanPeriod>;
  /** The years in `years` that are provisional. */
  readonly provisional: Set<number>;
  /** Whether a layer opted in to provisional years. */
  allowProvisional: boolean;
}

function yearOfDay(day: number): number {
  return _civil(day).year;
}

/** The working map of the year holding `day` (copied from its list on first change), or `undefined` for a year without data. */
function mutableYear(state: State, day: number): Map<number, Holiday> | undefined {
  const year = yearOfDay(day);
  const current = state.years.get(year);
  if (current === undefined || current instanceof Map) return current;
  const map = new Map<number, Holiday>();
  for (const holiday of current) map.set(trustedDay(holiday.date), holiday);
  state.years.set(year, map);
  return map;
}

// Changes that touch a year without data are left out: that year cannot be queried
// until it is supplied, and supplying it replaces it whole.
function applyLayer(state: State, layer: CalendarOverrides, prefix: readonly (string | number)[], issues: InputIssue[]): void {
  if (layer.allowProvisional === true) state.allowProvisional = true;
  if (layer.years !== undefined) {
    for (const data of layer.years) {
      state.years.set(data.year, data.holidays);
      if (data.provisional === true) state.provisional.add(data.year);
      else state.provisional.delete(data.year);
      for (const period of data.ramadan) state.ramadan.set(period.hijriYear, period);
    }
  }
  if (layer.ramadan !== undefined) for (const period of layer.ramadan) state.ramadan.set(period.hijriYear, period);
  if (layer.removed !== undefined) {
    layer.removed.forEach((date, index) => {
      const day = trustedDay(date);
      const year = mutableYear(state, day);
      if (year !== undefined && !year.delete(day)) issues.push(notAHoliday(date, [...prefix, 'removed', index], 'remove'));
    });
  }
  if (layer.moved !== undefined) {
    // All moves happen together, so that two holidays may swap days.
    const taken: { holiday: Holiday; to: string; index: number }[] = [];
    layer.moved.forEach((move, index) => {
      const year = mutableYear(state, trustedDay(move.from));
      if (year === undefined) return;
      const holiday = year.get(trustedDay(move.from));
      if (holiday === undefined) issues.push(notAHoliday(move.from, [...prefix, 'moved', index, 'from'], 'move'));
      else taken.push({ holiday, to: move.to, index });
    });
    for (const { holiday } of taken) mutableYear(state, trustedDay(holiday.date))?.delete(trustedDay(holiday.date));
    for (const { holiday, to, index } of taken) {
      const day = trustedDay(to);
      const year = mutableYear(state, day);
      if (year === undefined) continue;
      const there = year.get(day);
      if (there !== undefined) issues.push(dateTaken(to, there, [...prefix, 'moved', index, 'to']));
      else year.set(day, { date: to, kind: holiday.kind, name: holiday.name, movedFrom: holiday.movedFrom ?? holiday.date });
    }
  }
  if (layer.added !== undefined) {
    layer.added.forEach((entry, index) => {
      const day = trustedDay(entry.date);
      const year = mutableYear(state, day);
      if (year === undefined) return;
      const there = year.get(day);
      if (there !== undefined) issues.push(dateTaken(entry.date, there, [...prefix, 'added', index, 'date']));
      else year.set(day, entry.approximate === true ? { date: entry.date, kind: entry.kind, name: entry.name, approximate: true } : { date: entry.date, kind: entry.kind, name: entry.name });
    });
  }
}

/**
 * Each usable year's holidays as a frozen list sorted by date; a provisional year's
 * marked `provisional`, or left out (into `blocked`) without the opt-in.
 */
function finalize(state: State, builtIn: ReadonlySet<YearHolidays>, blocked: Set<number>): Map<number, readonly Holiday[]> {
  const out = new Map<number, readonly Holiday[]>();
  for (const [year, holidays] of state.years) {
    const provisional = state.provisional.has(year);
    if (provisional && !state.allowProvisional) {
      blocked.add(year);
      continue;
    }
    if (builtIn.has(holidays) && !provisional) {
      out.set(year, holidays as readonly Holiday[]); // frozen and sorted in the table
      continue;
    }
    const list = [...holidays.values()].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
    out.set(year, Object.freeze(list.map((holiday) => _deepFreeze(provisional ? { ...holiday, provisional: true as const } : holiday))));
  }
  return out;
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

/** The hours of each Ramadan period (1-based, in the order of `hijriYears`): the year's own, or the policy's default. */
function ramadanWeeks(policy: Policy, hijriYears: readonly number[]): { week: WeekHours; hijriYear: number | undefined }[] {
  const own = new Map<number, WeekHours>();
  for (const year of policy.schedule.ramadanByYear ?? []) own.set(year.hijriYear, year.hours);
  return [{ week: policy.schedule.regular, hijriYear: undefined }, ...hijriYears.map((h) => ({ week: own.get(h) ?? policy.schedule.ramadan, hijriYear: h }))];
}

/**
 * The work minutes of each day-flags value and, with `objects`, its frozen hours. The
 * allocation asks only for minutes, once per unit: it does not pay for the objects.
 */
function buildSchedules(policy: Policy, hijriYears: readonly number[], objects: boolean): { minutes: Int32Array; schedules: (DayScheduleCore | undefined)[] } {
  const weeks = ramadanWeeks(policy, hijriYears);
  const size = FLAG_COUNT * weeks.length;
  const minutes = new Int32Array(size);
  const schedules: (DayScheduleCore | undefined)[] = objects ? new Array<DayScheduleCore | undefined>(size).fill(undefined) : [];
  // The minutes of each day's hours, worked out once (many flags share them).
  const minutesOf = new Map<DayHours, number>();
  for (let flags = 0; flags < size; flags++) {
    const weekdayIndex = (flags >> WEEKDAY_SHIFT) & 7;
    const weekday = WEEKDAYS[weekdayIndex];
    const period = flags >> PERIOD_SHIFT;
    const ramadan = (flags & RAMADAN) !== 0;
    // Only the combinations a day can have: the period index set exactly on Ramadan days.
    if (weekday === undefined || ramadan !== (period > 0)) continue;
    const { week, hijriYear } = weeks[period] as { week: WeekHours; hijriYear: number | undefined };
    const working = (flags & WORK) !== 0 && weekdayIndex < 5;
    const hours: DayHours | undefined = working ? week[weekday as keyof WeekHours] : undefined;
    let work = hours === undefined ? 0 : minutesOf.get(hours);
    if (work === undefined) minutesOf.set(hours!, (work = (_timeToMinutes(hours!.end) as number) - (_timeToMinutes(hours!.start) as number) - hours!.breakMinutes));
    minutes[flags] = work;
    if (!objects) continue;
    const extra = { ...(hijriYear === undefined ? {} : { hijriYear }), ...((flags & PROVISIONAL) !== 0 ? { provisional: true as const } : {}) };
    schedules[flags] = Object.freeze(
      hours === undefined
        ? { weekday, workingDay: false, breakMinutes: 0, workMinutes: 0, ramadan, ...extra }
        : { weekday, workingDay: true, start: hours.start, end: hours.end, breakMinutes: hours.breakMinutes, workMinutes: work, ramadan, ...extra },
    );
  }
  return { minutes, schedules };
}

class CompiledCalendar implements _CompiledCalendar {
  readonly years: readonly number[];
  private readonly minYear: number;
  private readonly base: number;
  private readonly total: number;
  private readonly starts: Int32Array;
  private readonly tables: (Uint16Array | undefined)[];
  private readonly available: Uint8Array;
  private readonly lists: Map<number, readonly Holiday[]>;
  private readonly holidays: Map<number, Holiday>;
  private readonly ramadan: readonly (readonly [number, number])[];
  private readonly hijriYears: readonly number[];
  private readonly provisional: ReadonlySet<number>;
  private readonly blocked: ReadonlySet<number>;
  private readonly policy: Policy | undefined;
  private minutes: Int32Array | undefined;
  private schedules: (DayScheduleCore | undefined)[] | undefined;

  constructor(lists: Map<number, readonly Holiday[]>, ramadan: Iterable<RamadanPeriod>, policy: Policy | undefined, provisional: ReadonlySet<number>, blocked: ReadonlySet<number>) {
    const years = [...lists.keys()].sort((a, b) => a - b);
    this.years = Object.freeze(years);
    this.policy = policy;
    this.minutes = undefined;
    this.schedules = undefined;
    this.lists = lists;
    this.holidays = new Map();
    this.provisional = provisional;
    this.blocked = blocked;
    const periods = [...ramadan].sort((a, b) => a.hijriYear - b.hijriYear);
    this.ramadan = periods.map((period) => [trustedDay(period.start), trustedDay(period.end)] as const);
    this.hijriYears = periods.map((period) => period.hijriYear);
    const minYear = years.length > 0 ? (years[0] as number) : 0;
    const span = years.length > 0 ? (years[years.length - 1] as number) - minYear + 1 : 0;
    this.minYear = minYear;
    const starts = new Int32Array(span + 1);
    for (let i = 0; i <= span; i++) starts[i] = _epochDay(minYear + i, 1, 1);
    this.starts = starts;
    this.base = starts[0] as number;
    this.total = (starts[span] as number) - this.base;
    const available = new Uint8Array(span);
    for (const year of years) available[year - minYear] = 1;
    this.available = available;
    const tables: (Uint16Array | undefined)[] = [];
    for (let i = 0; i < span; i++) tables.push(undefined);
    this.tables = tables;
  }

  /**
   * Lays out the day flags of one available year, on its first use, so that a call
   * that asks about one date does not pay for every year.
   */
  private buildYear(y: number): Uint16Array {
    const start = this.starts[y] as number;
    const end = this.starts[y + 1] as number;
    const table = new Uint16Array(end - start);
    const provisional = this.provisional.has(this.minYear + y) ? PROVISIONAL : 0;
    // One week of flags, then doubled with copyWithin until the year is full.
    let weekdayIndex = (((start + 3) % 7) + 7) % 7; // 1970-01-01 was a Thursday (index 3)
    for (let d = 0; d < 7; d++) {
      table[d] = (weekdayIndex << WEEKDAY_SHIFT) | (weekdayIndex < 5 ? WORK : 0) | provisional;
      weekdayIndex = weekdayIndex === 6 ? 0 : weekdayIndex + 1;
    }
    for (let filled = 7; filled < table.length; filled *= 2) table.copyWithin(filled, 0, Math.min(filled, table.length - filled));
    for (const holiday of this.lists.get(this.minYear + y) as readonly Holiday[]) {
      const day = trustedDay(holiday.date);
      table[day - start] = ((table[day - start] as number) & ~WORK) | HOLIDAY;
      this.holidays.set(day, holiday);
    }
    this.ramadan.forEach(([first, last], index) => {
      const bits = RAMADAN | ((index + 1) << PERIOD_SHIFT);
      for (let day = Math.max(first, start); day <= last && day < end; day++) table[day - start] = (table[day - start] as number) | bits;
    });
    this.tables[y] = table;
    return table;
  }

  /** Index into `tables` / `starts` of the year holding `day`, or −1 outside the covered span. No allocation. */
  private yearIndex(day: number): number {
    const rel = day - this.base;
    if (!(rel >= 0 && rel < this.total)) return -1;
    const starts = this.starts;
    let y = (rel / 365.2425) | 0;
    if (y >= this.tables.length) y = this.tables.length - 1;
    while (day < (starts[y] as number)) y--;
    while (day >= (starts[y + 1] as number)) y++;
    return y;
  }

  hasYear(year: number): boolean {
    return this.available[year - this.minYear] === 1;
  }

  isProvisionalYear(year: number): boolean {
    return this.hasYear(year) && this.provisional.has(year);
  }

  yearError(year: number, path: readonly (string | number)[] = []): InputError {
    return this.blocked.has(year) ? yearProvisionalError(year, path) : _yearMissingError(year, this.years, path);
  }

  /** The flags of a day; throws for a year without data. The hot path: no allocation. */
  private flags(day: number): number {
    const y = this.yearIndex(day);
    if (y >= 0) {
      const table = this.tables[y] ?? (this.available[y] === 1 ? this.buildYear(y) : undefined);
      if (table !== undefined) return table[day - (this.starts[y] as number)] as number;
    }
    return this.missing(day);
  }

  private missing(day: number): never {
    if (!Number.isInteger(day)) throw new TypeError(`[kerja-dinamis] _compileCalendar: a day must be an integer epoch day, not ${String(day)}`);
    throw this.yearError(yearOfDay(day));
  }

  /** Builds the per-flags hours on first use (a caller asking only about working days never pays for it; one asking only for minutes builds no objects). */
  private hours(objects: boolean): { minutes: Int32Array; schedules: (DayScheduleCore | undefined)[] } {
    if (this.policy === undefined) return noSchedule();
    const built = buildSchedules(this.policy, this.hijriYears, objects);
    this.minutes = built.minutes;
    if (objects) this.schedules = built.schedules;
    return built;
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
    const minutes = this.minutes ?? this.hours(false).minutes;
    return minutes[flags] as number;
  }

  schedule(day: number): DayScheduleCore {
    const flags = this.flags(day);
    const schedules = this.schedules ?? this.hours(true).schedules;
    return schedules[flags] as DayScheduleCore;
  }

  holidaysInYear(year: number): readonly Holiday[] {
    const list = this.hasYear(year) ? this.lists.get(year) : undefined;
    if (list === undefined) throw this.yearError(year);
    return list;
  }
}

/**
 * Whether the options are the common `{ policy }` and nothing else: the schema would
 * accept them as they are (the policy itself is checked by `_ensurePolicy`), so the
 * parse is skipped.
 */
function onlyPolicy(options: unknown): options is CalendarOptions {
  if (typeof options !== 'object' || options === null || Object.getPrototypeOf(options) !== Object.prototype) return false;
  let keys = 0;
  for (const key in options) {
    if (key !== 'policy') return false;
    keys++;
  }
  return keys === 1;
}

function noSchedule(): never {
  throw new TypeError('[kerja-dinamis] _compileCalendar: working hours need a policy; compile the calendar with one');
}

/**
 * Compiles the working calendar: the built-in years, then the policy's `calendar`
 * section, then `options` on top. Validates the options (and the policy) once.
 *
 * @param policy - The policy whose `calendar` section and `schedule` apply; without
 *   one (`undefined`, and none in `options.policy`) only the built-in calendar and
 *   `options` apply, and `workMinutes` / `schedule` throw `TypeError`.
 * @param options - Calendar overrides on top of the policy's.
 * @param path - Where `options` sit in the caller's arguments, for issue paths.
 * @returns The compiled calendar, to be used for one call's worth of questions.
 * @throws {@link InputError} when the options or policy are invalid, or an override
 *   removes or moves a day that is not a holiday, or adds or moves onto one that is.
 */
export function _compileCalendar(policy: Policy | undefined, options?: CalendarOptions, path: readonly (string | number)[] = ['options']): _CompiledCalendar {
  const opts = options === undefined ? undefined : onlyPolicy(options) ? options : _parse(CalendarOptionsSchema, options, path);
  if (policy !== undefined && opts?.policy !== undefined && opts.policy !== policy) {
    throw new InputError([
      _issue(
        [...path, 'policy'],
        'conflicting_policy',
        'Kebijakan di opsi berbeda dari kebijakan yang diberikan sebagai argumen; berikan satu saja',
        'The policy in the options differs from the policy given as an argument; give only one',
      ),
    ]);
  }
  const p = policy !== undefined ? _ensurePolicy(policy, _calendarPolicyCheck) : opts?.policy !== undefined ? _ensurePolicy(opts.policy, _calendarPolicyCheck) : undefined;
  const state: State = { years: new Map(), ramadan: new Map(), provisional: new Set(), allowProvisional: false };
  const builtIn = new Set<YearHolidays>();
  for (const data of BUILT_IN_CALENDAR) {
    state.years.set(data.year, data.holidays);
    if (data.provisional === true) state.provisional.add(data.year);
    builtIn.add(data.holidays);
    for (const period of data.ramadan) state.ramadan.set(period.hijriYear, period);
  }
  const issues: InputIssue[] = [];
  if (p !== undefined) applyLayer(state, p.calendar, ['policy', 'calendar'], issues);
  if (opts !== undefined) applyLayer(state, opts, path, issues);
  if (issues.length > 0) throw new InputError(issues);
  const blocked = new Set<number>();
  const lists = finalize(state, builtIn, blocked);
  const usable = new Set([...state.provisional].filter((year) => !blocked.has(year)));
  return new CompiledCalendar(lists, state.ramadan.values(), p, usable, blocked);
}
