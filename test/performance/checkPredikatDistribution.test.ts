import { describe, expect, it } from 'vitest';
import { checkPredikatDistribution, PREDIKAT_DISTRIBUTION_RULES, type Predikat } from '../../src/performance/index';
import { codesOf, issuesOf } from '../_helpers/input-error';

const many = (spec: Partial<Record<Predikat, number>>): Predikat[] => Object.entries(spec).flatMap(([p, n]) => Array<Predikat>(n).fill(p as Predikat));
const rule = (r: ReturnType<typeof checkPredikatDistribution>, id: string) => r.rules.find((x) => x.rule === id)!;

describe('checkPredikatDistribution: the bounds of PermenPANRB 6/2022', () => {
  it('lets an ISTIMEWA organisation give Sangat Baik to exactly 70 % but not 80 %', () => {
    expect(checkPredikatDistribution(many({ SANGAT_BAIK: 7, BAIK: 3 }), { capaianOrganisasi: 'ISTIMEWA' }).ok).toBe(true);
    const over = checkPredikatDistribution(many({ SANGAT_BAIK: 8, BAIK: 2 }), { capaianOrganisasi: 'ISTIMEWA' });
    expect(over.ok).toBe(false);
    expect(over.rules).toEqual([{ rule: 'SANGAT_BAIK_MAX', predikat: ['SANGAT_BAIK'], bound: 'max', percent: 70, count: 8, limit: 7, ok: false }]);
  });

  it('compares in integers: 2 of 3 is within 70 %, 3 of 4 is not', () => {
    // 2 × 100 = 200 ≤ 70 × 3 = 210; 3 × 100 = 300 > 70 × 4 = 280.
    expect(rule(checkPredikatDistribution(many({ SANGAT_BAIK: 2, BAIK: 1 }), { capaianOrganisasi: 'ISTIMEWA' }), 'SANGAT_BAIK_MAX')).toMatchObject({ count: 2, limit: 2, ok: true });
    expect(rule(checkPredikatDistribution(many({ SANGAT_BAIK: 3, BAIK: 1 }), { capaianOrganisasi: 'ISTIMEWA' }), 'SANGAT_BAIK_MAX')).toMatchObject({ count: 3, limit: 2, ok: false });
  });

  it('requires a BAIK organisation to give at least one Butuh Perbaikan or Kurang', () => {
    const none = checkPredikatDistribution(many({ BAIK: 6, SANGAT_BAIK: 4 }), { capaianOrganisasi: 'BAIK' });
    expect(rule(none, 'BUTUH_PERBAIKAN_OR_KURANG_MIN')).toEqual({ rule: 'BUTUH_PERBAIKAN_OR_KURANG_MIN', predikat: ['BUTUH_PERBAIKAN', 'KURANG'], bound: 'min', percent: null, count: 0, limit: 1, ok: false });
    expect(checkPredikatDistribution(many({ BAIK: 6, SANGAT_BAIK: 3, KURANG: 1 }), { capaianOrganisasi: 'BAIK' }).ok).toBe(true);
  });

  it('caps Baik at 70 % in a BAIK organisation', () => {
    expect(rule(checkPredikatDistribution(many({ BAIK: 8, BUTUH_PERBAIKAN: 2 }), { capaianOrganisasi: 'BAIK' }), 'BAIK_MAX')).toMatchObject({ count: 8, limit: 7, ok: false });
  });

  it('requires 60 % Butuh Perbaikan and at most 10 % Sangat Baik in a BUTUH_PERBAIKAN organisation', () => {
    expect(checkPredikatDistribution(many({ BUTUH_PERBAIKAN: 6, BAIK: 3, SANGAT_BAIK: 1 }), { capaianOrganisasi: 'BUTUH_PERBAIKAN' }).ok).toBe(true);
    const r = checkPredikatDistribution(many({ BUTUH_PERBAIKAN: 5, BAIK: 3, SANGAT_BAIK: 2 }), { capaianOrganisasi: 'BUTUH_PERBAIKAN' });
    expect(r.rules.map((x) => [x.rule, x.count, x.limit, x.ok])).toEqual([
      ['BUTUH_PERBAIKAN_MIN', 5, 6, false],
      ['SANGAT_BAIK_MAX', 2, 1, false],
    ]);
  });

  it('rounds a lower bound up: 60 % of 7 employees needs 5 (4.2 is not enough)', () => {
    expect(rule(checkPredikatDistribution(many({ KURANG: 4, BUTUH_PERBAIKAN: 3 }), { capaianOrganisasi: 'KURANG' }), 'KURANG_MIN')).toMatchObject({ count: 4, limit: 5, ok: false });
    expect(rule(checkPredikatDistribution(many({ KURANG: 5, BUTUH_PERBAIKAN: 2 }), { capaianOrganisasi: 'KURANG' }), 'KURANG_MIN')).toMatchObject({ count: 5, limit: 5, ok: true });
  });

  it('checks the three rules of a KURANG organisation', () => {
    const r = checkPredikatDistribution(many({ KURANG: 6, BUTUH_PERBAIKAN: 1, BAIK: 2, SANGAT_BAIK: 1 }), { capaianOrganisasi: 'KURANG' });
    expect(r.ok).toBe(true);
    expect(r.rules.map((x) => x.rule)).toEqual(['KURANG_MIN', 'BUTUH_PERBAIKAN_MIN', 'SANGAT_BAIK_MAX']);
  });

  it('allows no Sangat Baik at all in a SANGAT_KURANG organisation', () => {
    const ok = checkPredikatDistribution(many({ SANGAT_KURANG: 6, KURANG: 2, BUTUH_PERBAIKAN: 2 }), { capaianOrganisasi: 'SANGAT_KURANG' });
    expect(ok.ok).toBe(true);
    const one = checkPredikatDistribution(many({ SANGAT_KURANG: 8, KURANG: 1, SANGAT_BAIK: 1 }), { capaianOrganisasi: 'SANGAT_KURANG' });
    expect(rule(one, 'SANGAT_BAIK_MAX')).toMatchObject({ percent: 0, count: 1, limit: 0, ok: false });
    expect(rule(one, 'KURANG_OR_BUTUH_PERBAIKAN_MIN')).toMatchObject({ count: 1, limit: 1, ok: true });
  });

  it('counts every predikat and reports each rule as a finding', () => {
    const r = checkPredikatDistribution(many({ BAIK: 3, SANGAT_BAIK: 1 }), { capaianOrganisasi: 'BAIK' });
    expect(r.n).toBe(4);
    expect(r.counts).toEqual({ SANGAT_BAIK: 1, BAIK: 3, BUTUH_PERBAIKAN: 0, KURANG: 0, SANGAT_KURANG: 0 });
    expect(r.findings).toEqual([
      {
        rule: 'predikat_distribution',
        outcome: 'fail',
        code: 'predikat_distribution_rule_broken',
        params: { capaianOrganisasi: 'BAIK', rule: 'BAIK_MAX', predikat: ['BAIK'], bound: 'max', percent: 70, count: 3, n: 4, limit: 2 },
      },
      {
        rule: 'predikat_distribution',
        outcome: 'fail',
        code: 'predikat_distribution_rule_broken',
        params: { capaianOrganisasi: 'BAIK', rule: 'BUTUH_PERBAIKAN_OR_KURANG_MIN', predikat: ['BUTUH_PERBAIKAN', 'KURANG'], bound: 'min', percent: null, count: 0, n: 4, limit: 1 },
      },
    ]);
  });

  it('has nothing to check in an empty list', () => {
    const r = checkPredikatDistribution([], { capaianOrganisasi: 'ISTIMEWA' });
    expect(r).toMatchObject({ ok: null, n: 0, rules: [] });
    expect(r.findings).toEqual([{ rule: 'predikat_distribution', outcome: 'unknown', code: 'predikat_distribution_empty', params: { capaianOrganisasi: 'ISTIMEWA' } }]);
  });

  it('reads a frozen table', () => {
    expect(Object.isFrozen(PREDIKAT_DISTRIBUTION_RULES)).toBe(true);
    expect(Object.isFrozen(PREDIKAT_DISTRIBUTION_RULES.KURANG[0])).toBe(true);
  });

  it('rejects an unknown predikat and an unknown capaian together', () => {
    const issues = issuesOf(() => checkPredikatDistribution(['BAIK', 'CUKUP' as Predikat], { capaianOrganisasi: 'LUAR_BIASA' as never }));
    expect(issues.map((i) => `${i.path.join('.')}:${i.code}`)).toEqual(['predikats.1:invalid_value', 'options.capaianOrganisasi:invalid_value']);
    expect(codesOf(issuesOf(() => checkPredikatDistribution('BAIK' as never, { capaianOrganisasi: 'BAIK' })))).toEqual(['invalid_type']);
  });
});
