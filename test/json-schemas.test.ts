/**
 * The JSON Schemas shipped in `schemas/` (scripts/json-schemas/), checked with a real
 * validator (Ajv, draft 2020-12, strict): the real functions' results over generated and
 * sample inputs validate against the output schemas, objects closed, so a field added to
 * a result without its schema fails here; what the library accepts, the input schemas
 * accept; and some bad inputs are refused.
 */
import { readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import { it, fc } from '@fast-check/vitest';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020';
import * as library from '../src/index';
import {
  allocateUnits,
  allocateWorkPatterns,
  assessEligibility,
  assessRemoteness,
  assessUnit,
  checkEmployeeCriteria,
  checkPredikatDistribution,
  checkReadiness,
  classifyTalentBox,
  dailySchedule,
  EarlyWarningMonthSchema,
  EmployeeRecordSchema,
  evaluateEarlyWarning,
  filterServices,
  holidaysInYear,
  isInputError,
  jabarMkd2023,
  jabarMkd2025,
  jabarMkd2026,
  MonthlyPerformanceInputSchema,
  nationalFwa2025,
  parseNip,
  planMonth,
  PolicyFileSchema,
  PolicySchema,
  PREDIKAT_ORDER,
  CAPAIAN_ORGANISASI,
  presets,
  scoreMonthlyPerformance,
  validate,
  WorkPatternInputSchema,
  workingWeeksOfMonth,
  type CapaianOrganisasi,
  type EmployeeCriteriaInput,
  type EmployeeRecord,
  type MonthlyPerformanceInput,
  type Policy,
  type Predikat,
  type ReadinessEvidence,
  type RemotenessPosition,
  type TalentAssessment,
  type WorkPatternInput,
} from '../src/index';
import { FINDING_CODES } from '../scripts/json-schemas/findings';
import { INPUTS, OUTPUTS, fileNameOf, renderJsonSchemas, schemaEntries } from '../scripts/json-schemas/generate';
import { DEMO_AS_OF, DEMO_MONTH, DEMO_UNITS, demoRecords } from '../cli/src/demo-data';
import { builtInDateArb } from './arbitraries/calendar';
import { corruptedArb, dataOf } from './arbitraries/corrupt';
import { AS_OF, fullRecordArb, recordArb } from './arbitraries/eligibility';
import { validNipArb } from './arbitraries/nip';
import { anyMonthInputArb, monthsOfRun, runArb, type RunEntry } from './arbitraries/performance';
import { AS_OF as READINESS_AS_OF, employeeArb, evidenceArb } from './arbitraries/readiness';
import { positionArb, serviceIdsArb } from './arbitraries/remoteness';
import { assessmentArb } from './arbitraries/talent-box';
import { monthArb, unitInputArb } from './arbitraries/work-pattern';

const ROOT = new URL('../', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8')) as { version: string };
const files = renderJsonSchemas(version);
const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
for (const text of files.values()) ajv.addSchema(JSON.parse(text) as object);

const idOf = (name: string): string => `https://unpkg.com/kerja-dinamis@${version}/schemas/${name}.schema.json`;
const validators = new Map<string, ValidateFunction>();
function validatorOf(name: string): ValidateFunction {
  let v = validators.get(name);
  if (v === undefined) {
    v = ajv.getSchema(idOf(name));
    if (v === undefined) throw new Error(`no schema ${name}`);
    validators.set(name, v);
  }
  return v;
}
/** The value as an app in another language receives it: JSON. */
const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const isValid = (name: string, value: unknown): boolean => validatorOf(name)(json(value));
function expectValid(name: string, value: unknown): void {
  const v = validatorOf(name);
  const data = json(value);
  const ok = v(data);
  expect(ok, `${name}: ${ajv.errorsText(v.errors)}`).toBe(true);
}

/** The property paths a zod schema declares (`name.results[].findings[].code`); records' keys are not paths. */
function declaredPaths(schema: unknown, prefix: string, out: Set<string>): Set<string> {
  const def = (schema as { _zod: { def: Record<string, unknown> } })._zod.def;
  if (def['type'] === 'object') {
    for (const [key, inner] of Object.entries(def['shape'] as object)) declaredPaths(inner, `${prefix}.${key}`, out.add(`${prefix}.${key}`));
  } else if (def['type'] === 'array') declaredPaths(def['element'], `${prefix}[]`, out);
  else if (def['type'] === 'optional' || def['type'] === 'nullable') declaredPaths(def['innerType'], prefix, out);
  else if (def['type'] === 'union') for (const option of def['options'] as unknown[]) declaredPaths(option, prefix, out);
  return out;
}
/** The property paths present in a JSON value. */
function seenPaths(value: unknown, prefix: string, out: Set<string>): void {
  if (Array.isArray(value)) for (const item of value) seenPaths(item, `${prefix}[]`, out);
  else if (typeof value === 'object' && value !== null) for (const [key, inner] of Object.entries(value)) seenPaths(inner, `${prefix}.${key}`, out.add(`${prefix}.${key}`));
}
const policyArb = fc.constantFrom<Policy>(jabarMkd2023, jabarMkd2025, jabarMkd2026, nationalFwa2025);

describe('the files', () => {
  it('one input schema for every zod schema the library exports, and none for anything else', () => {
    const exported = Object.entries(library)
      .filter(([, value]) => typeof value === 'object' && value !== null && '_zod' in value)
      .map(([name]) => name)
      .sort();
    expect(Object.keys(INPUTS).sort()).toEqual(exported);
  });

  it('every file has $schema (2020-12), an $id naming it, a title (the library\'s type) and a description', () => {
    expect(files.size).toBe(schemaEntries().length);
    for (const [file, text] of files) {
      const doc = JSON.parse(text) as Record<string, unknown>;
      expect(doc['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(doc['$id']).toBe(idOf(file.replace(/\.schema\.json$/, '')));
      expect(doc['title']).toMatch(/^[A-Z][A-Za-z]+$/);
      expect(doc['description']).toMatch(/^kerja-dinamis (input|output): /);
    }
  });

  it('every file compiles in strict mode (no unknown keyword, no unresolved $ref)', () => {
    for (const file of files.keys()) expect(() => validatorOf(file.replace(/\.schema\.json$/, ''))).not.toThrow();
  });

  it('generation is deterministic: the same bytes twice', () => {
    expect([...renderJsonSchemas(version)]).toEqual([...files]);
  });

  it('docs/api.md lists every file, inputs and outputs apart, and no other', () => {
    const api = readFileSync(new URL('docs/api.md', ROOT), 'utf8');
    const section = api.slice(api.indexOf('## JSON Schemas for apps in other languages'), api.indexOf('## Bahasa Indonesia'));
    const listed = (heading: string) => {
      const table = section.slice(section.indexOf(heading)).split('\n\n')[1]!;
      return [...table.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]).sort();
    };
    const names = (io: string) => schemaEntries().filter((e) => e.io === io).map((e) => e.name).sort();
    expect(listed('**Inputs**')).toEqual(names('input'));
    expect(listed('**Outputs**')).toEqual(names('output'));
  });

  it('file names follow the export names', () => {
    expect(fileNameOf('EmployeeRecordSchema')).toBe('employee-record');
    expect(fileNameOf('IsoDateSchema')).toBe('iso-date');
  });

  it('the finding codes of the output schemas are those of the message catalogues', () => {
    expect(Object.values(FINDING_CODES).flat().sort()).toEqual(Object.keys(library.localeEn.messages).sort());
  });
});

/** Results to validate: the schema name and the value. */
type Outputs = [name: string, value: unknown][];

/** fullRecordArb's months may lie outside the built-in calendar: such a record is refused (InputError), no decision. */
function decided<T>(run: () => T): T | undefined {
  try {
    return run();
  } catch (e) {
    if (isInputError(e)) return undefined;
    throw e;
  }
}

/** The real functions over generated inputs: each case is a property, and a fixed sample of each feeds the coverage check. */
const CASES: { title: string; arb: fc.Arbitrary<unknown>; outputs: (input: never) => Outputs }[] = [
  {
    title: 'assessEligibility → eligibility-decision',
    arb: fc.tuple(fc.oneof(recordArb, fullRecordArb), policyArb),
    outputs: ([record, policy]: [EmployeeRecord, Policy]) => {
      const d = decided(() => assessEligibility(record, policy, { asOf: AS_OF }));
      return d === undefined ? [] : [['eligibility-decision', d], ...d.findings.map((f): Outputs[number] => ['finding', f])];
    },
  },
  {
    title: 'assessUnit → unit-assessment, rejected records included',
    arb: fc.tuple(fc.array(fc.oneof({ weight: 4, arbitrary: recordArb }, { weight: 1, arbitrary: corruptedArb(recordArb) }), { maxLength: 6 }), policyArb),
    outputs: ([records, policy]: [unknown[], Policy]) => [['unit-assessment', assessUnit(records, policy, { asOf: AS_OF })]],
  },
  {
    title: 'planMonth → month-plan',
    arb: fc.tuple(fc.array(recordArb, { maxLength: 5 }), policyArb, monthArb),
    outputs: ([records, policy, month]: [EmployeeRecord[], Policy, string]) => [
      ['month-plan', planMonth(records.map((r) => ({ ...r, unitId: 'bidang-a' })), policy, { unit: { id: 'bidang-a' }, month })],
    ],
  },
  {
    title: 'allocateWorkPatterns → work-pattern-result',
    arb: fc.tuple(unitInputArb({ maxEmployees: 6, pins: true }), policyArb),
    outputs: ([input, policy]: [WorkPatternInput, Policy]) => [['work-pattern-result', allocateWorkPatterns(input, policy)]],
  },
  {
    title: 'allocateUnits → allocate-units-result, rejected units included',
    arb: fc.tuple(
      fc.array(fc.oneof({ weight: 3, arbitrary: unitInputArb({ maxEmployees: 4, pins: true }) }, { weight: 1, arbitrary: corruptedArb(unitInputArb({ maxEmployees: 3, pins: false })) }), { maxLength: 3 }),
      policyArb,
    ),
    outputs: ([inputs, policy]: [unknown[], Policy]) => [['allocate-units-result', allocateUnits(inputs as WorkPatternInput[], policy)]],
  },
  {
    title: 'classifyTalentBox → talent-box-result',
    arb: fc.tuple(assessmentArb, policyArb),
    outputs: ([input, policy]: [TalentAssessment, Policy]) => [['talent-box-result', classifyTalentBox(input, policy, { asOf: AS_OF })]],
  },
  {
    title: 'assessRemoteness → remoteness-assessment',
    arb: fc.tuple(positionArb, policyArb),
    outputs: ([position, policy]: [RemotenessPosition, Policy]) => [['remoteness-assessment', assessRemoteness(position, policy)]],
  },
  {
    title: 'filterServices → service-filter-result',
    arb: serviceIdsArb,
    outputs: (ids: string[]) => [['service-filter-result', filterServices(ids)]],
  },
  {
    title: 'checkReadiness → readiness-result',
    arb: fc.tuple(evidenceArb, policyArb),
    outputs: ([evidence, policy]: [ReadinessEvidence, Policy]) => [['readiness-result', checkReadiness(evidence, policy, { asOf: READINESS_AS_OF })]],
  },
  {
    title: 'checkEmployeeCriteria → employee-criteria-result',
    arb: fc.tuple(employeeArb, policyArb),
    outputs: ([employee, policy]: [EmployeeCriteriaInput, Policy]) => [['employee-criteria-result', checkEmployeeCriteria(employee, policy, { asOf: READINESS_AS_OF })]],
  },
  {
    title: 'scoreMonthlyPerformance → monthly-performance-result',
    arb: fc.tuple(anyMonthInputArb, policyArb),
    outputs: ([input, policy]: [MonthlyPerformanceInput, Policy]) => [['monthly-performance-result', scoreMonthlyPerformance(input, policy)]],
  },
  {
    title: 'evaluateEarlyWarning → early-warning-result, from raw or scored months',
    arb: fc.tuple(runArb, policyArb, fc.boolean()),
    outputs: ([run, policy, scored]: [RunEntry[], Policy, boolean]) => {
      const months = monthsOfRun(run).map((m) => (scored && !('missing' in m) ? scoreMonthlyPerformance(m as MonthlyPerformanceInput, policy) : m));
      const r = evaluateEarlyWarning(months, policy);
      return [
        ['early-warning-result', r],
        ['early-warning-state', r.finalState],
      ];
    },
  },
  {
    title: 'checkPredikatDistribution → predikat-distribution-result',
    arb: fc.tuple(fc.array(fc.constantFrom(...PREDIKAT_ORDER), { maxLength: 30 }), fc.constantFrom(...CAPAIAN_ORGANISASI)),
    outputs: ([predikats, capaianOrganisasi]: [Predikat[], CapaianOrganisasi]) => [['predikat-distribution-result', checkPredikatDistribution(predikats, { capaianOrganisasi })]],
  },
  {
    title: 'parseNip → nip-result, valid or not',
    arb: fc.oneof(validNipArb.map((x) => x.nip), fc.string({ maxLength: 20 }), fc.stringMatching(/^\d{18}$/)),
    outputs: (value: string) => {
      const r = parseNip(value);
      return [['nip-result', r], ...(r.ok ? [] : r.issues.map((i): Outputs[number] => ['input-issue', i]))];
    },
  },
  {
    title: 'dailySchedule → daily-schedule',
    arb: fc.tuple(builtInDateArb, policyArb),
    outputs: ([date, policy]: [string, Policy]) => [['daily-schedule', dailySchedule(date, { policy })]],
  },
  {
    title: 'workingWeeksOfMonth → working-week-list',
    arb: monthArb,
    outputs: (month: string) => [['working-week-list', workingWeeksOfMonth(month)]],
  },
];

/** Results the generated inputs rarely or never give: each example is a test, and feeds the coverage check. */
const EXAMPLES: { title: string; outputs: () => Outputs }[] = [
  {
    title: 'planMonth → month-plan and assessUnit → unit-assessment, on the demo data',
    outputs: () =>
      DEMO_UNITS.flatMap((unit): Outputs => [
        ['month-plan', planMonth(demoRecords().filter((r) => r.unitId === unit.id), jabarMkd2026, { unit, month: DEMO_MONTH })],
        ['unit-assessment', assessUnit(demoRecords(), jabarMkd2026, { asOf: DEMO_AS_OF })],
      ]),
  },
  {
    title: 'planMonth → month-plan with a rejected record, pins kept and dropped, and a partner outside the unit',
    outputs: () => {
      const unit = DEMO_UNITS[0]!;
      const [a, b, ...rest] = demoRecords().filter((r) => r.unitId === unit.id);
      const records: unknown[] = [{ ...a!, roster: { ...a!.roster, backupPartnerNip: '199001012015031001' } }, b, ...rest, { nip: 'x', name: 'Rusak', unitId: unit.id }];
      // A pin kept: a flexible day the plan grants anyway (not a collective one); a pin dropped: a Saturday.
      const { allocation } = planMonth(records, jabarMkd2026, { unit, month: DEMO_MONTH });
      const candidates = allocation.roster.flatMap((r) => r.days.flatMap((d, i) => (d === 'FLEKSIBEL' ? [{ employeeId: r.employeeId, date: allocation.dates[i]! }] : [])));
      const plan = candidates
        .slice(0, 12)
        .map((pin) => planMonth(records, jabarMkd2026, { unit, month: DEMO_MONTH, pinned: [pin, { employeeId: b!.nip, date: '2026-02-07' }] }))
        .find((p) => p.allocation.pins.kept.length === 1)!;
      expect(plan.decisions.rejected.length).toBe(1);
      expect(plan.findings.length).toBeGreaterThan(0);
      expect(plan.allocation.pins.dropped.length).toBe(1);
      return [['month-plan', plan]];
    },
  },
  {
    title: 'classifyTalentBox → talent-box-result, a box classified',
    outputs: () => {
      const r = classifyTalentBox({ kinerja: 'DI_ATAS_EKSPEKTASI', potensial: 'TINGGI', assessedOn: '2025-12-01' }, jabarMkd2026, { asOf: AS_OF });
      expect(r.status).toBe('classified');
      return [['talent-box-result', r]];
    },
  },
  {
    title: "an InputError's issues → input-issue",
    outputs: () => {
      try {
        assessEligibility({ nip: '1', name: '', unitId: '__proto__', extra: 1 } as never, jabarMkd2026, { asOf: AS_OF });
      } catch (e) {
        if (isInputError(e)) return e.issues.map((i): Outputs[number] => ['input-issue', i]);
        throw e;
      }
      throw new Error('not refused');
    },
  },
  {
    title: 'holidaysInYear → holiday-list, every built-in year, with a policy, a provisional year and a moved holiday',
    outputs: () => {
      const moved = { moved: [{ from: '2026-03-20', to: '2026-03-27' }] };
      expect(holidaysInYear(2026, moved).some((h) => h.movedFrom !== undefined)).toBe(true);
      return [
        ...[2023, 2024, 2025, 2026].flatMap((year): Outputs => [
          ['holiday-list', holidaysInYear(year)],
          ['holiday-list', holidaysInYear(year, { policy: jabarMkd2026 })],
        ]),
        ['holiday-list', holidaysInYear(2027, { allowProvisional: true })],
        ['holiday-list', holidaysInYear(2026, moved)],
        ['daily-schedule', dailySchedule('2026-03-27', { policy: jabarMkd2026, ...moved })],
      ];
    },
  },
  {
    title: 'dailySchedule → daily-schedule, every day of a provisional year',
    outputs: () => library.datesBetween('2027-01-01', '2027-12-31').map((date): Outputs[number] => ['daily-schedule', dailySchedule(date, { policy: jabarMkd2026, allowProvisional: true })]),
  },
];

describe('outputs validate against their schemas', () => {
  for (const c of CASES) {
    it.prop([c.arb])(c.title, (input) => {
      for (const [name, value] of c.outputs(input as never)) expectValid(name, value);
    });
  }

  for (const e of EXAMPLES) {
    it(e.title, () => {
      for (const [name, value] of e.outputs()) expectValid(name, value);
    });
  }

  it('every property an output schema declares occurs in a real result (a fixed sample: none is misnamed or dead)', () => {
    const seen = new Set<string>();
        const outputs = [...EXAMPLES.flatMap((e) => e.outputs()), ...CASES.flatMap((c) => fc.sample(c.arb, { seed: 42, numRuns: 150 }).flatMap((input) => c.outputs(input as never)))];
    for (const [name, value] of outputs) {
      expectValid(name, value);
      if (Object.hasOwn(OUTPUTS, name)) seenPaths(json(value), name, seen);
    }
    const declared = Object.entries(OUTPUTS).flatMap(([name, [schema]]) => [...declaredPaths(schema, name, new Set())]);
    expect(declared.filter((path) => !seen.has(path))).toEqual([]);
  });

  it('a field the schema does not know fails (the objects are closed)', () => {
    const d = assessEligibility(demoRecords()[0]!, jabarMkd2026, { asOf: DEMO_AS_OF });
    expectValid('eligibility-decision', d);
    expect(isValid('eligibility-decision', { ...d, extra: 1 })).toBe(false);
    expect(isValid('eligibility-decision', { ...d, policy: { ...d.policy, extra: 1 } })).toBe(false);
    expect(isValid('eligibility-decision', { ...d, findings: [{ ...d.findings[0]!, extra: 1 }] })).toBe(false);
    expect(isValid('eligibility-decision', { ...d, findings: [{ ...d.findings[0]!, code: 'no_such_code' }] })).toBe(false);
  });
});

describe('inputs: the schemas accept what the library accepts', () => {
  it('the presets validate against policy', () => {
    for (const preset of presets) {
      expect(validate(PolicySchema, json(preset)).ok).toBe(true);
      expectValid('policy', preset);
    }
  });

  it('the example policy file validates against policy-file', () => {
    const file: unknown = JSON.parse(readFileSync(new URL('examples/kebijakan-tasikmalaya.json', ROOT), 'utf8'));
    expect(validate(PolicyFileSchema, file).ok).toBe(true);
    expectValid('policy-file', file);
  });

  it('the demo records validate against employee-record, the demo units against work-pattern-input parts', () => {
    for (const record of demoRecords()) expectValid('employee-record', record);
  });

  it.prop([fc.oneof(recordArb, fullRecordArb)])('generated records validate against employee-record', (record) => {
    expectValid('employee-record', record);
  });

  it.prop([unitInputArb({ maxEmployees: 6, pins: true })])('generated unit-months validate against work-pattern-input', (input) => {
    expectValid('work-pattern-input', input);
  });

  it.prop([anyMonthInputArb])('generated months validate against monthly-performance-input and early-warning-month', (input) => {
    expectValid('monthly-performance-input', input);
    expectValid('early-warning-month', input);
  });

  it.prop([runArb, policyArb])('missing and scored months validate against early-warning-month', (run, policy) => {
    for (const m of monthsOfRun(run)) expectValid('early-warning-month', 'missing' in m ? m : scoreMonthlyPerformance(m, policy));
  });

  it.prop([evidenceArb, employeeArb, assessmentArb, positionArb])('generated evidence, criteria, assessments and positions validate', (evidence, employee, assessment, position) => {
    expectValid('readiness-evidence', evidence);
    expectValid('employee-criteria-input', employee);
    expectValid('talent-assessment', assessment);
    expectValid('remoteness-position', position);
  });

  it('calendar options with a policy and overrides validate against calendar-options', () => {
    expectValid('calendar-options', { policy: jabarMkd2026 });
    expectValid('calendar-options', { added: [{ date: '2026-10-17', kind: 'LIBUR_DAERAH', name: { id: 'Hari Jadi', en: 'Anniversary' } }] });
  });

  /** Whenever the library accepts a (JSON) value, so does the JSON Schema: the schema is never stricter. */
  function neverStricter(name: string, schema: Parameters<typeof validate>[0], value: unknown): void {
    let data: unknown;
    try {
      data = json(dataOf(value));
    } catch {
      return; // not JSON (a BigInt): no app sends it
    }
    if (data === undefined) return;
    if (validate(schema, data).ok) expectValid(name, data);
  }

  it.prop([corruptedArb(fc.oneof(recordArb, fullRecordArb))])('a corrupted record the library accepts is accepted by employee-record', (value) => {
    neverStricter('employee-record', EmployeeRecordSchema, value);
  });

  it.prop([corruptedArb(unitInputArb({ maxEmployees: 4, pins: true }))])('a corrupted unit-month the library accepts is accepted by work-pattern-input', (value) => {
    neverStricter('work-pattern-input', WorkPatternInputSchema, value);
  });

  it.prop([corruptedArb(anyMonthInputArb)])('a corrupted month the library accepts is accepted by monthly-performance-input', (value) => {
    neverStricter('monthly-performance-input', MonthlyPerformanceInputSchema, value);
  });

  const earlyWarningMonthArb = fc.oneof(
    anyMonthInputArb,
    fc.tuple(anyMonthInputArb, policyArb).map(([input, policy]) => scoreMonthlyPerformance(input, policy)),
    anyMonthInputArb.map((m) => ({ month: m.month, missing: true, employeeId: m.employeeId })),
  );
  it.prop([corruptedArb(earlyWarningMonthArb)])('a corrupted raw, scored or missing month the library accepts is accepted by early-warning-month', (value) => {
    neverStricter('early-warning-month', EarlyWarningMonthSchema, value);
  });
});

describe('inputs: bad values are refused', () => {
  const record = demoRecords()[0]!;

  it.each([
    ['an unknown key', { ...record, nama: 'x' }],
    ['no NIP', { ...record, nip: undefined }],
    ['a NIP with a letter', { ...record, nip: '19850312201001100A' }],
    ['a month 13 in a date', { ...record, position: { ...record.position, since: '2026-13-01' } }],
    ['an empty unit id', { ...record, unitId: '' }],
    ['a forbidden unit id', { ...record, unitId: '__proto__' }],
  ])('employee-record refuses %s (and so does the library)', (_, bad) => {
    const checked = validate(EmployeeRecordSchema, json(bad));
    expect(checked.ok).toBe(false);
    if (!checked.ok) for (const issue of checked.issues) expectValid('input-issue', issue);
    expect(isValid('employee-record', bad)).toBe(false);
  });

  it('policy refuses a preset without its id, and a box 10', () => {
    const { id: _, ...noId } = json(jabarMkd2026) as Record<string, unknown>;
    expect(isValid('policy', noId)).toBe(false);
    const p = json(jabarMkd2026) as { talentBox: { eligibleBoxes: number[] } };
    p.talentBox.eligibleBoxes = [10];
    expect(isValid('policy', p)).toBe(false);
  });

  it('early-warning-month refuses a missing month that is not missing, and a raw month with an unknown key', () => {
    expect(isValid('early-warning-month', { month: '2026-01', missing: false })).toBe(false);
    expect(isValid('early-warning-month', { employeeId: 'E1', month: '2026-01', trk: 1 })).toBe(false);
    expect(isValid('early-warning-month', { month: '2026-01', missing: true })).toBe(true);
  });

  it('iso-date, iso-month and jurisdiction refuse what is not a date, a month or a jurisdiction', () => {
    expect(isValid('iso-date', '2026-02-28')).toBe(true);
    for (const bad of ['2026-2-28', '2026-02-32', '26-02-28', '2026-02-28T00:00']) expect(isValid('iso-date', bad), bad).toBe(false);
    expect(isValid('iso-month', '2026-02')).toBe(true);
    expect(isValid('iso-month', '2026-13')).toBe(false);
    expect(isValid('jurisdiction', 'ID-JB-3278')).toBe(true);
    for (const bad of ['id-jb', 'ID-JB-327', 'JB']) expect(isValid('jurisdiction', bad), bad).toBe(false);
  });
});

