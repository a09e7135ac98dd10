import { describe, expect } from 'vitest';
import { it, fc } from '@fast-check/vitest';
import { isInputError } from '../../src/_lib/errors';
import { PolicySchema, definePolicy, jabarMkd2025, type Policy, type PolicyOverrides } from '../../src/policy/index';

function isDeepFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeepFrozen);
}

/** Overrides shaped like a policy: right keys, values sometimes valid, sometimes not. */
const plausibleOverrides = fc.record(
  {
    id: fc.oneof(fc.constantFrom('tasik', 'jabar-mkd-2025', ''), fc.string()),
    version: fc.oneof(fc.string(), fc.integer()),
    talentBox: fc.record(
      {
        gate: fc.oneof(fc.boolean(), fc.anything()),
        eligibleBoxes: fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 10 }),
        maxAssessmentAgeMonths: fc.integer({ min: -5, max: 200 }),
        cutOffs: fc.record(
          {
            kinerja: fc.record({ DI_ATAS_EKSPEKTASI: fc.double(), SESUAI_EKSPEKTASI: fc.double() }, { requiredKeys: [] }),
            potensial: fc.record({ TINGGI: fc.integer({ min: -10, max: 110 }), MENENGAH: fc.integer({ min: -10, max: 110 }) }, { requiredKeys: [] }),
          },
          { requiredKeys: [] },
        ),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);

function outcome(overrides: unknown): 'policy' | 'input-error' {
  try {
    const p: Policy = definePolicy(jabarMkd2025, overrides as PolicyOverrides);
    expect(PolicySchema.safeParse(p).success).toBe(true);
    expect(isDeepFrozen(p)).toBe(true);
    expect(p.extends).toBe(jabarMkd2025.id);
    return 'policy';
  } catch (error) {
    if (!isInputError(error)) throw error;
    expect(error.issues.length).toBeGreaterThan(0);
    return 'input-error';
  }
}

describe('definePolicy', () => {
  it.prop([fc.anything({ withNullPrototype: true, withObjectString: true, maxDepth: 4 })])(
    'any value as overrides gives a valid frozen policy or an InputError, never anything else',
    (overrides) => {
      outcome(overrides);
    },
  );

  it.prop([fc.record({ id: fc.string() }), fc.dictionary(fc.string(), fc.anything({ maxDepth: 3 }))])(
    'an object with arbitrary extra keys gives a valid frozen policy or an InputError',
    (base, extra) => {
      outcome({ ...extra, ...base });
    },
  );

  it.prop([plausibleOverrides])('policy-shaped overrides give a valid frozen policy or an InputError', (overrides) => {
    outcome(overrides);
  });

  // Valid: the boxes made eligible are among those the base gives flexible days (4, 5, 7, 8, 9).
  it.prop([fc.integer({ min: 1, max: 120 }), fc.subarray([4, 5, 7, 8, 9] as const)])(
    'valid overrides always give a policy that carries them',
    (maxAssessmentAgeMonths, eligibleBoxes) => {
      const p = definePolicy(jabarMkd2025, { id: 'derived', talentBox: { maxAssessmentAgeMonths, eligibleBoxes } });
      expect(p.talentBox.maxAssessmentAgeMonths).toBe(maxAssessmentAgeMonths);
      expect(p.talentBox.eligibleBoxes).toEqual(eligibleBoxes);
    },
  );

  it.prop([fc.subarray([1, 2, 3, 6] as const, { minLength: 1 }), fc.subarray([4, 5, 7, 8, 9] as const)])(
    'an eligible box without flexible days is always refused, at that box in flexibleDaysByBox',
    (without, withDays) => {
      const eligibleBoxes = [...withDays, ...without];
      let places: string[] = [];
      try {
        definePolicy(jabarMkd2025, { id: 'derived', talentBox: { eligibleBoxes } });
      } catch (error) {
        if (!isInputError(error)) throw error;
        places = error.issues.map((i) => `${i.path.join('.')}:${i.code}`);
      }
      expect(places).toEqual(without.map((box) => `policy.eligibility.flexibleDaysByBox.${box}:eligible_box_without_days`));
    },
  );

  it.prop([plausibleOverrides])('the overrides are never mutated', (overrides) => {
    const before = JSON.stringify(overrides);
    outcome(overrides);
    expect(JSON.stringify(overrides)).toBe(before);
  });
});
