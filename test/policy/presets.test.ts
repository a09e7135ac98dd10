import { describe, expect, it } from 'vitest';
import { PolicySchema, jabarMkd2023, jabarMkd2025, jabarMkd2026, jabarWfhHalf2025, jabarWfhThursdayTrial2025, nationalFwa2025, presets } from '../../src/policy/index';

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

describe("presets for Jabar's circulars of 2025–2026", () => {
  it('holds the periods of the circulars, and leaves the 2023 and 2025 policies open-ended', () => {
    expect(presets.map((p) => [p.id, p.effectiveFrom, p.effectiveUntil ?? null])).toEqual([
      ['national-fwa-2025', '2025-04-21', null],
      ['jabar-mkd-2023', '2023-06-19', null],
      ['jabar-mkd-2025', '2025-04-21', null],
      ['jabar-wfh-kamis-2025-11', '2025-11-01', '2025-11-30'],
      ['jabar-wfh-50-50-2025-12', '2025-12-01', '2025-12-31'],
      ['jabar-mkd-2026', '2026-01-01', '2026-12-31'],
    ]);
  });

  it('names the circular each of them encodes', () => {
    expect(jabarWfhThursdayTrial2025.basis[0]).toBe('SE Sekda Jabar 150/KPG.03/BKD (22 Oktober 2025)');
    expect(jabarWfhHalf2025.basis[0]).toBe('SE Sekda Jabar 150/KPG.03/BKD (22 Oktober 2025)');
    expect(jabarMkd2026.basis[0]).toBe('SE Gubernur Jabar 188/KPG.03/BKD (Januari 2026)');
  });

  it('makes Thursday collective in November 2025 and in 2026, Friday approvable in 2026, and counts them toward the cap of 2', () => {
    expect(jabarWfhThursdayTrial2025.workPattern).toMatchObject({ maxFlexibleDaysPerWeek: 2, collectiveFlexibleWeekdays: ['KAMIS'], approvableCollectiveWeekdays: [], collectiveCountsTowardCap: true });
    expect(jabarMkd2026.workPattern).toMatchObject({ maxFlexibleDaysPerWeek: 2, collectiveFlexibleWeekdays: ['KAMIS'], approvableCollectiveWeekdays: ['JUMAT'], collectiveCountsTowardCap: true });
  });

  it('keeps the individual MKD of jabarMkd2025 alongside the Thursdays', () => {
    for (const policy of [jabarWfhThursdayTrial2025, jabarMkd2026]) {
      expect(policy.talentBox).toEqual(jabarMkd2025.talentBox);
      expect(policy.eligibility).toEqual(jabarMkd2025.eligibility);
      expect(policy.readiness).toEqual(jabarMkd2025.readiness);
    }
  });

  it('encodes the 50:50 scheme as 50 % on site, Monday in the office, 2 days for every box and public units on site', () => {
    expect(jabarWfhHalf2025.talentBox.gate).toBe(false);
    expect(jabarWfhHalf2025.eligibility.flexibleDaysByBox).toEqual({ '1': 2, '2': 2, '3': 2, '4': 2, '5': 2, '6': 2, '7': 2, '8': 2, '9': 2 });
    expect(jabarWfhHalf2025.workPattern).toMatchObject({ minOnsitePercent: 50, anchorWeekdays: ['SENIN'], publicServiceUnitsOnSite: true, collectiveFlexibleWeekdays: [] });
  });

  it('gives no other preset policy-wide anchor weekdays, approvable weekdays or public units on site', () => {
    for (const policy of [nationalFwa2025, jabarMkd2023, jabarMkd2025]) {
      expect(policy.workPattern).toMatchObject({ anchorWeekdays: [], approvableCollectiveWeekdays: [], publicServiceUnitsOnSite: false, collectiveFlexibleWeekdays: [] });
    }
  });
});
