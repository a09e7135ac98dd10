import { describe, expect, it } from 'vitest';
import { isInputError } from '../../src/_lib/errors';
import { localeEn } from '../../src/locales/en';
import { formatFinding } from '../../src/locales/format';
import { definePolicy } from '../../src/policy/define';
import { jabarMkd2023, jabarMkd2025, nationalFwa2025 } from '../../src/policy/presets';
import type { Policy } from '../../src/policy/schema';
import { checkEmployeeCriteria, type EmployeeCriteriaInput } from '../../src/readiness/employee-criteria';
import type { EmployeeCriteriaFinding } from '../../src/readiness/findings';

const AS_OF = '2026-01-15';
const check = (e: EmployeeCriteriaInput, policy: Policy = nationalFwa2025, asOf = AS_OF) => checkEmployeeCriteria(e, policy, { asOf });
const lookback6 = definePolicy(nationalFwa2025, { id: 'enam-bulan', employeeCriteria: { servedPenaltyLookbackMonths: 6 } });

describe('checkEmployeeCriteria', () => {
  it('is met with no penalty and enough months in the position', () => {
    const r = check({ disciplinary: { status: 'NONE' }, positionSince: '2024-03-01' });
    expect(r.status).toBe('met');
    expect(r.findings.map((f) => f.code)).toEqual(['employee_disciplinary_none', 'employee_tenure_met']);
  });

  it('is not met while a disciplinary examination is in process', () => {
    expect(check({ disciplinary: { status: 'IN_PROCESS' }, positionSince: '2024-03-01' }).status).toBe('not_met');
  });

  it('is not met while a penalty is being served, with or without an end date', () => {
    expect(check({ disciplinary: { status: 'SERVING', penalty: 'SEDANG' }, positionSince: '2024-03-01' }).status).toBe('not_met');
    expect(check({ disciplinary: { status: 'SERVING', until: AS_OF }, positionSince: '2024-03-01' }).status).toBe('not_met');
  });

  it('no longer counts a penalty that ended before the decision date, by default', () => {
    const r = check({ disciplinary: { status: 'SERVED', penalty: 'RINGAN', until: '2026-01-14' }, positionSince: '2024-03-01' });
    expect(r.status).toBe('met');
    expect(r.findings[0]?.code).toBe('employee_disciplinary_served');
  });

  it('reads a SERVING record whose end date has passed as served out', () => {
    expect(check({ disciplinary: { status: 'SERVING', until: '2025-12-31' }, positionSince: '2024-03-01' }).findings[0]?.code).toBe('employee_disciplinary_served');
  });

  it('reads a SERVED record whose end date has not passed as still serving', () => {
    expect(check({ disciplinary: { status: 'SERVED', until: '2026-02-01' }, positionSince: '2024-03-01' }).findings[0]?.code).toBe('employee_disciplinary_serving');
  });

  it('counts a served penalty for the policy look-back, up to and including the same day months later', () => {
    // ended 2025-07-15; + 6 months = 2026-01-15
    expect(check({ disciplinary: { status: 'SERVED', until: '2025-07-15' } }, lookback6).findings[0]?.code).toBe('employee_disciplinary_recently_served');
    expect(check({ disciplinary: { status: 'SERVED', until: '2025-07-14' } }, lookback6).findings[0]?.code).toBe('employee_disciplinary_served');
  });

  it('is not met for someone newly placed: fewer than 3 months in the position', () => {
    const r = check({ disciplinary: { status: 'NONE' }, positionSince: '2025-10-16' });
    expect(r.status).toBe('not_met');
    expect(r.findings[1]).toMatchObject({ code: 'employee_newly_placed', params: { monthsInPosition: 2, minMonths: 3, eligibleFrom: '2026-01-16' } });
  });

  it('is met from the day the third month is complete', () => {
    expect(check({ disciplinary: { status: 'NONE' }, positionSince: '2025-10-15' }).findings[1]).toMatchObject({
      code: 'employee_tenure_met',
      params: { monthsInPosition: 3 },
    });
  });

  it('clamps the month end: placed on 30 November, eligible on 28 February', () => {
    const since = { disciplinary: { status: 'NONE' as const }, positionSince: '2025-11-30' };
    expect(check(since, nationalFwa2025, '2026-02-27').status).toBe('not_met');
    expect(check(since, nationalFwa2025, '2026-02-28').status).toBe('met');
  });

  it('takes the minimum months from the policy', () => {
    const six = definePolicy(nationalFwa2025, { id: 'enam', employeeCriteria: { minMonthsInPosition: 6 } });
    const zero = definePolicy(nationalFwa2025, { id: 'nol', employeeCriteria: { minMonthsInPosition: 0 } });
    const e = { disciplinary: { status: 'NONE' as const }, positionSince: '2025-10-01' };
    expect(check(e, six).status).toBe('not_met');
    expect(check({ ...e, positionSince: AS_OF }, zero).status).toBe('met');
  });

  it('is indeterminate when the record or the placement date is missing', () => {
    expect(check({ disciplinary: { status: 'NONE' } }).status).toBe('indeterminate');
    expect(check({ positionSince: '2024-01-01' }).status).toBe('indeterminate');
    expect(check({}).status).toBe('indeterminate');
  });

  it('is indeterminate when the placement date is after the decision date', () => {
    expect(check({ disciplinary: { status: 'NONE' }, positionSince: '2026-02-01' }).status).toBe('indeterminate');
  });

  it('lets a failure win over an unknown', () => {
    expect(check({ disciplinary: { status: 'IN_PROCESS' } }).status).toBe('not_met');
  });

  it('uses the defaults in every preset', () => {
    for (const p of [jabarMkd2023, jabarMkd2025, nationalFwa2025]) {
      expect(p.employeeCriteria).toEqual({ minMonthsInPosition: 3, servedPenaltyLookbackMonths: 0 });
    }
  });

  it('rejects contradictory or malformed records', () => {
    const codes = (e: unknown) => {
      try {
        check(e as EmployeeCriteriaInput);
      } catch (error) {
        return isInputError(error) ? error.issues.map((i) => [i.path.join('.'), i.code]) : [];
      }
      return [];
    };
    expect(codes({ disciplinary: { status: 'NONE', penalty: 'BERAT' } })).toEqual([['disciplinary', 'disciplinary_inconsistent']]);
    expect(codes({ disciplinary: { status: 'SERVED' } })).toEqual([['disciplinary.until', 'disciplinary_until_required']]);
    expect(codes({ disciplinary: { status: 'DIBEBASKAN' }, positionSince: '2026-13-01' })).toEqual([
      ['disciplinary.status', 'invalid_value'],
      ['positionSince', 'invalid_date'],
    ]);
  });
});

/** One case per finding code, and what each rendering must mention. */
const byCode: Record<EmployeeCriteriaFinding['code'], { employee: EmployeeCriteriaInput; policy?: Policy; id: string[]; en: string[] }> = {
  employee_disciplinary_none: { employee: { disciplinary: { status: 'NONE' } }, id: ['Tidak ada'], en: ['No disciplinary'] },
  employee_disciplinary_unknown: { employee: {}, id: ['belum diketahui'], en: ['not known'] },
  employee_disciplinary_in_process: {
    employee: { disciplinary: { status: 'IN_PROCESS', penalty: 'BERAT' } },
    id: ['pemeriksaan', 'berat', 'PermenPANRB 4/2025'],
    en: ['examined', 'heavy', 'PermenPANRB 4/2025'],
  },
  employee_disciplinary_serving: {
    employee: { disciplinary: { status: 'SERVING', penalty: 'SEDANG', until: '2026-06-30' } },
    id: ['sedang menjalani', 'sedang', '2026-06-30'],
    en: ['serving', 'moderate', '2026-06-30'],
  },
  employee_disciplinary_served: {
    employee: { disciplinary: { status: 'SERVED', penalty: 'RINGAN', until: '2025-12-01' } },
    id: ['ringan', '2025-12-01', 'tidak lagi'],
    en: ['light', '2025-12-01', 'no longer'],
  },
  employee_disciplinary_recently_served: {
    employee: { disciplinary: { status: 'SERVED', penalty: 'BERAT', until: '2025-12-01' } },
    policy: lookback6,
    id: ['berat', '2025-12-01', '2026-06-01', '6 bulan'],
    en: ['heavy', '2025-12-01', '2026-06-01', '6 months'],
  },
  employee_tenure_met: { employee: { positionSince: '2025-01-10' }, id: ['12 bulan', '2025-01-10', '3 bulan'], en: ['12 months', '2025-01-10', '3 required'] },
  employee_newly_placed: {
    employee: { positionSince: '2025-12-20' },
    id: ['Baru ditempatkan', '0 bulan', '2025-12-20', '3 bulan', '2026-03-20'],
    en: ['Newly placed', '0 months', '2025-12-20', '3 required', '2026-03-20'],
  },
  employee_position_since_unknown: { employee: {}, id: ['belum diketahui'], en: ['not known'] },
  employee_position_since_in_future: { employee: { positionSince: '2026-03-01' }, id: ['2026-03-01', AS_OF], en: ['2026-03-01', AS_OF] },
};

describe('employee-criteria findings in both languages', () => {
  it('covers every employee-criteria code of the catalogues', () => {
    const all = Object.keys(localeEn.messages).filter((c) => c.startsWith('employee_'));
    expect(Object.keys(byCode).sort()).toEqual(all.sort());
  });

  for (const [code, { employee, policy, id, en: english }] of Object.entries(byCode)) {
    it(`renders ${code} in Bahasa Indonesia and English with its evidence`, () => {
      const finding = check(employee, policy).findings.find((f) => f.code === code);
      expect(finding).toBeDefined();
      const textId = formatFinding(finding as EmployeeCriteriaFinding, { locale: 'id' });
      const textEn = formatFinding(finding as EmployeeCriteriaFinding, { locale: 'en' });
      for (const s of id) expect(textId).toContain(s);
      for (const s of english) expect(textEn).toContain(s);
      expect(textId).not.toBe(textEn);
    });
  }
});
