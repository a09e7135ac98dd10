import { _parse } from '../_lib/schema';
import { _ensurePolicy } from '../policy/brand';
import { _remotenessPolicyCheck } from './policy-check';
import type { Policy } from '../policy/schema';
import { TASK_CRITERIA, TaskCriteriaSchema, type ServiceEntry, type ServiceMode, type TaskCriteria, type TaskCriterion } from '../policy/sections/remoteness';

/** The mode the five task criteria give, with the on-site days it needs. */
export interface DerivedServiceMode {
  /** `JARAK_JAUH`, `CAMPURAN` or `TATAP_MUKA` (the criteria never give `LAPANGAN`). */
  readonly mode: Exclude<ServiceMode, 'LAPANGAN'>;
  /** On-site days per week: 0 for `JARAK_JAUH`, the policy's default for `CAMPURAN`, 5 for `TATAP_MUKA`. */
  readonly onsiteDaysPerWeek: number;
  /** The criteria not met, in the regulation's order; empty for `JARAK_JAUH`. */
  readonly unmetCriteria: readonly TaskCriterion[];
}

/** The mode of a service, as the rules use it. */
export interface _EffectiveMode {
  readonly mode: ServiceMode;
  /** 0 for JARAK_JAUH and LAPANGAN, n for CAMPURAN, 5 for TATAP_MUKA. */
  readonly onsiteDaysPerWeek: number;
  /** Field days per week of a LAPANGAN service; 0 otherwise. */
  readonly fieldDaysPerWeek: number;
  /** Whether the CAMPURAN days are the policy's default. */
  readonly defaulted: boolean;
  /** Unmet criteria when derived from them; empty for a stated mode. */
  readonly unmetCriteria: TaskCriterion[];
  /** Whether the mode was derived from the five criteria. */
  readonly derived: boolean;
}

/** The rule of domain reference §5 [D], without validation. */
export function _modeFromCriteria(criteria: TaskCriteria, campuranDays: number): DerivedServiceMode {
  const unmetCriteria = TASK_CRITERIA.filter((c) => !criteria[c]);
  if (unmetCriteria.length === 0) return { mode: 'JARAK_JAUH', onsiteDaysPerWeek: 0, unmetCriteria };
  if (!criteria.doableOutsideOffice || !criteria.minimalFaceToFace) return { mode: 'TATAP_MUKA', onsiteDaysPerWeek: 5, unmetCriteria };
  return { mode: 'CAMPURAN', onsiteDaysPerWeek: campuranDays, unmetCriteria };
}

/** The effective mode of a catalogue entry or a task under a policy's default on-site days. */
export function _effectiveMode(
  entry: Pick<ServiceEntry, 'onsiteDaysPerWeek'> & { readonly mode?: ServiceMode; readonly criteria?: TaskCriteria; readonly fieldDaysPerWeek?: number },
  defaultCampuranDays: number,
): _EffectiveMode {
  const campuranDays = entry.onsiteDaysPerWeek ?? defaultCampuranDays;
  const defaulted = entry.onsiteDaysPerWeek === undefined;
  if (entry.criteria !== undefined) {
    const derived = _modeFromCriteria(entry.criteria, campuranDays);
    return {
      mode: derived.mode,
      onsiteDaysPerWeek: derived.onsiteDaysPerWeek,
      fieldDaysPerWeek: 0,
      defaulted: derived.mode === 'CAMPURAN' && defaulted,
      unmetCriteria: [...derived.unmetCriteria],
      derived: true,
    };
  }
  const mode = entry.mode as ServiceMode;
  const onsite = mode === 'TATAP_MUKA' ? 5 : mode === 'CAMPURAN' ? campuranDays : 0;
  return {
    mode,
    onsiteDaysPerWeek: onsite,
    fieldDaysPerWeek: mode === 'LAPANGAN' ? (entry.fieldDaysPerWeek ?? 0) : 0,
    defaulted: mode === 'CAMPURAN' && defaulted,
    unmetCriteria: [],
    derived: false,
  };
}

/**
 * The delivery mode a task or service gets from the five task criteria of PermenPANRB
 * 4/2025 (domain reference §5 [D]): all five met → `JARAK_JAUH`; "doable outside the
 * office" or "minimal face-to-face contact" not met → `TATAP_MUKA`; otherwise
 * `CAMPURAN` with the policy's `remoteness.defaultCampuranOnsiteDays`.
 *
 * @param criteria - The five criteria, each `true` when met.
 * @param policy - The policy in force (its `remoteness` section).
 * @returns The mode, its on-site days per week and the criteria not met.
 * @throws {@link InputError} when the criteria or the policy are malformed.
 *
 * @example
 * ```ts
 * import { deriveServiceMode } from 'kerja-dinamis/remoteness';
 * import { jabarMkd2025 } from 'kerja-dinamis/policy';
 *
 * deriveServiceMode(
 *   { doableOutsideOffice: true, noSpecialSpaceOrEquipment: false, doableWithIct: true, minimalFaceToFace: true, noContinuousSupervision: true },
 *   jabarMkd2025,
 * );
 * //=> { mode: 'CAMPURAN', onsiteDaysPerWeek: 2, unmetCriteria: ['noSpecialSpaceOrEquipment'] }
 * ```
 */
export function deriveServiceMode(criteria: TaskCriteria, policy: Policy): DerivedServiceMode {
  const parsed = _parse(TaskCriteriaSchema, criteria);
  const p = _ensurePolicy(policy, _remotenessPolicyCheck);
  return _modeFromCriteria(parsed, p.remoteness.defaultCampuranOnsiteDays);
}
