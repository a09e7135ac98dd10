/**
 * Switching the host's time zone inside one test process (vitest's `forks` pool: a
 * process of its own, where `process.env.TZ` takes effect at once).
 */

/** getTimezoneOffset (UTC − local, minutes) on 2026-01-15 at noon in each zone the tests switch to. */
export const ZONE_OFFSETS: Readonly<Record<string, number>> = {
  UTC: 0,
  'America/Los_Angeles': 480,
  'Pacific/Kiritimati': -840,
  'Asia/Jakarta': -420,
  'Asia/Kolkata': -330,
};

/**
 * `compute()` with the host in `zone`, and the offset the host's clock read there (so a
 * test can check that the switch really happened); the zone is restored afterwards.
 */
export function inZone<T>(zone: string, compute: () => T): { result: T; offset: number } {
  const original = process.env['TZ'];
  try {
    process.env['TZ'] = zone;
    return { result: compute(), offset: new Date(2026, 0, 15, 12).getTimezoneOffset() };
  } finally {
    if (original === undefined) delete process.env['TZ'];
    else process.env['TZ'] = original;
  }
}
