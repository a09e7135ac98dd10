import { describe, expect, it } from 'vitest';
import { isInputError } from '../../src/_lib/errors';
import { definePolicy } from '../../src/policy/define';
import { jabarMkd2025 } from '../../src/policy/presets';
import { TASK_CRITERIA, type TaskCriteria } from '../../src/policy/sections/remoteness';
import { deriveServiceMode } from '../../src/remoteness/derive';

const allMet: TaskCriteria = {
  doableOutsideOffice: true,
  noSpecialSpaceOrEquipment: true,
  doableWithIct: true,
  minimalFaceToFace: true,
  noContinuousSupervision: true,
};

/** Every one of the 32 combinations of the five criteria. */
const combinations: TaskCriteria[] = Array.from({ length: 32 }, (_, bits) =>
  Object.fromEntries(TASK_CRITERIA.map((c, i) => [c, (bits & (1 << i)) !== 0])) as unknown as TaskCriteria,
);

describe('deriveServiceMode', () => {
  it('gives JARAK_JAUH when all five criteria are met', () => {
    expect(deriveServiceMode(allMet, jabarMkd2025)).toEqual({ mode: 'JARAK_JAUH', onsiteDaysPerWeek: 0, unmetCriteria: [] });
  });

  it('gives TATAP_MUKA when the task cannot be done outside the office', () => {
    expect(deriveServiceMode({ ...allMet, doableOutsideOffice: false }, jabarMkd2025)).toEqual({
      mode: 'TATAP_MUKA',
      onsiteDaysPerWeek: 5,
      unmetCriteria: ['doableOutsideOffice'],
    });
  });

  it('gives TATAP_MUKA when the task needs more than minimal face-to-face contact', () => {
    expect(deriveServiceMode({ ...allMet, minimalFaceToFace: false }, jabarMkd2025).mode).toBe('TATAP_MUKA');
  });

  it.each(['noSpecialSpaceOrEquipment', 'doableWithIct', 'noContinuousSupervision'] as const)(
    'gives CAMPURAN with the policy default of 2 on-site days when only %s is not met',
    (criterion) => {
      expect(deriveServiceMode({ ...allMet, [criterion]: false }, jabarMkd2025)).toEqual({
        mode: 'CAMPURAN',
        onsiteDaysPerWeek: 2,
        unmetCriteria: [criterion],
      });
    },
  );

  it('takes the CAMPURAN on-site days from the policy', () => {
    const policy = definePolicy(jabarMkd2025, { id: 'tiga-hari', remoteness: { defaultCampuranOnsiteDays: 3 } });
    expect(deriveServiceMode({ ...allMet, doableWithIct: false }, policy).onsiteDaysPerWeek).toBe(3);
  });

  it('lists every unmet criterion in the regulation order', () => {
    const r = deriveServiceMode({ doableOutsideOffice: true, noSpecialSpaceOrEquipment: false, doableWithIct: false, minimalFaceToFace: false, noContinuousSupervision: true }, jabarMkd2025);
    expect(r.unmetCriteria).toEqual(['noSpecialSpaceOrEquipment', 'doableWithIct', 'minimalFaceToFace']);
  });

  it('follows the rule of domain reference §5 on all 32 combinations', () => {
    for (const c of combinations) {
      const expected = Object.values(c).every(Boolean)
        ? 'JARAK_JAUH'
        : !c.doableOutsideOffice || !c.minimalFaceToFace
          ? 'TATAP_MUKA'
          : 'CAMPURAN';
      expect(deriveServiceMode(c, jabarMkd2025).mode).toBe(expected);
    }
    const counts = combinations.map((c) => deriveServiceMode(c, jabarMkd2025).mode).reduce<Record<string, number>>((acc, m) => ({ ...acc, [m]: (acc[m] ?? 0) + 1 }), {});
    // 1 all-true; 24 with either of the two place-bound criteria false; the remaining 7 mixed.
    expect(counts).toEqual({ JARAK_JAUH: 1, TATAP_MUKA: 24, CAMPURAN: 7 });
  });

  it('rejects criteria that are missing or not booleans, naming each', () => {
    let caught: unknown;
    try {
      deriveServiceMode({ doableOutsideOffice: 'ya', doableWithIct: true } as never, jabarMkd2025);
    } catch (error) {
      caught = error;
    }
    expect(isInputError(caught)).toBe(true);
    const paths = isInputError(caught) ? caught.issues.map((i) => i.path.join('.')) : [];
    expect(paths).toEqual(expect.arrayContaining(['doableOutsideOffice', 'noSpecialSpaceOrEquipment', 'minimalFaceToFace', 'noContinuousSupervision']));
  });
});
