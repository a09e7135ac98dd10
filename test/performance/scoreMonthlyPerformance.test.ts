import { beforeEach, describe, expect, it } from 'vitest';
import { definePolicy, jabarMkd2023, jabarMkd2025, nationalFwa2025 } from '../../src/policy/index';
import {
  scoreMonthlyPerformance,
  type MonthlyPerformanceInput,
  type MonthlyPerformanceResult,
} from '../../src/performance/index';
import { codesOf, issuesOf } from '../_helpers/input-error';
import { attendance } from '../_helpers/performance';

// February 2026 has 18 working days (Monday 16 is cuti bersama, Tuesday 17 Imlek; the
// attendance helper is present on all 18);
// May 2026 has 16 (docs/calendar.md).
const month = (over: Partial<MonthlyPerformanceInput> = {}): MonthlyPerformanceInput => ({ employeeId: 'E1', month: '2026-02', ...over });
const entry = (r: MonthlyPerformanceResult, c: string) => r.breakdown.find((b) => b.component === c)!;
const codes = (r: MonthlyPerformanceResult) => r.findings.map((f) => f.code);
const hundredths = (x: number) => Math.round(x * 100);

describe('scoreMonthlyPerformance: the worked example of docs/performance-score.md', () => {
  // Made before each test, not when the file is collected: mutation testing runs for a
  // mutant only the tests that executed its code (docs/testing.md).
  let r!: ReturnType<typeof scoreMonthlyPerformance>;
  beforeEach(() => {
    r = scoreMonthlyPerformance(
    {
      employeeId: '198703122010011004',
      month: '2026-02',
      trk: { effectiveMinutes: 5400 },
      attendance: { daysPresent: 15, daysAbsentWithoutReason: 1, minutesLate: 45, minutesEarlyLeave: 20, flexibleDaysWithoutCheckIn: 1, leaveDays: 2 },
      skp: { hasilKerja: 'SESUAI_EKSPEKTASI', perilakuKerja: 'DI_ATAS_EKSPEKTASI' },
    },
    jabarMkd2025,
  );
  });

  it('takes 300 minutes off for the day absent and prorates the minimum for 2 days of leave', () => {
    // 5,400 − 300 = 5,100; ⌈6,000 × 16 / 18⌉ = ⌈5,333.33…⌉ = 5,334.
    expect(r.workingDays).toBe(18);
    expect(r.netTrkMinutes).toBe(5100);
    expect(r.trkMinimum).toBe(5334);
  });

  it('gives every component its points and contribution, rounded half-up to hundredths', () => {
    // TRK 100 × 5,100 / 5,334 = 95.6130… → 95.61; 50 × 95.61 / 100 = 47.805 → 47.81 (half-up).
    // Attendance 100 − 10 − 5 − 65/10 = 78.5; 30 × 78.5 / 100 = 23.55. SKP BAIK = 100; 20.
    expect(r.breakdown).toEqual([
      { component: 'TRK', weight: 50, effectiveWeight: 50, points: 95.61, contribution: 47.81, status: 'scored' },
      { component: 'KEHADIRAN', weight: 30, effectiveWeight: 30, points: 78.5, contribution: 23.55, status: 'scored' },
      { component: 'SKP', weight: 20, effectiveWeight: 20, points: 100, contribution: 20, status: 'scored' },
    ]);
  });

  it('scores 91.36, the exact sum of the contributions, with predikat BAIK', () => {
    expect(r.score).toBe(91.36);
    expect(r.breakdown.reduce((sum, b) => sum + hundredths(b.contribution), 0)).toBe(hundredths(r.score!));
    expect(r.predikat).toBe('BAIK');
  });

  it('explains each step, and carries what the early warning reads', () => {
    expect(codes(r)).toEqual(['performance_trk_below_minimum', 'performance_attendance_scored', 'performance_skp_from_ratings', 'performance_scored']);
    expect(r).toMatchObject({ daysAbsentWithoutReason: 1, flexibleDaysWithoutCheckIn: 1, policy: { id: 'jabar-mkd-2025', version: '2025.2', effectiveFrom: '2025-04-21' } });
    expect(r.findings[0]).toEqual({
      rule: 'performance',
      outcome: 'fail',
      code: 'performance_trk_below_minimum',
      params: { rawMinutes: 5400, daysAbsentWithoutReason: 1, deductionMinutes: 300, netMinutes: 5100, workingDays: 18, leaveDays: 2, minimum: 5334, points: 95.61 },
    });
  });
});

describe('scoreMonthlyPerformance: TRK minutes', () => {
  it('never lets the deduction take the net minutes below 0', () => {
    const r = scoreMonthlyPerformance(month({ trk: { effectiveMinutes: 500 }, attendance: attendance({ daysPresent: 16, daysAbsentWithoutReason: 2 }) }), jabarMkd2025);
    expect(r.netTrkMinutes).toBe(0);
    expect(entry(r, 'TRK').points).toBe(0);
  });

  it('gives full points at the minimum and never more than 100', () => {
    const at = scoreMonthlyPerformance(month({ trk: { effectiveMinutes: 6000 }, attendance: attendance() }), jabarMkd2025);
    const above = scoreMonthlyPerformance(month({ trk: { effectiveMinutes: 9000 }, attendance: attendance() }), jabarMkd2025);
    expect(entry(at, 'TRK').points).toBe(100);
    expect(entry(above, 'TRK').points).toBe(100);
    expect(codes(at)).toContain('performance_trk_minimum_met');
  });

  it('prorates the minimum of a 16-working-day month for 3 days of leave exactly', () => {
    // 6,000 × 13 / 16 = 4,875 exactly.
    const r = scoreMonthlyPerformance({ employeeId: 'E1', month: '2026-05', trk: { effectiveMinutes: 4875 }, attendance: attendance({ daysPresent: 13, leaveDays: 3 }) }, jabarMkd2025);
    expect(r.workingDays).toBe(16);
    expect(r.trkMinimum).toBe(4875);
    expect(entry(r, 'TRK').points).toBe(100);
  });

  it('has no minimum when every working day is leave', () => {
    const r = scoreMonthlyPerformance(month({ trk: { effectiveMinutes: 0 }, attendance: attendance({ daysPresent: 0, leaveDays: 18 }) }), jabarMkd2025);
    expect(r.trkMinimum).toBe(0);
    expect(entry(r, 'TRK').points).toBe(100);
  });

  it('says so when there is no attendance to deduct absences and prorate leave', () => {
    const r = scoreMonthlyPerformance(month({ trk: { effectiveMinutes: 3000 } }), jabarMkd2025);
    expect(r.trkMinimum).toBe(6000);
    expect(r.findings[0]).toEqual({ rule: 'performance', outcome: 'unknown', code: 'performance_trk_absences_unknown', params: { rawMinutes: 3000, minimum: 6000 } });
    expect(entry(r, 'TRK').points).toBe(50);
  });

  it("uses the policy's calendar: a regional holiday is one working day less", () => {
    const bandung = definePolicy(jabarMkd2025, {
      id: 'bandung-2026',
      calendar: { added: [{ date: '2026-02-25', kind: 'LIBUR_DAERAH', name: { id: 'Hari Jadi', en: 'Anniversary' } }] },
    });
    const r = scoreMonthlyPerformance(month({ trk: { effectiveMinutes: 5000 }, attendance: attendance({ daysPresent: 15, leaveDays: 2 }) }), bandung);
    expect(r.workingDays).toBe(17);
    expect(r.trkMinimum).toBe(5295); // ⌈6,000 × 15 / 17⌉ = ⌈5,294.1…⌉
  });

  it("uses the policy's minimum and deduction", () => {
    const p = definePolicy(jabarMkd2025, { id: 'trk-5000', performance: { trk: { monthlyMinimumMinutes: 5000, absenceDeductionMinutes: 450 } } });
    const r = scoreMonthlyPerformance(month({ trk: { effectiveMinutes: 5000 }, attendance: attendance({ daysPresent: 17, daysAbsentWithoutReason: 1 }) }), p);
    expect(r.netTrkMinutes).toBe(4550);
    expect(r.trkMinimum).toBe(5000);
    expect(entry(r, 'TRK').points).toBe(91);
  });
});

describe('scoreMonthlyPerformance: attendance', () => {
  it('takes 10 points a day absent, 5 a flexible day without check-in and 1 per 10 minutes late or early', () => {
    const r = scoreMonthlyPerformance(month({ attendance: attendance({ daysPresent: 16, daysAbsentWithoutReason: 2, flexibleDaysWithoutCheckIn: 1, minutesLate: 33, minutesEarlyLeave: 0 }) }), jabarMkd2025);
    // 100 − 20 − 5 − 3.3 = 71.7
    expect(entry(r, 'KEHADIRAN').points).toBe(71.7);
    expect(r.findings[0]!.params).toMatchObject({ deductionPoints: 28.3, points: 71.7 });
  });

  it('never scores attendance below 0', () => {
    const r = scoreMonthlyPerformance(month({ attendance: attendance({ daysPresent: 10, daysAbsentWithoutReason: 5, flexibleDaysWithoutCheckIn: 3, minutesLate: 600 }) }), jabarMkd2025);
    expect(entry(r, 'KEHADIRAN').points).toBe(0);
    expect(r.findings[0]!.params).toMatchObject({ deductionPoints: 125 });
  });

  it('gives 100 to a month without absences, lateness or missing check-ins', () => {
    expect(entry(scoreMonthlyPerformance(month({ attendance: attendance() }), jabarMkd2025), 'KEHADIRAN').points).toBe(100);
  });
});

describe('scoreMonthlyPerformance: SKP', () => {
  it.each([
    ['DI_ATAS_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI', 'SANGAT_BAIK', 100],
    ['SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'BAIK', 100],
    ['DI_BAWAH_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'BUTUH_PERBAIKAN', 75],
    ['SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI', 'KURANG', 50],
    ['DI_BAWAH_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI', 'SANGAT_KURANG', 25],
  ] as const)('rates hasil %s and perilaku %s as %s, worth %d points (PerBKN 3/2023, capped)', (hasilKerja, perilakuKerja, predikat, points) => {
    const r = scoreMonthlyPerformance(month({ skp: { hasilKerja, perilakuKerja } }), jabarMkd2025);
    expect(r.predikat).toBe(predikat);
    expect(entry(r, 'SKP').points).toBe(points);
  });

  it('scores a target realisation as its percentage, capped at 100, without a predikat', () => {
    const r = scoreMonthlyPerformance(month({ skp: { targetRealisationPercent: 87.25 } }), jabarMkd2025);
    expect(entry(r, 'SKP').points).toBe(87.25);
    expect(r.predikat).toBeUndefined();
    expect(entry(scoreMonthlyPerformance(month({ skp: { targetRealisationPercent: 130 } }), jabarMkd2025), 'SKP').points).toBe(100);
  });

  it('rejects a realisation with more than two decimals', () => {
    expect(issuesOf(() => scoreMonthlyPerformance(month({ skp: { targetRealisationPercent: 87.125 } }), jabarMkd2025)).map((i) => `${i.path.join('.')}:${i.code}`)).toEqual([
      'skp.targetRealisationPercent:too_many_decimals',
    ]);
  });
});

describe('scoreMonthlyPerformance: components without data', () => {
  it('shares the weight of a missing SKP between TRK and attendance by default (REDISTRIBUTE)', () => {
    const r = scoreMonthlyPerformance(month({ trk: { effectiveMinutes: 6000 }, attendance: attendance({ minutesLate: 100 }) }), jabarMkd2025);
    // 20 shared 50 : 30 → TRK 62.5, attendance 37.5; attendance 90 points → 33.75.
    expect(r.breakdown).toEqual([
      { component: 'TRK', weight: 50, effectiveWeight: 62.5, points: 100, contribution: 62.5, status: 'scored' },
      { component: 'KEHADIRAN', weight: 30, effectiveWeight: 37.5, points: 90, contribution: 33.75, status: 'scored' },
      { component: 'SKP', weight: 20, effectiveWeight: 0, points: null, contribution: 0, status: 'unknown_redistributed' },
    ]);
    expect(r.score).toBe(96.25);
    expect(r.findings).toContainEqual({ rule: 'performance', outcome: 'unknown', code: 'performance_component_unknown', params: { component: 'SKP', weight: 20, mode: 'REDISTRIBUTE' } });
    expect(r.findings).toContainEqual({
      rule: 'performance',
      outcome: 'pass',
      code: 'performance_weights_redistributed',
      params: { unknown: ['SKP'], shares: [{ component: 'TRK', weight: 50, effectiveWeight: 62.5 }, { component: 'KEHADIRAN', weight: 30, effectiveWeight: 37.5 }] },
    });
  });

  it('gives the hundredth left over to the largest remainder, so the shares add up to 100', () => {
    // 40 : 35 without SKP: 100 × 40 / 75 = 53.333…, 100 × 35 / 75 = 46.666…; floors
    // 53.33 + 46.66 = 99.99, the last hundredth to the larger remainder (attendance).
    const p = definePolicy(jabarMkd2025, { id: 'w-40-35-25', performance: { weights: { TRK: 40, KEHADIRAN: 35, SKP: 25 } } });
    const r = scoreMonthlyPerformance(month({ trk: { effectiveMinutes: 6000 }, attendance: attendance() }), p);
    expect(r.breakdown.map((b) => b.effectiveWeight)).toEqual([53.33, 46.67, 0]);
    expect(r.score).toBe(100);
  });

  it('scores a missing component 0 with its weight under ZERO', () => {
    const zero = definePolicy(jabarMkd2025, { id: 'zero', performance: { unknownComponent: 'ZERO' } });
    const r = scoreMonthlyPerformance(month({ trk: { effectiveMinutes: 6000 }, attendance: attendance() }), zero);
    expect(entry(r, 'SKP')).toEqual({ component: 'SKP', weight: 20, effectiveWeight: 20, points: null, contribution: 0, status: 'unknown_zero' });
    expect(r.score).toBe(80);
    expect(codes(r)).not.toContain('performance_weights_redistributed');
  });

  it('has no score at all without any data, and says so', () => {
    const r = scoreMonthlyPerformance(month(), jabarMkd2025);
    expect(r.score).toBeNull();
    expect(r.breakdown.map((b) => [b.status, b.contribution])).toEqual([
      ['unknown_redistributed', 0],
      ['unknown_redistributed', 0],
      ['unknown_redistributed', 0],
    ]);
    expect(r.findings.at(-1)).toEqual({ rule: 'performance', outcome: 'unknown', code: 'performance_no_score', params: { month: '2026-02', reason: 'NO_DATA' } });
    expect(r).not.toHaveProperty('predikat');
    expect(r).not.toHaveProperty('netTrkMinutes');
  });

  it('has no score under ZERO either when nothing is known', () => {
    const zero = definePolicy(jabarMkd2025, { id: 'zero', performance: { unknownComponent: 'ZERO' } });
    expect(scoreMonthlyPerformance(month(), zero).score).toBeNull();
  });

  it('has no score when only components of weight 0 have data', () => {
    const trkOnly = definePolicy(jabarMkd2025, { id: 'trk-only', performance: { weights: { TRK: 100, KEHADIRAN: 0, SKP: 0 } } });
    const r = scoreMonthlyPerformance(month({ skp: { targetRealisationPercent: 90 } }), trkOnly);
    expect(r.score).toBeNull();
    expect(r.findings.at(-1)!.params).toEqual({ month: '2026-02', reason: 'NO_WEIGHTED_DATA' });
  });
});

describe('scoreMonthlyPerformance: disciplinary penalty', () => {
  it('reports the penalty without changing the score', () => {
    const base = month({ trk: { effectiveMinutes: 6000 } });
    const withPenalty = scoreMonthlyPerformance({ ...base, disciplinaryPenalty: 'SEDANG' }, jabarMkd2025);
    expect(withPenalty.score).toBe(scoreMonthlyPerformance(base, jabarMkd2025).score);
    expect(withPenalty.disciplinaryPenalty).toBe('SEDANG');
    expect(withPenalty.findings).toContainEqual({ rule: 'performance', outcome: 'fail', code: 'performance_disciplinary_penalty', params: { penalty: 'SEDANG' } });
  });
});

describe('scoreMonthlyPerformance: presets', () => {
  it.each([jabarMkd2023, jabarMkd2025, nationalFwa2025].map((p) => [p.id, p] as const))('%s weighs TRK 50, attendance 30, SKP 20', (_id, p) => {
    expect(p.performance.weights).toEqual({ TRK: 50, KEHADIRAN: 30, SKP: 20 });
    expect(p.performance.trk).toEqual({ monthlyMinimumMinutes: 6000, absenceDeductionMinutes: 300 });
  });

  it('rejects a policy whose weights do not add up to 100', () => {
    const issues = issuesOf(() => definePolicy(jabarMkd2025, { id: 'bad', performance: { weights: { TRK: 50, KEHADIRAN: 30, SKP: 30 } } }));
    expect(issues.map((i) => [i.path.join('.'), i.code])).toEqual([['policy.performance.weights', 'performance_weights_sum']]);
    expect(issues[0]!.message.en).toContain('110');
  });
});

describe('scoreMonthlyPerformance: bad input', () => {
  it('rejects attendance that does not fit in the working days, with the numbers', () => {
    const issues = issuesOf(() => scoreMonthlyPerformance(month({ attendance: attendance({ daysPresent: 16, daysAbsentWithoutReason: 2, leaveDays: 1 }) }), jabarMkd2025));
    expect(issues.map((i) => [i.path.join('.'), i.code])).toEqual([['attendance', 'attendance_days_exceed_working_days']]);
    expect(issues[0]!.message.en).toBe('Days present 16 + absent without reason 2 + leave 1 = 19, more than the 18 working days of 2026-02');
    expect(issues[0]!.message.id).toContain('19, melebihi 18 hari kerja');
  });

  it('rejects more flexible days without check-in than days that are neither leave nor absence', () => {
    const issues = issuesOf(() => scoreMonthlyPerformance(month({ attendance: attendance({ daysPresent: 0, leaveDays: 17, flexibleDaysWithoutCheckIn: 2 }) }), jabarMkd2025));
    expect(codesOf(issues)).toEqual(['attendance_check_in_days_exceed_working_days']);
    expect(issues[0]!.path).toEqual(['attendance', 'flexibleDaysWithoutCheckIn']);
  });

  it('names the year when the calendar has no data for the month', () => {
    const issues = issuesOf(() => scoreMonthlyPerformance(month({ month: '2031-03', trk: { effectiveMinutes: 6000 } }), jabarMkd2025));
    expect(issues.map((i) => [i.path.join('.'), i.code])).toEqual([['month', 'calendar_year_missing']]);
    expect(issues[0]!.message.en).toContain('2031');
  });

  it('lists every schema problem at once', () => {
    const bad = { employeeId: '', month: '2026-13', trk: { effectiveMinutes: -1 }, skp: { hasilKerja: 'BAIK', perilakuKerja: 'SESUAI_EKSPEKTASI' }, disciplinaryPenalty: 'RINGAN', extra: 1 };
    const issues = issuesOf(() => scoreMonthlyPerformance(bad as unknown as MonthlyPerformanceInput, jabarMkd2025));
    expect(issues.map((i) => `${i.path.join('.')}:${i.code}`)).toEqual([
      'employeeId:too_small',
      'month:invalid_month',
      'trk.effectiveMinutes:too_small',
      'skp.hasilKerja:invalid_value',
      ':unrecognized_keys',
    ]);
  });
});
