import { describe, expect } from 'vitest';
import { it, fc } from '@fast-check/vitest';
import { EXPECTATION_LEVELS, POTENSIAL_LEVELS } from '../../src/_lib/levels';
import { _deepFreeze } from '../../src/_lib/freeze';
import { definePolicy, jabarMkd2025, nationalFwa2025 } from '../../src/policy/index';
import { classifyTalentBox, levelsOfBox, talentBoxOf } from '../../src/talent-box/index';
import { recentIsoDateArb } from '../arbitraries/dates';
import { assessmentArb, cutOffsArb, kinerjaArb, potensialArb, scoreArb } from '../arbitraries/talent-box';

const policyArb = fc.constantFrom(jabarMkd2025, nationalFwa2025);

describe('the 9-box grid', () => {
  it.prop([kinerjaArb, potensialArb])('is total and levelsOfBox inverts talentBoxOf', (k, p) => {
    const box = talentBoxOf(k, p);
    expect(box).toBeGreaterThanOrEqual(1);
    expect(box).toBeLessThanOrEqual(9);
    expect(levelsOfBox(box)).toEqual({ kinerja: k, potensial: p });
  });

  it.prop([kinerjaArb, kinerjaArb, potensialArb, potensialArb])(
    'raising kinerja or potensial never lowers the box number',
    (k1, k2, p1, p2) => {
      const [kLow, kHigh] = [k1, k2].sort((a, b) => EXPECTATION_LEVELS.indexOf(a) - EXPECTATION_LEVELS.indexOf(b)) as [typeof k1, typeof k1];
      const [pLow, pHigh] = [p1, p2].sort((a, b) => POTENSIAL_LEVELS.indexOf(a) - POTENSIAL_LEVELS.indexOf(b)) as [typeof p1, typeof p1];
      expect(talentBoxOf(kHigh, pLow)).toBeGreaterThanOrEqual(talentBoxOf(kLow, pLow));
      expect(talentBoxOf(kLow, pHigh)).toBeGreaterThanOrEqual(talentBoxOf(kLow, pLow));
    },
  );
});

describe('classifyTalentBox', () => {
  it.prop([cutOffsArb, scoreArb, scoreArb, scoreArb])('a higher score never gives a lower level', (cutOffs, a, b, potensialScore) => {
    const policy = definePolicy(jabarMkd2025, { id: 'p', talentBox: { cutOffs } });
    const [low, high] = a <= b ? [a, b] : [b, a];
    const at = (kinerjaScore: number) => classifyTalentBox({ kinerjaScore, potensialScore, assessedOn: '2025-12-01' }, policy, { asOf: '2026-01-01' });
    const rank = (r: ReturnType<typeof at>) => EXPECTATION_LEVELS.indexOf(r.kinerja!);
    expect(rank(at(high))).toBeGreaterThanOrEqual(rank(at(low)));
    const pAt = (s: number) => POTENSIAL_LEVELS.indexOf(classifyTalentBox({ kinerjaScore: potensialScore, potensialScore: s, assessedOn: '2025-12-01' }, policy, { asOf: '2026-01-01' }).potensial!);
    expect(pAt(high)).toBeGreaterThanOrEqual(pAt(low));
  });

  it.prop([assessmentArb, policyArb, recentIsoDateArb])('eligible is null exactly when indeterminate under a gate', (input, policy, asOf) => {
    const r = classifyTalentBox(input, policy, { asOf });
    if (!policy.talentBox.gate) expect(r.eligible).toBe(true);
    else expect(r.eligible === null).toBe(r.status === 'indeterminate');
    expect(r.box === undefined).toBe(r.status === 'indeterminate');
    expect(r.findings.some((f) => f.outcome === 'unknown')).toBe(r.status === 'indeterminate');
  });

  it.prop([assessmentArb, recentIsoDateArb])('a classified box is eligible exactly when the policy lists it', (input, asOf) => {
    const r = classifyTalentBox(input, jabarMkd2025, { asOf });
    if (r.status === 'classified') expect(r.eligible).toBe(jabarMkd2025.talentBox.eligibleBoxes.includes(r.box!));
  });

  it.prop([assessmentArb, policyArb, recentIsoDateArb])('no input is mutated', (input, policy, asOf) => {
    const frozen = _deepFreeze(structuredClone(input));
    expect(() => classifyTalentBox(frozen, policy, { asOf })).not.toThrow();
    expect(frozen).toEqual(input);
  });

  it.prop([assessmentArb, policyArb, recentIsoDateArb])('the same input gives the same JSON output', (input, policy, asOf) => {
    const reordered = Object.fromEntries(Object.entries(input).reverse());
    expect(JSON.stringify(classifyTalentBox(reordered, policy, { asOf }))).toBe(JSON.stringify(classifyTalentBox(input, policy, { asOf })));
  });

  it.prop([kinerjaArb, potensialArb, recentIsoDateArb])('the box depends only on the levels while the assessment is current', (k, p, asOf) => {
    const r = classifyTalentBox({ kinerja: k, potensial: p, assessedOn: asOf }, jabarMkd2025, { asOf });
    expect(r.box).toBe(talentBoxOf(k, p));
  });
});
