/**
 * The library's contract, one known breach at a time: every export, given any value,
 * returns a result or throws `InputError` — never a TypeError, a RangeError or a stack
 * overflow, and within a bounded cost. Each case here broke the contract once
 * (docs/security.md); test/contract.prop.test.ts fuzzes every export for the rest.
 */
import { describe, expect, it } from 'vitest';
import * as kd from '../src/index';
import type { Finding } from '../src/_lib/finding';
import { AS_OF, goodRecord } from './eligibility/fixtures';
import { codesOf, issuesOf, placesOf } from './_helpers/input-error';

const { jabarMkd2023, jabarMkd2025 } = kd;
type Anything = never;

/** Builds a value nested `depth` levels deep: `{ a: { a: … } }` or `[[…]]`. */
function nested(depth: number, kind: 'object' | 'array'): unknown {
  let value: unknown = kind === 'object' ? {} : [];
  for (let i = 0; i < depth; i++) value = kind === 'object' ? { a: value } : [value];
  return value;
}

/** Every text of an InputError: its summary and each issue's two messages. */
function textsOf(fn: () => unknown): string[] {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(kd.isInputError(caught), 'expected an InputError').toBe(true);
  const error = caught as kd.InputError;
  return [error.message, ...error.issues.flatMap((issue) => [issue.message.id, issue.message.en])];
}

/** Runs `fn`, expects an InputError within `bound` ms, and returns how long it took. */
function timedRejection(fn: () => unknown, bound = 2000): number {
  const started = performance.now();
  issuesOf(fn);
  const took = performance.now() - started;
  expect(took).toBeLessThan(bound);
  return took;
}

const unit = { id: 'bidang-perencanaan' };
const wp = { unit: { id: 'u' }, month: '2026-02', employees: [{ id: 'A', flexibleDaysPerWeek: 2 }] };

describe('a BigInt anywhere is bad input, not a TypeError from JSON.stringify', () => {
  it('in a date, a year, a NIP option, a decision date', () => {
    expect(placesOf(issuesOf(() => kd.isWorkingDay(10n as Anything)))).toEqual(['date:invalid_date']);
    expect(issuesOf(() => kd.isWorkingDay(10n as Anything))[0]!.message.en).toBe('Invalid date for date: 10n must be YYYY-MM-DD and a day that exists');
    expect(placesOf(issuesOf(() => kd.holidaysInYear(2026n as Anything)))).toEqual(['year:invalid_year']);
    expect(placesOf(issuesOf(() => kd.parseNip('198503152010012003', { asOf: 1n as Anything })))).toEqual(['options.asOf:invalid_date']);
    expect(placesOf(issuesOf(() => kd.assessEligibility(goodRecord(), jabarMkd2025, { asOf: 20260302n as Anything })))).toEqual(['options.asOf:invalid_date']);
    expect(placesOf(issuesOf(() => kd.selectPolicy([jabarMkd2025], { asOf: 1n as Anything })))).toEqual(['options.asOf:invalid_date']);
  });
});

describe('an object without a prototype, or with a toString that throws, is bad input', () => {
  const throwing = { toString: (): never => { throw new Error('toString ran'); } };

  it('in a number field: named by its kind, its toString never run', () => {
    expect(issuesOf(() => kd.levelsOfBox(Object.create(null) as Anything))[0]!.message.en).toBe('A talent box must be an integer 1–9, not {…}');
    expect(placesOf(issuesOf(() => kd.levelsOfBox(throwing as Anything)))).toEqual(['box:invalid_value']);
    expect(placesOf(issuesOf(() => kd.holidaysInYear(throwing as Anything)))).toEqual(['year:invalid_year']);
  });

  it('in a level or an id field', () => {
    expect(placesOf(issuesOf(() => kd.talentBoxOf(Object.create(null) as Anything, 'TINGGI')))).toEqual(['kinerja:invalid_value']);
    expect(placesOf(issuesOf(() => kd.talentBoxOf('DI_ATAS_EKSPEKTASI', throwing as Anything)))).toEqual(['potensial:invalid_value']);
    expect(placesOf(issuesOf(() => kd.coversJurisdiction('ID', Object.create(null) as Anything)))).toEqual(['inner:invalid_type']);
    expect(placesOf(issuesOf(() => kd.planMonth([goodRecord({ unitId: 'u' })], jabarMkd2025, { unit: { id: Symbol('u') } as Anything, month: '2026-03' })))).toEqual(['options.unit.id:invalid_type']);
  });
});

describe('null and holes in a list are bad input, never skipped or a TypeError', () => {
  it('planMonth checks its unit before it reads it', () => {
    expect(placesOf(issuesOf(() => kd.planMonth([goodRecord()], jabarMkd2025, { unit: null as Anything, month: '2026-03' })))).toEqual(['options.unit:invalid_type']);
  });

  it('a hole in a list of policies is a missing policy, not one left out', () => {
    expect(placesOf(issuesOf(() => kd.selectPolicy([jabarMkd2025, ,] as Anything, { asOf: '2026-01-05' })))).toEqual(['policies.1:invalid_type']);
    expect(placesOf(issuesOf(() => kd.assessUnit([goodRecord()], [,] as Anything, { asOf: AS_OF })))).toEqual(['policies.0:invalid_type']);
    expect(placesOf(issuesOf(() => kd.planMonth([goodRecord()], [jabarMkd2023, ,] as Anything, { unit, month: '2026-03' })))).toEqual(['policies.1:invalid_type']);
  });

  it("planMonth's options that are not objects or lists are bad input", () => {
    expect(placesOf(issuesOf(() => kd.planMonth([goodRecord()], jabarMkd2025, { unit, month: '2026-03', pinned: null as Anything })))).toEqual(['pinned:invalid_type']);
    expect(placesOf(issuesOf(() => kd.planMonth([goodRecord()], jabarMkd2025, { unit, month: '2026-03', carryIn: null as Anything })))).toEqual(['carryIn:invalid_type']);
    expect(placesOf(issuesOf(() => kd.assessEligibility(goodRecord(), jabarMkd2025, 5 as Anything)))).toEqual(['options:invalid_type']);
  });

  it('a batch rejects a null or a hole as one bad record and decides the rest', () => {
    const unitResult = kd.assessUnit([goodRecord(), null, , 5] as Anything, jabarMkd2025, { asOf: AS_OF });
    expect([unitResult.results.length, unitResult.rejected.map((r) => r.index)]).toEqual([1, [1, 2, 3]]);
    const units = kd.allocateUnits([wp, null, ,] as Anything, jabarMkd2025);
    expect([units.results.length, units.rejected.map((r) => r.index)]).toEqual([1, [1, 2]]);
  });
});

describe('100,000-deep nesting is bad input, rejected at once, without a stack overflow', () => {
  const deepObject = nested(100_000, 'object');
  const deepArray = nested(100_000, 'array');

  it('in policy overrides, a year, a date, a language, a jurisdiction and a finding', () => {
    expect(codesOf(issuesOf(() => kd.definePolicy(jabarMkd2025, { id: 'dalam', talentBox: deepObject } as Anything)))).toEqual(['too_deep']);
    expect(codesOf(issuesOf(() => kd.definePolicy(jabarMkd2025, { id: 'dalam', basis: deepArray } as Anything)))).toEqual(['too_deep']);
    for (const call of [
      () => kd.holidaysInYear(deepArray as Anything),
      () => kd.isWorkingDay(deepArray as Anything),
      () => kd.describePolicy(jabarMkd2025, { lang: deepArray as Anything }),
      () => kd.coversJurisdiction('ID', deepArray as Anything),
      () => kd.formatFinding({ rule: 'x', outcome: 'pass', code: 'x', params: deepObject } as Anything),
      () => kd.describeZodIssue({ code: 'invalid_union', errors: [[deepObject]], path: [] } as Anything),
    ]) {
      timedRejection(call);
    }
  });
});

describe('a 10 MB string is rejected in well under a second, and not copied into the error', () => {
  const letters = 'x'.repeat(10_000_000);
  const longDate = `2026-01-01${letters}`;

  it('as a NIP: one pass over it, not a match per character', () => {
    const started = performance.now();
    const result = kd.parseNip(letters);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.ok === false && result.issues.map((i) => i.message.en)).toEqual(['A NIP must have 18 digits, not 10000000 characters', 'A NIP may contain digits only; found "x"']);
    timedRejection(() => kd.assessEligibility(goodRecord({ nip: letters }), jabarMkd2025, { asOf: AS_OF }));
    // Matching every non-digit took about 2 s and 200 MB a record; three in a batch now take a fraction of a second.
    const batch = [goodRecord({ nip: letters }), goodRecord({ nip: `${letters}y` }), goodRecord({ nip: `z${letters}` })];
    const batchStarted = performance.now();
    const { rejected } = kd.assessUnit(batch, jabarMkd2025, { asOf: AS_OF });
    expect(performance.now() - batchStarted).toBeLessThan(2000);
    expect(rejected.map((r) => codesOf(r.issues))).toEqual([
      ['nip_length', 'nip_not_digits'],
      ['nip_length', 'nip_not_digits'],
      ['nip_length', 'nip_not_digits'],
    ]);
  });

  it('as a date, in an argument and in a record', () => {
    timedRejection(() => kd.isWorkingDay(longDate));
    for (const texts of [textsOf(() => kd.isWorkingDay(longDate)), textsOf(() => kd.classifyTalentBox({ kinerja: 'TINGGI', assessedOn: longDate } as Anything, jabarMkd2025, { asOf: '2026-01-15' }))]) {
      expect(Math.max(...texts.map((t) => t.length))).toBeLessThan(400);
    }
  });
});

describe('a value quoted in a message takes at most 80 characters', () => {
  it('a date, an id, a key, a language: cut with an ellipsis', () => {
    expect(issuesOf(() => kd.isWorkingDay('y'.repeat(300)))[0]!.message.en).toBe(`Invalid date for date: "${'y'.repeat(77)}…" must be YYYY-MM-DD and a day that exists`);
    const id = 'e'.repeat(100);
    const twice = { unit: { id: 'u' }, month: '2026-02', employees: [{ id, flexibleDaysPerWeek: 1 }, { id, flexibleDaysPerWeek: 1 }] };
    expect(issuesOf(() => kd.allocateWorkPatterns(twice, jabarMkd2025))[0]!.message.en).toBe(`Employee "${'e'.repeat(77)}…" is listed more than once`);
    for (const texts of [
      textsOf(() => kd.describePolicy(jabarMkd2025, { lang: 'l'.repeat(500) as Anything })),
      textsOf(() => kd.holidaysInYear(2026, { ['k'.repeat(500)]: 1 } as Anything)),
      textsOf(() => kd.parseNip('1', { asOf: 'd'.repeat(500) })),
    ]) {
      for (const text of texts) expect(text).not.toMatch(/(.)\1{80}/u);
    }
  });
});

describe('an own "__proto__" key of a record is refused, like "constructor"', () => {
  it('in carryIn and history of a work-pattern input', () => {
    for (const field of ['carryIn', 'history']) {
      const withProto = { ...wp, [field]: JSON.parse('{"__proto__": 1, "A": 0}') as unknown };
      const withConstructor = { ...wp, [field]: JSON.parse('{"constructor": 1, "A": 0}') as unknown };
      expect(placesOf(issuesOf(() => kd.allocateWorkPatterns(withProto as Anything, jabarMkd2025)))).toEqual([`${field}.__proto__:forbidden_id`]);
      expect(placesOf(issuesOf(() => kd.allocateWorkPatterns(withConstructor as Anything, jabarMkd2025)))).toEqual([`${field}.constructor:forbidden_id`]);
    }
  });

  it('alongside the record’s other issues, which are still reported', () => {
    const input = { ...wp, carryIn: JSON.parse('{"__proto__": 1, "A": -1}') as unknown };
    expect(placesOf(issuesOf(() => kd.allocateWorkPatterns(input as Anything, jabarMkd2025)))).toEqual(['carryIn.__proto__:forbidden_id', 'carryIn.A:too_small']);
  });

  it("in a policy's flexible days by box", () => {
    const policy = JSON.parse(JSON.stringify(jabarMkd2025)) as { eligibility: { flexibleDaysByBox: unknown } };
    policy.eligibility.flexibleDaysByBox = JSON.parse('{"__proto__": 1, "9": 2}');
    expect(placesOf(issuesOf(() => kd.parsePolicy(policy)))).toEqual(['policy.eligibility.flexibleDaysByBox.__proto__:forbidden_id']);
  });
});

describe('a policy is trusted only when it carries the validated mark itself', () => {
  it('an object inheriting from a preset, with an invalid section of its own, is validated', () => {
    const derived = Object.create(jabarMkd2025, { readiness: { value: 5, enumerable: true } }) as kd.Policy;
    expect(placesOf(issuesOf(() => kd.checkReadiness({}, derived, { asOf: '2026-01-15' })))).toEqual(['policy.readiness:invalid_type']);
    const boxes = Object.create(jabarMkd2025, { talentBox: { value: { eligibleBoxes: 'all' }, enumerable: true } }) as kd.Policy;
    expect(placesOf(issuesOf(() => kd.classifyTalentBox({ kinerja: 'DI_ATAS_EKSPEKTASI', potensial: 'TINGGI' }, boxes, { asOf: '2026-01-15' })))).toContain('policy.talentBox.eligibleBoxes:invalid_type');
  });
});

describe('arguments that were read before they were checked', () => {
  it('validate: a schema that is not one, a path that is not a list', () => {
    expect(placesOf(issuesOf(() => kd.validate(5 as Anything, '2026-01-01')))).toEqual(['schema:invalid_type']);
    expect(placesOf(issuesOf(() => kd.validate(kd.IsoDateSchema, 'x', { path: 5 as Anything })))).toEqual(['options.path:invalid_type']);
  });

  it('describeZodIssue: a value that is not a zod issue', () => {
    expect(placesOf(issuesOf(() => kd.describeZodIssue(null as Anything)))).toEqual(['issue:invalid_issue']);
    expect(placesOf(issuesOf(() => kd.describeZodIssue({ code: 'invalid_type', expected: {}, path: [] } as Anything)))).toEqual(['issue.expected:invalid_issue']);
    expect(placesOf(issuesOf(() => kd.describeZodIssue({ code: 'too_big', maximum: Symbol('m'), origin: 'number', path: [] } as Anything)))).toEqual(['issue.maximum:invalid_issue']);
  });

  it('dailySchedule without a policy, or with two different ones', () => {
    expect(placesOf(issuesOf(() => kd.dailySchedule('2026-01-05', { policy: undefined as Anything })))).toEqual(['options.policy:invalid_type']);
    expect(placesOf(issuesOf(() => kd.allocateWorkPatterns(wp, jabarMkd2025, { calendar: { policy: jabarMkd2023 } as Anything })))).toEqual(['options.calendar.policy:conflicting_policy']);
  });

  it('formatFinding with a locale it cannot use is an InputError', () => {
    const finding: Finding = { rule: 'talent_box', outcome: 'fail', code: 'talent_box_not_eligible', params: { box: 2, eligibleBoxes: [4, 5, 7, 8, 9] } };
    expect(placesOf(issuesOf(() => kd.formatFinding(finding, { locale: 'fr' as Anything })))).toEqual(['options.locale:invalid_value']);
  });
});
