/**
 * The JSON Schemas shipped in `schemas/`: one file per exported zod schema of the
 * library (inputs, `io: 'input'`) and one per result (outputs, from ./outputs.ts),
 * draft 2020-12. Run after tsup by the build (tsup.config.ts `onSuccess`); the same
 * function gives the tests the exact bytes written.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { toJSONSchema, type $ZodType } from 'zod/v4/core';
import * as library from '../../src/index';
import { _FORBIDDEN_IDS } from '../../src/_lib/guard';
import * as outputs from './outputs';

type Json = Record<string, unknown>;

/** One file of `schemas/`. */
export interface SchemaEntry {
  /** File name without `.schema.json`. */
  readonly name: string;
  /** The library's name of the shape: the TypeScript type (`EmployeeRecord`, `EligibilityDecision`). */
  readonly title: string;
  readonly io: 'input' | 'output';
  /** What the file covers (English), first line of its `description`. */
  readonly description: string;
  /** What reads it (an input) or returns it (an output). */
  readonly usedBy: string;
  readonly build: () => Json;
}

/** Input schemas: every zod schema the library exports, by export name. */
export const INPUTS = {
  PolicySchema: ['A complete policy (a preset or a validated custom policy).', 'definePolicy, parsePolicy, every decision'],
  PolicyFileSchema: ['A policy file: a new id, optionally the id of the policy it extends, and the settings that differ.', 'parsePolicyFile'],
  PolicyIdSchema: ['A policy id: letters, digits, ".", "_" and "-", starting with a letter or digit, at most 100.', 'Policy.id'],
  JurisdictionSchema: ['A jurisdiction: ID (national), ID-XX (a province, ISO 3166-2) or ID-XX-NNNN (a kabupaten/kota, BPS code).', 'Policy.jurisdiction, selectPolicy'],
  TalentBoxPolicySchema: ['The talentBox section of a policy.', 'Policy.talentBox'],
  TalentBoxNumberSchema: ['A 9-box number, 1 to 9.', 'Policy.talentBox, talentBoxOf'],
  RemotenessPolicySchema: ['The remoteness section of a policy.', 'Policy.remoteness'],
  ServiceEntrySchema: ['One service of a service catalogue.', 'parseCatalog, defineCatalog'],
  ServiceCatalogSchema: ['A service catalogue: a list of services.', 'parseCatalog, options.catalog'],
  ServiceIdSchema: ['A service id.', 'ServiceEntry.id'],
  ServiceIdListSchema: ['A list of service ids.', 'filterServices'],
  TaskCriteriaSchema: ['The five PermenPANRB 4/2025 criteria of a task.', 'PositionTask.criteria, deriveServiceMode'],
  CatalogChangesSchema: ['Changes to a service catalogue: added, changed and removed services.', 'defineCatalog'],
  ReadinessPolicySchema: ['The readiness section of a policy.', 'Policy.readiness'],
  EmployeeCriteriaPolicySchema: ['The employeeCriteria section of a policy.', 'Policy.employeeCriteria'],
  SchedulePolicySchema: ['The schedule section of a policy: office hours, Ramadan hours.', 'Policy.schedule'],
  CalendarOverridesSchema: ['Calendar overrides: added, removed or moved holidays, extra years.', 'Policy.calendar, options.calendar'],
  CalendarOptionsSchema: ['Options of the calendar functions: calendar overrides and an optional policy.', 'isWorkingDay, workingDaysInMonth, workingWeeksOfMonth, holidaysInYear, dailySchedule'],
  WorkPatternPolicySchema: ['The workPattern section of a policy.', 'Policy.workPattern'],
  WorkingWeekdaySchema: ['A working weekday, SENIN to JUMAT.', 'work patterns'],
  PerformancePolicySchema: ['The performance section of a policy.', 'Policy.performance'],
  EarlyWarningPolicySchema: ['The earlyWarning section of a policy.', 'Policy.earlyWarning'],
  EligibilityPolicySchema: ['The eligibility section of a policy.', 'Policy.eligibility'],
  TalentAssessmentSchema: ['A talent assessment: kinerja and potensial levels or 0-100 scores, and its date.', 'classifyTalentBox'],
  RemotenessPositionSchema: ['A position as the remoteness rules read it: services, tasks, field weekdays.', 'assessRemoteness'],
  PositionTaskSchema: ['One task of a position, with its five criteria.', 'RemotenessPosition.tasks'],
  ReadinessEvidenceSchema: ['Readiness evidence: laptop, bandwidth, K-Mob, TTE, workspace.', 'checkReadiness'],
  EmployeeCriteriaInputSchema: ['Employee criteria evidence: disciplinary record and position start date.', 'checkEmployeeCriteria'],
  DisciplinaryRecordSchema: ['A disciplinary record.', 'EmployeeCriteriaInput.disciplinary'],
  MonthlyPerformanceInputSchema: ['One employee-month of performance data: TRK, attendance, SKP, penalties.', 'scoreMonthlyPerformance'],
  EarlyWarningMonthSchema: ['One month given to the early warning: a missing month, a scored month, or a raw monthly input.', 'evaluateEarlyWarning'],
  EarlyWarningStateSchema: ['Where an early-warning run stopped; feed it back as initialState.', 'evaluateEarlyWarning'],
  WorkPatternInputSchema: ['One unit and one month to roster: employees, coverage, leave, pins.', 'allocateWorkPatterns, allocateUnits'],
  EmployeeRecordSchema: ['One employee record: NIP, name, unit, and the evidence each gate reads.', 'assessEligibility, assessUnit, planMonth'],
  EmployeePositionSchema: ['The position of an employee record.', 'EmployeeRecord.position'],
  RecordPerformanceSchema: ['The performance part of an employee record.', 'EmployeeRecord.performance'],
  RecordRosterSchema: ['The roster part of an employee record.', 'EmployeeRecord.roster'],
  NipSchema: ['A NIP: 18 digits, or the printed form with spaces (19850312 201001 1 002).', 'parseNip, EmployeeRecord.nip'],
  IsoDateSchema: ['A calendar date, YYYY-MM-DD, that exists.', 'every date'],
  IsoMonthSchema: ['A month, YYYY-MM.', 'every month'],
  EntityIdSchema: ['An identifier: 1 to 100 characters, not __proto__, constructor or prototype.', 'employee, unit and service ids'],
} as const satisfies Record<string, readonly [string, string]>;

/** Output schemas, by file name: the schema, its title (the library's type), what it covers, what returns it. */
export const OUTPUTS = {
  'eligibility-decision': [outputs.EligibilityDecisionSchema, 'EligibilityDecision', 'The eligibility decision for one employee.', 'assessEligibility'],
  'unit-assessment': [outputs.UnitAssessmentSchema, 'UnitAssessment', 'The decisions of a unit, the rejected records and a summary.', 'assessUnit'],
  'month-plan': [outputs.MonthPlanSchema, 'MonthPlan', 'A month planned: the decisions and the roster of the eligible.', 'planMonth'],
  'work-pattern-result': [outputs.WorkPatternResultSchema, 'WorkPatternResult', 'The roster of one unit for one month, with coverage, patterns and shortfalls.', 'allocateWorkPatterns'],
  'allocate-units-result': [outputs.AllocateUnitsResultSchema, 'AllocateUnitsResult', 'The rosters of many units, and the rejected units.', 'allocateUnits'],
  'talent-box-result': [outputs.TalentBoxResultSchema, 'TalentBoxResult', 'The 9-box classification of one assessment.', 'classifyTalentBox'],
  'remoteness-assessment': [outputs.RemotenessAssessmentSchema, 'RemotenessAssessment', 'How remote a position can work: mode, on-site and field days.', 'assessRemoteness'],
  'service-filter-result': [outputs.ServiceFilterResultSchema, 'ServiceFilterResult', 'Service ids sorted by delivery mode.', 'filterServices'],
  'readiness-result': [outputs.ReadinessResultSchema, 'ReadinessResult', 'The readiness checks of one employee.', 'checkReadiness'],
  'employee-criteria-result': [outputs.EmployeeCriteriaResultSchema, 'EmployeeCriteriaResult', 'The PermenPANRB 4/2025 employee criteria of one employee.', 'checkEmployeeCriteria'],
  'monthly-performance-result': [outputs.MonthlyPerformanceResultSchema, 'MonthlyPerformanceResult', 'The monthly performance score of one employee, with its breakdown.', 'scoreMonthlyPerformance'],
  'early-warning-result': [outputs.EarlyWarningResultSchema, 'EarlyWarningResult', 'The early-warning levels over a run of months, and the final state.', 'evaluateEarlyWarning'],
  'predikat-distribution-result': [outputs.PredikatDistributionResultSchema, 'PredikatDistributionResult', 'The PermenPANRB 6/2022 predikat curve check.', 'checkPredikatDistribution'],
  'nip-result': [outputs.NipResultSchema, 'NipResult', 'A parsed NIP, or its issues.', 'parseNip'],
  'holiday-list': [outputs.HolidayListSchema, 'HolidayList', 'The holidays of a year.', 'holidaysInYear'],
  'daily-schedule': [outputs.DailyScheduleSchema, 'DailySchedule', 'The office hours of one day.', 'dailySchedule'],
  'working-week-list': [outputs.WorkingWeekListSchema, 'WorkingWeekList', 'The ISO weeks of a month, clipped to it.', 'workingWeeksOfMonth'],
  'input-issue': [outputs.InputIssueSchema, 'InputIssue', 'One issue of a refused input (InputError.issues, rejected[].issues).', 'InputError, assessUnit, allocateUnits, parseNip'],
  finding: [outputs.FindingSchema, 'Finding', 'One finding of any rule.', 'every decision, formatFinding'],
} as const satisfies Record<string, readonly [z.ZodType, string, string, string]>;

/** `EmployeeRecordSchema` → `employee-record`. */
export const fileNameOf = (exportName: string): string =>
  exportName
    .replace(/Schema$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();

const DATE_PATTERN = '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$';
const MONTH_PATTERN = '^[0-9]{4}-(0[1-9]|1[0-2])$';

/** What a schema node says beyond zod's conversion: the part of a refinement a pattern can say. */
function override(ctx: { zodSchema: $ZodType; jsonSchema: Json }): void {
  const s = ctx.zodSchema;
  if (s === library.IsoDateSchema) Object.assign(ctx.jsonSchema, { pattern: DATE_PATTERN, description: 'YYYY-MM-DD, a day that exists' });
  else if (s === library.IsoMonthSchema) Object.assign(ctx.jsonSchema, { pattern: MONTH_PATTERN, description: 'YYYY-MM' });
  else if (s === library.JurisdictionSchema) Object.assign(ctx.jsonSchema, { pattern: '^ID(-[A-Z]{2}(-[0-9]{4})?)?$' });
  else if (s === library.EntityIdSchema) Object.assign(ctx.jsonSchema, { not: { enum: [..._FORBIDDEN_IDS] } });
  else if (s === library.NipSchema) Object.assign(ctx.jsonSchema, { pattern: '^([0-9]{18}|[0-9]{8} [0-9]{6} [0-9] [0-9]{3})$', description: '18 digits, or the printed form with single spaces' });
  else if (s._zod.def.type === 'custom') {
    // CalendarOptions.policy: the library checks it with PolicySchema (sealed presets skipped).
    for (const key of Object.keys(ctx.jsonSchema)) delete ctx.jsonSchema[key];
    ctx.jsonSchema['$ref'] = 'policy.schema.json';
  }
}

function convert(schema: $ZodType, io: 'input' | 'output'): Json {
  const json = toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any', override }) as Json;
  delete json['$schema'];
  return json;
}

// evaluateEarlyWarning tells the three forms of a month apart by their keys (see
// EarlyWarningMonthSchema); these mirror the library's internal forms.
const MissingMonthSchema = z.strictObject({ month: library.IsoMonthSchema, missing: z.literal(true), employeeId: z.optional(library.EntityIdSchema) });
const ScoredMonthSchema = z.looseObject({
  employeeId: library.EntityIdSchema,
  month: library.IsoMonthSchema,
  score: z.number().min(0).max(100).nullable(),
  breakdown: z.array(z.unknown()),
  predikat: z.enum(library.PREDIKAT_ORDER).optional(),
  netTrkMinutes: z.number().int().min(0).optional(),
  trkMinimum: z.number().int().min(0).optional(),
  daysAbsentWithoutReason: z.number().int().min(0).max(31).optional(),
  flexibleDaysWithoutCheckIn: z.number().int().min(0).max(31).optional(),
  disciplinaryPenalty: z.enum(library.DISCIPLINARY_PENALTIES).optional(),
});

function earlyWarningMonth(): Json {
  return {
    if: { type: 'object', properties: { missing: true }, required: ['missing'] },
    then: convert(MissingMonthSchema, 'input'),
    else: {
      if: { type: 'object', properties: { breakdown: true }, required: ['breakdown'] },
      then: convert(ScoredMonthSchema, 'input'),
      else: convert(library.MonthlyPerformanceInputSchema, 'input'),
    },
  };
}

/** Every file, inputs first, each group by name. */
export function schemaEntries(): SchemaEntry[] {
  const inputs: SchemaEntry[] = Object.entries(INPUTS).map(([exportName, [description, usedBy]]) => ({
    name: fileNameOf(exportName),
    title: exportName.replace(/Schema$/, ''),
    io: 'input',
    description,
    usedBy,
    build: () =>
      exportName === 'EarlyWarningMonthSchema'
        ? earlyWarningMonth()
        : convert((library as unknown as Record<string, $ZodType>)[exportName]!, 'input'),
  }));
  const outs: SchemaEntry[] = Object.entries(OUTPUTS).map(([name, [schema, title, description, usedBy]]) => ({
    name,
    title,
    io: 'output',
    description,
    usedBy,
    build: () => convert(schema, 'output'),
  }));
  const byName = (a: SchemaEntry, b: SchemaEntry) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  return [...inputs.sort(byName), ...outs.sort(byName)];
}

const LIMITS =
  'Cross-field rules, date arithmetic and policy coherence are checked by the library only: a document this schema accepts may still be refused with an InputError.';

/** The text of every file, by file name (`<name>.schema.json`), for `version`. */
export function renderJsonSchemas(version: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of schemaEntries()) {
    const body = entry.build();
    delete body['description']; // a top-level node's own words (IsoDateSchema's): the entry's are fuller
    const doc = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: `https://unpkg.com/kerja-dinamis@${version}/schemas/${entry.name}.schema.json`,
      title: entry.title,
      description: `kerja-dinamis ${entry.io}: ${entry.description} ${entry.io === 'input' ? `Read by: ${entry.usedBy}. ${LIMITS}` : `Returned by: ${entry.usedBy}.`}`,
      ...body,
    };
    files.set(`${entry.name}.schema.json`, `${JSON.stringify(doc, null, 2)}\n`);
  }
  return files;
}

/** Writes `schemas/` afresh (stale files removed). */
export function writeJsonSchemas(dir: string, version: string): number {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = renderJsonSchemas(version);
  for (const [name, text] of files) writeFileSync(join(dir, name), text);
  return readdirSync(dir).length;
}
