import { describe, expect } from 'vitest';
import { it, fc } from '@fast-check/vitest';
import { _deepFreeze } from '../../src/_lib/freeze';
import { definePolicy, jabarMkd2025, type Policy } from '../../src/policy/index';
import { scoreMonthlyPerformance, type MonthlyPerformanceInput } from '../../src/performance/index';
import { anyMonthInputArb, betterMonthArb, reorder } from '../arbitraries/performance';

/** Policies with any valid weights, mode and attendance points. */
const policyArb: fc.Arbitrary<Policy> = fc
  .record({
    a: fc.integer({ min: 0, max: 100 }),
    b: fc.integer({ min: 0, max: 100 }),
    mode: fc.constantFrom('ZERO' as const, 'REDISTRIBUTE' as const),
    absentDayPoints: fc.integer({ min: 0, max: 30 }),
    perPoint: fc.integer({ min: 1, max: 60 }),
  })
  .map(({ a, b, mode, absentDayPoints, perPoint }) => {
    const trk = Math.min(a, 100);
    const kehadiran = Math.min(b, 100 - trk);
    return definePolicy(jabarMkd2025, {
      id: `w-${trk}-${kehadiran}-${mode}-${absentDayPoints}-${perPoint}`,
      performance: {
        weights: { TRK: trk, KEHADIRAN: kehadiran, SKP: 100 - trk - kehadiran },
        unknownComponent: mode,
        attendance: { absentDayPoints, lateOrEarlyMinutesPerPoint: perPoint },
      },
    });
  });
const anyPolicyArb = fc.oneof(fc.constant(jabarMkd2025), policyArb);

const h = (x: number) => Math.round(x * 100);
const score = (input: MonthlyPerformanceInput, policy: Policy = jabarMkd2025) => scoreMonthlyPerformance(input, policy).score ?? -1;

describe('scoreMonthlyPerformance', () => {
  it.prop([anyMonthInputArb, anyPolicyArb])('the score stays in [0, 100] and its contributions add up to it exactly', (input, policy) => {
    const r = scoreMonthlyPerformance(input, policy);
    const sum = r.breakdown.reduce((s, b) => s + h(b.contribution), 0);
    if (r.score === null) {
      expect(sum).toBe(0);
      return;
    }
    expect(r.score).toBeGreaterThanOrEqual(0);
    expect(r.score).toBeLessThanOrEqual(100);
    expect(sum).toBe(h(r.score));
    for (const b of r.breakdown) {
      expect(Number.isInteger(h(b.contribution)) && Math.abs(b.contribution * 100 - h(b.contribution)) < 1e-9).toBe(true);
      if (b.points !== null) expect(b.points).toBeGreaterThanOrEqual(0);
      if (b.points !== null) expect(b.points).toBeLessThanOrEqual(100);
    }
  });

  it.prop([anyMonthInputArb, anyPolicyArb])('the effective weights add up to 100 whenever there is a score', (input, policy) => {
    const r = scoreMonthlyPerformance(input, policy);
    if (r.score !== null) expect(r.breakdown.reduce((s, b) => s + h(b.effectiveWeight), 0)).toBe(10_000);
    // each contribution is its effective weight times its points, rounded half-up
    for (const b of r.breakdown) if (b.points !== null && r.score !== null) expect(h(b.contribution)).toBe(Math.floor((2 * h(b.effectiveWeight) * h(b.points) + 10_000) / 20_000));
  });

  it.prop([anyMonthInputArb, fc.nat({ max: 4000 }), anyPolicyArb])('more TRK minutes never lower the score', (input, extra, policy) => {
    fc.pre(input.trk !== undefined);
    const more = { ...input, trk: { effectiveMinutes: input.trk!.effectiveMinutes + extra } };
    expect(score(more, policy)).toBeGreaterThanOrEqual(score(input, policy));
  });

  it.prop([anyMonthInputArb, anyPolicyArb])('fewer days absent without reason never lower the score', (input, policy) => {
    const a = input.attendance;
    fc.pre(a !== undefined && a.daysAbsentWithoutReason > 0);
    const fewer = { ...input, attendance: { ...a!, daysAbsentWithoutReason: a!.daysAbsentWithoutReason - 1 } };
    expect(score(fewer, policy)).toBeGreaterThanOrEqual(score(input, policy));
  });

  it.prop([anyMonthInputArb, fc.nat({ max: 600 }), fc.nat({ max: 600 }), anyPolicyArb])('fewer minutes late or of early leave never lower the score', (input, late, early, policy) => {
    const a = input.attendance;
    fc.pre(a !== undefined);
    const fewer = { ...input, attendance: { ...a!, minutesLate: Math.min(late, a!.minutesLate), minutesEarlyLeave: Math.min(early, a!.minutesEarlyLeave) } };
    expect(score(fewer, policy)).toBeGreaterThanOrEqual(score(input, policy));
  });

  it.prop([anyMonthInputArb.chain((input) => betterMonthArb(input).map((better) => [input, better] as const)), anyPolicyArb])(
    'a month at least as good in every metric never scores lower',
    ([input, better], policy) => {
      expect(score(better, policy)).toBeGreaterThanOrEqual(score(input, policy));
    },
  );

  it.prop([anyMonthInputArb, anyPolicyArb])('no input is mutated, and the same input gives the same JSON', (input, policy) => {
    const frozen = _deepFreeze(structuredClone(input));
    const first = JSON.stringify(scoreMonthlyPerformance(frozen, policy));
    expect(JSON.stringify(scoreMonthlyPerformance(structuredClone(input), policy))).toBe(first);
    expect(frozen).toEqual(input);
  });

  it.prop([anyMonthInputArb, fc.nat({ max: 10 })])('the order of the input fields does not change the output', (input, seed) => {
    const shuffled = reorder(input, seed) as MonthlyPerformanceInput;
    expect(JSON.stringify(scoreMonthlyPerformance(shuffled, jabarMkd2025))).toBe(JSON.stringify(scoreMonthlyPerformance(input, jabarMkd2025)));
  });
});
