import { describe, expect, it } from 'vitest';

// npm test runs the whole suite three times, under TZ=UTC, America/Los_Angeles and
// Pacific/Kiritimati (UTC+14). This file proves each run really is in its zone, so
// "the suite passes under three zones" is a fact and not a hope.
const OFFSETS_MINUTES_ON_2026_01_15: Record<string, number> = {
  UTC: 0,
  'America/Los_Angeles': 480, // getTimezoneOffset is UTC − local: PST is UTC−8
  'Pacific/Kiritimati': -840, // UTC+14
};

describe('host time zone', () => {
  it('is one of the three zones npm test runs under, and the clock agrees', () => {
    const tz = process.env['TZ'] ?? '';
    expect(Object.keys(OFFSETS_MINUTES_ON_2026_01_15)).toContain(tz);
    expect(new Date(2026, 0, 15, 12).getTimezoneOffset()).toBe(OFFSETS_MINUTES_ON_2026_01_15[tz]);
  });
});
