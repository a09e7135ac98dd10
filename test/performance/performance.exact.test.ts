/**
 * Exact findings of the performance module: rule, outcome, code and every parameter,
 * compared strictly, and every refusal's path and message in both languages. The other
 * tests check scores, levels and codes; the mutation run of 2026-12-03 (docs/testing.md)
 * showed that a finding's outcome or a parameter, the boundary of the TRK minimum, a
 * component worth zero points, the tie-break of redistributed weights and several
 * one-field months could change unnoticed.
 */
import { describe, expect, it } from 'vitest';
import { exactIssuesOf } from '../_helpers/input-error';
import { attendance } from '../_helpers/performance';
import { definePolicy, jabarMkd2025, type Policy } from '../../src/policy/index';
import {
  evaluateEarlyWarning,
  scoreMonthlyPerformance,
  type EarlyWarningMonthInput,
  type MonthlyPerformanceInput,
  type ScoredMonth,
} from '../../src/performance/index';
import { _scoreMonth } from '../../src/performance/scoreMonthlyPerformance';
import { checkPredikatDistribution } from '../../src/performance/checkPredikatDistribution';

const perf = (outcome: string, code: string, params: object) => ({ rule: 'performance', outcome, code, params });
const warn = (outcome: string, code: string, params: object) => ({ rule: 'early_warning', outcome, code, params });
const POLICY_REF = { id: jabarMkd2025.id, version: jabarMkd2025.version, effectiveFrom: jabarMkd2025.effectiveFrom };
// February 2026 has 18 working days (docs/calendar.md).
const feb = (over: Partial<MonthlyPerformanceInput> = {}): MonthlyPerformanceInput => ({ employeeId: 'E1', month: '2026-02', ...over });
const score = (input: MonthlyPerformanceInput, p: Policy = jabarMkd2025) => scoreMonthlyPerformance(input, p);
const unknownComponent = (component: string, weight: number, mode = 'REDISTRIBUTE') => perf('unknown', 'performance_component_unknown', { component, weight, mode });

describe('scoreMonthlyPerformance: every finding exactly', () => {
  it('explains the worked example of docs/performance-score.md step by step', () => {
    const r = score(
      feb({
        trk: { effectiveMinutes: 5400 },
        attendance: attendance({ daysPresent: 15, daysAbsentWithoutReason: 1, minutesLate: 45, minutesEarlyLeave: 20, flexibleDaysWithoutCheckIn: 1, leaveDays: 2 }),
        skp: { hasilKerja: 'SESUAI_EKSPEKTASI', perilakuKerja: 'DI_ATAS_EKSPEKTASI' },
      }),
    );
    expect(r.findings).toStrictEqual([
      perf('fail', 'performance_trk_below_minimum', {
        rawMinutes: 5400,
        daysAbsentWithoutReason: 1,
        deductionMinutes: 300,
        netMinutes: 5100,
        workingDays: 18,
        leaveDays: 2,
        minimum: 5334,
        points: 95.61,
      }),
      perf('pass', 'performance_attendance_scored', {
        daysPresent: 15,
        daysAbsentWithoutReason: 1,
        minutesLate: 45,
        minutesEarlyLeave: 20,
        flexibleDaysWithoutCheckIn: 1,
        leaveDays: 2,
        workingDays: 18,
        deductionPoints: 21.5,
        points: 78.5,
      }),
      perf('pass', 'performance_skp_from_ratings', { hasilKerja: 'SESUAI_EKSPEKTASI', perilakuKerja: 'DI_ATAS_EKSPEKTASI', predikat: 'BAIK', points: 100 }),
      perf('pass', 'performance_scored', { score: 91.36, scored: ['TRK', 'KEHADIRAN', 'SKP'] }),
    ]);
    expect(r.policy).toStrictEqual(POLICY_REF);
  });

  it('meets the minimum at exactly the minimum, and says the absences are unknown without attendance', () => {
    const r = score(feb({ trk: { effectiveMinutes: 6000 } }));
    expect(r.findings).toStrictEqual([
      perf('unknown', 'performance_trk_absences_unknown', { rawMinutes: 6000, minimum: 6000 }),
      perf('pass', 'performance_trk_minimum_met', {
        rawMinutes: 6000,
        daysAbsentWithoutReason: 0,
        deductionMinutes: 0,
        netMinutes: 6000,
        workingDays: 18,
        leaveDays: 0,
        minimum: 6000,
        points: 100,
      }),
      unknownComponent('KEHADIRAN', 30),
      unknownComponent('SKP', 20),
      perf('pass', 'performance_weights_redistributed', { unknown: ['KEHADIRAN', 'SKP'], shares: [{ component: 'TRK', weight: 50, effectiveWeight: 100 }] }),
      perf('pass', 'performance_scored', { score: 100, scored: ['TRK'] }),
    ]);
    expect(score(feb({ trk: { effectiveMinutes: 5999 } })).findings[1]).toMatchObject({ outcome: 'fail', code: 'performance_trk_below_minimum' });
  });

  it('reports the SKP from a realisation percentage and a disciplinary penalty', () => {
    const r = score(feb({ skp: { targetRealisationPercent: 87.5 }, disciplinaryPenalty: 'RINGAN' }));
    expect(r.findings).toStrictEqual([
      perf('pass', 'performance_skp_from_realisation', { targetRealisationPercent: 87.5, points: 87.5 }),
      perf('fail', 'performance_disciplinary_penalty', { penalty: 'RINGAN' }),
      unknownComponent('TRK', 50),
      unknownComponent('KEHADIRAN', 30),
      perf('pass', 'performance_weights_redistributed', { unknown: ['TRK', 'KEHADIRAN'], shares: [{ component: 'SKP', weight: 20, effectiveWeight: 100 }] }),
      perf('pass', 'performance_scored', { score: 87.5, scored: ['SKP'] }),
    ]);
    expect(r.disciplinaryPenalty).toBe('RINGAN');
  });

  it('scores a component worth zero points as known, never as missing', () => {
    // 10 days absent: 100 − 10 × 10 = 0 attendance points.
    const r = score(feb({ attendance: attendance({ daysPresent: 8, daysAbsentWithoutReason: 10 }) }));
    expect(r.score).toBe(0);
    expect(r.breakdown[1]).toStrictEqual({ component: 'KEHADIRAN', weight: 30, effectiveWeight: 100, points: 0, contribution: 0, status: 'scored' });
    expect(r.findings.filter((f) => f.code === 'performance_component_unknown').map((f) => f.params.component)).toStrictEqual(['TRK', 'SKP']);
    expect(r.findings.at(-1)).toStrictEqual(perf('pass', 'performance_scored', { score: 0, scored: ['KEHADIRAN'] }));
  });

  it('gives a tied hundredth of redistributed weight to the component that comes first', () => {
    // TRK 1 and KEHADIRAN 31 of 32: 10,000/32 = 312.5 and 310,000/32 = 9,687.5 — one
    // hundredth is left over and the remainders tie, so TRK (first) gets it.
    const p = definePolicy(jabarMkd2025, { id: 'seri', performance: { weights: { TRK: 1, KEHADIRAN: 31, SKP: 68 } } });
    const r = score(feb({ trk: { effectiveMinutes: 6000 }, attendance: attendance() }), p);
    expect(r.findings.find((f) => f.code === 'performance_weights_redistributed')?.params).toStrictEqual({
      unknown: ['SKP'],
      shares: [
        { component: 'TRK', weight: 1, effectiveWeight: 3.13 },
        { component: 'KEHADIRAN', weight: 31, effectiveWeight: 96.87 },
      ],
    });
  });

  it('says why there is no score: no data, or data carrying no weight', () => {
    expect(score(feb()).findings).toStrictEqual([
      unknownComponent('TRK', 50),
      unknownComponent('KEHADIRAN', 30),
      unknownComponent('SKP', 20),
      perf('unknown', 'performance_no_score', { month: '2026-02', reason: 'NO_DATA' }),
    ]);
    const weightless = definePolicy(jabarMkd2025, { id: 'tanpa-bobot-trk', performance: { weights: { TRK: 0, KEHADIRAN: 50, SKP: 50 } } });
    const r = score(feb({ trk: { effectiveMinutes: 6000 } }), weightless);
    expect(r.score).toBeNull();
    expect(r.findings.at(-1)).toStrictEqual(perf('unknown', 'performance_no_score', { month: '2026-02', reason: 'NO_WEIGHTED_DATA' }));
  });

  it('under ZERO, data carrying no weight still scores: zero', () => {
    const zero = definePolicy(jabarMkd2025, { id: 'nol', performance: { unknownComponent: 'ZERO', weights: { TRK: 0, KEHADIRAN: 50, SKP: 50 } } });
    const r = score(feb({ trk: { effectiveMinutes: 6000 } }), zero);
    expect(r.score).toBe(0);
    expect(r.findings.at(-1)).toStrictEqual(perf('pass', 'performance_scored', { score: 0, scored: ['TRK'] }));
    expect(r.findings.filter((f) => f.code === 'performance_component_unknown')).toStrictEqual([unknownComponent('KEHADIRAN', 50, 'ZERO'), unknownComponent('SKP', 50, 'ZERO')]);
  });

  it('has no TRK minimum in a month without working days', () => {
    const r = _scoreMonth(feb({ trk: { effectiveMinutes: 0 } }), jabarMkd2025, 0);
    expect(r.trkMinimum).toBe(0);
    expect(r.findings[1]).toStrictEqual(
      perf('pass', 'performance_trk_minimum_met', { rawMinutes: 0, daysAbsentWithoutReason: 0, deductionMinutes: 0, netMinutes: 0, workingDays: 0, leaveDays: 0, minimum: 0, points: 100 }),
    );
  });

  it('flags a provisional calendar year first', () => {
    const r = scoreMonthlyPerformance(feb({ month: '2027-02', trk: { effectiveMinutes: 6000 } }), jabarMkd2025, { calendar: { allowProvisional: true } });
    expect(r.findings[0]).toStrictEqual(perf('unknown', 'performance_provisional_calendar', { month: '2027-02', workingDays: r.workingDays }));
    expect(score(feb({ trk: { effectiveMinutes: 6000 } })).findings.map((f) => f.code)).not.toContain('performance_provisional_calendar');
  });

  it('refuses attendance that does not fit the working days, in both languages', () => {
    // 2 + 3 = 5 days of absence and leave leave 13 working days; 14 flexible days do not fit.
    expect(exactIssuesOf(() => score(feb({ attendance: attendance({ daysPresent: 13, daysAbsentWithoutReason: 2, leaveDays: 3, flexibleDaysWithoutCheckIn: 14 }) })))).toStrictEqual([
      {
        path: 'attendance.flexibleDaysWithoutCheckIn',
        code: 'attendance_check_in_days_exceed_working_days',
        message: {
          id: '14 hari fleksibel tanpa presensi K-Mob melebihi 13 hari kerja yang bukan cuti atau tanpa keterangan (18 − 2 − 3) bulan 2026-02',
          en: '14 flexible days without a K-Mob check-in exceed the 13 working days of 2026-02 that are neither leave nor absence (18 − 2 − 3)',
        },
      },
    ]);
    expect(exactIssuesOf(() => score(feb({ attendance: attendance({ daysPresent: 0, daysAbsentWithoutReason: 10, leaveDays: 10, flexibleDaysWithoutCheckIn: 1 }) })))).toStrictEqual([
      {
        path: 'attendance',
        code: 'attendance_days_exceed_working_days',
        message: {
          id: 'Hari hadir 0 + tanpa keterangan 10 + cuti 10 = 20, melebihi 18 hari kerja bulan 2026-02',
          en: 'Days present 0 + absent without reason 10 + leave 10 = 20, more than the 18 working days of 2026-02',
        },
      },
      {
        path: 'attendance.flexibleDaysWithoutCheckIn',
        code: 'attendance_check_in_days_exceed_working_days',
        message: {
          id: '1 hari fleksibel tanpa presensi K-Mob melebihi 0 hari kerja yang bukan cuti atau tanpa keterangan (18 − 10 − 10) bulan 2026-02',
          en: '1 flexible days without a K-Mob check-in exceed the 0 working days of 2026-02 that are neither leave nor absence (18 − 10 − 10)',
        },
      },
    ]);
  });

  it('refuses a realisation percentage finer than hundredths, with its decimal comma in Bahasa Indonesia', () => {
    expect(exactIssuesOf(() => score(feb({ skp: { targetRealisationPercent: 87.555 } })))).toStrictEqual([
      {
        path: 'skp.targetRealisationPercent',
        code: 'too_many_decimals',
        message: { id: 'Persentase realisasi 87,555 memiliki lebih dari dua angka desimal', en: 'The realisation percentage 87.555 has more than two decimals' },
      },
    ]);
    expect(score(feb({ skp: { targetRealisationPercent: 87.55 } })).score).toBe(87.55);
  });

  it('places a calendar override problem under options.calendar', () => {
    const places = exactIssuesOf(() => scoreMonthlyPerformance(feb({ month: '2027-02' }), jabarMkd2025, { calendar: { allowProvisional: false } })).map((i) => i.path);
    expect(places).toStrictEqual(['month']);
    const paths = exactIssuesOf(() => scoreMonthlyPerformance(feb(), jabarMkd2025, { calendar: { allowProvisional: 'ya' as unknown as boolean } })).map((i) => i.path);
    expect(paths).toStrictEqual(['options.calendar.allowProvisional']);
  });
});

// Early warning: scored months built field by field.
const scored = (month: string, over: Partial<ScoredMonth> = {}): ScoredMonth => ({ employeeId: 'E1', month, score: 90, breakdown: [], ...over });
const run = (months: readonly EarlyWarningMonthInput[], p: Policy = jabarMkd2025) => evaluateEarlyWarning(months, p);
const classOf = (m: ScoredMonth) => run([m]).months[0]!.classification;

describe('evaluateEarlyWarning: every finding exactly', () => {
  it('a month holding one fact has data, and only that fact decides its class', () => {
    expect(classOf(scored('2026-01', { score: null, predikat: 'BAIK' }))).toBe('clean');
    expect(classOf(scored('2026-01', { score: null, netTrkMinutes: 6000, trkMinimum: 6000 }))).toBe('clean');
    expect(classOf(scored('2026-01', { score: null, daysAbsentWithoutReason: 0 }))).toBe('clean');
    expect(classOf(scored('2026-01', { score: null, flexibleDaysWithoutCheckIn: 0 }))).toBe('clean');
    expect(classOf(scored('2026-01', { score: null }))).toBe('missing');
    // One absent day, one flexible day without check-in, TRK one minute short: flagged.
    expect(classOf(scored('2026-01', { daysAbsentWithoutReason: 1 }))).toBe('flagged');
    expect(classOf(scored('2026-01', { flexibleDaysWithoutCheckIn: 1 }))).toBe('flagged');
    expect(classOf(scored('2026-01', { netTrkMinutes: 5999, trkMinimum: 6000 }))).toBe('flagged');
  });

  it('names each flag of a month with its evidence', () => {
    const r = run([scored('2026-01', { score: 60, netTrkMinutes: 5000, trkMinimum: 6000, daysAbsentWithoutReason: 2, flexibleDaysWithoutCheckIn: 3, predikat: 'BUTUH_PERBAIKAN' })]);
    expect(r.months[0]!.findings).toStrictEqual([
      warn('fail', 'early_warning_score_below_threshold', { month: '2026-01', score: 60, threshold: 75 }),
      warn('fail', 'early_warning_trk_below_minimum', { month: '2026-01', netTrkMinutes: 5000, trkMinimum: 6000 }),
      warn('fail', 'early_warning_absent_days', { month: '2026-01', days: 2, threshold: 1 }),
      warn('fail', 'early_warning_flexible_days_without_check_in', { month: '2026-01', days: 3, threshold: 1 }),
      warn('fail', 'early_warning_flagged_predikat', { month: '2026-01', predikat: 'BUTUH_PERBAIKAN' }),
      warn('fail', 'early_warning_level_raised', { month: '2026-01', from: 'NORMAL', to: 'PERINGATAN', flaggedStreak: 1, cause: 'PREDIKAT' }),
      warn('pass', 'early_warning_mkd_allowed', { forMonth: '2026-02', level: 'PERINGATAN' }),
    ]);
    expect(r.months[0]).toMatchObject({ classification: 'flagged', score: 60, predikat: 'BUTUH_PERBAIKAN' });
  });

  it('raises to PERINGATAN for the predikat only, never for another predikat on a flagged month', () => {
    const r = run([scored('2026-01', { score: 60, predikat: 'BAIK' })]);
    expect(r.months[0]!.level).toBe('WASPADA');
    expect(r.months[0]!.findings).toContainEqual(warn('fail', 'early_warning_level_raised', { month: '2026-01', from: 'NORMAL', to: 'WASPADA', flaggedStreak: 1, cause: 'STREAK' }));
    expect(r.months[0]!.predikat).toBe('BAIK');
    expect(Object.hasOwn(run([scored('2026-01')]).months[0]!, 'predikat')).toBe(false);
  });

  it('says a severe month raises by SEVERE, and keeps a level with the right outcome', () => {
    const r = run([scored('2026-01', { predikat: 'KURANG' }), scored('2026-02'), scored('2026-03', { score: 60 })]);
    expect(r.months[0]!.findings).toStrictEqual([
      warn('fail', 'early_warning_severe_predikat', { month: '2026-01', predikat: 'KURANG' }),
      warn('fail', 'early_warning_level_raised', { month: '2026-01', from: 'NORMAL', to: 'DICABUT', flaggedStreak: 1, cause: 'SEVERE' }),
      warn('fail', 'early_warning_mkd_suspended', { forMonth: '2026-02', cleanStreak: 0, cleanMonthsToRestore: 2 }),
    ]);
    expect(r.months[1]!.findings).toStrictEqual([
      warn('pass', 'early_warning_month_clean', { month: '2026-02', score: 90 }),
      warn('fail', 'early_warning_level_kept', { month: '2026-02', level: 'DICABUT', flaggedStreak: 0, cleanStreak: 1, cleanMonthsToRestore: 2 }),
      warn('fail', 'early_warning_mkd_suspended', { forMonth: '2026-03', cleanStreak: 1, cleanMonthsToRestore: 2 }),
    ]);
    expect(run([scored('2026-01')]).months[0]!.findings[1]).toStrictEqual(
      warn('pass', 'early_warning_level_kept', { month: '2026-01', level: 'NORMAL', flaggedStreak: 0, cleanStreak: 1, cleanMonthsToRestore: 2 }),
    );
  });

  it('flags a provisional calendar year first, for raw months scored here', () => {
    const r = evaluateEarlyWarning([feb({ month: '2027-02', trk: { effectiveMinutes: 6000 } })], jabarMkd2025, { calendar: { allowProvisional: true } });
    expect(r.months[0]!.findings[0]).toStrictEqual(warn('unknown', 'early_warning_provisional_calendar', { month: '2027-02' }));
    expect(run([feb({ trk: { effectiveMinutes: 6000 } })]).months[0]!.findings.map((f) => f.code)).not.toContain('early_warning_provisional_calendar');
  });

  it('refuses a raw month of a provisional year unless the calendar option allows it', () => {
    expect(exactIssuesOf(() => run([feb({ month: '2027-02' })])).map((i) => `${i.path}:${i.code}`)).toStrictEqual(['months.0.month:calendar_year_provisional']);
  });

  it('names the employee only when the months do', () => {
    expect(run([scored('2026-01')]).employeeId).toBe('E1');
    expect(Object.hasOwn(run([{ month: '2026-01', missing: true }]), 'employeeId')).toBe(false);
    expect(run([]).policy).toStrictEqual(POLICY_REF);
  });

  it('refuses two streaks at once, in both languages', () => {
    expect(exactIssuesOf(() => evaluateEarlyWarning([], jabarMkd2025, { initialState: { level: 'NORMAL', flaggedStreak: 1, cleanStreak: 2 } }))).toStrictEqual([
      {
        path: 'options.initialState',
        code: 'early_warning_state_two_streaks',
        message: {
          id: 'Rangkaian bulan ditandai (1) dan bulan bersih (2) tidak dapat berjalan bersamaan',
          en: 'A flagged streak (1) and a clean streak (2) cannot both be running',
        },
      },
    ]);
  });

  it('refuses a repeated month, a month out of order and a second employee, saying where', () => {
    const initialState = { level: 'NORMAL' as const, flaggedStreak: 0, cleanStreak: 0, lastMonth: '2026-01' };
    expect(exactIssuesOf(() => evaluateEarlyWarning([scored('2026-01'), scored('2026-03'), scored('2026-02'), scored('2026-04', { employeeId: 'E2' })], jabarMkd2025, { initialState }))).toStrictEqual([
      {
        path: 'months.0.month',
        code: 'early_warning_month_repeated',
        message: { id: 'Bulan 2026-01 berulang: sama dengan bulan terakhir pada initialState', en: 'The month 2026-01 is repeated: it is the last month of initialState' },
      },
      {
        path: 'months.2.month',
        code: 'early_warning_month_out_of_order',
        message: {
          id: 'Bulan 2026-02 tidak berurutan: muncul setelah 2026-03, bulan sebelumnya dalam daftar',
          en: 'The month 2026-02 is out of order: it comes after 2026-03, the month before it in the list',
        },
      },
      {
        path: 'months.3.employeeId',
        code: 'early_warning_employee_mismatch',
        message: {
          id: 'Bulan 2026-04 milik pegawai "E2", sedangkan bulan sebelumnya milik "E1"; peringatan dini dinilai per pegawai',
          en: 'The month 2026-04 belongs to employee "E2", the months before it to "E1"; the early warning runs per employee',
        },
      },
    ]);
    expect(exactIssuesOf(() => evaluateEarlyWarning([scored('2025-12')], jabarMkd2025, { initialState }))[0]!.message.en).toBe(
      'The month 2025-12 is out of order: it comes after 2026-01, the last month of initialState',
    );
  });

  it('refuses null and undefined months as input errors, each at its index', () => {
    const issues = exactIssuesOf(() => run([null, undefined] as unknown as EarlyWarningMonthInput[]));
    expect(issues.map((i) => i.path)).toStrictEqual(['months.0', 'months.1']);
  });

  it('reads a calendar override for raw months, and refuses a bad one under options.calendar', () => {
    const noHolidays = evaluateEarlyWarning([feb({ attendance: attendance({ daysPresent: 20 }) })], jabarMkd2025, { calendar: { removed: ['2026-02-16', '2026-02-17'] } });
    expect(noHolidays.months[0]!.classification).toBe('clean');
    expect(() => run([feb({ attendance: attendance({ daysPresent: 20 }) })])).toThrow();
    expect(exactIssuesOf(() => evaluateEarlyWarning([], jabarMkd2025, { calendar: { removed: ['2026-02-18'] } })).map((i) => i.path)).toStrictEqual(['options.calendar.removed.0']);
  });
});

describe('checkPredikatDistribution: every finding exactly', () => {
  it('is not ok when one rule is met and another broken, and says which', () => {
    // 3 of 4 BAIK is 75 %, over the 70 % an organisation rated BAIK may give.
    const r = checkPredikatDistribution(['BAIK', 'BAIK', 'BAIK', 'BUTUH_PERBAIKAN'], { capaianOrganisasi: 'BAIK' });
    expect(r.ok).toBe(false);
    expect(r.findings).toStrictEqual([
      { rule: 'predikat_distribution', outcome: 'fail', code: 'predikat_distribution_rule_broken', params: { capaianOrganisasi: 'BAIK', rule: 'BAIK_MAX', predikat: ['BAIK'], bound: 'max', percent: 70, count: 3, n: 4, limit: 2 } },
      {
        rule: 'predikat_distribution',
        outcome: 'pass',
        code: 'predikat_distribution_rule_met',
        params: { capaianOrganisasi: 'BAIK', rule: 'BUTUH_PERBAIKAN_OR_KURANG_MIN', predikat: ['BUTUH_PERBAIKAN', 'KURANG'], bound: 'min', percent: null, count: 1, n: 4, limit: 1 },
      },
    ]);
  });
});
