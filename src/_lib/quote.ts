/**
 * How a message shows a value the caller gave: safely and briefly, whatever the value.
 *
 * Messages name what was wrong ("Invalid date for asOf: "2026-13-01" …"), and the value
 * can be anything a caller passes: a BigInt (which `JSON.stringify` throws on), a symbol
 * (which a template string throws on), an object without a prototype or with a throwing
 * `toString` (which `String()` throws on or runs), an array nested 100,000 deep (which
 * `String()` and `JSON.stringify` overflow the stack on), or a 10 MB string (which would
 * be copied into every message). {@link _quote} never runs the caller's code, never
 * recurses into the value, and never gives more than {@link _QUOTE_MAX} characters.
 */

/** Most characters a quoted value takes in a message, quote marks and ellipsis included. */
export const _QUOTE_MAX = 80;

/**
 * A string as a JSON string literal of at most `max` characters (quote marks included):
 * a longer one is cut at a code point and ends in `…"`. Only the first `max` code units
 * are read, so the cost does not grow with the string.
 */
export function _quoteText(text: string, max: number = _QUOTE_MAX): string {
  // Every code unit takes at least one character inside the quotes, so `max` of them are enough.
  const head = text.length > max ? text.slice(0, max) : text;
  const whole = JSON.stringify(head);
  if (head.length === text.length && whole.length <= max) return whole;
  let out = '"';
  for (const ch of head) {
    const piece = JSON.stringify(ch).slice(1, -1);
    // Room is kept for the ellipsis and the closing quote mark.
    if (out.length + piece.length + 2 > max) break;
    out += piece;
  }
  return `${out}…"`;
}

/** Bigints at least this far from zero are shown by their sign alone ({@link _quote}). */
const LARGE_BIGINT = 10n ** 76n;

/** A text cut to at most `max` characters (UTF-16 code units), ending in `…` when cut, never inside a surrogate pair. */
export function _cut(text: string, max: number = _QUOTE_MAX): string {
  if (text.length <= max) return text;
  const end = text.charCodeAt(max - 2) >= 0xd800 && text.charCodeAt(max - 2) <= 0xdbff ? max - 2 : max - 1;
  return `${text.slice(0, end)}…`;
}

/**
 * A value as a message shows it, in at most {@link _QUOTE_MAX} characters: a string as a
 * JSON string literal (`"2026-13-01"`), a number, bigint (`12n`), boolean, `null` or
 * `undefined` as written in code, a symbol as `Symbol(description)`, and any object by
 * its kind alone — `[…]` for an array, `{…}` for another object, `(function)` for a
 * function — as its contents can be anything, of any size or depth. Never throws, and
 * never runs the caller's code (no getter, `toString` or proxy trap is reached).
 */
export function _quote(value: unknown, max: number = _QUOTE_MAX): string {
  switch (typeof value) {
    case 'string':
      return _quoteText(value, max);
    case 'number':
    case 'boolean':
    case 'undefined':
      return String(value);
    case 'bigint':
      // A bigint of a million digits takes a while to print: only its size is shown then.
      return value < LARGE_BIGINT && value > -LARGE_BIGINT ? `${value}n` : value < 0n ? '-…n' : '…n';
    case 'symbol':
      // `String(symbol)` reads the description held by the symbol itself, not a property.
      return _cut(String(value), max);
    case 'function':
      return '(function)';
    default:
      if (value === null) return 'null';
      // `Array.isArray` looks through a proxy without calling its traps.
      return Array.isArray(value) ? '[…]' : '{…}';
  }
}
