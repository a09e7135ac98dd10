import { describe, expect, it } from 'vitest';
import { issuesOf, placesOf } from '../_helpers/input-error';
import { formatFinding } from '../../src/locales/index';
import { definePolicy, jabarMkd2023, jabarMkd2025, nationalFwa2025 } from '../../src/policy/index';
import { classifyTalentBox, type TalentAssessment, type TalentBoxResult } from '../../src/talent-box/index';

const AS_OF = '2026-01-15';
const codes = (r: TalentBoxResult): string[] => r.findings.map((f) => f.code);
const classify = (input: TalentAssessment, policy = jabarMkd2025, asOf = AS_OF): TalentBoxResult => classifyTalentBox(input, policy, { asOf });

// domain.md §2.1, restated here independently of src/talent-box/grid.ts.
const GRID: [TalentAssessment['kinerja'], TalentAssessment['potensial'], number, boolean][] = [
  ['DI_ATAS_EKSPEKTASI', 'RENDAH', 4, true],
  ['DI_ATAS_EKSPEKTASI', 'MENENGAH', 7, true],
  ['DI_ATAS_EKSPEKTASI', 'TINGGI', 9, true],
  ['SESUAI_EKSPEKTASI', 'RENDAH', 2, false],
  ['SESUAI_EKSPEKTASI', 'MENENGAH', 5, true],
  ['SESUAI_EKSPEKTASI', 'TINGGI', 8, true],
  ['DI_BAWAH_EKSPEKTASI', 'RENDAH', 1, false],
  ['DI_BAWAH_EKSPEKTASI', 'MENENGAH', 3, false],
  ['DI_BAWAH_EKSPEKTASI', 'TINGGI', 6, false],
];

describe('classifyTalentBox: the grid under the Jabar policy', () => {
  it.each(GRID)('kinerja %s and potensial %s is box %i, eligible %s', (kinerja, potensial, box, eligible) => {
    const r = classify({ kinerja, potensial, assessedOn: '2025-06-30' } as TalentAssessment);
    expect(r.status).toBe('classified');
    expect(r.box).toBe(box);
    expect(r.eligible).toBe(eligible);
    expect(r.kinerja).toBe(kinerja);
    expect(r.potensial).toBe(potensial);
    expect(codes(r)).toEqual(['talent_box_classified', eligible ? 'talent_box_eligible' : 'talent_box_not_eligible']);
    expect(r.findings.at(-1)?.outcome).toBe(eligible ? 'pass' : 'fail');
  });

  it('gives the official label and the standard recommendations of the box', () => {
    const r = classify({ kinerja: 'DI_ATAS_EKSPEKTASI', potensial: 'MENENGAH', assessedOn: '2025-06-30' });
    expect(r.label).toEqual({ id: 'Kinerja di atas ekspektasi dan potensial menengah', en: 'Performance above expectations and medium potential' });
    expect(r.recommendations.map((x) => x.code)).toEqual(['DIPERTAHANKAN', 'KELOMPOK_SUKSESI', 'ROTASI_PENGAYAAN', 'PENGEMBANGAN_KOMPETENSI', 'TUGAS_BELAJAR']);
  });

  it('carries the policy applied', () => {
    expect(classify({ kinerja: 'DI_ATAS_EKSPEKTASI', potensial: 'TINGGI', assessedOn: '2023-07-01' }, jabarMkd2023, '2024-01-01').policy).toEqual({
      id: 'jabar-mkd-2023',
      version: '2023.2',
      effectiveFrom: '2023-06-19',
    });
  });

  it('follows a policy that admits box 6 and not box 7', () => {
    const quoted = definePolicy(jabarMkd2025, { id: 'quoted-46589', talentBox: { eligibleBoxes: [4, 5, 6, 8, 9] }, eligibility: { flexibleDaysByBox: { '6': 1 } } });
    expect(classify({ kinerja: 'DI_BAWAH_EKSPEKTASI', potensial: 'TINGGI', assessedOn: '2025-06-30' }, quoted).eligible).toBe(true);
    expect(classify({ kinerja: 'DI_ATAS_EKSPEKTASI', potensial: 'MENENGAH', assessedOn: '2025-06-30' }, quoted).eligible).toBe(false);
  });
});

describe('classifyTalentBox: scores and cut-offs', () => {
  // Defaults [D]: kinerja 90 / 70, potensial 90 / 78, inclusive at the lower edge.
  it.each([
    [69.999, 'DI_BAWAH_EKSPEKTASI'],
    [70, 'SESUAI_EKSPEKTASI'],
    [70.001, 'SESUAI_EKSPEKTASI'],
    [89.999, 'SESUAI_EKSPEKTASI'],
    [90, 'DI_ATAS_EKSPEKTASI'],
    [90.001, 'DI_ATAS_EKSPEKTASI'],
    [0, 'DI_BAWAH_EKSPEKTASI'],
    [100, 'DI_ATAS_EKSPEKTASI'],
  ])('a kinerja score of %d is %s', (kinerjaScore, level) => {
    const r = classify({ kinerjaScore, potensial: 'TINGGI', assessedOn: '2025-06-30' });
    expect(r.kinerja).toBe(level);
    expect(r.findings[0]).toEqual({
      rule: 'talent_box',
      outcome: 'pass',
      code: 'talent_level_from_score',
      params: { axis: 'kinerja', score: kinerjaScore, level, lowerCutOff: 70, upperCutOff: 90 },
    });
  });

  it.each([
    [77.999, 'RENDAH'],
    [78, 'MENENGAH'],
    [78.001, 'MENENGAH'],
    [89.999, 'MENENGAH'],
    [90, 'TINGGI'],
    [90.001, 'TINGGI'],
  ])('a potensial score of %d is %s', (potensialScore, level) => {
    expect(classify({ kinerja: 'SESUAI_EKSPEKTASI', potensialScore, assessedOn: '2025-06-30' }).potensial).toBe(level);
  });

  it('uses the cut-offs of the policy given', () => {
    const strict = definePolicy(jabarMkd2025, { id: 'strict', talentBox: { cutOffs: { kinerja: { DI_ATAS_EKSPEKTASI: 95 } } } });
    expect(classify({ kinerjaScore: 92, potensialScore: 95, assessedOn: '2025-06-30' }, strict).box).toBe(8);
    expect(classify({ kinerjaScore: 92, potensialScore: 95, assessedOn: '2025-06-30' }).box).toBe(9);
  });

  it('accepts a level and a score that agree', () => {
    const r = classify({ kinerja: 'DI_ATAS_EKSPEKTASI', kinerjaScore: 93, potensial: 'MENENGAH', potensialScore: 80, assessedOn: '2025-06-30' });
    expect(r.box).toBe(7);
    expect(codes(r)).toEqual(['talent_level_from_score', 'talent_level_from_score', 'talent_box_classified', 'talent_box_eligible']);
  });

  it('refuses to choose between a level and a score that disagree', () => {
    const r = classify({ kinerja: 'DI_ATAS_EKSPEKTASI', kinerjaScore: 89.5, potensial: 'TINGGI', assessedOn: '2025-06-30' });
    expect(r.status).toBe('indeterminate');
    expect(r.eligible).toBeNull();
    expect(r.box).toBeUndefined();
    expect('box' in r).toBe(false);
    expect(r.findings).toContainEqual({
      rule: 'talent_box',
      outcome: 'unknown',
      code: 'talent_level_score_mismatch',
      params: { axis: 'kinerja', level: 'DI_ATAS_EKSPEKTASI', score: 89.5, levelFromScore: 'SESUAI_EKSPEKTASI' },
    });
  });
});

describe('classifyTalentBox: missing and stale assessments', () => {
  it('is indeterminate when a part is missing, naming every missing part', () => {
    const r = classify({ kinerja: 'DI_ATAS_EKSPEKTASI' });
    expect(r.status).toBe('indeterminate');
    expect(r.eligible).toBeNull();
    expect(r.recommendations).toEqual([]);
    expect(r.findings).toEqual([{ rule: 'talent_box', outcome: 'unknown', code: 'talent_assessment_missing', params: { missing: ['potensial', 'assessedOn'] } }]);
  });

  it('is indeterminate for an empty assessment', () => {
    expect(classify({}).findings[0]?.params).toEqual({ missing: ['kinerja', 'potensial', 'assessedOn'] });
  });

  it('accepts an assessment on the last day of its validity and not the day after', () => {
    const input: TalentAssessment = { kinerja: 'DI_ATAS_EKSPEKTASI', potensial: 'TINGGI', assessedOn: '2024-01-15' };
    expect(classify(input, jabarMkd2025, '2026-01-15').status).toBe('classified');
    const stale = classify(input, jabarMkd2025, '2026-01-16');
    expect(stale.status).toBe('indeterminate');
    expect(stale.eligible).toBeNull();
    expect(stale.findings).toContainEqual({
      rule: 'talent_box',
      outcome: 'unknown',
      code: 'talent_assessment_outdated',
      params: { assessedOn: '2024-01-15', validUntil: '2026-01-15', maxAgeMonths: 24, asOf: '2026-01-16' },
    });
  });

  it('treats an assessment dated after the decision as unknown', () => {
    const r = classify({ kinerja: 'DI_ATAS_EKSPEKTASI', potensial: 'TINGGI', assessedOn: '2026-01-16' });
    expect(r.status).toBe('indeterminate');
    expect(codes(r)).toEqual(['talent_assessment_in_future']);
  });

  it('uses the maximum age of the policy', () => {
    const yearly = definePolicy(jabarMkd2025, { id: 'yearly', talentBox: { maxAssessmentAgeMonths: 12 } });
    expect(classify({ kinerja: 'DI_ATAS_EKSPEKTASI', potensial: 'TINGGI', assessedOn: '2024-12-01' }, yearly).status).toBe('indeterminate');
  });
});

describe('classifyTalentBox: a policy without a box gate', () => {
  it('passes every box, with a finding that says why', () => {
    const r = classify({ kinerja: 'DI_BAWAH_EKSPEKTASI', potensial: 'RENDAH', assessedOn: '2025-06-30' }, nationalFwa2025);
    expect(r.box).toBe(1);
    expect(r.eligible).toBe(true);
    expect(codes(r)).toEqual(['talent_box_gate_off', 'talent_box_classified']);
  });

  it('passes even without an assessment', () => {
    const r = classify({}, nationalFwa2025);
    expect(r.status).toBe('indeterminate');
    expect(r.eligible).toBe(true);
  });
});

describe('classifyTalentBox: bad input', () => {
  const issues = (fn: () => unknown): string[] => placesOf(issuesOf(fn));

  it('reports every malformed field with its path', () => {
    expect(
      issues(() => classify({ kinerja: 'TINGGI', kinerjaScore: 101, potensialScore: Number.NaN, assessedOn: '2025-02-29' } as unknown as TalentAssessment)),
    ).toEqual(['kinerja:invalid_value', 'kinerjaScore:too_big', 'potensialScore:invalid_type', 'assessedOn:invalid_date']);
  });

  it('rejects unknown fields, an impossible decision date and a malformed policy', () => {
    expect(issues(() => classify({ kinerjaSkor: 90 } as unknown as TalentAssessment))).toEqual([':unrecognized_keys']);
    expect(issues(() => classify({}, jabarMkd2025, '2026-02-30'))).toEqual(['options.asOf:invalid_date']);
    expect(issues(() => classify({}, { ...jabarMkd2025, talentBox: { ...jabarMkd2025.talentBox, maxAssessmentAgeMonths: -1 } }))).toEqual([
      'policy.talentBox.maxAssessmentAgeMonths:too_small',
    ]);
  });
});

describe('talent-box findings in both languages', () => {
  const cases: [string, TalentAssessment, string, string[]][] = [
    ['talent_level_from_score', { kinerjaScore: 91.5, potensial: 'TINGGI', assessedOn: '2025-06-30' }, AS_OF, ['91.5', '70', '90']],
    ['talent_level_score_mismatch', { kinerja: 'DI_ATAS_EKSPEKTASI', kinerjaScore: 80, potensial: 'TINGGI', assessedOn: '2025-06-30' }, AS_OF, ['80']],
    ['talent_assessment_missing', { kinerja: 'DI_ATAS_EKSPEKTASI' }, AS_OF, []],
    ['talent_assessment_outdated', { kinerja: 'DI_ATAS_EKSPEKTASI', potensial: 'TINGGI', assessedOn: '2023-01-02' }, AS_OF, ['2023-01-02', '24', '2025-01-02', AS_OF]],
    ['talent_assessment_in_future', { kinerja: 'DI_ATAS_EKSPEKTASI', potensial: 'TINGGI', assessedOn: '2026-02-01' }, AS_OF, ['2026-02-01', AS_OF]],
    ['talent_box_classified', { kinerja: 'SESUAI_EKSPEKTASI', potensial: 'TINGGI', assessedOn: '2025-06-30' }, AS_OF, ['8']],
    ['talent_box_eligible', { kinerja: 'SESUAI_EKSPEKTASI', potensial: 'TINGGI', assessedOn: '2025-06-30' }, AS_OF, ['8', '4, 5, 7, 8']],
    ['talent_box_not_eligible', { kinerja: 'DI_BAWAH_EKSPEKTASI', potensial: 'TINGGI', assessedOn: '2025-06-30' }, AS_OF, ['6', '4, 5, 7, 8']],
  ];

  it.each(cases)('%s reads naturally in id and en with its evidence', (code, input, asOf, evidence) => {
    const finding = classify(input, jabarMkd2025, asOf).findings.find((f) => f.code === code);
    expect(finding).toBeDefined();
    const id = formatFinding(finding!, { locale: 'id' });
    const en = formatFinding(finding!, { locale: 'en' });
    expect(id).not.toBe(en);
    for (const [text, decimal] of [[id, ','], [en, '.']] as const) {
      expect(text).not.toMatch(/undefined|\[object|NaN/);
      for (const e of evidence) expect(text).toContain(/^\d+\.\d+$/.test(e) ? e.replace('.', decimal) : e);
    }
  });

  it('talent_box_gate_off names the policy in id and en', () => {
    const finding = classify({}, nationalFwa2025).findings.find((f) => f.code === 'talent_box_gate_off')!;
    expect(formatFinding(finding, { locale: 'id' })).toBe('Kebijakan national-fwa-2025 tidak mensyaratkan kotak talenta.');
    expect(formatFinding(finding, { locale: 'en' })).toBe('Policy national-fwa-2025 has no talent-box requirement.');
  });

  it('writes Indonesian list and level words', () => {
    const r = classify({ kinerja: 'DI_BAWAH_EKSPEKTASI', potensial: 'TINGGI', assessedOn: '2025-06-30' });
    expect(formatFinding(r.findings[1]!)).toBe('Kotak 6 tidak termasuk kotak yang dapat mengikuti MKD (4, 5, 7, 8 dan 9).');
    expect(formatFinding(r.findings[0]!, { locale: 'en' })).toBe('Talent box 6: performance below expectations and high potential.');
  });
});

describe('findings the mutation run showed untested', () => {
  const record: TalentAssessment = { kinerja: 'DI_ATAS_EKSPEKTASI', potensial: 'RENDAH', assessedOn: '2025-10-15' };

  it('lists the eligible boxes in ascending order even when the policy lists them out of order', () => {
    const unordered = definePolicy(jabarMkd2025, { id: 'unordered', talentBox: { eligibleBoxes: [9, 7, 5] } });
    const r = classifyTalentBox(record, unordered, { asOf: '2026-02-02' });
    const finding = r.findings.find((f) => f.code === 'talent_box_not_eligible');
    expect(finding?.params).toEqual({ box: 4, eligibleBoxes: [5, 7, 9] });
    // An ordered list is passed on as it is.
    const ordered = classifyTalentBox(record, jabarMkd2023, { asOf: '2026-02-02' }).findings.find((f) => f.code === 'talent_box_eligible');
    expect(ordered?.params).toEqual({ box: 4, eligibleBoxes: [4, 5, 7, 8, 9] });
  });

  it('names the policy whose talent gate is off', () => {
    const r = classifyTalentBox(record, nationalFwa2025, { asOf: '2026-02-02' });
    expect(r.findings.find((f) => f.code === 'talent_box_gate_off')?.params).toEqual({ policyId: nationalFwa2025.id });
  });

  it('keeps the eligible and not-eligible findings of one box apart in a shared cache', () => {
    const unordered = definePolicy(jabarMkd2025, { id: 'only-9', talentBox: { eligibleBoxes: [9] } });
    const nine = classifyTalentBox({ kinerja: 'DI_ATAS_EKSPEKTASI', potensial: 'TINGGI', assessedOn: '2025-10-15' }, unordered, { asOf: '2026-02-02' });
    const four = classifyTalentBox(record, unordered, { asOf: '2026-02-02' });
    expect(nine.findings.map((f) => f.code)).toContain('talent_box_eligible');
    expect(four.findings.map((f) => f.code)).toContain('talent_box_not_eligible');
  });
});
