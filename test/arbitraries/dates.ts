import fc from 'fast-check';
import { _epochDay, _formatIsoDate, _daysInMonth } from '../../src/_lib/dates';

/** Epoch days from 1900-01-01 to 2199-12-31. */
export const epochDayArb = fc.integer({ min: _epochDay(1900, 1, 1), max: _epochDay(2199, 12, 31) });

/** Valid `YYYY-MM-DD` strings, 1900–2199. */
export const isoDateArb = epochDayArb.map(_formatIsoDate);

/** Valid `YYYY-MM-DD` strings near the library's built-in years. */
export const recentIsoDateArb = fc.integer({ min: _epochDay(2020, 1, 1), max: _epochDay(2030, 12, 31) }).map(_formatIsoDate);

/** Strings of the `YYYY-MM-DD` shape whose day may or may not exist. */
export const dateShapedArb = fc
  .tuple(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

/** Whether a `YYYY-MM-DD`-shaped string names a real day, by a route independent of the parser. */
export function isRealDate(text: string): boolean {
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  return m >= 1 && m <= 12 && d >= 1 && d <= _daysInMonth(y, m);
}
