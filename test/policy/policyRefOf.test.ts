import { describe, expect, it } from 'vitest';
import { assessEligibility, definePolicy, isInputError, jabarMkd2026, policyRefOf, presets } from '../../src/index';

describe('policyRefOf', () => {
  it('gives the id, version and start of every preset', () => {
    for (const p of presets) expect(policyRefOf(p)).toEqual({ id: p.id, version: p.version, effectiveFrom: p.effectiveFrom });
  });

  it('is what a decision cites', () => {
    const decision = assessEligibility(
      { nip: '198503152010012003', name: 'Rina', unitId: 'u', position: { serviceIds: ['perencana'], since: '2024-01-02', signsLetters: false } },
      jabarMkd2026,
      { asOf: '2026-02-02' },
    );
    expect(decision.policy).toEqual(policyRefOf(jabarMkd2026));
  });

  it('works on a policy derived with definePolicy', () => {
    const local = definePolicy(jabarMkd2026, { id: 'kota-contoh-2026', version: '2026.1', jurisdiction: 'ID-JB-3278' });
    expect(policyRefOf(local)).toEqual({ id: 'kota-contoh-2026', version: '2026.1', effectiveFrom: '2026-01-01' });
  });

  it('refuses a value whose identity fields are invalid, with InputError', () => {
    let error: unknown;
    try {
      policyRefOf({ id: '', version: 1 } as never);
    } catch (e) {
      error = e;
    }
    expect(isInputError(error)).toBe(true);
  });
});
