/**
 * The service-remoteness gate: the shape of a service catalogue entry, the five task
 * criteria of PermenPANRB 4/2025, and the policy section that changes the catalogue.
 *
 * The entry types live here, not in `remoteness/`, because a policy carries catalogue
 * changes and the policy module comes first in the import order.
 */
import * as z from 'zod/mini';
import type { LocalizedText } from '../../_lib/errors';
import { _bilingual } from '../../_lib/messages';
import { _addIssue } from '../../_lib/schema';
import { _quote } from '../../_lib/quote';

/**
 * How a service is delivered:
 * - `TATAP_MUKA` — face to face, every working day at the place of service (a nurse, a counter);
 * - `CAMPURAN` — mixed: some days on site each week, the rest may be flexible;
 * - `JARAK_JAUH` — can be done entirely away from the office with ICT;
 * - `LAPANGAN` — field duty away from the office (inspections, patrols, extension work),
 *   which PermenPANRB 4/2025 Art. 13(1)(a) exempts from the 2-day location cap.
 */
export const SERVICE_MODES = ['TATAP_MUKA', 'CAMPURAN', 'JARAK_JAUH', 'LAPANGAN'] as const;

/** A delivery mode; see {@link SERVICE_MODES}. */
export type ServiceMode = (typeof SERVICE_MODES)[number];

/**
 * Kinds of public service in a catalogue: health (`KESEHATAN`), teaching (`PENDIDIKAN`),
 * front counters (`LOKET`), field duty (`LAPANGAN`), mixed services (`CAMPURAN`), desk
 * work (`PERKANTORAN`), and anything else (`LAINNYA`).
 */
export const SERVICE_CATEGORIES = ['KESEHATAN', 'PENDIDIKAN', 'LOKET', 'LAPANGAN', 'CAMPURAN', 'PERKANTORAN', 'LAINNYA'] as const;

/** A kind of public service; see {@link SERVICE_CATEGORIES}. */
export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number];

/** The five task criteria of PermenPANRB 4/2025, in the regulation's order. */
export const TASK_CRITERIA = [
  'doableOutsideOffice',
  'noSpecialSpaceOrEquipment',
  'doableWithIct',
  'minimalFaceToFace',
  'noContinuousSupervision',
] as const;

/** One of the five task criteria; see {@link TASK_CRITERIA}. */
export type TaskCriterion = (typeof TASK_CRITERIA)[number];

/**
 * A task described by the five criteria of PermenPANRB 4/2025 for flexible location.
 * Each is `true` when the task meets it.
 */
export interface TaskCriteria {
  /** The task can be done outside the office (dapat dilakukan di luar kantor). */
  readonly doableOutsideOffice: boolean;
  /** It needs no special space or equipment (tidak memerlukan ruang atau peralatan khusus). */
  readonly noSpecialSpaceOrEquipment: boolean;
  /** It can be done with information and communication technology (dapat dilakukan dengan TIK). */
  readonly doableWithIct: boolean;
  /** It needs minimal face-to-face contact (interaksi tatap muka minimal). */
  readonly minimalFaceToFace: boolean;
  /** It needs no continuous direct supervision (tidak memerlukan pengawasan langsung terus-menerus). */
  readonly noContinuousSupervision: boolean;
}

/** A catalogue entry whose delivery mode is stated. */
export interface ServiceWithMode {
  /** Stable identifier, lower-case kebab or snake case, e.g. `perawat`, `loket-samsat`. */
  readonly id: string;
  /** Name in Bahasa Indonesia and English. */
  readonly name: LocalizedText;
  /** Kind of service. */
  readonly category: ServiceCategory;
  /** Delivery mode. */
  readonly mode: ServiceMode;
  /**
   * On-site days per week, 1–5; only for `CAMPURAN`. When absent the policy's
   * `remoteness.defaultCampuranOnsiteDays` applies.
   */
  readonly onsiteDaysPerWeek?: number;
  /** Typical field days per week, 1–5; required for `LAPANGAN`, not allowed otherwise. */
  readonly fieldDaysPerWeek?: number;
  /** Why the service has this mode. */
  readonly reason: LocalizedText;
}

/** A catalogue entry described by the five task criteria; its mode is derived (domain reference §5). */
export interface ServiceByCriteria {
  /** Stable identifier, lower-case kebab or snake case. */
  readonly id: string;
  /** Name in Bahasa Indonesia and English. */
  readonly name: LocalizedText;
  /** Kind of service. */
  readonly category: ServiceCategory;
  /** The five task criteria the mode is derived from. */
  readonly criteria: TaskCriteria;
  /**
   * On-site days per week, 1–5, used when the criteria give `CAMPURAN`; when absent the
   * policy's `remoteness.defaultCampuranOnsiteDays` applies.
   */
  readonly onsiteDaysPerWeek?: number;
  /** Why, in words; optional because the criteria already explain the mode. */
  readonly reason?: LocalizedText;
}

/** One service of a catalogue: with a stated mode, or described by the five task criteria. */
export type ServiceEntry = ServiceWithMode | ServiceByCriteria;

/** Changes to a service catalogue; used by `defineCatalog` and by a policy's `remoteness.catalogChanges`. */
export interface CatalogChanges {
  /** New services, appended in this order; their ids must not be in the catalogue yet. */
  readonly add?: readonly ServiceEntry[];
  /** Services that take the place of catalogue entries with the same id (position kept). */
  readonly replace?: readonly ServiceEntry[];
  /** Ids of catalogue entries to drop. */
  readonly remove?: readonly string[];
}

/** The service-remoteness gate (PermenPANRB 4/2025; BKD Jabar's service filter, Kompas 20 Jun 2023). */
export interface RemotenessPolicy {
  /**
   * On-site days per week of a `CAMPURAN` service that does not state its own, and of a
   * service or task whose five criteria give `CAMPURAN`. 1–5; default 2 [D].
   */
  readonly defaultCampuranOnsiteDays: number;
  /** Changes this policy makes to the catalogue it is used with; none in the presets. */
  readonly catalogChanges: CatalogChanges;
}

const onsiteDays = /* @__PURE__ */ (() => z.number().check(z.int(), z.minimum(1), z.maximum(5)))();

/** A service id: lower-case letters and digits in words joined by `-` or `_`, at most 64 characters. */
export const ServiceIdSchema = /* @__PURE__ */ (() => z.string().check(z.maxLength(64), z.regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, _bilingual({ id: 'huruf kecil dan angka dengan "-" atau "_" di antaranya, mis. "loket-samsat"', en: 'lower-case letters and digits joined by "-" or "_", e.g. "loket-samsat"' }))))();

const LocalizedTextSchema = /* @__PURE__ */ (() => z.strictObject({ id: z.string().check(z.minLength(1)), en: z.string().check(z.minLength(1)) }))();

/** Schema of {@link TaskCriteria}: all five booleans are required. */
export const TaskCriteriaSchema = /* @__PURE__ */ (() => z.strictObject({
  doableOutsideOffice: z.boolean(),
  noSpecialSpaceOrEquipment: z.boolean(),
  doableWithIct: z.boolean(),
  minimalFaceToFace: z.boolean(),
  noContinuousSupervision: z.boolean(),
}))();

const entryObject = /* @__PURE__ */ (() => z.strictObject({
  id: ServiceIdSchema,
  name: LocalizedTextSchema,
  category: z.enum(SERVICE_CATEGORIES),
  mode: z.exactOptional(z.enum(SERVICE_MODES)),
  criteria: z.exactOptional(TaskCriteriaSchema),
  onsiteDaysPerWeek: z.exactOptional(onsiteDays),
  fieldDaysPerWeek: z.exactOptional(onsiteDays),
  reason: z.exactOptional(LocalizedTextSchema),
}).check(z.superRefine((entry, ctx) => {
    if ((entry.mode === undefined) === (entry.criteria === undefined)) {
      _addIssue(ctx, 'service_mode_or_criteria', {
        id: `Layanan ${_quote(entry.id)} harus memiliki tepat satu dari "mode" atau "criteria"`,
        en: `Service ${_quote(entry.id)} needs exactly one of "mode" or "criteria"`,
      });
    }
    if (entry.mode !== undefined && entry.reason === undefined) {
      _addIssue(ctx, 'service_reason_required', {
        id: `Layanan ${_quote(entry.id)} dengan mode ${entry.mode} memerlukan alasan ("reason")`,
        en: `Service ${_quote(entry.id)} with mode ${entry.mode} needs a "reason"`,
      }, ['reason']);
    }
    if (entry.onsiteDaysPerWeek !== undefined && entry.mode !== undefined && entry.mode !== 'CAMPURAN') {
      _addIssue(ctx, 'onsite_days_only_for_campuran', {
        id: `Hari di kantor ("onsiteDaysPerWeek") hanya untuk layanan CAMPURAN, bukan ${entry.mode}`,
        en: `On-site days ("onsiteDaysPerWeek") are only for CAMPURAN services, not ${entry.mode}`,
      }, ['onsiteDaysPerWeek']);
    }
    if (entry.mode === 'LAPANGAN' && entry.fieldDaysPerWeek === undefined) {
      _addIssue(ctx, 'field_days_required', {
        id: `Layanan LAPANGAN ${_quote(entry.id)} memerlukan jumlah hari lapangan per minggu ("fieldDaysPerWeek")`,
        en: `LAPANGAN service ${_quote(entry.id)} needs its field days per week ("fieldDaysPerWeek")`,
      }, ['fieldDaysPerWeek']);
    }
    if (entry.fieldDaysPerWeek !== undefined && entry.mode !== 'LAPANGAN') {
      _addIssue(ctx, 'field_days_only_for_lapangan', {
        id: 'Hari lapangan ("fieldDaysPerWeek") hanya untuk layanan LAPANGAN',
        en: 'Field days ("fieldDaysPerWeek") are only for LAPANGAN services',
      }, ['fieldDaysPerWeek']);
    }
  })))();

/**
 * Schema of a {@link ServiceEntry}: exactly one of `mode` or `criteria`; a reason with a
 * stated mode; on-site days only for `CAMPURAN` (or criteria); field days exactly for `LAPANGAN`.
 */
export const ServiceEntrySchema = entryObject as unknown as z.ZodMiniType<ServiceEntry, z.input<typeof entryObject>>;

/** Adds a `duplicate_service_id` issue for every repeat of an id; `pathOf` locates the id. */
export function _addDuplicateIdIssues(ids: readonly string[], pathOf: (index: number) => (string | number)[], ctx: z.core.$RefinementCtx): void {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) {
      _addIssue(ctx, 'duplicate_service_id', { id: `Id layanan ${_quote(id)} berulang`, en: `Service id ${_quote(id)} is repeated` }, pathOf(index));
    }
    seen.add(id);
  });
}

/** Schema of {@link CatalogChanges}: no id repeated within a list, and no id in two lists. */
export const CatalogChangesSchema = /* @__PURE__ */ (() => z.strictObject({
  add: z.exactOptional(z.array(ServiceEntrySchema)),
  replace: z.exactOptional(z.array(ServiceEntrySchema)),
  remove: z.exactOptional(z.array(ServiceIdSchema)),
}).check(z.superRefine((changes, ctx) => {
    const lists = [
      ['add', (changes.add ?? []).map((e) => e.id)],
      ['replace', (changes.replace ?? []).map((e) => e.id)],
      ['remove', changes.remove ?? []],
    ] as const;
    const owner = new Map<string, string>();
    for (const [name, ids] of lists) {
      const pathOf = (index: number): (string | number)[] => (name === 'remove' ? [name, index] : [name, index, 'id']);
      _addDuplicateIdIssues(ids, pathOf, ctx);
      ids.forEach((id, index) => {
        const other = owner.get(id);
        if (other !== undefined && other !== name) {
          _addIssue(ctx, 'service_changed_twice', {
            id: `Layanan ${_quote(id)} tidak boleh ada di ${_quote(other)} dan ${_quote(name)} sekaligus`,
            en: `Service ${_quote(id)} cannot be in both ${_quote(other)} and ${_quote(name)}`,
          }, pathOf(index));
        }
        if (other === undefined) owner.set(id, name);
      });
    }
  })))();

/** Schema of {@link RemotenessPolicy}. */
export const RemotenessPolicySchema = /* @__PURE__ */ (() => z.strictObject({
  defaultCampuranOnsiteDays: onsiteDays,
  catalogChanges: CatalogChangesSchema,
}))();
