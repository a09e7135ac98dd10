import fc from 'fast-check';
import { _epochDay, _formatIsoDate } from '../../src/_lib/dates';
import { WORKPLACES, type LaptopOwnership, type ReadinessPolicy, type Workplace } from '../../src/policy/sections/readiness';
import type { EmployeeCriteriaInput } from '../../src/readiness/employee-criteria';
import type { ReadinessEvidence } from '../../src/readiness/check';

/** The decision date used by the readiness properties. */
export const AS_OF = '2026-01-15';
export const AS_OF_DAY = _epochDay(2026, 1, 15);

/** A date within about a year around {@link AS_OF} (so fresh, stale and future measurements all occur). */
export const nearDateArb = fc.integer({ min: -200, max: 20 }).map((offset) => _formatIsoDate(AS_OF_DAY + offset));

const ownershipArb = fc.constantFrom<LaptopOwnership>('DINAS', 'PRIBADI');

/** One of the workplaces of PermenPANRB 4/2025 Pasal 12 ayat (1). */
export const workplaceKindArb = fc.constantFrom<Workplace>(...WORKPLACES);

/**
 * A workplace the schema accepts: one of {@link WORKPLACES} (most often), a near miss of
 * one (case, spaces), a word no list has, or any text of 1–100 characters.
 */
export const workplaceArb: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: workplaceKindArb, weight: 4 },
  { arbitrary: fc.constantFrom('domisili', ' DOMISILI', 'KANTOR LAIN', 'KAFE', 'RUMAH', 'constructor', '__proto__'), weight: 1 },
  { arbitrary: fc.string({ minLength: 1, maxLength: 100 }), weight: 1 },
);

/** A workplace value of any kind: valid text, and what the schema refuses (empty or over 100 characters, other types). */
export const workplaceValueArb: fc.Arbitrary<unknown> = fc.oneof(
  workplaceArb,
  fc.constantFrom('', 'x'.repeat(101)),
  fc.string({ minLength: 101, maxLength: 140 }),
  fc.anything({ maxDepth: 1 }).filter((x) => typeof x !== 'string' && x !== undefined),
);

/** A non-empty list of workplaces without repeats, in any order. */
export const allowedWorkplacesArb: fc.Arbitrary<Workplace[]> = fc.uniqueArray(workplaceKindArb, { minLength: 1, maxLength: 3 });

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
      workplace: workplaceArb,
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
  // The list of workplaces absent (all count), whole, or narrowed.
  workspace: fc.record({ required: fc.boolean(), allowedWorkplaces: allowedWorkplacesArb }, { requiredKeys: ['required'] }),
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
