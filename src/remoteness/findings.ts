import type { Finding } from '../_lib/finding';
import type { Weekday } from '../_lib/dates';
import type { TaskCriterion } from '../policy/sections/remoteness';

/** Where a service of a position comes from: a catalogue entry or a task of the position. */
export type ServiceSource = 'catalog' | 'task';

/** Params shared by the per-service findings (`remoteness_service_*`). */
export type ServiceFindingParams = {
  /** The catalogue id of the service, or the id of the task. */
  serviceId: string;
  /** Whether it is a catalogue service or a task of the position. */
  source: ServiceSource;
  /** Its name (catalogue services only). */
  name?: {
    /** Bahasa Indonesia. */
    id: string;
    /** English. */
    en: string;
  };
  /** Why it has this mode (when the catalogue says). */
  reason?: {
    /** Bahasa Indonesia. */
    id: string;
    /** English. */
    en: string;
  };
  /** Whether the mode was derived from the five task criteria of PermenPANRB 4/2025. */
  derivedFromCriteria: boolean;
  /** The criteria not met, when derived; empty otherwise. */
  unmetCriteria: TaskCriterion[];
};

/** Every finding of the service-remoteness gate (rule `remoteness`). */
export type RemotenessFinding =
  | Finding<'remoteness', 'remoteness_service_remote', ServiceFindingParams>
  | Finding<
      'remoteness',
      'remoteness_service_hybrid',
      ServiceFindingParams & {
        /** On-site days per week it needs. */
        onsiteDaysPerWeek: number;
        /** Whether the days are the policy's default (`remoteness.defaultCampuranOnsiteDays`). */
        policyDefault: boolean;
      }
    >
  | Finding<'remoteness', 'remoteness_service_in_person', ServiceFindingParams>
  | Finding<
      'remoteness',
      'remoteness_service_field',
      ServiceFindingParams & {
        /** Typical field days per week of the service. */
        fieldDaysPerWeek: number;
      }
    >
  | Finding<
      'remoteness',
      'remoteness_service_unknown',
      {
        /** The id not found in the catalogue. */
        serviceId: string;
        /** The catalogue's ids closest to it, closest first (at most 3; empty when none is close): a mistyped id's likely meaning. */
        suggestions: string[];
      }
    >
  | Finding<
      'remoteness',
      'remoteness_field_days',
      {
        /** Field days per week. */
        count: number;
        /** The field weekdays, when the position gives them. */
        weekdays?: Weekday[];
        /** The position's `LAPANGAN` services. */
        serviceIds: string[];
      }
    >
  | Finding<'remoteness', 'remoteness_position_empty', Record<string, never>>
  | Finding<
      'remoteness',
      'remoteness_position_field_only',
      {
        /** The position's `LAPANGAN` services. */
        serviceIds: string[];
      }
    >
  | Finding<
      'remoteness',
      'remoteness_position_indeterminate',
      {
        /** The ids not found in the catalogue. */
        unknownServiceIds: string[];
      }
    >
  | Finding<
      'remoteness',
      'remoteness_position_in_person',
      {
        /** The services and tasks that must be face to face. */
        serviceIds: string[];
      }
    >
  | Finding<
      'remoteness',
      'remoteness_position_hybrid',
      {
        /** On-site days per week the position needs: the largest of its `CAMPURAN` services. */
        onsiteDaysRequired: number;
        /** The services and tasks that need that many days. */
        serviceIds: string[];
      }
    >
  | Finding<
      'remoteness',
      'remoteness_position_remote',
      {
        /** The services and tasks of the position that are not field duty. */
        serviceIds: string[];
      }
    >;

/** Code of a {@link RemotenessFinding}. */
export type RemotenessFindingCode = RemotenessFinding['code'];
