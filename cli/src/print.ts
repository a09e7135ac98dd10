/**
 * What the printed roster page (`--html`) shows besides the roster: the print date,
 * the agency, the signature block and the month's holidays, read and checked from the
 * options, `SOURCE_DATE_EPOCH` and the clock before any file is read.
 */
import { holidaysInYear, isInputError, parseNip } from 'kerja-dinamis';
import type { CalendarOverrides, HolidayKind, Policy } from 'kerja-dinamis';
import type { Ctx } from './context';
import { CliFailure } from './input';
import { todayInJakarta, type CliIo } from './io';
import { PRINT_OPTIONS, type PrintOption } from './options';
import { printTextOf, type PrintText } from './print-text';
import type { Lang } from './text';

/** Who signs the printed roster, and where. */
export interface Signatory {
  /** The place written before the date, e.g. `Bandung`. */
  readonly place?: string;
  /** The signatory's position, e.g. `Kepala Dinas Komunikasi dan Informatika`. */
  readonly title: string;
  /** The signatory's name. */
  readonly name: string;
  /** The signatory's NIP, in its printed groups (`19700101 199003 1 001`). */
  readonly nip?: string;
}

/** One holiday of the month, as the page lists it. */
export interface HolidayLine {
  /** The day, `YYYY-MM-DD`. */
  readonly date: string;
  /** Its name in the page's language. */
  readonly name: string;
  /** National holiday, cuti bersama or regional holiday. */
  readonly kind: HolidayKind;
  /** Whether the date is expected, not decided (a provisional year). */
  readonly expected: boolean;
}

/** Everything the printed page shows besides the roster itself. */
export interface PrintPage {
  /** The print date, `YYYY-MM-DD`: also the date of the signature. */
  readonly printedOn: string;
  /** The agency named at the top of every unit page. */
  readonly agency?: string;
  /** The signature block under every unit, when given. */
  readonly signatory?: Signatory;
  /** The month's holidays, by date. */
  readonly holidays: readonly HolidayLine[];
}

/** The last second JavaScript dates and `YYYY-MM-DD` both reach: 9999-12-31T23:59:59Z. */
const MAX_EPOCH_SECONDS = 253_402_300_799;

/**
 * The UTC date of a `SOURCE_DATE_EPOCH` value (reproducible-builds.org: an integer
 * number of seconds since 1970-01-01 00:00:00 UTC, as `date +%s` prints it), or
 * `undefined` when the value is not such a number or is past the year 9999.
 *
 * @example
 * ```ts
 * dateOfSourceDateEpoch('1770000000');
 * //=> '2026-02-02'
 * dateOfSourceDateEpoch('1.5e9');
 * //=> undefined
 * ```
 */
export function dateOfSourceDateEpoch(value: string): string | undefined {
  if (!/^[0-9]{1,12}$/.test(value)) return undefined;
  const seconds = Number(value);
  if (seconds > MAX_EPOCH_SECONDS) return undefined;
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

/**
 * The print date: `--printed-on` (already checked by the option parser), else the UTC
 * date of `SOURCE_DATE_EPOCH` when it is set and not empty, else today in WIB from the
 * command's clock.
 *
 * @throws {@link CliFailure} when `SOURCE_DATE_EPOCH` is used and malformed.
 */
export function printDateOf(option: string | undefined, io: CliIo, pt: PrintText): string {
  if (option !== undefined) return option;
  const epoch = io.env?.['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && epoch !== '') {
    const date = dateOfSourceDateEpoch(epoch);
    if (date === undefined) throw new CliFailure([pt.badSourceDateEpoch(epoch)]);
    return date;
  }
  return todayInJakarta(io.now());
}

/** A NIP's 18 digits in the groups it is printed in: `19700101 199003 1 001`. */
function groupedNip(nip: string): string {
  return `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
}

/**
 * The print options of a run, checked: with `--html`, the print date, agency and
 * signatory (holidays are added once the policy and calendar are known); without it,
 * a failure naming the print options given, since they would do nothing.
 *
 * @throws {@link CliFailure} for print options without `--html`, an empty value, a
 *   signature without `--sign-title` and `--sign-name`, an invalid `--sign-nip`, or a
 *   malformed `SOURCE_DATE_EPOCH`.
 */
export function printOptionsOf(ctx: Ctx, command: 'roster' | 'demo'): Omit<PrintPage, 'holidays'> | undefined {
  const { args, io, lang } = ctx;
  const pt = printTextOf(lang);
  const given = PRINT_OPTIONS.filter((o) => args.values[o] !== undefined);
  if (args.values.html === undefined) {
    if (given.length > 0) throw new CliFailure([pt.needsHtml(given.map((o) => `--${o}`), command)]);
    return undefined;
  }
  const text = (option: PrintOption): string | undefined => {
    const value = args.values[option];
    if (value === undefined) return undefined;
    const trimmed = value.trim();
    if (trimmed === '') throw new CliFailure([pt.blankOption(`--${option}`)]);
    return trimmed;
  };
  const printedOn = printDateOf(args.values['printed-on'], io, pt);
  const agency = text('agency');
  const place = text('sign-place');
  const title = text('sign-title');
  const name = text('sign-name');
  const nip = text('sign-nip');
  let signatory: Signatory | undefined;
  if (place !== undefined || title !== undefined || name !== undefined || nip !== undefined) {
    if (title === undefined || name === undefined) {
      throw new CliFailure([pt.signatureIncomplete([...(title === undefined ? ['--sign-title'] : []), ...(name === undefined ? ['--sign-name'] : [])])]);
    }
    let printedNip: string | undefined;
    if (nip !== undefined) {
      const parsed = parseNip(nip, { asOf: printedOn });
      if (!parsed.ok) throw new CliFailure([pt.badSignNip(nip, parsed.issues.map((i) => i.message[lang]))]);
      printedNip = groupedNip(parsed.nip);
    }
    signatory = { title, name, ...(place === undefined ? {} : { place }), ...(printedNip === undefined ? {} : { nip: printedNip }) };
  }
  return { printedOn, ...(agency === undefined ? {} : { agency }), ...(signatory === undefined ? {} : { signatory }) };
}

/**
 * The holidays of a month from the library's calendar, after the policy's `calendar`
 * section and the run's overrides (`--holidays`, `--provisional`): national holidays,
 * cuti bersama and regional holidays, weekends included.
 *
 * @throws {@link CliFailure} when the calendar has no data for the year (or it is provisional without `--provisional`).
 */
export function monthHolidays(month: string, policy: Policy, calendar: CalendarOverrides | undefined, lang: Lang): HolidayLine[] {
  let holidays;
  try {
    holidays = holidaysInYear(Number(month.slice(0, 4)), { ...calendar, policy });
  } catch (error) {
    if (!isInputError(error)) throw error;
    throw new CliFailure(error.issues.map((i) => `kerja-dinamis roster: ${i.message[lang]}`));
  }
  return holidays
    .filter((h) => h.date.startsWith(`${month}-`))
    .map((h) => ({ date: h.date, name: h.name[lang], kind: h.kind, expected: h.approximate === true }));
}
