import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/_lib/finding';
import { definePolicy, jabarMkd2025 } from '../../src/policy/index';
import { localeEn, formatFinding, localeId } from '../../src/locales/index';
import { checkPredikatDistribution, evaluateEarlyWarning, scoreMonthlyPerformance, type AttendanceInput } from '../../src/performance/index';

const kmob = (over: Partial<AttendanceInput> = {}): AttendanceInput => ({ daysPresent: 12, daysAbsentWithoutReason: 0, minutesLate: 0, minutesEarlyLeave: 0, flexibleDaysWithoutCheckIn: 0, leaveDays: 0, ...over });
const berat = definePolicy(jabarMkd2025, { id: 'berat-only', earlyWarning: { severePenalties: ['BERAT'] } });
const trkOnly = definePolicy(jabarMkd2025, { id: 'trk-only', performance: { weights: { TRK: 100, KEHADIRAN: 0, SKP: 0 } } });

// Made inside each test, not when the file is collected: mutation testing runs for a
// mutant only the tests that executed its code (docs/testing.md).
const findingsOfAll = (): Finding[] => [
  ...scoreMonthlyPerformance(
    { employeeId: 'E', month: '2026-02', trk: { effectiveMinutes: 5400 }, attendance: kmob({ daysAbsentWithoutReason: 1, minutesLate: 45, minutesEarlyLeave: 20, flexibleDaysWithoutCheckIn: 1, leaveDays: 2 }), skp: { hasilKerja: 'SESUAI_EKSPEKTASI', perilakuKerja: 'DI_ATAS_EKSPEKTASI' } },
    jabarMkd2025,
  ).findings,
  ...scoreMonthlyPerformance({ employeeId: 'E', month: '2026-02', trk: { effectiveMinutes: 6500 }, skp: { targetRealisationPercent: 87.25 }, disciplinaryPenalty: 'SEDANG' }, jabarMkd2025).findings,
  ...scoreMonthlyPerformance({ employeeId: 'E', month: '2026-02' }, jabarMkd2025).findings,
  // A month of the provisional 2027, opted into.
  ...scoreMonthlyPerformance({ employeeId: 'E', month: '2027-02', trk: { effectiveMinutes: 6500 } }, jabarMkd2025, { calendar: { allowProvisional: true } }).findings,
  ...evaluateEarlyWarning([{ employeeId: 'E', month: '2027-02', trk: { effectiveMinutes: 6500 } }], jabarMkd2025, { calendar: { allowProvisional: true } }).months.flatMap((m) => m.findings),
  ...scoreMonthlyPerformance({ employeeId: 'E', month: '2026-02', skp: { targetRealisationPercent: 90 } }, trkOnly).findings,
  ...evaluateEarlyWarning(
    [
      { employeeId: 'E', month: '2026-01', trk: { effectiveMinutes: 3000 }, attendance: kmob({ daysAbsentWithoutReason: 2, flexibleDaysWithoutCheckIn: 3 }) },
      { employeeId: 'E', month: '2026-02', skp: { hasilKerja: 'DI_BAWAH_EKSPEKTASI', perilakuKerja: 'SESUAI_EKSPEKTASI' } },
      { month: '2026-03', missing: true },
      { employeeId: 'E', month: '2026-05', disciplinaryPenalty: 'RINGAN' },
      { employeeId: 'E', month: '2026-06', skp: { hasilKerja: 'SESUAI_EKSPEKTASI', perilakuKerja: 'DI_BAWAH_EKSPEKTASI' }, disciplinaryPenalty: 'BERAT' },
      { employeeId: 'E', month: '2026-07', trk: { effectiveMinutes: 6500 } },
      { employeeId: 'E', month: '2026-08', trk: { effectiveMinutes: 6500 } },
      { employeeId: 'E', month: '2026-09' },
    ],
    berat,
  ).months.flatMap((m) => m.findings),
  ...checkPredikatDistribution(['BAIK', 'BAIK', 'BAIK', 'KURANG'], { capaianOrganisasi: 'BAIK' }).findings,
  ...checkPredikatDistribution([], { capaianOrganisasi: 'SANGAT_KURANG' }).findings,
];

const CODES = [
  'performance_trk_minimum_met',
  'performance_trk_below_minimum',
  'performance_trk_absences_unknown',
  'performance_attendance_scored',
  'performance_skp_from_ratings',
  'performance_skp_from_realisation',
  'performance_component_unknown',
  'performance_weights_redistributed',
  'performance_disciplinary_penalty',
  'performance_scored',
  'performance_no_score',
  'performance_provisional_calendar',
  'early_warning_severe_predikat',
  'early_warning_flagged_predikat',
  'early_warning_disciplinary_penalty',
  'early_warning_score_below_threshold',
  'early_warning_trk_below_minimum',
  'early_warning_absent_days',
  'early_warning_flexible_days_without_check_in',
  'early_warning_month_clean',
  'early_warning_month_missing',
  'early_warning_provisional_calendar',
  'early_warning_level_raised',
  'early_warning_level_restored',
  'early_warning_level_kept',
  'early_warning_mkd_allowed',
  'early_warning_mkd_suspended',
  'predikat_distribution_rule_met',
  'predikat_distribution_rule_broken',
  'predikat_distribution_empty',
];

/** Every number and YYYY-MM(-DD) string in the params, however deep. */
function evidence(value: unknown, out: (number | string)[] = []): (number | string)[] {
  if (typeof value === 'number') out.push(value);
  else if (typeof value === 'string' && /^\d{4}-\d{2}(-\d{2})?$/.test(value)) out.push(value);
  else if (Array.isArray(value)) for (const v of value) evidence(v, out);
  else if (typeof value === 'object' && value !== null) for (const v of Object.values(value)) evidence(v, out);
  return out;
}

describe('performance findings in both languages', () => {
  it('lists every code of the module, and the catalogues know each one', () => {
    const ours = Object.keys(localeId.messages).filter((c) => /^(performance|early_warning|predikat_distribution)_/.test(c));
    expect(ours.sort()).toEqual([...CODES].sort());
    for (const code of CODES) expect(Object.hasOwn(localeEn.messages, code)).toBe(true);
  });

  it.each(CODES)('%s occurs and reads in id and en with its numbers', (code) => {
    const findings = findingsOfAll().filter((f) => f.code === code);
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      const textId = formatFinding(finding, { locale: 'id' });
      const textEn = formatFinding(finding, { locale: 'en' });
      expect(textId).not.toBe(textEn);
      for (const text of [textId, textEn]) expect(text).not.toMatch(/undefined|\[object|NaN|null/);
      for (const value of evidence(finding.params)) {
        // Indonesian writes a decimal comma (91,36), English a decimal point.
        expect(textId).toContain(typeof value === 'number' ? String(value).replace('.', ',') : value);
        expect(textEn).toContain(String(value));
      }
    }
  });

  it('writes decimals the Indonesian way', () => {
    const scored = findingsOfAll().find((f) => f.code === 'performance_scored' && (f.params as { score: number }).score === 91.36)!;
    expect(formatFinding(scored, { locale: 'id' })).toBe('Skor kinerja bulan ini 91,36 dari 100, dari komponen TRK, kehadiran dan SKP.');
    expect(formatFinding(scored, { locale: 'en' })).toBe("The month's performance score is 91.36 out of 100, from TRK, attendance and SKP.");
  });

  it('tells the three kinds of missing month apart', () => {
    const missing = findingsOfAll().filter((f) => f.code === 'early_warning_month_missing');
    expect(missing.map((f) => (f.params as { reason: string }).reason).sort()).toEqual(['MARKED_MISSING', 'NOT_GIVEN', 'NO_DATA']);
    expect(new Set(missing.map((f) => formatFinding(f, { locale: 'id' }).slice(9))).size).toBe(3);
    expect(new Set(missing.map((f) => formatFinding(f, { locale: 'en' }).slice(9))).size).toBe(3);
  });
});
