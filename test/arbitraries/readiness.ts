import fc from 'fast-check';
import { _epochDay, _formatIsoDate } from '../../src/_lib/dates';
import type { LaptopOwnership, ReadinessPolicy } from '../../src/policy/sections/readiness';
import type { EmployeeCriteriaInput } from '../../src/readiness/employee-criteria';
import type { ReadinessEvidence } from '../../src/readiness/check';

/** The decision date used by the readiness properties. */
export const AS_OF = '2026-01-15';
export const AS_OF_DAY = _epochDay(2026, 1, 15);

/** A date within about a year around {@link AS_OF} (so fresh, stale and future measurements all occur). */
export const nearDateArb = fc.integer({ min: -200, max: 20 }).map((offset) => _formatIsoDate(AS_OF_DAY + offset));

const ownershipArb = fc.constantFrom<LaptopOwnership>('DINAS', 'PRIBADI');

/** Readiness evidence, any field possibly missing. */
export const evidenceArb: fc.Arbitrary<ReadinessEvidence> = fc
  .record(
    {
      laptop: fc.record({ available: fc.boolean(), ownership: ownershipArb }, { requiredKeys: ['available'] }),
      bandwidth: fc.record({
        downloadMbps: fc.oneof(fc.integer({ min: 0, max: 60 }), fc.double({ min: 0, max: 60, noNaN: true })),
        uploadMbps: fc.oneof(fc.integer({ min: 0, max: 30 }), fc.double({ min: 0, max: 30, noNaN: true })),
        measuredOn: nearDateArb,
      }),
      kmobActive: fc.boolean(),
      tte: fc.record({ active: fc.boolean() }),
      signsLetters: fc.boolean(),
      workspaceDeclared: fc.boolean(),
    },
    { requiredKeys: [] },
  )
  .map((e) => e as ReadinessEvidence);

/** A readiness policy section with random required flags and thresholds. */
export const readinessPolicyArb: fc.Arbitrary<ReadinessPolicy> = fc.record({
  laptop: fc.record({
    required: fc.boolean(),
    allowedOwnerships: fc.constantFrom<LaptopOwnership[]>(['DINAS'], ['PRIBADI'], ['DINAS', 'PRIBADI'], ['PRIBADI', 'DINAS']),
  }),
  bandwidth: fc.record({
    required: fc.boolean(),
    minDownloadMbps: fc.integer({ min: 0, max: 50 }),
    minUploadMbps: fc.integer({ min: 0, max: 25 }),
    maxMeasurementAgeDays: fc.integer({ min: 0, max: 180 }),
  }),
  kmob: fc.record({ required: fc.boolean() }),
  tte: fc.record({ required: fc.boolean() }),
  workspace: fc.record({ required: fc.boolean() }),
});

/** Employee-criteria input, any field possibly missing; valid by construction. */
export const employeeArb: fc.Arbitrary<EmployeeCriteriaInput> = fc
  .record(
    {
      disciplinary: fc.oneof(
        fc.constant({ status: 'NONE' as const }),
        fc.record(
          {
            status: fc.constantFrom('IN_PROCESS' as const, 'SERVING' as const),
            penalty: fc.constantFrom('RINGAN' as const, 'SEDANG' as const, 'BERAT' as const),
            until: nearDateArb,
          },
          { requiredKeys: ['status'] },
        ),
        fc.record(
          { status: fc.constant('SERVED' as const), penalty: fc.constantFrom('RINGAN' as const, 'SEDANG' as const, 'BERAT' as const), until: nearDateArb },
          { requiredKeys: ['status', 'until'] },
        ),
      ),
      positionSince: nearDateArb,
    },
    { requiredKeys: [] },
  )
  .map((e) => e as EmployeeCriteriaInput);
