import * as z from 'zod/mini';
import { _checkOptions, _issue, type InputIssue } from '../_lib/errors';
import { _addMonths, _civil, _daysInMonth, _epochDay, _formatIsoDate, _formatIsoMonth, _MIN_YEAR } from '../_lib/dates';
import { _addIssue, _requireDate } from '../_lib/schema';
import { _quoteText } from '../_lib/quote';

/** Sex as coded in the NIP's 15th digit: `1` PRIA (male), `2` WANITA (female). */
export type NipSex = 'PRIA' | 'WANITA';

/** A valid NIP and its parts. */
export interface ParsedNip {
  /** Valid. */
  readonly ok: true;
  /** The 18 digits, without spaces. */
  readonly nip: string;
  /** Date of birth, `YYYY-MM-DD` (digits 1–8). */
  readonly birthDate: string;
  /** Month of appointment as CPNS (TMT CPNS), `YYYY-MM` (digits 9–14). */
  readonly appointmentMonth: string;
  /** Sex (digit 15). */
  readonly sex: NipSex;
  /** Sequence number among those sharing the other parts, 0–999 (digits 16–18). */
  readonly sequence: number;
}

/** An invalid NIP, with every problem found. */
export interface InvalidNip {
  /** Not valid. */
  readonly ok: false;
  /** Every problem found (length, non-digits, impossible dates, order of dates, sex digit), each with a bilingual message. */
  readonly issues: readonly InputIssue[];
}

/** Result of {@link parseNip}. */
export type NipResult = ParsedNip | InvalidNip;

/** Options of {@link parseNip}. */
export interface ParseNipOptions {
  /** When given, an appointment month after this date's month is an issue. `YYYY-MM-DD`. */
  readonly asOf?: string;
}

/** The printed form with spaces between the parts: `19850312 201001 1 002`. */
const GROUPED_RE = /^(\d{8}) (\d{6}) (\d) (\d{3})$/;
const DIGITS_RE = /^\d+$/;
/** Most distinct non-digits a message names; more are shown as `…`. */
const SHOWN_NON_DIGITS = 5;

/** A UTF-16 code unit as a regular expression escape, `\\u0078` for `x`. */
const escapeUnit = (ch: string): string => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * The distinct non-digits of a text (UTF-16 code units), in order of first appearance,
 * up to one more than {@link SHOWN_NON_DIGITS}. Each is found by the engine's own scan
 * for a character that is neither a digit nor one found before, so a 10 MB text costs a
 * few native passes and no memory, where matching every non-digit built an array of
 * millions (3 s and 600 MB for 10 MB of letters).
 */
function nonDigitsOf(text: string): string[] {
  const found: string[] = [];
  let from = 0;
  while (found.length <= SHOWN_NON_DIGITS) {
    const next = new RegExp(`[^0-9${found.map(escapeUnit).join('')}]`, 'g');
    next.lastIndex = from;
    const match = next.exec(text);
    if (match === null) break;
    found.push(match[0]);
    from = match.index + 1;
  }
  return found;
}

function digitsOnly(text: string): boolean {
  return DIGITS_RE.test(text);
}

// The rules a NIP's parts obey, shared by parseNip (which reports each broken one) and
// _isNip (which only answers yes or no): one source of truth. Each reads its digits of
// the 18-character NIP in place (they are known to be digits), without slicing.

/** Value of the `length` digits of `nip` from `at`. */
function digitsAt(nip: string, at: number, length: number): number {
  let value = 0;
  for (let i = at; i < at + length; i++) value = value * 10 + (nip.charCodeAt(i) - 48);
  return value;
}

/** Epoch day of the birth date in digits 1–8, or `undefined` when no such day exists. */
function birthDayOf(nip: string): number | undefined {
  const y = digitsAt(nip, 0, 4);
  const m = digitsAt(nip, 4, 2);
  const d = digitsAt(nip, 6, 2);
  return y >= _MIN_YEAR && m >= 1 && m <= 12 && d >= 1 && d <= _daysInMonth(y, m) ? _epochDay(y, m, d) : undefined;
}

/** Year and month of appointment in digits 9–14, or `undefined` when no such month exists (a year from 1000, a month 1–12). */
function appointmentOf(nip: string): { year: number; month: number } | undefined {
  const year = digitsAt(nip, 8, 4);
  const month = digitsAt(nip, 12, 2);
  return year >= _MIN_YEAR && month >= 1 && month <= 12 ? { year, month } : undefined;
}

/**
 * Whether the appointment month is before the month of the 18th birthday (the NIP has no
 * appointment day): the birth month 18 years on, as adding 216 months to the birth date
 * keeps its month.
 */
function isBefore18(appointment: { year: number; month: number }, nip: string): boolean {
  return appointment.year * 12 + appointment.month < (digitsAt(nip, 0, 4) + 18) * 12 + digitsAt(nip, 4, 2);
}

/** Whether the 15th digit codes a sex: `1` or `2`. */
function isSexDigit(nip: string): boolean {
  const c = nip.charCodeAt(14);
  return c === 49 || c === 50;
}

/**
 * Whether `value` is a NIP that {@link parseNip} accepts, written as its 18 digits (no
 * spaces), so that {@link NipSchema} gives it back unchanged. The same rules as
 * `parseNip`, without building its result or issues: for guards in front of schemas.
 */
export function _isNip(value: unknown): value is string {
  if (typeof value !== 'string' || value.length !== 18 || !digitsOnly(value)) return false;
  if (birthDayOf(value) === undefined || !isSexDigit(value)) return false;
  const appointment = appointmentOf(value);
  return appointment !== undefined && !isBefore18(appointment, value);
}

/** The 18 digits of a NIP written in its usual groups (`19850312 201001 2 014`), or the text as it is. */
export function _normalizeNip(value: string): string {
  if (value.length !== 21) return value; // the grouped form's length: 18 digits and 3 spaces
  const grouped = GROUPED_RE.exec(value);
  return grouped === null ? value : grouped.slice(1).join('');
}

/**
 * Parses an 18-digit PNS NIP (Nomor Induk Pegawai): birth date `YYYYMMDD`, TMT CPNS
 * month `YYYYMM`, sex digit (1 male, 2 female) and a 3-digit sequence. The printed
 * form with single spaces between the four parts is accepted too. Checks that the
 * dates exist, that the appointment month is not before the month of the 18th
 * birthday (the NIP has no appointment day, so the check is by month), that it is
 * not after `asOf`'s month when given, and the sex digit. Never throws on any string
 * or other value: every problem found comes back as an issue.
 *
 * @param value - The NIP, usually a string.
 * @param options - `asOf` to reject appointments in the future.
 * @returns `{ ok: true, nip, birthDate, appointmentMonth, sex, sequence }` or `{ ok: false, issues }`.
 * @throws {@link InputError} only when `options.asOf` is given and is not a `YYYY-MM-DD` date.
 *
 * @example
 * ```ts
 * import { parseNip } from 'kerja-dinamis/nip';
 *
 * parseNip('198503122010011002');
 * //=> { ok: true, nip: '198503122010011002', birthDate: '1985-03-12', appointmentMonth: '2010-01', sex: 'PRIA', sequence: 2 }
 * parseNip('198513122010013002').ok; // month 13, sex digit 3
 * //=> false
 * ```
 */
export function parseNip(value: unknown, options?: ParseNipOptions): NipResult {
  const asOf = _checkOptions(options, ['asOf'])?.asOf;
  const asOfDay = asOf === undefined ? undefined : _requireDate(asOf, 'asOf', ['options', 'asOf']);
  if (typeof value !== 'string') {
    return invalid([
      _issue(
        [],
        'nip_invalid_type',
        `NIP harus berupa teks 18 digit, bukan ${value === null ? 'null' : typeof value}`,
        `A NIP must be a string of 18 digits, not ${value === null ? 'null' : typeof value}`,
      ),
    ]);
  }
  const nip = _normalizeNip(value);
  const issues: InputIssue[] = [];
  if (nip.length !== 18) {
    issues.push(
      _issue([], 'nip_length', `NIP harus 18 digit, bukan ${nip.length} karakter`, `A NIP must have 18 digits, not ${nip.length} characters`),
    );
  }
  const nonDigits = nonDigitsOf(nip);
  if (nonDigits.length > 0) {
    const more = nonDigits.length > SHOWN_NON_DIGITS ? ', …' : '';
    const shown = `${nonDigits.slice(0, SHOWN_NON_DIGITS).map((ch) => _quoteText(ch)).join(', ')}${more}`;
    issues.push(
      _issue([], 'nip_not_digits', `NIP hanya boleh berisi angka; ditemukan ${shown}`, `A NIP may contain digits only; found ${shown}`),
    );
  }
  if (nip.length !== 18) return invalid(issues);

  const birthText = nip.slice(0, 8);
  const appointmentText = nip.slice(8, 14);
  const sexText = nip.slice(14, 15);
  const sequenceText = nip.slice(15, 18);

  let birthDay: number | undefined;
  if (digitsOnly(birthText)) {
    birthDay = birthDayOf(nip);
    if (birthDay === undefined) {
      issues.push(
        _issue(
          [],
          'nip_birth_date_invalid',
          `Tanggal lahir pada NIP (digit 1–8, ${birthText}) bukan tanggal yang ada`,
          `The birth date in the NIP (digits 1–8, ${birthText}) is not a real date`,
        ),
      );
    }
  }

  let appointment: { year: number; month: number } | undefined;
  if (digitsOnly(appointmentText)) {
    appointment = appointmentOf(nip);
    if (appointment === undefined) {
      issues.push(
        _issue(
          [],
          'nip_appointment_month_invalid',
          `Bulan pengangkatan (TMT CPNS) pada NIP (digit 9–14, ${appointmentText}) bukan bulan yang ada`,
          `The appointment month (TMT CPNS) in the NIP (digits 9–14, ${appointmentText}) is not a real month`,
        ),
      );
    }
  }

  if (birthDay !== undefined && appointment !== undefined) {
    if (isBefore18(appointment, nip)) {
      const appointmentMonth = _formatIsoMonth(appointment.year, appointment.month);
      const birthday18 = _formatIsoDate(_addMonths(birthDay, 18 * 12));
      issues.push(
        _issue(
          [],
          'nip_appointment_before_18',
          `Bulan pengangkatan ${appointmentMonth} lebih awal dari bulan ulang tahun ke-18 (${birthday18}); CPNS diangkat paling muda 18 tahun`,
          `The appointment month ${appointmentMonth} is before the month of the 18th birthday (${birthday18}); a CPNS is appointed at 18 at the earliest`,
        ),
      );
    }
  }

  if (appointment !== undefined && asOfDay !== undefined) {
    const asOf = _civil(asOfDay);
    if (appointment.year * 12 + appointment.month > asOf.year * 12 + asOf.month) {
      const appointmentMonth = _formatIsoMonth(appointment.year, appointment.month);
      issues.push(
        _issue(
          [],
          'nip_appointment_after_as_of',
          `Bulan pengangkatan ${appointmentMonth} sesudah bulan tanggal acuan ${options?.asOf ?? ''}`,
          `The appointment month ${appointmentMonth} is after the month of the reference date ${options?.asOf ?? ''}`,
        ),
      );
    }
  }

  if (digitsOnly(sexText) && !isSexDigit(nip)) {
    issues.push(
      _issue(
        [],
        'nip_sex_digit_invalid',
        `Digit jenis kelamin pada NIP (digit 15) adalah ${sexText}; harus 1 (pria) atau 2 (wanita)`,
        `The sex digit of the NIP (digit 15) is ${sexText}; it must be 1 (male) or 2 (female)`,
      ),
    );
  }

  if (issues.length > 0 || birthDay === undefined || appointment === undefined) return invalid(issues);
  return {
    ok: true,
    nip,
    birthDate: _formatIsoDate(birthDay),
    appointmentMonth: _formatIsoMonth(appointment.year, appointment.month),
    sex: sexText === '1' ? 'PRIA' : 'WANITA',
    sequence: Number(sequenceText),
  };
}

function invalid(issues: InputIssue[]): InvalidNip {
  return { ok: false, issues };
}

/**
 * Schema of a NIP inside other modules' inputs: a string that {@link parseNip} accepts
 * (no `asOf` check), given back as its 18 digits without spaces. Each problem becomes
 * its own issue with the bilingual message.
 *
 * @example
 * ```ts
 * import { NipSchema } from 'kerja-dinamis/nip';
 *
 * NipSchema.parse('19850312 201001 1 002');
 * //=> '198503122010011002'
 * ```
 */
export const NipSchema = /* @__PURE__ */ (() => z.pipe(z.string(), z.transform((value, ctx) => {
  const result = parseNip(value);
  if (result.ok) return result.nip;
  for (const issue of result.issues) _addIssue(ctx, issue.code, issue.message, [...issue.path]);
  return z.NEVER;
})))();
