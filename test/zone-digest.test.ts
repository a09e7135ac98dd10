/**
 * The time-zone proof of `npm test`, at scale: a large generated workload through every
 * module (2,000 employee records decided, 120 units rostered, 300 early-warning runs,
 * 1,000 NIPs, every day and month of the settled years 2023–2026), its JSON hashed, and the hash computed
 * again with the host switched to four other zones in this process. One differing byte
 * anywhere fails.
 *
 * `npm test` runs the whole suite under TZ=UTC, then this file and the other date tests
 * (`npm run test:zones`) under America/Los_Angeles and Pacific/Kiritimati, so that a zone
 * read when a module loads is caught too. The workload is generated from a fixed seed.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dailySchedule, datesBetween, holidaysInYear, isWorkingDay, workingDaysInMonth, workingWeeksOfMonth } from '../src/calendar/index';
import { assessUnit } from '../src/eligibility/index';
import { parseNip } from '../src/nip/index';
import { evaluateEarlyWarning } from '../src/performance/index';
import { jabarMkd2023, jabarMkd2025, jabarMkd2026 } from '../src/policy/index';
import { allocateWorkPatterns } from '../src/work-pattern/index';
import { AS_OF, fullRecordArb } from './arbitraries/eligibility';
import { validNipArb } from './arbitraries/nip';
import { monthsOfRun, runArb } from './arbitraries/performance';
import { ZONE_OFFSETS, inZone } from './_helpers/zones';
import { unitInputArb } from './arbitraries/work-pattern';

const SEED = 20_261_203;

const sample = <T>(arb: fc.Arbitrary<T>, numRuns: number): T[] => fc.sample(arb, { seed: SEED, numRuns });
// Generated once, before any zone switch: only the library's work is repeated.
const records = sample(fullRecordArb, 2000);
const units = sample(unitInputArb({ maxEmployees: 8, pins: true }), 120);
const runs = sample(runArb, 300).map(monthsOfRun);
const nips = sample(validNipArb, 1000).map((n) => n.nip);
const days = [...datesBetween('2023-01-01', '2024-12-31'), ...datesBetween('2025-01-01', '2026-12-31')];
const months = days.filter((d) => d.endsWith('-01')).map((d) => d.slice(0, 7));

/** Every module's output for the workload, hashed part by part (a failure names the part). */
function digests(): Record<string, string> {
  const hash = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('hex');
  return {
    eligibility: hash(assessUnit(records, [jabarMkd2023, jabarMkd2025, jabarMkd2026], { asOf: AS_OF })),
    workPattern: hash(units.map((u) => allocateWorkPatterns(u, jabarMkd2026))),
    earlyWarning: hash(runs.map((m) => evaluateEarlyWarning(m, jabarMkd2025))),
    nip: hash(nips.map((n) => parseNip(n, { asOf: AS_OF }))),
    calendar: hash([
      days.map((d) => [isWorkingDay(d), dailySchedule(d, { policy: jabarMkd2026 })]),
      months.map((m) => [workingDaysInMonth(m), workingWeeksOfMonth(m)]),
      [2023, 2024, 2025, 2026].map((y) => holidaysInYear(y)),
    ]),
  };
}

describe('a large generated workload and the host time zone', () => {
  const here = digests();

  it('decides every generated record and rosters every unit (the workload is not empty)', () => {
    expect(records).toHaveLength(2000);
    expect(new Set(records.map((r) => r.nip)).size).toBeGreaterThan(1);
    expect(days).toHaveLength(1461);
    expect(months).toHaveLength(48);
  });

  it.each(Object.keys(ZONE_OFFSETS))('gives the same bytes with the host in %s', (zone) => {
    const there = inZone(zone, digests);
    // the switch really happened: the host's clock read the zone's offset
    expect(there.offset).toBe(ZONE_OFFSETS[zone]);
    expect(there.result).toEqual(here);
  });

});
