import { beforeEach, describe, expect, it } from 'vitest';
import { definePolicy, jabarMkd2025, type Policy } from '../../src/policy/index';
import {
  evaluateEarlyWarning,
  scoreMonthlyPerformance,
  type AttendanceInput,
  type EarlyWarningMonthInput,
  type EarlyWarningResult,
  type EarlyWarningState,
  type ScoredMonth,
} from '../../src/performance/index';
import { codesOf, issuesOf } from '../_helpers/input-error';
import { attendance } from '../_helpers/performance';

// Scored months built to fall in one class each (domain reference §6).
const scored = (month: string, over: Partial<ScoredMonth> = {}): ScoredMonth => ({ employeeId: 'E1', month, score: 90, breakdown: [], ...over });
const CLASS = {
  clean: (m: string) => scored(m),
  flagged: (m: string) => scored(m, { score: 60 }),
  severe: (m: string) => scored(m, { predikat: 'KURANG' }),
  missing: (m: string): EarlyWarningMonthInput => ({ month: m, missing: true }),
} as const;
const summary = (r: EarlyWarningResult) => r.months.map((m) => [m.month, m.classification, m.level, m.mkdAllowed]);
const codes = (r: EarlyWarningResult, k = 0) => r.months[k]!.findings.map((f) => f.code);
const state = (level: EarlyWarningState['level'], flaggedStreak: number, cleanStreak: number): EarlyWarningState => ({ level, flaggedStreak, cleanStreak, lastMonth: '2025-12' });

describe('evaluateEarlyWarning: every transition of the table', () => {
  it.each([
    // from level, flagged, clean streaks; the month; → level, flagged, clean streaks
    ['NORMAL', 0, 0, 'severe', 'DICABUT', 1, 0],
    ['WASPADA', 1, 0, 'severe', 'DICABUT', 2, 0],
    ['NORMAL', 0, 1, 'severe', 'DICABUT', 1, 0],
    ['DICABUT', 0, 1, 'severe', 'DICABUT', 1, 0],
    ['NORMAL', 0, 0, 'flagged', 'WASPADA', 1, 0],
    ['NORMAL', 0, 3, 'flagged', 'WASPADA', 1, 0],
    ['WASPADA', 1, 0, 'flagged', 'PERINGATAN', 2, 0],
    ['PERINGATAN', 2, 0, 'flagged', 'DICABUT', 3, 0],
    ['DICABUT', 3, 0, 'flagged', 'DICABUT', 4, 0],
    ['PERINGATAN', 0, 1, 'flagged', 'PERINGATAN', 1, 0], // max(level, WASPADA): never lowered
    ['DICABUT', 0, 1, 'flagged', 'DICABUT', 1, 0],
    ['NORMAL', 0, 0, 'clean', 'NORMAL', 0, 1],
    ['WASPADA', 1, 0, 'clean', 'WASPADA', 0, 1],
    ['WASPADA', 0, 1, 'clean', 'NORMAL', 0, 2],
    ['PERINGATAN', 0, 1, 'clean', 'NORMAL', 0, 2],
    ['DICABUT', 3, 0, 'clean', 'DICABUT', 0, 1],
    ['DICABUT', 0, 1, 'clean', 'NORMAL', 0, 2],
    ['NORMAL', 0, 2, 'clean', 'NORMAL', 0, 3],
    ['NORMAL', 0, 1, 'missing', 'NORMAL', 0, 0],
    ['WASPADA', 1, 0, 'missing', 'WASPADA', 1, 0],
    ['DICABUT', 0, 1, 'missing', 'DICABUT', 0, 0],
    ['PERINGATAN', 2, 0, 'missing', 'PERINGATAN', 2, 0],
  ] as const)('from %s (streaks %d flagged, %d clean) a %s month gives %s (streaks %d flagged, %d clean)', (fromLevel, fromFlagged, fromClean, kind, level, flaggedStreak, cleanStreak) => {
    const r = evaluateEarlyWarning([CLASS[kind]('2026-01')], jabarMkd2025, { initialState: state(fromLevel, fromFlagged, fromClean) });
    expect(r.months[0]).toMatchObject({ month: '2026-01', classification: kind, level, mkdAllowed: level !== 'DICABUT', mkdAllowedFor: '2026-02', flaggedStreak, cleanStreak });
    expect(r.finalState).toEqual({ level, flaggedStreak, cleanStreak, lastMonth: '2026-01' });
  });

  it('raises a flagged month with predikat Butuh Perbaikan to at least PERINGATAN', () => {
    const r = evaluateEarlyWarning([scored('2026-01', { predikat: 'BUTUH_PERBAIKAN' })], jabarMkd2025);
    expect(r.months[0]).toMatchObject({ classification: 'flagged', level: 'PERINGATAN', flaggedStreak: 1 });
    expect(r.months[0]!.findings).toContainEqual({
      rule: 'early_warning',
      outcome: 'fail',
      code: 'early_warning_level_raised',
      params: { month: '2026-01', from: 'NORMAL', to: 'PERINGATAN', flaggedStreak: 1, cause: 'PREDIKAT' },
    });
  });

  it('keeps the flagged streak through a missing month, so the next flagged month counts on', () => {
    const r = evaluateEarlyWarning([CLASS.flagged('2026-01'), CLASS.missing('2026-02'), CLASS.flagged('2026-03')], jabarMkd2025);
    expect(r.months.map((m) => [m.level, m.flaggedStreak])).toEqual([
      ['WASPADA', 1],
      ['WASPADA', 1],
      ['PERINGATAN', 2],
    ]);
  });

  it('never counts a missing month as clean: it breaks a clean streak', () => {
    const r = evaluateEarlyWarning([CLASS.severe('2026-01'), CLASS.clean('2026-02'), CLASS.missing('2026-03'), CLASS.clean('2026-04'), CLASS.clean('2026-05')], jabarMkd2025);
    expect(summary(r)).toEqual([
      ['2026-01', 'severe', 'DICABUT', false],
      ['2026-02', 'clean', 'DICABUT', false],
      ['2026-03', 'missing', 'DICABUT', false],
      ['2026-04', 'clean', 'DICABUT', false],
      ['2026-05', 'clean', 'NORMAL', true],
    ]);
  });

  it("uses the policy's streak levels and clean months to restore", () => {
    const strict = definePolicy(jabarMkd2025, { id: 'strict', earlyWarning: { streakLevels: ['PERINGATAN', 'DICABUT'], cleanMonthsToRestore: 3 } });
    const r = evaluateEarlyWarning(['flagged', 'flagged', 'clean', 'clean', 'clean'].map((k, i) => CLASS[k as 'clean'](`2026-0${i + 1}`)), strict);
    expect(r.months.map((m) => m.level)).toEqual(['PERINGATAN', 'DICABUT', 'DICABUT', 'DICABUT', 'NORMAL']);
  });
});

describe('evaluateEarlyWarning: why a month counts as it does', () => {
  const perfect = (over: Partial<AttendanceInput> = {}): AttendanceInput => attendance({ daysPresent: 15, ...over });
  const one = (entry: EarlyWarningMonthInput, policy: Policy = jabarMkd2025) => evaluateEarlyWarning([entry], policy).months[0]!;

  it('flags a score below 75, and not a score of exactly 75', () => {
    expect(one(scored('2026-01', { score: 74.99 })).findings[0]).toEqual({
      rule: 'early_warning',
      outcome: 'fail',
      code: 'early_warning_score_below_threshold',
      params: { month: '2026-01', score: 74.99, threshold: 75 },
    });
    expect(one(scored('2026-01', { score: 75 })).classification).toBe('clean');
  });

  it('flags net TRK minutes below the prorated minimum even with a high score', () => {
    const m = one({ employeeId: 'E1', month: '2026-01', trk: { effectiveMinutes: 5999 }, attendance: perfect() });
    expect(m.classification).toBe('flagged');
    expect(m.score).toBeGreaterThan(99);
    expect(m.findings[0]).toMatchObject({ code: 'early_warning_trk_below_minimum', params: { month: '2026-01', netTrkMinutes: 5999, trkMinimum: 6000 } });
  });

  it('does not flag TRK below the minimum when the policy says not to', () => {
    const lenient = definePolicy(jabarMkd2025, { id: 'lenient', earlyWarning: { flagBelowTrkMinimum: false } });
    expect(one({ employeeId: 'E1', month: '2026-01', trk: { effectiveMinutes: 5999 }, attendance: perfect() }, lenient).classification).toBe('clean');
  });

  it('flags one day absent without reason, and one flexible day without a check-in', () => {
    const absent = one({ employeeId: 'E1', month: '2026-01', trk: { effectiveMinutes: 7000 }, attendance: perfect({ daysAbsentWithoutReason: 1 }) });
    expect(absent.findings).toContainEqual({ rule: 'early_warning', outcome: 'fail', code: 'early_warning_absent_days', params: { month: '2026-01', days: 1, threshold: 1 } });
    const noCheckIn = one({ employeeId: 'E1', month: '2026-01', attendance: perfect({ flexibleDaysWithoutCheckIn: 1 }) });
    expect(noCheckIn.classification).toBe('flagged');
    expect(noCheckIn.findings[0]).toMatchObject({ code: 'early_warning_flexible_days_without_check_in', params: { days: 1, threshold: 1 } });
  });

  it('makes predikat Kurang or Sangat Kurang severe, and Butuh Perbaikan flagged', () => {
    for (const predikat of ['KURANG', 'SANGAT_KURANG'] as const) {
      const m = one(scored('2026-01', { predikat }));
      expect(m.classification).toBe('severe');
      expect(m.findings[0]).toEqual({ rule: 'early_warning', outcome: 'fail', code: 'early_warning_severe_predikat', params: { month: '2026-01', predikat } });
    }
    expect(one(scored('2026-01', { predikat: 'BUTUH_PERBAIKAN' })).findings[0]!.code).toBe('early_warning_flagged_predikat');
    expect(one(scored('2026-01', { predikat: 'BAIK' })).classification).toBe('clean');
  });

  it('makes any disciplinary penalty severe by default, and a penalty the policy does not list only flagged', () => {
    const m = one({ employeeId: 'E1', month: '2026-01', disciplinaryPenalty: 'RINGAN' });
    expect(m).toMatchObject({ classification: 'severe', level: 'DICABUT' });
    expect(m.findings[0]).toEqual({ rule: 'early_warning', outcome: 'fail', code: 'early_warning_disciplinary_penalty', params: { month: '2026-01', penalty: 'RINGAN', severe: true } });
    const onlyBerat = definePolicy(jabarMkd2025, { id: 'berat-only', earlyWarning: { severePenalties: ['BERAT'] } });
    const light = one({ employeeId: 'E1', month: '2026-01', disciplinaryPenalty: 'RINGAN' }, onlyBerat);
    expect(light).toMatchObject({ classification: 'flagged', level: 'WASPADA' });
    expect(light.findings[0]!.params).toMatchObject({ severe: false });
  });

  it('calls a month clean only with data, and says so with its score', () => {
    const m = one(scored('2026-01', { score: 88.5 }));
    expect(m.findings[0]).toEqual({ rule: 'early_warning', outcome: 'pass', code: 'early_warning_month_clean', params: { month: '2026-01', score: 88.5 } });
    expect(m.score).toBe(88.5);
  });

  it('treats a raw input without any data as missing, not clean', () => {
    const m = one({ employeeId: 'E1', month: '2026-01' });
    expect(m.classification).toBe('missing');
    expect(m.findings[0]).toEqual({ rule: 'early_warning', outcome: 'unknown', code: 'early_warning_month_missing', params: { month: '2026-01', reason: 'NO_DATA' } });
    expect(m).not.toHaveProperty('score');
  });

  it('reports a month marked missing', () => {
    expect(one(CLASS.missing('2026-01')).findings[0]!.params).toEqual({ month: '2026-01', reason: 'MARKED_MISSING' });
  });
});

describe('evaluateEarlyWarning: months, gaps and saved state', () => {
  it('applies mkdAllowed to the following month, across the new year', () => {
    const r = evaluateEarlyWarning([CLASS.severe('2025-12')], jabarMkd2025);
    expect(r.months[0]).toMatchObject({ month: '2025-12', mkdAllowed: false, mkdAllowedFor: '2026-01' });
    expect(r.months[0]!.findings.at(-1)).toEqual({
      rule: 'early_warning',
      outcome: 'fail',
      code: 'early_warning_mkd_suspended',
      params: { forMonth: '2026-01', cleanStreak: 0, cleanMonthsToRestore: 2 },
    });
  });

  it('evaluates a month not given between two given months as missing, and reports it', () => {
    const r = evaluateEarlyWarning([CLASS.severe('2026-01'), CLASS.clean('2026-02'), CLASS.clean('2026-04')], jabarMkd2025);
    expect(summary(r)).toEqual([
      ['2026-01', 'severe', 'DICABUT', false],
      ['2026-02', 'clean', 'DICABUT', false],
      ['2026-03', 'missing', 'DICABUT', false],
      ['2026-04', 'clean', 'DICABUT', false],
    ]);
    expect(r.months[2]!.findings[0]).toEqual({ rule: 'early_warning', outcome: 'unknown', code: 'early_warning_month_missing', params: { month: '2026-03', reason: 'NOT_GIVEN' } });
  });

  it('fills the gap after the last month of the saved state', () => {
    const r = evaluateEarlyWarning([CLASS.clean('2026-03')], jabarMkd2025, { initialState: { level: 'WASPADA', flaggedStreak: 0, cleanStreak: 1, lastMonth: '2026-01' } });
    expect(summary(r)).toEqual([
      ['2026-02', 'missing', 'WASPADA', true],
      ['2026-03', 'clean', 'WASPADA', true],
    ]);
  });

  it('continues exactly where a saved state stopped', () => {
    const months = [CLASS.flagged('2026-01'), CLASS.flagged('2026-02'), CLASS.clean('2026-03'), CLASS.clean('2026-04')];
    const whole = evaluateEarlyWarning(months, jabarMkd2025);
    const first = evaluateEarlyWarning(months.slice(0, 2), jabarMkd2025);
    const rest = evaluateEarlyWarning(months.slice(2), jabarMkd2025, { initialState: first.finalState });
    expect([...first.months, ...rest.months]).toEqual(whole.months);
    expect(rest.finalState).toEqual(whole.finalState);
    expect(first.finalState).toEqual({ level: 'PERINGATAN', flaggedStreak: 2, cleanStreak: 0, lastMonth: '2026-02' });
  });

  it('gives the same entries for raw inputs, their results, and the results as JSON', () => {
    const inputs = [
      { employeeId: 'E1', month: '2026-01', trk: { effectiveMinutes: 4000 } },
      { employeeId: 'E1', month: '2026-02', skp: { hasilKerja: 'DI_BAWAH_EKSPEKTASI', perilakuKerja: 'SESUAI_EKSPEKTASI' } },
      { employeeId: 'E1', month: '2026-03', trk: { effectiveMinutes: 6500 } },
    ] as const;
    const raw = evaluateEarlyWarning(inputs, jabarMkd2025);
    const results = inputs.map((i) => scoreMonthlyPerformance(i, jabarMkd2025));
    expect(evaluateEarlyWarning(results, jabarMkd2025)).toEqual(raw);
    expect(evaluateEarlyWarning(JSON.parse(JSON.stringify(results)), jabarMkd2025)).toEqual(raw);
    expect(raw.employeeId).toBe('E1');
    expect(summary(raw)).toEqual([
      ['2026-01', 'flagged', 'WASPADA', true],
      ['2026-02', 'flagged', 'PERINGATAN', true],
      ['2026-03', 'clean', 'PERINGATAN', true],
    ]);
  });

  it('returns the initial state untouched for no months', () => {
    const saved = { level: 'PERINGATAN', flaggedStreak: 2, cleanStreak: 0, lastMonth: '2026-02' } as const;
    expect(evaluateEarlyWarning([], jabarMkd2025, { initialState: saved })).toEqual({ months: [], finalState: saved, policy: { id: 'jabar-mkd-2025', version: '2025.2', effectiveFrom: '2025-04-21' } });
    expect(evaluateEarlyWarning([], jabarMkd2025).finalState).toEqual({ level: 'NORMAL', flaggedStreak: 0, cleanStreak: 0 });
  });

  it('explains the level: raised, kept and restored', () => {
    const r = evaluateEarlyWarning([CLASS.flagged('2026-01'), CLASS.clean('2026-02'), CLASS.clean('2026-03')], jabarMkd2025);
    expect(codes(r, 0)).toEqual(['early_warning_score_below_threshold', 'early_warning_level_raised', 'early_warning_mkd_allowed']);
    expect(r.months[1]!.findings[1]).toEqual({
      rule: 'early_warning',
      outcome: 'fail',
      code: 'early_warning_level_kept',
      params: { month: '2026-02', level: 'WASPADA', flaggedStreak: 0, cleanStreak: 1, cleanMonthsToRestore: 2 },
    });
    expect(r.months[2]!.findings[1]).toEqual({ rule: 'early_warning', outcome: 'pass', code: 'early_warning_level_restored', params: { month: '2026-03', from: 'WASPADA', cleanStreak: 2 } });
    expect(r.months[2]!.findings[2]).toEqual({ rule: 'early_warning', outcome: 'pass', code: 'early_warning_mkd_allowed', params: { forMonth: '2026-04', level: 'NORMAL' } });
  });
});

describe('evaluateEarlyWarning: the example of docs/early-warning.md', () => {
  // 12 days present is within the working days of every month of 2026.
  const kmob = (over: Partial<AttendanceInput> = {}): AttendanceInput => ({ daysPresent: 12, daysAbsentWithoutReason: 0, minutesLate: 0, minutesEarlyLeave: 0, flexibleDaysWithoutCheckIn: 0, leaveDays: 0, ...over });
  const months: EarlyWarningMonthInput[] = [
    { employeeId: '198703122010011004', month: '2026-01', trk: { effectiveMinutes: 6300 }, attendance: kmob() },
    { employeeId: '198703122010011004', month: '2026-02', trk: { effectiveMinutes: 6300 }, attendance: kmob({ daysAbsentWithoutReason: 1 }) },
    { employeeId: '198703122010011004', month: '2026-03', trk: { effectiveMinutes: 3000 }, attendance: kmob() },
    { month: '2026-04', missing: true },
    { employeeId: '198703122010011004', month: '2026-05', trk: { effectiveMinutes: 6300 }, attendance: kmob({ flexibleDaysWithoutCheckIn: 2 }) },
    { employeeId: '198703122010011004', month: '2026-06', trk: { effectiveMinutes: 6300 }, attendance: kmob() },
    { employeeId: '198703122010011004', month: '2026-08', trk: { effectiveMinutes: 6300 }, attendance: kmob() },
    { employeeId: '198703122010011004', month: '2026-09', trk: { effectiveMinutes: 6300 }, attendance: kmob() },
    { employeeId: '198703122010011004', month: '2026-10', trk: { effectiveMinutes: 6300 }, attendance: kmob(), disciplinaryPenalty: 'RINGAN' },
  ];
  // Made before each test, not when the file is collected: mutation testing runs for a
  // mutant only the tests that executed its code (docs/testing.md).
  let r!: ReturnType<typeof evaluateEarlyWarning>;
  beforeEach(() => {
    r = evaluateEarlyWarning(months, jabarMkd2025);
  });

  it('walks the levels shown in the table', () => {
    expect(r.months.map((m) => [m.month, m.classification, m.level, m.flaggedStreak, m.cleanStreak, m.mkdAllowed, m.mkdAllowedFor])).toEqual([
      ['2026-01', 'clean', 'NORMAL', 0, 1, true, '2026-02'],
      ['2026-02', 'flagged', 'WASPADA', 1, 0, true, '2026-03'],
      ['2026-03', 'flagged', 'PERINGATAN', 2, 0, true, '2026-04'],
      ['2026-04', 'missing', 'PERINGATAN', 2, 0, true, '2026-05'],
      ['2026-05', 'flagged', 'DICABUT', 3, 0, false, '2026-06'],
      ['2026-06', 'clean', 'DICABUT', 0, 1, false, '2026-07'],
      ['2026-07', 'missing', 'DICABUT', 0, 0, false, '2026-08'],
      ['2026-08', 'clean', 'DICABUT', 0, 1, false, '2026-09'],
      ['2026-09', 'clean', 'NORMAL', 0, 2, true, '2026-10'],
      ['2026-10', 'severe', 'DICABUT', 1, 0, false, '2026-11'],
    ]);
  });

  it('gives the reasons shown in the table', () => {
    // No SKP: TRK 62.5 × 50 % + attendance 37.5 × 100 % = 68.75 < 75, and 3,000 < 6,000 minutes.
    expect(codes(r, 2).slice(0, 2)).toEqual(['early_warning_score_below_threshold', 'early_warning_trk_below_minimum']);
    expect(r.months[2]!.score).toBe(68.75);
    expect(r.months[1]!.score).toBe(96.25);
    expect(codes(r, 1)[0]).toBe('early_warning_absent_days');
    expect(codes(r, 6)[0]).toBe('early_warning_month_missing');
    expect(r.finalState).toEqual({ level: 'DICABUT', flaggedStreak: 1, cleanStreak: 0, lastMonth: '2026-10' });
  });
});

describe('evaluateEarlyWarning: bad input', () => {
  const where = (fn: () => unknown) => issuesOf(fn).map((i) => `${i.path.join('.')}:${i.code}`);

  it('rejects months out of order or repeated, naming each', () => {
    expect(where(() => evaluateEarlyWarning([CLASS.clean('2026-03'), CLASS.clean('2026-02'), CLASS.clean('2026-03')], jabarMkd2025))).toEqual([
      'months.1.month:early_warning_month_out_of_order',
      'months.2.month:early_warning_month_repeated',
    ]);
  });

  it('rejects a first month at or before the saved last month', () => {
    const saved = { level: 'NORMAL', flaggedStreak: 0, cleanStreak: 1, lastMonth: '2026-03' } as const;
    expect(where(() => evaluateEarlyWarning([CLASS.clean('2026-03')], jabarMkd2025, { initialState: saved }))).toEqual(['months.0.month:early_warning_month_repeated']);
    const issues = issuesOf(() => evaluateEarlyWarning([CLASS.clean('2026-01')], jabarMkd2025, { initialState: saved }));
    expect(codesOf(issues)).toEqual(['early_warning_month_out_of_order']);
    expect(issues[0]!.message.en).toBe('The month 2026-01 is out of order: it comes after 2026-03, the last month of initialState');
  });

  it('rejects months of different employees', () => {
    expect(where(() => evaluateEarlyWarning([CLASS.clean('2026-01'), scored('2026-02', { employeeId: 'E2' })], jabarMkd2025))).toEqual([
      'months.1.employeeId:early_warning_employee_mismatch',
    ]);
  });

  it('reports the problems of each form of month under its index', () => {
    const bad = [
      { month: '2026-01', missing: true, note: 'x' },
      { ...scored('2026-02'), score: 140 },
      { employeeId: 'E1', month: '2026-03', trk: { effectiveMinutes: -5 } },
    ] as unknown as EarlyWarningMonthInput[];
    expect(where(() => evaluateEarlyWarning(bad, jabarMkd2025))).toEqual(['months.0:unrecognized_keys', 'months.1.score:too_big', 'months.2.trk.effectiveMinutes:too_small']);
  });

  it('checks a raw month against its working days and calendar, under its index', () => {
    const tooMany = { employeeId: 'E1', month: '2026-02', attendance: { daysPresent: 19, daysAbsentWithoutReason: 0, minutesLate: 0, minutesEarlyLeave: 0, flexibleDaysWithoutCheckIn: 0, leaveDays: 0 } };
    expect(where(() => evaluateEarlyWarning([CLASS.clean('2026-01'), tooMany], jabarMkd2025))).toEqual(['months.1.attendance:attendance_days_exceed_working_days']);
    expect(where(() => evaluateEarlyWarning([{ employeeId: 'E1', month: '2031-01' }], jabarMkd2025))).toEqual(['months.0.month:calendar_year_missing']);
  });

  it('rejects a saved state with two running streaks or an unknown level', () => {
    expect(where(() => evaluateEarlyWarning([], jabarMkd2025, { initialState: { level: 'WASPADA', flaggedStreak: 1, cleanStreak: 1 } }))).toEqual(['options.initialState:early_warning_state_two_streaks']);
    expect(where(() => evaluateEarlyWarning([CLASS.clean('2026-13')], jabarMkd2025, { initialState: { level: 'MERAH' as never, flaggedStreak: 0, cleanStreak: 0 } }))).toEqual([
      'months.0.month:invalid_month',
      'options.initialState.level:invalid_value',
    ]);
  });

  it('rejects a policy whose streak levels go down or whose predikat are both severe and flagged', () => {
    const issues = issuesOf(() =>
      definePolicy(jabarMkd2025, { id: 'bad', earlyWarning: { streakLevels: ['PERINGATAN', 'WASPADA'], flaggedPredikat: ['KURANG', 'BUTUH_PERBAIKAN'] } }),
    );
    expect(issues.map((i) => `${i.path.join('.')}:${i.code}`)).toEqual([
      'policy.earlyWarning.flaggedPredikat:early_warning_predikat_both',
      'policy.earlyWarning.streakLevels.1:early_warning_streak_levels_decreasing',
    ]);
  });
});
