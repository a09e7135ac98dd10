import { z } from 'zod';
import type { Weekday } from '../_lib/dates';
import { IsoDateSchema, IsoMonthSchema, _addIssue } from '../_lib/schema';
import { NipSchema } from '../nip/parse';
import { CAP_EXCEPTIONS, WorkingWeekdaySchema, type CapException } from '../policy/sections/work-pattern';
import { TalentAssessmentSchema, type TalentAssessment } from '../talent-box/classify';
import { PositionTaskSchema, type PositionTask } from '../remoteness/assess';
import { ReadinessEvidenceSchema, type ReadinessEvidence } from '../readiness/check';
import { DisciplinaryRecordSchema, type DisciplinaryRecord } from '../readiness/employee-criteria';
import { EarlyWarningStateSchema, type EarlyWarningState } from '../performance/evaluateEarlyWarning';
import type { DisciplinaryPenalty } from '../policy/sections/performance';
import { _AttendanceInputSchema, _DisciplinaryPenaltySchema, _SkpSchema, _TrkInputSchema, type AttendanceInput, type SkpRatings, type SkpRealisation, type TrkInput } from '../performance/schema';

/** The position an ASN holds, as the remoteness gate and the roster need it. */
export interface EmployeePosition {
  /** Name of the position, for people (e.g. "Analis Kebijakan Ahli Muda"). */
  readonly title?: string;
  /** Ids of catalogue services the position delivers (see `serviceCatalog`). */
  readonly serviceIds?: readonly string[];
  /** Tasks not in the catalogue, each described by the five PermenPANRB 4/2025 criteria. */
  readonly tasks?: readonly PositionTask[];
  /** First day in the position (`YYYY-MM-DD`), after recruitment, promotion, mutation or rotation. */
  readonly since?: string;
  /** Whether the holder signs official letters (then an active TTE is required). */
  readonly signsLetters?: boolean;
  /** Weekdays with in-person duties: never flexible in the roster. */
  readonly onsiteWeekdays?: readonly Weekday[];
  /** Weekdays of field duty (`LAPANGAN`): away, not flexible, outside the weekly cap. */
  readonly fieldWeekdays?: readonly Weekday[];
}

/** One month of performance evidence in a record: a `MonthlyPerformanceInput` without the employee id (the NIP is used). */
export interface RecordPerformanceMonth {
  /** The month, `YYYY-MM`. */
  readonly month: string;
  /** TRK minutes. */
  readonly trk?: TrkInput;
  /** K-Mob attendance. */
  readonly attendance?: AttendanceInput;
  /** SKP ratings or target realisation. */
  readonly skp?: SkpRatings | SkpRealisation;
  /** A disciplinary penalty imposed in the month. */
  readonly disciplinaryPenalty?: DisciplinaryPenalty;
}

/**
 * The early-warning evidence of a record: recent months of performance, evaluated from
 * a saved state or from scratch, or only a saved state.
 */
export interface RecordPerformance {
  /** The saved early-warning state before `months` (or the whole evidence when `months` is absent). */
  readonly state?: EarlyWarningState;
  /** Recent months, oldest first, after `state.lastMonth` when a state is given. */
  readonly months?: readonly RecordPerformanceMonth[];
}

/** Roster wishes and facts used when the month is planned (`planMonth`). */
export interface RecordRoster {
  /** Weekdays the employee would rather be flexible on, most preferred first. */
  readonly preferredWeekdays?: readonly Weekday[];
  /** Dates of approved leave, `YYYY-MM-DD`. */
  readonly leaveDates?: readonly string[];
  /** NIP of the colleague who covers for this employee (must be mutual, in the same unit). */
  readonly backupPartnerNip?: string;
}

/**
 * Everything the five MKD gates look at for one ASN. A missing part is unknown
 * evidence: the gate that needs it is `unknown`, and the decision indeterminate.
 */
export interface EmployeeRecord {
  /** The 18-digit PNS NIP (validated: dates, sex digit). */
  readonly nip: string;
  /** Full name. */
  readonly name: string;
  /** The unit (bidang, UPT) the employee works in. */
  readonly unitId: string;
  /** The position held. */
  readonly position: EmployeePosition;
  /** The latest talent assessment (levels or scores, and its date). */
  readonly talent?: TalentAssessment;
  /** Readiness evidence: laptop, bandwidth, K-Mob, TTE, workspace (`signsLetters` comes from the position when absent here). */
  readonly readiness?: ReadinessEvidence;
  /** The disciplinary record (PP 94/2021). */
  readonly disciplinary?: DisciplinaryRecord;
  /** An approved exception to the weekly cap (PermenPANRB 4/2025 Art. 13(1)). */
  readonly capException?: CapException;
  /** Monthly performance and/or a saved early-warning state. */
  readonly performance?: RecordPerformance;
  /** Roster wishes and leave, for `planMonth`. */
  readonly roster?: RecordRoster;
}

const weekdays = /* @__PURE__ */ z.array(WorkingWeekdaySchema).max(5);

/** Schema of {@link EmployeePosition}. */
export const EmployeePositionSchema: z.ZodType<EmployeePosition> = /* @__PURE__ */ z
  .strictObject({
    title: z.string().max(200).exactOptional(),
    serviceIds: z.array(z.string().min(1).max(100)).max(50).exactOptional(),
    tasks: z.array(PositionTaskSchema).max(50).exactOptional(),
    since: IsoDateSchema.exactOptional(),
    signsLetters: z.boolean().exactOptional(),
    onsiteWeekdays: weekdays.exactOptional(),
    fieldWeekdays: weekdays.exactOptional(),
  })
  .superRefine((position, ctx) => {
    const seen = new Set<string>();
    (position.tasks ?? []).forEach((task, index) => {
      if (seen.has(task.id)) _addIssue(ctx, 'duplicate_task_id', { id: `Id tugas "${task.id}" berulang`, en: `Task id "${task.id}" is repeated` }, ['tasks', index, 'id']);
      seen.add(task.id);
    });
    for (const d of position.fieldWeekdays ?? []) {
      if ((position.onsiteWeekdays ?? []).includes(d)) {
        _addIssue(
          ctx,
          'onsite_and_field_day',
          { id: `Hari ${d} tidak dapat sekaligus hari tugas di kantor dan hari tugas lapangan`, en: `${d} cannot be both an on-site and a field-duty weekday` },
          ['fieldWeekdays'],
        );
      }
    }
  });

const PerformanceMonthSchema = /* @__PURE__ */ z.strictObject({
  month: IsoMonthSchema,
  trk: _TrkInputSchema.exactOptional(),
  attendance: _AttendanceInputSchema.exactOptional(),
  skp: _SkpSchema.exactOptional(),
  disciplinaryPenalty: _DisciplinaryPenaltySchema.exactOptional(),
});

/** Schema of {@link RecordPerformance}. */
export const RecordPerformanceSchema: z.ZodType<RecordPerformance> = /* @__PURE__ */ z.strictObject({
  state: EarlyWarningStateSchema.exactOptional(),
  months: z.array(PerformanceMonthSchema).max(60).exactOptional(),
}) as z.ZodType<RecordPerformance>;

/** Schema of {@link RecordRoster}. */
export const RecordRosterSchema: z.ZodType<RecordRoster> = /* @__PURE__ */ z.strictObject({
  preferredWeekdays: weekdays.exactOptional(),
  leaveDates: z.array(IsoDateSchema).max(366).exactOptional(),
  backupPartnerNip: z.string().min(1).max(30).exactOptional(),
});

/** Schema of {@link EmployeeRecord}: every part validated with the schema of the gate that reads it. */
export const EmployeeRecordSchema: z.ZodType<EmployeeRecord> = /* @__PURE__ */ z.strictObject({
  nip: NipSchema,
  name: z.string().min(1).max(200),
  unitId: z.string().min(1).max(100),
  position: EmployeePositionSchema,
  talent: TalentAssessmentSchema.exactOptional(),
  readiness: ReadinessEvidenceSchema.exactOptional(),
  disciplinary: DisciplinaryRecordSchema.exactOptional(),
  capException: z.enum(CAP_EXCEPTIONS).exactOptional(),
  performance: RecordPerformanceSchema.exactOptional(),
  roster: RecordRosterSchema.exactOptional(),
}) as z.ZodType<EmployeeRecord>;
