import { describe, expect, it } from 'vitest';
import { PolicySchema, jabarMkd2023, jabarMkd2025, nationalFwa2025, presets } from '../../src/policy/index';

describe('presets', () => {
  it.each(presets.map((p) => [p.id, p] as const))('%s is valid under PolicySchema', (_id, policy) => {
    expect(PolicySchema.safeParse(JSON.parse(JSON.stringify(policy))).success).toBe(true);
  });

  it.each(presets.map((p) => [p.id, p] as const))('%s is deeply frozen', (_id, policy) => {
    expect(Object.isFrozen(policy)).toBe(true);
    expect(Object.isFrozen(policy.talentBox)).toBe(true);
    expect(Object.isFrozen(policy.talentBox.eligibleBoxes)).toBe(true);
    expect(Object.isFrozen(policy.talentBox.cutOffs.kinerja)).toBe(true);
  });

  it('starts Jabar MKD on its launch day and the national rule on PermenPANRB 4/2025 coming into force', () => {
    expect(jabarMkd2023.effectiveFrom).toBe('2023-06-19');
    expect(jabarMkd2025.effectiveFrom).toBe('2025-04-21');
    expect(nationalFwa2025.effectiveFrom).toBe('2025-04-21');
  });

  it('opens MKD to boxes 4, 5, 7, 8 and 9 in Jabar and has no box gate nationally', () => {
    expect(jabarMkd2023.talentBox.eligibleBoxes).toEqual([4, 5, 7, 8, 9]);
    expect(jabarMkd2025.talentBox.eligibleBoxes).toEqual([4, 5, 7, 8, 9]);
    expect(jabarMkd2025.talentBox.gate).toBe(true);
    expect(nationalFwa2025.talentBox.gate).toBe(false);
  });

  it('uses the documented default cut-offs and maximum assessment age', () => {
    expect(jabarMkd2025.talentBox.cutOffs).toEqual({
      kinerja: { DI_ATAS_EKSPEKTASI: 90, SESUAI_EKSPEKTASI: 70 },
      potensial: { TINGGI: 90, MENENGAH: 78 },
    });
    expect(jabarMkd2025.talentBox.maxAssessmentAgeMonths).toBe(24);
  });

  it('names the regulations each preset follows', () => {
    expect(jabarMkd2023.basis).toContain('PermenPANRB 3/2020');
    expect(jabarMkd2025.basis).toContain('PermenPANRB 4/2025');
    expect(nationalFwa2025.basis).toContain('PermenPANRB 4/2025');
    expect(jabarMkd2023.basis).not.toContain('PermenPANRB 4/2025');
  });
});
