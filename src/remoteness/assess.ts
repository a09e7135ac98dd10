import { _catalogOption, type CatalogOptions } from './options';
import * as z from 'zod/mini';
import { WEEKDAYS, type Weekday } from '../_lib/dates';
import { _finding } from '../_lib/finding';
import { _addIssue, _parse } from '../_lib/schema';
import { _closestAll } from '../_lib/suggest';
import { _ensurePolicy, _policyRef } from '../policy/brand';
import { _remotenessPolicyCheck } from './policy-check';
import type { Policy, PolicyRef } from '../policy/schema';
import { TaskCriteriaSchema, type ServiceEntry, type TaskCriteria } from '../policy/sections/remoteness';
import { _effectiveMode, type _EffectiveMode } from './derive';
import type { RemotenessFinding, ServiceFindingParams, ServiceSource } from './findings';
import { _ensureCatalog, _lookup, _resolveCatalog, type ServiceCatalog } from './seal';

/** A task of a position that is not in the catalogue, described by the five task criteria. */
export interface PositionTask {
  /** Identifier of the task, unique within the position, e.g. `verifikasi-spj`. */
  readonly id: string;
  /** The five criteria of PermenPANRB 4/2025. */
  readonly criteria: TaskCriteria;
  /** On-site days per week if the criteria give `CAMPURAN` (1–5); default the policy's. */
  readonly onsiteDaysPerWeek?: number;
}

/** What a position delivers: catalogue services, tasks described by criteria, and field weekdays. */
export interface RemotenessPosition {
  /** Ids of catalogue services the position delivers; a repeated id counts once. */
  readonly serviceIds?: readonly string[];
  /** Tasks not in the catalogue, each described by the five criteria. */
  readonly tasks?: readonly PositionTask[];
  /** The weekdays of field duty, when fixed; they set the field-day count. */
  readonly fieldWeekdays?: readonly Weekday[];
}

/** Schema of {@link PositionTask}. */
export const PositionTaskSchema = /* @__PURE__ */ (() => z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  criteria: TaskCriteriaSchema,
  onsiteDaysPerWeek: z.exactOptional(z.number().check(z.int(), z.minimum(1), z.maximum(5))),
}))();

/** Schema of {@link RemotenessPosition}; task ids must be unique. */
export const RemotenessPositionSchema = /* @__PURE__ */ (() => z.strictObject({
  serviceIds: z.exactOptional(z.array(z.string().check(z.minLength(1), z.maxLength(100)))),
  tasks: z.exactOptional(z.array(PositionTaskSchema)),
  fieldWeekdays: z.exactOptional(z.array(z.enum(WEEKDAYS))),
}).check(z.superRefine((position, ctx) => {
    const seen = new Set<string>();
    (position.tasks ?? []).forEach((task, index) => {
      if (seen.has(task.id)) {
        _addIssue(ctx, 'duplicate_task_id', { id: `Id tugas "${task.id}" berulang`, en: `Task id "${task.id}" is repeated` }, ['tasks', index, 'id']);
      }
      seen.add(task.id);
    });
  })))();

/** How a position can be worked: the gate's decision, or `indeterminate` when it cannot be decided. */
export type PositionMode = 'JARAK_JAUH' | 'CAMPURAN' | 'TATAP_MUKA' | 'indeterminate';

/** Field duty of a position: days away from the office, outside the 2-day cap (PermenPANRB 4/2025 Art. 13(1)(a)). */
export interface FieldDays {
  /** Field days per week: the number of `fieldWeekdays` when given, else the largest of the `LAPANGAN` services; 0 without field duty. */
  readonly count: number;
  /** The field weekdays, Monday first, when the position gives them. */
  readonly weekdays?: readonly Weekday[];
}

/** The remoteness decision for one position. Unknown fields are omitted. */
export interface RemotenessAssessment {
  /** The position's mode; `indeterminate` when a service is unknown or nothing but field duty is described. */
  readonly mode: PositionMode;
  /** On-site days per week: 0 (`JARAK_JAUH`), the largest `CAMPURAN` figure, or 5 (`TATAP_MUKA`); omitted when indeterminate. */
  readonly onsiteDaysRequired?: number;
  /** Field duty, which is exempt from the 2-day location cap. */
  readonly fieldDays: FieldDays;
  /** One finding per service and task, then field days, then the position. */
  readonly findings: readonly RemotenessFinding[];
  /** The policy applied. */
  readonly policy: PolicyRef;
}

interface Item {
  readonly id: string;
  readonly source: ServiceSource;
  readonly mode: _EffectiveMode;
}

function serviceFinding(id: string, source: ServiceSource, entry: ServiceEntry | undefined, m: _EffectiveMode): RemotenessFinding {
  // A fresh literal each time, extended with Object.assign: a literal that starts with a
  // spread is slow in V8.
  const base: ServiceFindingParams = { serviceId: id, source, derivedFromCriteria: m.derived, unmetCriteria: m.unmetCriteria };
  // The catalogue's texts are frozen with it, so findings share them instead of copying.
  if (entry !== undefined) base.name = entry.name;
  if (entry?.reason !== undefined) base.reason = entry.reason;
  switch (m.mode) {
    case 'JARAK_JAUH':
      return _finding('remoteness', 'pass', 'remoteness_service_remote', base);
    case 'CAMPURAN':
      return _finding('remoteness', 'pass', 'remoteness_service_hybrid', Object.assign(base, { onsiteDaysPerWeek: m.onsiteDaysPerWeek, policyDefault: m.defaulted }));
    case 'TATAP_MUKA':
      return _finding('remoteness', 'fail', 'remoteness_service_in_person', base);
    case 'LAPANGAN':
      return _finding('remoteness', 'pass', 'remoteness_service_field', Object.assign(base, { fieldDaysPerWeek: m.fieldDaysPerWeek }));
  }
}

/**
 * Decides how a position can be worked from the services it delivers (domain reference
 * §1 gate 2, §5): any `TATAP_MUKA` service or task makes it in-person (5 on-site days),
 * whatever else it holds; otherwise an unknown service id makes it `indeterminate` —
 * never remote; otherwise `CAMPURAN` services set the on-site days (the largest of
 * them); otherwise it is `JARAK_JAUH`. `LAPANGAN` services give field days, which
 * PermenPANRB 4/2025 exempts from the 2-day location cap and which leave the mode to
 * the other services; a position with nothing but field duty, or with nothing at all,
 * is `indeterminate`. The policy's catalogue changes are applied to `catalog` first
 * (`resolveCatalog`).
 *
 * @param position - Catalogue service ids, tasks described by the five criteria, and field weekdays.
 * @param policy - The policy in force (its `remoteness` section).
 * @param options - `catalog`: the catalogue the ids refer to; default {@link serviceCatalog}.
 * @returns The mode, on-site days, field days, findings and policy.
 * @throws {@link InputError} when the position, catalogue or policy is malformed.
 *
 * @example
 * ```ts
 * import { assessRemoteness } from 'kerja-dinamis/remoteness';
 * import { jabarMkd2025 } from 'kerja-dinamis/policy';
 *
 * const r = assessRemoteness({ serviceIds: ['analis-kebijakan', 'arsiparis'] }, jabarMkd2025);
 * [r.mode, r.onsiteDaysRequired];
 * //=> ['CAMPURAN', 3]
 * assessRemoteness({ serviceIds: ['analis-kebijakan', 'perawat'] }, jabarMkd2025).mode;
 * //=> 'TATAP_MUKA'
 * ```
 */
export function assessRemoteness(position: RemotenessPosition, policy: Policy, options?: CatalogOptions): RemotenessAssessment {
  const input = _parse(RemotenessPositionSchema, position);
  const p = _ensurePolicy(policy, _remotenessPolicyCheck);
  return _assessRemoteness(input, _resolveCatalog(p, _catalogOption(options)), p);
}

/**
 * The checked core of {@link assessRemoteness}, for modules that validated the position
 * and the policy and resolved the catalogue already (eligibility).
 */
export function _assessRemoteness(input: RemotenessPosition, resolved: ServiceCatalog, p: Policy): RemotenessAssessment {
  const defaultDays = p.remoteness.defaultCampuranOnsiteDays;
  const findings: RemotenessFinding[] = [];
  const items: Item[] = [];
  const unknownIds: string[] = [];

  const seen = new Set<string>();
  for (const id of input.serviceIds ?? []) {
    if (seen.has(id)) continue;
    seen.add(id);
    const entry = _lookup(resolved, id);
    if (entry === undefined) {
      unknownIds.push(id);
      findings.push(_finding('remoteness', 'unknown', 'remoteness_service_unknown', { serviceId: id, suggestions: _closestAll(id, resolved.map((e) => e.id)) }));
      continue;
    }
    const mode = _effectiveMode(entry, defaultDays);
    items.push({ id, source: 'catalog', mode });
    findings.push(serviceFinding(id, 'catalog', entry, mode));
  }
  for (const task of input.tasks ?? []) {
    const mode = _effectiveMode(task, defaultDays);
    items.push({ id: task.id, source: 'task', mode });
    findings.push(serviceFinding(task.id, 'task', undefined, mode));
  }

  const fieldItems = items.filter((i) => i.mode.mode === 'LAPANGAN');
  const weekdays = input.fieldWeekdays === undefined ? undefined : WEEKDAYS.filter((d) => input.fieldWeekdays?.includes(d));
  const count = weekdays !== undefined ? weekdays.length : Math.max(0, ...fieldItems.map((i) => i.mode.fieldDaysPerWeek));
  const fieldDays: FieldDays = weekdays !== undefined ? { count, weekdays } : { count };
  if (fieldItems.length > 0 || count > 0) {
    findings.push(
      _finding('remoteness', 'pass', 'remoteness_field_days', {
        count,
        ...(weekdays !== undefined ? { weekdays: [...weekdays] } : {}),
        serviceIds: fieldItems.map((i) => i.id),
      }),
    );
  }

  const done = (mode: PositionMode, onsite: number | undefined, finding: RemotenessFinding): RemotenessAssessment => {
    findings.push(finding);
    return {
      mode,
      ...(onsite !== undefined ? { onsiteDaysRequired: onsite } : {}),
      fieldDays,
      findings,
      policy: _policyRef(p),
    };
  };

  if (items.length === 0 && unknownIds.length === 0) {
    return done('indeterminate', undefined, _finding('remoteness', 'unknown', 'remoteness_position_empty', {}));
  }
  const inPerson = items.filter((i) => i.mode.mode === 'TATAP_MUKA');
  if (inPerson.length > 0) {
    return done('TATAP_MUKA', 5, _finding('remoteness', 'fail', 'remoteness_position_in_person', { serviceIds: inPerson.map((i) => i.id) }));
  }
  if (unknownIds.length > 0) {
    return done('indeterminate', undefined, _finding('remoteness', 'unknown', 'remoteness_position_indeterminate', { unknownServiceIds: unknownIds }));
  }
  const office = items.filter((i) => i.mode.mode !== 'LAPANGAN');
  if (office.length === 0) {
    return done('indeterminate', undefined, _finding('remoteness', 'unknown', 'remoteness_position_field_only', { serviceIds: fieldItems.map((i) => i.id) }));
  }
  const hybrid = office.filter((i) => i.mode.mode === 'CAMPURAN');
  if (hybrid.length > 0) {
    const onsite = Math.max(...hybrid.map((i) => i.mode.onsiteDaysPerWeek));
    const deciding = hybrid.filter((i) => i.mode.onsiteDaysPerWeek === onsite).map((i) => i.id);
    return done('CAMPURAN', onsite, _finding('remoteness', 'pass', 'remoteness_position_hybrid', { onsiteDaysRequired: onsite, serviceIds: deciding }));
  }
  return done('JARAK_JAUH', 0, _finding('remoteness', 'pass', 'remoteness_position_remote', { serviceIds: office.map((i) => i.id) }));
}
