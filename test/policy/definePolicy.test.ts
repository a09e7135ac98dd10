import { describe, expect, it } from 'vitest';
import { issuesOf, placesOf } from '../_helpers/input-error';
import { PolicySchema, definePolicy, jabarMkd2025, nationalFwa2025, parsePolicy, presets, type Policy, type PolicyOverrides } from '../../src/policy/index';


describe('definePolicy', () => {
  it('deep-merges objects and keeps what is not overridden', () => {
    const p = definePolicy(jabarMkd2025, {
      id: 'tasik-2025',
      talentBox: { cutOffs: { kinerja: { SESUAI_EKSPEKTASI: 75 } } },
    });
    expect(p.talentBox.cutOffs.kinerja).toEqual({ DI_ATAS_EKSPEKTASI: 90, SESUAI_EKSPEKTASI: 75 });
    expect(p.talentBox.cutOffs.potensial).toEqual(jabarMkd2025.talentBox.cutOffs.potensial);
    expect(p.talentBox.eligibleBoxes).toEqual([4, 5, 7, 8, 9]);
    expect(p.version).toBe(jabarMkd2025.version);
  });

  it('replaces arrays instead of merging them', () => {
    const p = definePolicy(jabarMkd2025, { id: 'tasik-2025', talentBox: { eligibleBoxes: [9] } });
    expect(p.talentBox.eligibleBoxes).toEqual([9]);
  });

  it('records the base it extends and returns a deeply frozen policy', () => {
    const p = definePolicy(jabarMkd2025, { id: 'tasik-2025' });
    expect(p.extends).toBe('jabar-mkd-2025');
    expect(p.id).toBe('tasik-2025');
    expect(Object.isFrozen(p)).toBe(true);
    expect(Object.isFrozen(p.talentBox.cutOffs)).toBe(true);
  });

  it('can derive from a derived policy', () => {
    const a = definePolicy(jabarMkd2025, { id: 'a' });
    const b = definePolicy(a, { id: 'b', version: '2' });
    expect(b.extends).toBe('a');
    expect(b.version).toBe('2');
  });

  it('keeps the base value for an override of undefined', () => {
    const p = definePolicy(jabarMkd2025, { id: 'x', version: undefined } as unknown as PolicyOverrides);
    expect(p.version).toBe(jabarMkd2025.version);
  });

  it('requires a new id', () => {
    expect(issuesOf(() => definePolicy(jabarMkd2025, { id: 'jabar-mkd-2025' })).map((i) => i.code)).toEqual(['policy_id_required']);
    expect(issuesOf(() => definePolicy(jabarMkd2025, {} as PolicyOverrides)).map((i) => i.path.join('.'))).toEqual(['overrides.id']);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('rejects a %s key anywhere in the overrides', (key) => {
    const overrides = JSON.parse(`{"id":"x","talentBox":{"${key}":{"gate":false}}}`) as PolicyOverrides;
    const issues = issuesOf(() => definePolicy(jabarMkd2025, overrides));
    expect(issues).toHaveLength(1);
    expect(issues[0]?.code).toBe('forbidden_key');
    expect(issues[0]?.path).toEqual(['overrides', 'talentBox', key]);
    expect(({} as Record<string, unknown>)['gate']).toBeUndefined();
  });

  it('rejects overrides that are not an object', () => {
    expect(issuesOf(() => definePolicy(jabarMkd2025, 'x' as unknown as PolicyOverrides))[0]?.code).toBe('invalid_type');
    expect(issuesOf(() => definePolicy(jabarMkd2025, [] as unknown as PolicyOverrides))[0]?.code).toBe('invalid_type');
  });

  it('reports every invalid value with its path', () => {
    const issues = issuesOf(() =>
      definePolicy(jabarMkd2025, {
        id: 'x',
        effectiveFrom: '2025-02-30',
        talentBox: { eligibleBoxes: [4, 4, 10 as 9], maxAssessmentAgeMonths: 0, cutOffs: { potensial: { TINGGI: 70 } } },
      }),
    );
    const where = issues.map((i) => `${i.path.join('.')}:${i.code}`);
    expect(where).toContain('policy.effectiveFrom:invalid_date');
    expect(where).toContain('policy.talentBox.eligibleBoxes.2:too_big');
    expect(where).toContain('policy.talentBox.maxAssessmentAgeMonths:too_small');
    for (const issue of issues) expect(issue.message.id).not.toBe(issue.message.en);
  });

  it('reports cut-offs that do not increase and repeated boxes once the shapes are valid', () => {
    const issues = issuesOf(() =>
      definePolicy(jabarMkd2025, { id: 'x', talentBox: { eligibleBoxes: [4, 4], cutOffs: { potensial: { TINGGI: 70 } } } }),
    );
    expect(issues.map((i) => `${i.path.join('.')}:${i.code}`)).toEqual([
      'policy.talentBox.eligibleBoxes:duplicate_value',
      'policy.talentBox.cutOffs.potensial:cut_offs_not_increasing',
    ]);
  });

  it('rejects unknown keys so that a typo is never ignored', () => {
    const issues = issuesOf(() => definePolicy(jabarMkd2025, { id: 'x', talentBox: { eligbleBoxes: [9] } } as unknown as PolicyOverrides));
    expect(issues[0]?.code).toBe('unrecognized_keys');
  });
});

describe('parsePolicy', () => {
  it('accepts a policy that went through JSON and freezes it', () => {
    const p = parsePolicy(JSON.parse(JSON.stringify(jabarMkd2025)));
    expect(p).toEqual(jabarMkd2025);
    expect(Object.isFrozen(p.talentBox)).toBe(true);
  });

  it('rejects an incomplete policy with every missing section named', () => {
    const issues = issuesOf(() => parsePolicy({ id: 'x' }));
    const paths = issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['policy.version', 'policy.effectiveFrom', 'policy.talentBox']));
  });
});

describe('definePolicy: a policy that contradicts itself is refused', () => {
  const places = (overrides: object, base: Policy = jabarMkd2025): string[] => placesOf(issuesOf(() => definePolicy(base, { id: 'x', ...overrides } as PolicyOverrides)));

  it('refuses an eligible box without flexible days, at that box, in both languages', () => {
    const issues = issuesOf(() => definePolicy(jabarMkd2025, { id: 'x', talentBox: { eligibleBoxes: [4, 5, 6, 7, 8, 9] } }));
    expect(placesOf(issues)).toEqual(['policy.eligibility.flexibleDaysByBox.6:eligible_box_without_days']);
    expect(issues[0]!.message).toEqual({
      id: 'Kotak 6 termasuk talentBox.eligibleBoxes, tetapi eligibility.flexibleDaysByBox tidak menyebut jumlah harinya, sehingga pegawai kotak ini layak tanpa hari fleksibel; tetapkan jumlah harinya (1 sampai 5) atau keluarkan kotak ini dari eligibleBoxes',
      en: 'Box 6 is in talentBox.eligibleBoxes, but eligibility.flexibleDaysByBox gives it no days, so its employees would be eligible with no flexible day; set its days (1 to 5) or take it out of eligibleBoxes',
    });
    expect(places({ eligibility: { flexibleDaysByBox: { '9': 0 } } })).toEqual(['policy.eligibility.flexibleDaysByBox.9:eligible_box_without_days']);
  });

  it('accepts the same boxes once each has its days, and a box with days that is not eligible', () => {
    const p = definePolicy(jabarMkd2025, { id: 'x', talentBox: { eligibleBoxes: [6, 9] }, eligibility: { flexibleDaysByBox: { '6': 1, '2': 0 } } });
    expect(p.eligibility.flexibleDaysByBox['6']).toBe(1);
  });

  it('refuses a policy without the box gate that gives 0 days to those it admits', () => {
    expect(places({ eligibility: { flexibleDaysWithoutBox: 0, flexibleDaysByBox: { '3': 0 } } }, nationalFwa2025)).toEqual([
      'policy.eligibility.flexibleDaysWithoutBox:eligible_without_days',
      'policy.eligibility.flexibleDaysByBox.3:eligible_without_days',
    ]);
  });

  it('refuses a weekday that is both an anchor day and a collective flexible day', () => {
    expect(places({ workPattern: { anchorWeekdays: ['SENIN', 'KAMIS'], collectiveFlexibleWeekdays: ['KAMIS'], approvableCollectiveWeekdays: ['JUMAT', 'SENIN'] } })).toEqual([
      'policy.workPattern.collectiveFlexibleWeekdays.0:anchor_weekday_collective',
      'policy.workPattern.approvableCollectiveWeekdays.1:anchor_weekday_collective',
    ]);
  });

  it('refuses SKP points that reward a worse predikat more than a better one', () => {
    expect(places({ performance: { skp: { predikatPoints: { BAIK: 60 } } } })).toEqual(['policy.performance.skp.predikatPoints.BAIK:predikat_points_not_ordered']);
  });

  it('accepts every preset as it is', () => {
    for (const preset of presets) expect(PolicySchema.safeParse(JSON.parse(JSON.stringify(preset))).success, preset.id).toBe(true);
  });
});
