/**
 * Cell values the way spreadsheets write them, turned into the library's values:
 * decimal commas, ya/tidak, dates as YYYY-MM-DD or DD/MM/YYYY, lists separated by `|`
 * or `,`, Indonesian names of codes; and the typed values of `.xlsx` cells (numbers,
 * dates, booleans, formula results). A value that cannot be read gives a bilingual
 * message — with a targeted hint for the usual spreadsheet accidents (a NIP in
 * scientific notation or stored as a number, a thousands separator, a date serial
 * number); a value that reads but breaks a rule is left to the library's schemas.
 */
import { datesBetween, isIsoDate } from 'kerja-dinamis';
import type { LocalizedText } from 'kerja-dinamis';
import { sheetTextOf, type SheetText } from './sheet-text';
import type { ColumnKind } from './templates';
import { textOf } from './text';

/** A converted cell, or why it could not be read. */
export type Converted = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly code: string; readonly message: LocalizedText };

/**
 * A typed value of an `.xlsx` cell. Text cells are plain strings, read exactly as CSV
 * cells are; a formula cell is its saved result (formulas are never calculated).
 */
export type SheetValue =
  /** A number, as stored (a double). */
  | { readonly type: 'number'; readonly value: number }
  /** TRUE or FALSE. */
  | { readonly type: 'boolean'; readonly value: boolean }
  /** A date cell: the date of its UTC fields, `YYYY-MM-DD` (never the host's time zone). */
  | { readonly type: 'date'; readonly date: string }
  /** A spreadsheet error such as `#N/A` or `#REF!` (`undefined`: a formula's error result, whose text the reader does not keep). */
  | { readonly type: 'error'; readonly error: string | undefined }
  /** A formula whose result was never saved. */
  | { readonly type: 'formula' }
  /** Anything else a cell may hold that has no meaning here. */
  | { readonly type: 'unreadable' };

/** One cell of a row: the text of a CSV cell or of a text cell, or a typed `.xlsx` value. */
export type Cell = string | SheetValue;

/** Whether a cell is empty: blank text (a typed value is never blank). */
export function isBlankCell(cell: Cell | undefined): boolean {
  if (typeof cell !== 'string') return cell === undefined;
  // A printable ASCII character at either end: not blank, without trimming (the usual cell).
  const first = cell.charCodeAt(0);
  if (first > 32 && first < 127) return false;
  return cell.trim() === '';
}

const fail = (code: string, pick: (t: ReturnType<typeof textOf>) => string): Converted => ({
  ok: false,
  code,
  message: { id: pick(textOf('id')), en: pick(textOf('en')) },
});

const hint = (code: string, pick: (t: SheetText) => string): Converted => ({
  ok: false,
  code,
  message: { id: pick(sheetTextOf('id')), en: pick(sheetTextOf('en')) },
});

const ok = (value: unknown): Converted => ({ ok: true, value });

const SERIAL_RE = /^\d{5}(?:[.,]\d+)?$/;
/** 9999-12-31, the last date a spreadsheet has. */
const LAST_SERIAL = 2_958_465;
const DAY_MS = 86_400_000;

/**
 * The date of an Excel serial number in the 1900 date system, `YYYY-MM-DD`: serial 1 is
 * 1900-01-01, and Excel counts a 29 February 1900 that never was (serial 60), so from
 * serial 61 (1900-03-01) on the day is counted from 1899-12-30. A time of day (the
 * fraction) is dropped. `undefined` outside 1–2,958,465 and for serial 60.
 *
 * @example
 * excelSerialToIsoDate(46053) //=> '2026-01-31'
 */
export function excelSerialToIsoDate(serial: number): string | undefined {
  const day = Math.floor(serial);
  if (!Number.isFinite(serial) || day < 1 || day > LAST_SERIAL || day === 60) return undefined;
  const epoch = day < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return new Date(epoch + day * DAY_MS).toISOString().slice(0, 10);
}

/** Serials of 1930-01-01 and 2099-12-31: a number between them in a date column is taken for a lost date format. */
const PLAUSIBLE_SERIALS = [10_959, 73_050] as const;

/** The date a text of digits would be as a serial number, when it is a plausible one (1930–2099; a year such as `2026` is not). */
function serialDate(text: string): string | undefined {
  if (!SERIAL_RE.test(text)) return undefined;
  const serial = Number(text.replace(',', '.'));
  return serial >= PLAUSIBLE_SERIALS[0] && serial < PLAUSIBLE_SERIALS[1] + 1 ? excelSerialToIsoDate(serial) : undefined;
}

const NUMBER_RE = /^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/;
const GROUPED_COMMA_DECIMAL_RE = /^[+-]?\d{1,3}(?:\.\d{3})+,\d+$/; // 1.234,5
const GROUPED_POINT_DECIMAL_RE = /^[+-]?\d{1,3}(?:,\d{3})+\.\d+$/; // 1,234.5

/**
 * A number: `92,5` and `92.5` both mean 92.5. A value with both separators is read the
 * way it can only be meant (`1.234,5`, `1,234.5`); a lone separator is always decimal,
 * so `6.400` is 6.4, never 6400 (the docs say: no thousands separators).
 */
export function readNumber(cell: string): Converted {
  // The usual cell (`92`, `92,5`) holds no space: read as it is.
  if (NUMBER_RE.test(cell)) return { ok: true, value: Number(cell.replace(',', '.')) };
  const text = cell.trim().replace(/\s+/g, '');
  let normalized: string | undefined;
  if (NUMBER_RE.test(text)) normalized = text.replace(',', '.');
  else if (GROUPED_COMMA_DECIMAL_RE.test(text)) normalized = text.replaceAll('.', '').replace(',', '.');
  else if (GROUPED_POINT_DECIMAL_RE.test(text)) normalized = text.replaceAll(',', '');
  if (normalized === undefined) return fail('not_a_number', (t) => t.notNumber(cell.trim()));
  return { ok: true, value: Number(normalized) };
}

const TRUE_WORDS = new Set(['ya', 'y', 'yes', 'true', 'benar', '1']);
const FALSE_WORDS = new Set(['tidak', 't', 'no', 'n', 'false', 'salah', '0']);

/** A yes/no: `ya`, `tidak`, `true`, `false`, `1`, `0` (any case; also `y`, `t`, `yes`, `no`, `benar`, `salah`). */
export function readBoolean(cell: string): Converted {
  const word = cell.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return { ok: true, value: true };
  if (FALSE_WORDS.has(word)) return { ok: true, value: false };
  return fail('not_a_boolean', (t) => t.notBoolean(cell.trim()));
}

const DMY_RE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const MY_RE = /^(\d{1,2})[/.-](\d{4})$/;

/**
 * A date: `YYYY-MM-DD`, or `DD/MM/YYYY` (also `DD-MM-YYYY`, `DD.MM.YYYY`), the day
 * first as Indonesian spreadsheets write it. A number such as `46053` is an Excel date
 * serial that lost its date format: it is refused with the date it would be. Anything
 * else is passed on as written, so the library's date check reports it.
 */
export function readDate(cell: string): Converted {
  const text = cell.trim();
  const m = DMY_RE.exec(text);
  if (m !== null) return { ok: true, value: `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` };
  const serial = serialDate(text);
  if (serial !== undefined) return hint('excel_date_serial', (t) => t.dateSerial(text, serial));
  return { ok: true, value: text };
}

/** A month: `YYYY-MM`, or `MM/YYYY`; a date serial number refused with its month; anything else passed on for the library to report. */
export function readMonth(cell: string): Converted {
  const text = cell.trim();
  const m = MY_RE.exec(text);
  if (m !== null) return { ok: true, value: `${m[2]}-${m[1]!.padStart(2, '0')}` };
  const serial = serialDate(text);
  if (serial !== undefined) return hint('excel_date_serial', (t) => t.monthSerial(text, serial.slice(0, 7)));
  return { ok: true, value: text };
}

const SCIENTIFIC_RE = /^[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d+$/;

/**
 * A NIP (or another identifier a spreadsheet must keep as text): the text as written,
 * trimmed; a NIP in scientific notation (`1,98905E+17`) is refused with the fix, since
 * its last digits are already lost.
 */
export function readNip(cell: string): Converted {
  const text = cell.trim();
  if (SCIENTIFIC_RE.test(text)) return hint('nip_scientific_notation', (t) => t.nipScientific(text));
  return { ok: true, value: text };
}

const THOUSANDS_RE = /^[+-]?\d{1,3}([.,])\d{3}(?:\1\d{3})*$/;

/**
 * A whole number (minutes, days, head counts): read as {@link readNumber}, except that
 * `6.420` or `6,420` — a thousands separator, since a whole number has no decimals — is
 * refused with the number meant, rather than read as 6.42.
 */
export function readInteger(cell: string): Converted {
  const text = cell.trim().replace(/\s+/g, '');
  if (THOUSANDS_RE.test(text)) {
    const digits = text.replace(/[.,]/g, '');
    return hint('thousands_separator', (t) => t.thousandsSeparator(cell.trim(), digits));
  }
  return readNumber(cell);
}

const CODE_RE = /^[A-Z][A-Z_]*$/;

/** A code in the spelling of the library: upper case, words joined by `_`, apostrophes dropped (`Jum'at` → `JUMAT`). */
export function normalizeCode(text: string): string {
  if (CODE_RE.test(text)) return text;
  return text
    .trim()
    .toUpperCase()
    .replace(/['’`]/g, '')
    .replace(/[\s-]+/g, '_');
}

/** A code with the column's Indonesian and English aliases (`tidak ada` → `NONE`). */
export function readCode(cell: string, aliases: Readonly<Record<string, string>> = {}): Converted {
  const code = normalizeCode(cell);
  return { ok: true, value: Object.hasOwn(aliases, code) ? aliases[code] : code };
}

/** Splits a list cell on `|` or `,` (and `;` when it is not the delimiter), dropping empty items. */
export function splitList(cell: string): string[] {
  return cell
    .split(/[|,;]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** A list of texts. */
export function readList(cell: string): Converted {
  return { ok: true, value: splitList(cell) };
}

/** A list of codes, each with the aliases. */
export function readCodeList(cell: string, aliases: Readonly<Record<string, string>> = {}): Converted {
  return { ok: true, value: splitList(cell).map((item) => (readCode(item, aliases) as { value: string }).value) };
}

const RANGE_RE = /^(.+?)\s*\.\.\s*(.+)$/;

/**
 * A list of dates; an item `YYYY-MM-DD..YYYY-MM-DD` stands for every date of the range,
 * both ends included (at most 62 days). Items may also be separated by spaces.
 */
export function readDateList(cell: string): Converted {
  const out: string[] = [];
  for (const item of cell.split(/[|,;\s]+/).filter((s) => s !== '')) {
    const range = RANGE_RE.exec(item);
    if (range === null) {
      const date = readDate(item);
      if (!date.ok) return date;
      out.push(date.value as string);
      continue;
    }
    const fromDate = readDate(range[1]!);
    const toDate = readDate(range[2]!);
    if (!fromDate.ok) return fromDate;
    if (!toDate.ok) return toDate;
    const from = fromDate.value as string;
    const to = toDate.value as string;
    const dates = isIsoDate(from) && isIsoDate(to) && from <= to ? datesBetween(from, to) : [];
    if (dates.length === 0 || dates.length > 62) return fail('invalid_date_range', (t) => t.badRange(item));
    out.push(...dates);
  }
  return { ok: true, value: out };
}

/** The first date spreadsheets keep reliably: before it lie Excel's phantom 29 February 1900 and times of day without a date. */
const FIRST_RELIABLE_DATE = '1900-03-01';

/**
 * A typed `.xlsx` value read for a column of the given kind: a number in a number column
 * as is; a date cell in a date column as its date, in a month column as its month (the
 * 1st of a month only); a NIP stored as a number refused with the fix (18 digits do not
 * survive a double); a number in a date column refused as a date serial; a formula's
 * saved result read like any value; errors and formulas without a result refused.
 * Other combinations are read as the text the cell shows, through `readText` (the
 * column's text reader: codes with their aliases, lists…).
 */
export function readSheetValue(kind: ColumnKind, value: SheetValue, readText?: (text: string) => Converted): Converted {
  const asText = (text: string): Converted => (readText === undefined ? ok(text) : readText(text));
  switch (value.type) {
    case 'error':
      return hint('cell_error', (t) => t.cellError(value.error));
    case 'formula':
      return hint('formula_without_result', (t) => t.formulaWithoutResult);
    case 'unreadable':
      return hint('unreadable_cell', (t) => t.unreadableCell);
    case 'number': {
      const n = value.value;
      if (!Number.isFinite(n)) return hint('unreadable_cell', (t) => t.unreadableCell);
      switch (kind) {
        case 'number':
        case 'integer':
          return ok(n);
        case 'nip':
          return hint('nip_stored_as_number', (t) => t.nipAsNumber(numberShown(n)));
        case 'date':
        case 'dates':
        case 'month': {
          const date = excelSerialToIsoDate(n);
          // Not a date any spreadsheet shows: passed on as written, for the library to report.
          if (date === undefined || date < FIRST_RELIABLE_DATE) return ok(numberShown(n));
          return kind === 'month' ? hint('excel_date_serial', (t) => t.monthSerial(numberShown(n), date.slice(0, 7))) : hint('excel_date_serial', (t) => t.dateSerial(numberShown(n), date));
        }
        case 'text':
          if (Number.isInteger(n) && !Number.isSafeInteger(n)) return hint('number_too_long', (t) => t.longNumberAsText(numberShown(n)));
          return ok(numberShown(n));
        default:
          return asText(numberShown(n));
      }
    }
    case 'boolean':
      return kind === 'boolean' ? ok(value.value) : asText(value.value ? 'TRUE' : 'FALSE');
    case 'date': {
      const date = value.date;
      if (date < FIRST_RELIABLE_DATE) return hint('date_before_1900', (t) => t.earlyDate(date));
      switch (kind) {
        case 'date':
          return ok(date);
        case 'dates':
          return ok([date]);
        case 'month':
          return date.endsWith('-01') ? ok(date.slice(0, 7)) : hint('date_for_month', (t) => t.dateForMonth(date));
        default:
          return asText(date);
      }
    }
  }
}

const SHOWN = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 15, useGrouping: false });

/** A number as a spreadsheet shows it: 15 significant digits (then zeros), the point as decimal separator. */
function numberShown(n: number): string {
  return SHOWN.format(n);
}
