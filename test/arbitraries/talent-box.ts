import fc from 'fast-check';
import { EXPECTATION_LEVELS, POTENSIAL_LEVELS } from '../../src/_lib/levels';
import type { TalentAssessment } from '../../src/talent-box/index';
import { recentIsoDateArb } from './dates';

export const kinerjaArb = fc.constantFrom(...EXPECTATION_LEVELS);
export const potensialArb = fc.constantFrom(...POTENSIAL_LEVELS);
export const scoreArb = fc.double({ min: 0, max: 100, noNaN: true });

/** Any valid assessment: each part present or not, levels and scores independent. */
export const assessmentArb: fc.Arbitrary<TalentAssessment> = fc.record(
  {
    kinerja: kinerjaArb,
    potensial: potensialArb,
    kinerjaScore: scoreArb,
    potensialScore: scoreArb,
    assessedOn: recentIsoDateArb,
  },
  { requiredKeys: [] },
);

/** Valid talent-box cut-offs: upper strictly above lower, all in [0, 100]. */
export const cutOffsArb = fc
  .tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 100 }))
  .filter(([a, b, c, d]) => a < b && c < d)
  .map(([kLow, kHigh, pLow, pHigh]) => ({
    kinerja: { SESUAI_EKSPEKTASI: kLow, DI_ATAS_EKSPEKTASI: kHigh },
    potensial: { MENENGAH: pLow, TINGGI: pHigh },
  }));
