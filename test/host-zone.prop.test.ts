/**
 * Results do not depend on the host's time zone, proved inside one process: each
 * property computes a result, switches `process.env.TZ` to another zone (checking that
 * the host's clock really moved), computes it again and compares. `npm test` also runs
 * the suite under three zones; these properties add Asia/Jakarta and Asia/Kolkata and
 * many dates per run.
 *
 * A separate file because switching TZ needs a process of its own (vitest's default
 * `forks` pool): `npm run test:mutation` runs tests in worker threads, where the zone
 * cannot be switched, and leaves this file out (vitest.config.ts), as it leaves out
 * test/zone-digest.test.ts.
 */
import { afterEach, describe, expect } from 'vitest';
import { it, fc } from '@fast-check/vitest';
import { runs } from './_helpers/runs';
import { dailySchedule, isWorkingDay, workingDaysInMonth } from '../src/calendar/index';
import { evaluateEarlyWarning, scoreMonthlyPerformance, type EarlyWarningMonthInput } from '../src/performance/index';
import { jabarMkd2025 } from '../src/policy/index';
import { builtInDateArb } from './arbitraries/calendar';
import { anyMonthInputArb, runArb, type RunEntry } from './arbitraries/performance';

/** getTimezoneOffset (UTC − local, minutes) on 2026-01-15 at noon in each zone. */
const OFFSETS: Readonly<Record<string, number>> = { UTC: 0, 'America/Los_Angeles': 480, 'Pacific/Kiritimati': -840, 'Asia/Jakarta': -420, 'Asia/Kolkata': -330 };
const zoneArb = fc.constantFrom(...Object.keys(OFFSETS));
const originalTz = process.env['TZ'];

const restoreTz = (): void => {
  if (originalTz === undefined) delete process.env['TZ'];
  else process.env['TZ'] = originalTz;
};

/** `compute()` here and in `zone`: both results, and the offset the host's clock read there. */
function hereAndThere(zone: string, compute: () => unknown): { here: string; there: string; offset: number } {
  const here = JSON.stringify(compute());
  try {
    process.env['TZ'] = zone;
    return { here, there: JSON.stringify(compute()), offset: new Date(2026, 0, 15, 12).getTimezoneOffset() };
  } finally {
    restoreTz();
  }
}

const toMonths = (run: readonly RunEntry[]): EarlyWarningMonthInput[] =>
  run.flatMap((e): EarlyWarningMonthInput[] => (e.kind === 'input' ? [e.input] : e.kind === 'missing' ? [{ month: e.month, missing: true }] : []));

describe('results and the host time zone', () => {
  afterEach(restoreTz);

  it.prop([builtInDateArb, zoneArb])('the calendar is identical whatever the host time zone', (date, zone) => {
    const r = hereAndThere(zone, () => [isWorkingDay(date), dailySchedule(date, { policy: jabarMkd2025 }), workingDaysInMonth(date.slice(0, 7))]);
    // the switch really happened: the host's clock read the zone's offset
    expect(r.offset).toBe(OFFSETS[zone]);
    expect(r.there).toBe(r.here);
  });

  it.prop([anyMonthInputArb, zoneArb], { numRuns: runs(30) })('a monthly score is identical whatever the host time zone', (input, zone) => {
    const r = hereAndThere(zone, () => scoreMonthlyPerformance(input, jabarMkd2025));
    expect(r.offset).toBe(OFFSETS[zone]);
    expect(r.there).toBe(r.here);
  });

  it.prop([runArb, zoneArb], { numRuns: runs(20) })('the early warning is identical whatever the host time zone', (run, zone) => {
    const months = toMonths(run);
    const r = hereAndThere(zone, () => evaluateEarlyWarning(months, jabarMkd2025));
    expect(r.offset).toBe(OFFSETS[zone]);
    expect(r.there).toBe(r.here);
  });
});
