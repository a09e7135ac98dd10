/**
 * Cell values the way spreadsheets write them, turned into the library's values:
 * decimal commas, ya/tidak, dates as YYYY-MM-DD or DD/MM/YYYY, lists separated by `|`
 * or `,`, Indonesian names of codes. A value that cannot be read gives a bilingual
 * message; a value that reads but breaks a rule is left to the library's schemas.
 */
import { datesBetween, isIsoDate } from 'kerja-dinamis';
import type { LocalizedText } from 'kerja-dinamis';
import { textOf } from './text';

/** A converted cell, or why it could not be read. */
export type Converted = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly code: string; readonly message: LocalizedText };

const fail = (code: string, pick: (t: ReturnType<typeof textOf>) => string): Converted => ({
  ok: false,
  code,
  message: { id: pick(textOf('id')), en: pick(textOf('en')) },
});

const NUMBER_RE = /^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/;
const GROUPED_COMMA_DECIMAL_RE = /^[+-]?\d{1,3}(?:\.\d{3})+,\d+$/; // 1.234,5
const GROUPED_POINT_DECIMAL_RE = /^[+-]?\d{1,3}(?:,\d{3})+\.\d+$/; // 1,234.5

/**
 * A number: `92,5` and `92.5` both mean 92.5. A value with both separators is read the
 * way it can only be meant (`1.234,5`, `1,234.5`); a lone separator is always decimal,
 * so `6.400` is 6.4, never 6400 (the docs say: no thousands separators).
 */
export function readNumber(cell: string): Converted {
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
 * first as Indonesian spreadsheets write it. Anything else is passed on as written, so
 * the library's date check reports it with its own message.
 */
export function readDate(cell: string): Converted {
  const text = cell.trim();
  const m = DMY_RE.exec(text);
  if (m !== null) return { ok: true, value: `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` };
  return { ok: true, value: text };
}

/** A month: `YYYY-MM`, or `MM/YYYY`; anything else passed on for the library to report. */
export function readMonth(cell: string): Converted {
  const text = cell.trim();
  const m = MY_RE.exec(text);
  if (m !== null) return { ok: true, value: `${m[2]}-${m[1]!.padStart(2, '0')}` };
  return { ok: true, value: text };
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
      out.push((readDate(item) as { value: string }).value);
      continue;
    }
    const from = (readDate(range[1]!) as { value: string }).value;
    const to = (readDate(range[2]!) as { value: string }).value;
    const dates = isIsoDate(from) && isIsoDate(to) && from <= to ? datesBetween(from, to) : [];
    if (dates.length === 0 || dates.length > 62) return fail('invalid_date_range', (t) => t.badRange(item));
    out.push(...dates);
  }
  return { ok: true, value: out };
}
