import fc from 'fast-check';
import { WEEKDAYS, type Weekday } from '../../src/_lib/dates';
import type { ServiceEntry, TaskCriteria } from '../../src/policy/sections/remoteness';
import { SERVICE_CATEGORIES } from '../../src/policy/sections/remoteness';
import type { PositionTask, RemotenessPosition } from '../../src/remoteness/assess';
import { serviceCatalog } from '../../src/remoteness/catalog';

/** Any combination of the five task criteria. */
export const taskCriteriaArb: fc.Arbitrary<TaskCriteria> = fc.record({
  doableOutsideOffice: fc.boolean(),
  noSpecialSpaceOrEquipment: fc.boolean(),
  doableWithIct: fc.boolean(),
  minimalFaceToFace: fc.boolean(),
  noContinuousSupervision: fc.boolean(),
});

/** Ids of the default catalogue. */
export const knownIds: readonly string[] = serviceCatalog.map((s) => s.id);

/** An id of the default catalogue. */
export const knownIdArb = fc.constantFrom(...knownIds);

/** An id that is not in the default catalogue. */
export const unknownIdArb = fc.integer({ min: 0, max: 50 }).map((n) => `tidak-dikenal-${n}`);

/** Mostly known ids, some unknown, with repeats likely. */
export const serviceIdsArb = fc.array(fc.oneof({ weight: 5, arbitrary: knownIdArb }, { weight: 1, arbitrary: unknownIdArb }), { maxLength: 12 });

/** Ids of the default catalogue whose stated mode is the given one. */
export const idsOfMode = (mode: string): string[] => serviceCatalog.filter((s) => 'mode' in s && s.mode === mode).map((s) => s.id);

const localized = fc.record({ id: fc.string({ minLength: 1, maxLength: 12 }), en: fc.string({ minLength: 1, maxLength: 12 }) });

/** A valid new catalogue entry with the given id, by construction. */
export const serviceEntryArb = (id: string): fc.Arbitrary<ServiceEntry> =>
  fc.oneof(
    fc.record({ category: fc.constantFrom(...SERVICE_CATEGORIES), name: localized, reason: localized }).chain(({ category, name, reason }) =>
      fc.oneof(
        fc.constantFrom('TATAP_MUKA' as const, 'JARAK_JAUH' as const).map((mode): ServiceEntry => ({ id, name, category, mode, reason })),
        fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }).map(
          (days): ServiceEntry => ({ id, name, category, mode: 'CAMPURAN', ...(days !== undefined ? { onsiteDaysPerWeek: days } : {}), reason }),
        ),
        fc.integer({ min: 1, max: 5 }).map((days): ServiceEntry => ({ id, name, category, mode: 'LAPANGAN', fieldDaysPerWeek: days, reason })),
      ),
    ),
    fc.record({ category: fc.constantFrom(...SERVICE_CATEGORIES), name: localized, criteria: taskCriteriaArb }).map(
      ({ category, name, criteria }): ServiceEntry => ({ id, name, category, criteria }),
    ),
  );

/** A task of a position, with a given id. */
export const taskArb = (id: string): fc.Arbitrary<PositionTask> =>
  fc
    .record({ criteria: taskCriteriaArb, days: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }) })
    .map(({ criteria, days }) => ({ id, criteria, ...(days !== undefined ? { onsiteDaysPerWeek: days } : {}) }));

/** Weekdays, possibly repeated and unordered. */
export const weekdaysArb: fc.Arbitrary<Weekday[]> = fc.array(fc.constantFrom(...WEEKDAYS), { maxLength: 6 });

/** A valid position over the default catalogue (unknown ids included). */
export const positionArb: fc.Arbitrary<RemotenessPosition> = fc
  .record(
    {
      serviceIds: serviceIdsArb,
      tasks: fc.integer({ min: 0, max: 3 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => taskArb(`tugas-${i}`)))),
      fieldWeekdays: weekdaysArb,
    },
    { requiredKeys: [] },
  )
  .map((p) => p as RemotenessPosition);
