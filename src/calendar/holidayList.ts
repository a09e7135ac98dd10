import * as z from 'zod/mini';
import { InputError, _issue, type InputIssue } from '../_lib/errors';
import { _civil, _hijriYearOf, _parseIsoDate } from '../_lib/dates';
import { IsoDateSchema, _parse } from '../_lib/schema';
import { CalendarOverridesSchema, HOLIDAY_KINDS, type CalendarOverrides, type CalendarYearData, type HolidayEntry, type RamadanPeriod } from '../policy/sections/calendar';

/** Kinds of row in a holiday list: the three kinds of holiday, and `RAMADAN` for the first or last day of fasting. */
export const HOLIDAY_LIST_KINDS = [...HOLIDAY_KINDS, 'RAMADAN'] as const;

/** A kind of row in a holiday list. */
export type HolidayListKind = (typeof HOLIDAY_LIST_KINDS)[number];

/**
 * One row of a holiday list, as a BKD/BKPSDM keeps it in a spreadsheet
 * (`tanggal;nama;jenis;nama_en`).
 */
export interface HolidayListEntry {
  /** The day, `YYYY-MM-DD`. */
  readonly date: string;
  /** `LIBUR_NASIONAL`, `CUTI_BERSAMA`, `LIBUR_DAERAH`, or `RAMADAN` for the first and the last day of fasting (two rows). */
  readonly kind: HolidayListKind;
  /** The name in Bahasa Indonesia, as the decision writes it, e.g. `Hari Jadi Kota Tasikmalaya`. */
  readonly name: string;
  /** The name in English; the Indonesian name when absent. */
  readonly nameEn?: string;
}

/** Options of {@link calendarFromHolidayList}. */
export interface HolidayListOptions {
  /** Where the list comes from (e.g. the SKB number), recorded as each replaced year's `source`. */
  readonly source?: string;
}

const name = /* @__PURE__ */ (() => z.string().check(z.trim(), z.minLength(1), z.maxLength(200)))();

const EntrySchema = /* @__PURE__ */ (() => z.strictObject({
  date: IsoDateSchema,
  kind: z.enum(HOLIDAY_LIST_KINDS),
  name,
  nameEn: z.exactOptional(name),
}))();

const ListSchema = /* @__PURE__ */ (() => z.array(EntrySchema).check(z.maxLength(10_000)))();
const OptionsSchema = /* @__PURE__ */ (() => z.strictObject({ source: z.exactOptional(z.string().check(z.minLength(1), z.maxLength(500))) }))();

const byDate = (a: { readonly date: string }, b: { readonly date: string }): number => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/**
 * Turns a holiday list into calendar overrides for a policy's `calendar` section or a
 * calendar function's options, so that holidays can be kept in a spreadsheet:
 *
 * - `LIBUR_DAERAH` rows are added to the calendar (Hari Jadi Kota Tasikmalaya on 17 October, Perda Kota Tasikmalaya 9/2003);
 * - `LIBUR_NASIONAL` and `CUTI_BERSAMA` rows of a year replace that year's national list
 *   whole (the year's SKB 3 Menteri), and such a year needs its Ramadan as a pair of
 *   `RAMADAN` rows: the first and the last day of fasting;
 * - a `RAMADAN` pair in a year without national rows replaces that Ramadan's dates (the
 *   Kemenag *sidang isbat*).
 *
 * A pair of `RAMADAN` rows is matched by the Hijri year of its dates.
 *
 * @param entries - The rows, in any order.
 * @param options - `source`: the decision the national rows come from.
 * @returns The overrides: `added`, `years` and `ramadan`, each present only when not empty.
 * @throws {@link InputError} listing every problem with the row index: a bad date,
 *   kind or name; a date listed twice; a national year without its Ramadan rows; a
 *   Ramadan row without its pair, or a pair not 29 or 30 days apart.
 *
 * @example
 * ```ts
 * import { calendarFromHolidayList } from 'kerja-dinamis/calendar';
 *
 * calendarFromHolidayList([{ date: '2025-10-17', kind: 'LIBUR_DAERAH', name: 'Hari Jadi Kota Tasikmalaya', nameEn: 'Tasikmalaya City Anniversary' }]);
 * //=> { added: [{ date: '2025-10-17', kind: 'LIBUR_DAERAH', name: { id: 'Hari Jadi Kota Tasikmalaya', en: 'Tasikmalaya City Anniversary' } }] }
 * ```
 */
export function calendarFromHolidayList(entries: readonly HolidayListEntry[], options?: HolidayListOptions): CalendarOverrides {
  const rows = _parse(ListSchema, entries, ['entries']);
  const opts = options === undefined ? {} : _parse(OptionsSchema, options, ['options']);
  const issues: InputIssue[] = [];
  const added: HolidayEntry[] = [];
  const national = new Map<number, HolidayEntry[]>();
  const ramadanRows = new Map<number, { date: string; index: number }[]>();
  const seen = new Map<string, number>();
  rows.forEach((row, index) => {
    // The two RAMADAN rows are days of fasting, not holidays: they may share a date with a
    // holiday (the last day of fasting is often cuti bersama), whichever row comes first.
    if (row.kind !== 'RAMADAN') {
      const first = seen.get(row.date);
      if (first !== undefined) {
        issues.push(
          _issue(
            ['entries', index, 'date'],
            'calendar_duplicate_date',
            `Tanggal ${row.date} sudah disebut pada baris ke-${first + 1}`,
            `The date ${row.date} is already listed in row ${first + 1}`,
          ),
        );
        return;
      }
      seen.set(row.date, index);
    }
    const day = _parseIsoDate(row.date) as number;
    if (row.kind === 'RAMADAN') {
      const hijri = _hijriYearOf(day);
      const list = ramadanRows.get(hijri);
      if (list === undefined) ramadanRows.set(hijri, [{ date: row.date, index }]);
      else list.push({ date: row.date, index });
      return;
    }
    const entry: HolidayEntry = { date: row.date, kind: row.kind, name: { id: row.name, en: row.nameEn ?? row.name } };
    if (row.kind === 'LIBUR_DAERAH') {
      added.push(entry);
      return;
    }
    const year = _civil(day).year;
    const list = national.get(year);
    if (list === undefined) national.set(year, [entry]);
    else list.push(entry);
  });
  const periods: RamadanPeriod[] = [];
  for (const [hijriYear, list] of [...ramadanRows].sort((a, b) => a[0] - b[0])) {
    if (list.length !== 2) {
      for (const { date, index } of list) {
        issues.push(
          _issue(
            ['entries', index, 'kind'],
            'calendar_ramadan_unpaired',
            `Ramadan ${hijriYear} H perlu tepat dua baris RAMADAN (hari pertama dan hari terakhir puasa), bukan ${list.length}: ${date}`,
            `Ramadan ${hijriYear} AH needs exactly two RAMADAN rows (the first and the last day of fasting), not ${list.length}: ${date}`,
          ),
        );
      }
      continue;
    }
    const [a, b] = [...list].sort(byDate) as [{ date: string; index: number }, { date: string; index: number }];
    const days = (_parseIsoDate(b.date) as number) - (_parseIsoDate(a.date) as number) + 1;
    if (days < 29 || days > 30) {
      issues.push(
        _issue(
          ['entries', b.index, 'date'],
          'calendar_ramadan_length',
          `Ramadan ${hijriYear} H dari ${a.date} sampai ${b.date} berlangsung ${days} hari; harus 29 atau 30 hari`,
          `Ramadan ${hijriYear} AH from ${a.date} to ${b.date} lasts ${days} days; it must last 29 or 30 days`,
        ),
      );
      continue;
    }
    periods.push({ hijriYear, start: a.date, end: b.date });
  }
  const years: CalendarYearData[] = [];
  const usedPeriods = new Set<RamadanPeriod>();
  for (const [year, holidays] of [...national].sort((x, y) => x[0] - y[0])) {
    const first = `${year}-01-01`;
    const last = `${year}-12-31`;
    const ramadan = periods.filter((p) => p.start <= last && p.end >= first);
    if (ramadan.length === 0) {
      const index = rows.findIndex((row) => row.kind !== 'RAMADAN' && row.kind !== 'LIBUR_DAERAH' && row.date.startsWith(`${year}-`));
      issues.push(
        _issue(
          ['entries', index, 'kind'],
          'calendar_year_without_ramadan',
          `Daftar libur nasional tahun ${year} menggantikan daftar bawaan, jadi perlu dua baris RAMADAN untuk hari pertama dan terakhir puasa Ramadan yang jatuh pada ${year}`,
          `The national list of ${year} replaces the built-in one, so it needs two RAMADAN rows for the first and the last day of the Ramadan that falls in ${year}`,
        ),
      );
      continue;
    }
    for (const p of ramadan) usedPeriods.add(p);
    years.push({ year, ...(opts.source === undefined ? {} : { source: opts.source }), holidays: holidays.sort(byDate), ramadan });
  }
  if (issues.length > 0) throw new InputError(issues);
  const out: { added?: HolidayEntry[]; years?: CalendarYearData[]; ramadan?: RamadanPeriod[] } = {};
  if (added.length > 0) out.added = added.sort(byDate);
  if (years.length > 0) out.years = years;
  const alone = periods.filter((p) => !usedPeriods.has(p));
  if (alone.length > 0) out.ramadan = alone;
  return _parse(CalendarOverridesSchema, out, ['entries']);
}
