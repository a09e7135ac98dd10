/**
 * The contract of every export of the root, fuzzed: given any value in any argument
 * position — or planted anywhere inside valid arguments — a function returns, or throws
 * an `InputError`, or lets through the very error the caller's own getter, `toString` or
 * proxy trap threw. Never a TypeError, a RangeError or a stack overflow (docs/security.md).
 *
 * Every function export is found in the module namespace, so a new one is fuzzed (and
 * must be given valid sample arguments below) without anyone remembering to add it.
 * FC_SEED / FC_NUM_RUNS replay a failure (test/setup.ts); fast-check prints the seed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as kd from '../src/index';
import { argumentArb, isRaisedByCaller, LONG_RUN } from './arbitraries/hostile';
import { AS_OF, goodRecord } from './eligibility/fixtures';

/** Function exports not fuzzed, each with the reason. Constants, schemas and catalogues are data, not functions. */
const NOT_FUZZED: Readonly<Record<string, string>> = {
  InputError:
    'the error class itself: the library constructs it from issues it has checked; called without `new` it is a TypeError of the language, as for every class',
};

const rina = goodRecord();
const workPatternInput = { unit: { id: 'bidang-perencanaan', anchorWeekdays: ['SENIN'] }, month: '2026-02', employees: [{ id: 'A', flexibleDaysPerWeek: 2, preferredWeekdays: ['JUMAT'] }, { id: 'B', flexibleDaysPerWeek: 2 }] };
const monthInput = {
  employeeId: '198703122010011004',
  month: '2026-02',
  trk: { effectiveMinutes: 5400 },
  attendance: { daysPresent: 15, daysAbsentWithoutReason: 1, minutesLate: 45, minutesEarlyLeave: 20, flexibleDaysWithoutCheckIn: 1, leaveDays: 2 },
  skp: { hasilKerja: 'SESUAI_EKSPEKTASI', perilakuKerja: 'DI_ATAS_EKSPEKTASI' },
};
const decision = kd.assessEligibility(rina, kd.jabarMkd2025, { asOf: AS_OF });
const zodIssue = { code: 'invalid_type', expected: 'string', input: 1, path: [], message: '' };

/** Valid arguments of every function export: the starting point of the planted values. */
const SAMPLES: Readonly<Record<string, readonly unknown[]>> = {
  allocateUnits: [[workPatternInput], kd.jabarMkd2025, {}],
  allocateWorkPatterns: [workPatternInput, kd.jabarMkd2025, { calendar: { added: [] } }],
  assessEligibility: [rina, kd.jabarMkd2025, { asOf: AS_OF, catalog: kd.serviceCatalog }],
  assessRemoteness: [{ serviceIds: ['analis-kebijakan', 'arsiparis'] }, kd.jabarMkd2025, { catalog: kd.serviceCatalog }],
  assessUnit: [[rina, goodRecord({ nip: '199001012015031001' })], [kd.jabarMkd2023, kd.jabarMkd2025], { asOf: AS_OF, jurisdiction: 'ID-JB' }],
  calendarFromHolidayList: [[{ date: '2025-10-17', kind: 'LIBUR_DAERAH', name: 'Hari Jadi Kota Tasikmalaya', nameEn: 'Tasikmalaya City Anniversary' }], {}],
  checkEmployeeCriteria: [{ disciplinary: { status: 'NONE' }, positionSince: '2025-11-20' }, kd.nationalFwa2025, { asOf: '2026-01-15' }],
  checkPredikatDistribution: [['BAIK', 'BAIK', 'SANGAT_BAIK'], { capaianOrganisasi: 'BAIK' }],
  checkReadiness: [rina.readiness, kd.jabarMkd2025, { asOf: '2026-01-15' }],
  classifyTalentBox: [rina.talent, kd.jabarMkd2025, { asOf: '2026-01-15' }],
  coversJurisdiction: ['ID-JB', 'ID-JB-3278'],
  dailySchedule: ['2026-01-09', { policy: kd.jabarMkd2025, added: [] }],
  datesBetween: ['2026-01-01', '2026-01-10'],
  defineCatalog: [kd.serviceCatalog, { remove: ['pengawas-perikanan'] }],
  definePolicy: [kd.jabarMkd2025, { id: 'tasikmalaya-mkd-2025', talentBox: { eligibleBoxes: [5, 7, 8, 9] } }],
  deriveServiceMode: [{ doableOutsideOffice: true, noSpecialSpaceOrEquipment: false, doableWithIct: true, minimalFaceToFace: true, noContinuousSupervision: true }, kd.jabarMkd2025],
  describePolicy: [kd.jabarMkd2026, { lang: 'en', base: kd.jabarMkd2025 }],
  describeZodIssue: [zodIssue],
  evaluateEarlyWarning: [[{ employeeId: 'A', month: '2026-01', trk: { effectiveMinutes: 4000 } }, { month: '2026-02', missing: true }], kd.jabarMkd2025, { initialState: { level: 'NORMAL', flaggedStreak: 0, cleanStreak: 1, lastMonth: '2025-12' }, calendar: {} }],
  explain: [decision, { locale: 'en' }],
  filterServices: [['perencana', 'tidak-ada'], { catalog: kd.serviceCatalog }],
  formatFinding: [decision.findings[1], { locale: 'en' }],
  holidaysInYear: [2026, {}],
  isInputError: [new kd.InputError([{ path: [], code: 'x', message: { id: 'x', en: 'x' } }])],
  isIsoDate: ['2026-01-01'],
  isIsoMonth: ['2026-01'],
  isWorkingDay: ['2026-01-05', { policy: kd.jabarMkd2025 }],
  levelsOfBox: [9],
  parseCatalog: [JSON.parse(JSON.stringify(kd.serviceCatalog))],
  parseNip: ['198503152010012003', { asOf: '2026-01-01' }],
  parsePolicy: [JSON.parse(JSON.stringify(kd.jabarMkd2025))],
  parsePolicyFile: [{ extends: 'jabar-mkd-2026', id: 'tasikmalaya-mkd-2026', talentBox: { eligibleBoxes: [5, 7, 8, 9] } }, {}],
  planMonth: [[rina], kd.jabarMkd2025, { unit: { id: 'bidang-perencanaan', anchorWeekdays: ['SENIN'] }, month: '2026-03', carryIn: { [rina.nip]: 1 }, pinned: [] }],
  policyRefOf: [kd.jabarMkd2025],
  predikatKinerja: ['SESUAI_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI'],
  resolveCatalog: [kd.jabarMkd2025, { catalog: kd.serviceCatalog }],
  scoreMonthlyPerformance: [monthInput, kd.jabarMkd2025, {}],
  selectPolicy: [kd.presets, { asOf: '2026-07-02', jurisdiction: 'ID-JB' }],
  talentBoxOf: ['SESUAI_EKSPEKTASI', 'TINGGI'],
  validate: [kd.IsoDateSchema, '2026-01-01', { path: ['tanggal'] }],
  weekdayOf: ['2026-01-01'],
  workingDaysInMonth: ['2026-01', {}],
  workingWeeksOfMonth: ['2026-01', {}],
};

type AnyFunction = (...args: unknown[]) => unknown;

const functions = (Object.entries(kd) as [string, unknown][])
  .filter((entry): entry is [string, AnyFunction] => typeof entry[1] === 'function')
  .filter(([name]) => !Object.hasOwn(NOT_FUZZED, name))
  .sort(([a], [b]) => (a < b ? -1 : 1));

/** What one call did, for the invariant. */
type Outcome = { readonly kind: 'returned' } | { readonly kind: 'input-error'; readonly error: kd.InputError } | { readonly kind: 'caller-error' } | { readonly kind: 'defect'; readonly error: unknown };

function call(fn: AnyFunction, args: readonly unknown[]): Outcome {
  try {
    fn(...args);
    return { kind: 'returned' };
  } catch (error) {
    if (kd.isInputError(error)) return { kind: 'input-error', error };
    if (isRaisedByCaller(error)) return { kind: 'caller-error' };
    return { kind: 'defect', error };
  }
}

describe('the contract of every export', () => {
  it('has valid sample arguments for every function export, and fuzzes all but the listed exceptions', () => {
    expect(functions.map(([name]) => name).filter((name) => !Object.hasOwn(SAMPLES, name))).toEqual([]);
    expect(Object.keys(SAMPLES).filter((name) => typeof (kd as Record<string, unknown>)[name] !== 'function')).toEqual([]);
    for (const [name, fn] of functions) expect(call(fn, SAMPLES[name]!), name).toEqual({ kind: 'returned' });
  });

  it.each(functions)('%s returns, throws InputError, or lets the caller’s own error through, whatever it is given', (_name, fn) => {
    const sample = SAMPLES[_name] ?? [undefined];
    fc.assert(
      fc.property(fc.tuple(...sample.map(argumentArb)), (args) => {
        const started = performance.now();
        const outcome = call(fn, args);
        if (outcome.kind === 'defect') throw outcome.error;
        // Bounded cost: generous, to catch what is quadratic or unbounded, not to time.
        expect(performance.now() - started).toBeLessThan(2000);
        if (outcome.kind !== 'input-error') return;
        const { error } = outcome;
        expect(error.issues.length).toBeGreaterThan(0);
        for (const text of [error.message, ...error.issues.flatMap((issue) => [issue.message.id, issue.message.en])]) {
          expect(typeof text).toBe('string');
          // Values are quoted in at most 80 characters: a long text given never shows whole.
          expect(text).not.toMatch(LONG_RUN);
        }
      }),
      // 200 runs an export keeps the suite fast; FC_NUM_RUNS (test/setup.ts) asks for more.
      process.env['FC_NUM_RUNS'] === undefined ? { numRuns: 200 } : {},
    );
  });
});
