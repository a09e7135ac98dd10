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
import { describe, expect } from 'vitest';
import { it, fc } from '@fast-check/vitest';
import { runs } from './_helpers/runs';
import { ZONE_OFFSETS, inZone } from './_helpers/zones';
import { dailySchedule, isWorkingDay, workingDaysInMonth } from '../src/calendar/index';
import { evaluateEarlyWarning, scoreMonthlyPerformance } from '../src/performance/index';
import { jabarMkd2025 } from '../src/policy/index';
import { builtInDateArb } from './arbitraries/calendar';
import { anyMonthInputArb, monthsOfRun, runArb } from './arbitraries/performance';

const zoneArb = fc.constantFrom(...Object.keys(ZONE_OFFSETS));

/** `compute()` here and in `zone`, as JSON, and the offset the host's clock read there. */
function hereAndThere(zone: string, compute: () => unknown): { here: string; there: string; offset: number } {
  const here = JSON.stringify(compute());
  const { result, offset } = inZone(zone, () => JSON.stringify(compute()));
  return { here, there: result, offset };
}

describe('results and the host time zone', () => {
  it.prop([builtInDateArb, zoneArb])('the calendar is identical whatever the host time zone', (date, zone) => {
    const r = hereAndThere(zone, () => [isWorkingDay(date), dailySchedule(date, { policy: jabarMkd2025 }), workingDaysInMonth(date.slice(0, 7))]);
    // the switch really happened: the host's clock read the zone's offset
    expect(r.offset).toBe(ZONE_OFFSETS[zone]);
    expect(r.there).toBe(r.here);
  });

  it.prop([anyMonthInputArb, zoneArb], { numRuns: runs(30) })('a monthly score is identical whatever the host time zone', (input, zone) => {
    const r = hereAndThere(zone, () => scoreMonthlyPerformance(input, jabarMkd2025));
    expect(r.offset).toBe(ZONE_OFFSETS[zone]);
    expect(r.there).toBe(r.here);
  });

  it.prop([runArb, zoneArb], { numRuns: runs(20) })('the early warning is identical whatever the host time zone', (run, zone) => {
    const months = monthsOfRun(run);
    const r = hereAndThere(zone, () => evaluateEarlyWarning(months, jabarMkd2025));
    expect(r.offset).toBe(ZONE_OFFSETS[zone]);
    expect(r.there).toBe(r.here);
  });
});
