/**
 * The service-remoteness gate: which public services can be worked away from the
 * office, which need some days on site, which must be face to face, and which are
 * field duty.
 *
 * BKD Jabar "filtered which public services can be remote and which cannot" (Kompas,
 * 20 Jun 2023): health workers who meet patients cannot. A default catalogue of 45
 * provincial services states each one's delivery mode — `TATAP_MUKA`, `CAMPURAN` (with
 * on-site days), `JARAK_JAUH` or `LAPANGAN` — and why; a service may instead be
 * described by the five task criteria of PermenPANRB 4/2025, from which the mode is
 * derived. A kabupaten/kota ships its own catalogue with {@link defineCatalog} or
 * changes it through its policy. See docs/remoteness.md.
 *
 * @example
 * ```ts
 * import { assessRemoteness, filterServices } from 'kerja-dinamis/remoteness';
 * import { jabarMkd2025 } from 'kerja-dinamis/policy';
 *
 * filterServices(['bidan', 'perencana']).remote;
 * //=> ['perencana']
 * assessRemoteness({ serviceIds: ['perencana', 'auditor-inspektorat'] }, jabarMkd2025).onsiteDaysRequired;
 * //=> 2
 * ```
 *
 * @module remoteness
 */
export { serviceCatalog } from './catalog';
export { ServiceCatalogSchema, type ServiceCatalog } from './seal';
export { defineCatalog, parseCatalog, resolveCatalog } from './define';
export type { CatalogOptions } from './options';
export { deriveServiceMode, type DerivedServiceMode } from './derive';
export { filterServices, ServiceIdListSchema, type ServiceFilterResult } from './filter';
export {
  assessRemoteness,
  RemotenessPositionSchema,
  PositionTaskSchema,
  type RemotenessPosition,
  type PositionTask,
  type PositionMode,
  type FieldDays,
  type RemotenessAssessment,
} from './assess';
export type { RemotenessFinding, RemotenessFindingCode, ServiceSource, ServiceFindingParams } from './findings';
export {
  ServiceEntrySchema,
  ServiceIdSchema,
  TaskCriteriaSchema,
  CatalogChangesSchema,
  SERVICE_MODES,
  SERVICE_CATEGORIES,
  TASK_CRITERIA,
  type ServiceEntry,
  type ServiceWithMode,
  type ServiceByCriteria,
  type ServiceMode,
  type ServiceCategory,
  type TaskCriteria,
  type TaskCriterion,
  type CatalogChanges,
} from '../policy/sections/remoteness';
