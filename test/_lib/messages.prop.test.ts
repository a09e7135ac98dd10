import { describe, expect } from 'vitest';
import { it, fc } from '@fast-check/vitest';
import type { z } from 'zod';
import * as lib from '../../src/index';
import {
  allocateWorkPatterns,
  assessEligibility,
  assessRemoteness,
  checkEmployeeCriteria,
  checkReadiness,
  classifyTalentBox,
  definePolicy,
  isInputError,
  jabarMkd2025,
  presets,
  scoreMonthlyPerformance,
  validate,
  type InputIssue,
} from '../../src/index';
import { corruptedArb } from '../arbitraries/corrupt';
import { AS_OF, fullRecordArb } from '../arbitraries/eligibility';
import { anyMonthInputArb } from '../arbitraries/performance';
import { employeeArb, evidenceArb } from '../arbitraries/readiness';
import { positionArb } from '../arbitraries/remoteness';
import { assessmentArb } from '../arbitraries/talent-box';
import { unitInputArb } from '../arbitraries/work-pattern';

/** Every zod schema the library exports, by name. */
const SCHEMAS: ReadonlyMap<string, z.ZodType> = new Map(
  Object.entries(lib as Record<string, unknown>).filter((entry): entry is [string, z.ZodType] => entry[0].endsWith('Schema') && typeof entry[1] === 'object' && entry[1] !== null && '_zod' in entry[1]),
);

/** Valid inputs of the schemas that have an arbitrary: corrupted, they reach the schemas' inner fields. */
const VALID: Readonly<Record<string, fc.Arbitrary<unknown>>> = {
  EmployeeRecordSchema: fullRecordArb,
  PolicySchema: fc.constantFrom(...presets),
  WorkPatternInputSchema: unitInputArb({ maxEmployees: 3, pins: true }),
  MonthlyPerformanceInputSchema: anyMonthInputArb,
  ReadinessEvidenceSchema: evidenceArb,
  EmployeeCriteriaInputSchema: employeeArb,
  TalentAssessmentSchema: assessmentArb,
  RemotenessPositionSchema: positionArb,
  CalendarOptionsSchema: fc.constantFrom({}, { allowProvisional: true }, { add: [{ date: '2026-05-20', kind: 'LIBUR_DAERAH', name: { id: 'Hari Jadi', en: 'Day' } }] }),
};

/** A schema and a value for it: any JSON at all, or valid data with one defect. */
const schemaInputArb: fc.Arbitrary<{ name: string; value: unknown }> = fc.oneof(
  fc.record({ name: fc.constantFrom(...SCHEMAS.keys()), value: fc.jsonValue() }),
  fc.constantFrom(...Object.keys(VALID)).chain((name) => corruptedArb(VALID[name]!).map((value) => ({ name, value }))),
);

/** zod's own locale wording, in English and Bahasa Indonesia. */
const ZOD_WORDING = [/\bexpected\b/i, /\breceived\b/i, /diharapkan/i, /diterima/i, /Kunci tidak dikenali/i, /Invalid input/i];

/** Every string in a value, keys included. */
function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsOf(item, out);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      out.push(key);
      stringsOf(item, out);
    }
  }
  return out;
}

/** A message without what it quotes from the input, which may be any words at all. */
function ownWords(text: string, input: unknown): string {
  let out = text;
  for (const s of stringsOf(input).sort((a, b) => b.length - a.length)) if (s.length > 0) out = out.split(s).join(' ');
  return out.replace(/"(?:[^"\\]|\\.)*"/g, ' ');
}

function expectLibraryWords(issues: readonly InputIssue[], input: unknown): void {
  for (const issue of issues) {
    for (const text of [issue.message.id, issue.message.en]) {
      const words = ownWords(text, input);
      for (const pattern of ZOD_WORDING) expect(words, `${issue.code} at ${issue.path.join('.')}: ${text}`).not.toMatch(pattern);
    }
  }
}

/** Whether every step of `path` but the last leads into an object or a list of `root`. */
function parentExists(root: unknown, path: readonly (string | number)[]): boolean {
  let here = root;
  for (const step of path.slice(0, -1)) {
    if (typeof here !== 'object' || here === null || !Object.hasOwn(here, step)) return false;
    here = (here as Record<string | number, unknown>)[step];
  }
  return true;
}

const issuesOf = (name: string, value: unknown): readonly InputIssue[] => {
  const result = validate(SCHEMAS.get(name)!, value);
  return result.ok ? [] : result.issues;
};

describe('messages of the exported schemas', () => {
  it('finds the schemas it feeds', () => {
    expect(SCHEMAS.size).toBeGreaterThan(30);
    for (const name of Object.keys(VALID)) expect(SCHEMAS.has(name), name).toBe(true);
  });

  it.prop([schemaInputArb])("no message a user reads is in zod's wording", ({ name, value }) => {
    expectLibraryWords(issuesOf(name, value), value);
  });

  it.prop([schemaInputArb])('every issue has a message in both languages and a path into the input', ({ name, value }) => {
    for (const issue of issuesOf(name, value)) {
      expect(issue.message.id.trim().length, issue.code).toBeGreaterThan(0);
      expect(issue.message.en.trim().length, issue.code).toBeGreaterThan(0);
      expect(issue.message.id, issue.code).not.toBe(issue.message.en);
      expect(issue.path.every((step) => typeof step === 'string' || typeof step === 'number')).toBe(true);
      expect(parentExists(value, issue.path), `${name} ${issue.code} at ${JSON.stringify(issue.path)}`).toBe(true);
    }
  });
});

describe('messages of the entry points', () => {
  /** Entry points, each with valid input of its own to corrupt. */
  const calls: readonly { name: string; valid: fc.Arbitrary<unknown>; call: (input: unknown) => unknown }[] = [
    { name: 'assessEligibility', valid: fullRecordArb, call: (x) => assessEligibility(x as never, jabarMkd2025, { asOf: AS_OF }) },
    { name: 'classifyTalentBox', valid: assessmentArb, call: (x) => classifyTalentBox(x as never, jabarMkd2025, { asOf: AS_OF }) },
    { name: 'checkReadiness', valid: evidenceArb, call: (x) => checkReadiness(x as never, jabarMkd2025, { asOf: AS_OF }) },
    { name: 'checkEmployeeCriteria', valid: employeeArb, call: (x) => checkEmployeeCriteria(x as never, jabarMkd2025, { asOf: AS_OF }) },
    { name: 'scoreMonthlyPerformance', valid: anyMonthInputArb, call: (x) => scoreMonthlyPerformance(x as never, jabarMkd2025) },
    { name: 'allocateWorkPatterns', valid: unitInputArb({ maxEmployees: 3, pins: true }), call: (x) => allocateWorkPatterns(x as never, jabarMkd2025) },
    { name: 'assessRemoteness', valid: positionArb, call: (x) => assessRemoteness(x as never, jabarMkd2025) },
    { name: 'definePolicy', valid: fc.constant({ id: 'bandung-2026', talentBox: { eligibleBoxes: [7, 8, 9] } }), call: (x) => definePolicy(jabarMkd2025, x as never) },
  ];
  const callArb = fc.constantFrom(...calls).chain((c) => fc.oneof(fc.jsonValue(), corruptedArb(c.valid)).map((input) => ({ c, input })));

  it.prop([callArb])("an entry point throws its input errors in the library's words, in both languages", ({ c, input }) => {
    let caught: unknown;
    try {
      c.call(input);
    } catch (error) {
      caught = error;
    }
    if (caught === undefined) return;
    expect(isInputError(caught), `${c.name} threw ${String(caught)}`).toBe(true);
    const { issues } = caught as { issues: readonly InputIssue[] };
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) expect(issue.message.id.length * issue.message.en.length).toBeGreaterThan(0);
    expectLibraryWords(issues, input);
  });
});
