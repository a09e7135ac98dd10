import { beforeEach, describe, expect, it } from 'vitest';
import { issuesOf, placesOf } from '../_helpers/input-error';
import { assessEligibility, assessUnit, type EligibilityDecision, type EmployeeRecord, type GateName } from '../../src/eligibility/index';
import { explain, formatFinding } from '../../src/locales/index';
import { definePolicy, jabarMkd2023, jabarMkd2025, nationalFwa2025 } from '../../src/policy/index';
import { AS_OF, goodMonth, goodRecord, type RecordOverrides } from './fixtures';

const decide = (overrides: RecordOverrides = {}, policy = jabarMkd2025, asOf = AS_OF): EligibilityDecision =>
  assessEligibility(goodRecord(overrides), policy, { asOf });
const gate = (d: EligibilityDecision, name: GateName) => d.gates.find((g) => g.gate === name)!.outcome;
const codes = (d: EligibilityDecision) => d.findings.map((f) => f.code);
const good = goodRecord();

/** The same ASN as evidenced in spring 2025, around PermenPANRB 4/2025 coming into force (21 April 2025). */
const spring2025 = goodRecord({
  talent: { kinerja: 'DI_ATAS_EKSPEKTASI', potensial: 'TINGGI', assessedOn: '2024-12-15' },
  readiness: { ...good.readiness, bandwidth: { downloadMbps: 40, uploadMbps: 12, measuredOn: '2025-03-10' } },
  performance: { state: { level: 'NORMAL', flaggedStreak: 0, cleanStreak: 6, lastMonth: '2025-03' } },
});

describe('assessEligibility: a record that passes every gate', () => {
  // Made before each test, not when the file is collected: mutation testing runs for a
  // mutant only the tests that executed its code (docs/testing.md).
  let d!: ReturnType<typeof decide>;
  beforeEach(() => {
    d = decide();
  });

  it('is ELIGIBLE with every gate passed, in gate order', () => {
    expect(d.status).toBe('ELIGIBLE');
    expect(d.gates).toEqual([
      { gate: 'employee_criteria', outcome: 'pass' },
      { gate: 'talent_box', outcome: 'pass' },
      { gate: 'remoteness', outcome: 'pass' },
      { gate: 'readiness', outcome: 'pass' },
      { gate: 'early_warning', outcome: 'pass' },
    ]);
  });

  it('carries who, the box, the position mode, the warning level, the policy and the date', () => {
    expect(d).toMatchObject({
      employeeId: '198503152010012003',
      name: 'Rina Marlina',
      unitId: 'bidang-perencanaan',
      box: 9,
      positionMode: 'JARAK_JAUH',
      onsiteDaysRequired: 0,
      fieldDays: { count: 0 },
      warningLevel: 'NORMAL',
      policy: { id: 'jabar-mkd-2025', version: '2025.2', effectiveFrom: '2025-04-21' },
      asOf: AS_OF,
    });
  });

  it('lists the findings of every gate, in gate order, then how the days were derived', () => {
    const rules: string[] = d.findings.map((f) => f.rule);
    const order = ['employee_criteria', 'talent_box', 'remoteness', 'readiness', 'eligibility'];
    const firsts = order.map((r) => rules.indexOf(r));
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
    expect(d.findings.at(-1)!.code).toBe('eligibility_flexible_days');
  });
});

describe('assessEligibility: the pattern rule and its clamps', () => {
  it.each([
    [{ kinerja: 'DI_ATAS_EKSPEKTASI', potensial: 'TINGGI' }, 9, 4, 2],
    [{ kinerja: 'SESUAI_EKSPEKTASI', potensial: 'TINGGI' }, 8, 3, 2],
    [{ kinerja: 'DI_ATAS_EKSPEKTASI', potensial: 'MENENGAH' }, 7, 3, 2],
    [{ kinerja: 'SESUAI_EKSPEKTASI', potensial: 'MENENGAH' }, 5, 1, 1],
    [{ kinerja: 'DI_ATAS_EKSPEKTASI', potensial: 'RENDAH' }, 4, 1, 1],
  ] as const)('box of %o (%i) gives %i days under Jabar 2023 and %i under Jabar 2025', (levels, box, days2023, days2025) => {
    const talent = { ...levels, assessedOn: '2025-09-30' };
    const in2023 = decide({ talent }, jabarMkd2023);
    const in2025 = decide({ talent }, jabarMkd2025);
    expect(in2023.box).toBe(box);
    expect(in2023.maxFlexibleDaysPerWeek).toBe(days2023);
    expect(in2025.maxFlexibleDaysPerWeek).toBe(days2025);
  });

  it('replays the same record under both Jabar policies: the 4-day "4-1" pattern, then the national 2-day cap', () => {
    const in2023 = assessEligibility(spring2025, jabarMkd2023, { asOf: '2025-04-01' });
    const in2025 = assessEligibility(spring2025, jabarMkd2025, { asOf: '2025-05-01' });
    expect(in2023.status).toBe('ELIGIBLE');
    expect(in2023.maxFlexibleDaysPerWeek).toBe(4);
    expect(in2025.maxFlexibleDaysPerWeek).toBe(2);
    expect(in2025.findings.at(-1)!.params).toMatchObject({ pattern: 4, positionLimit: 5, cap: 2, days: 2 });
  });

  it('takes a hybrid position down to the days it leaves', () => {
    // arsiparis: CAMPURAN with 3 on-site days → 5 − 3 = 2 at most, even under the 4-day policy.
    const d = decide({ position: { serviceIds: ['perencana', 'arsiparis'], since: '2024-01-02', signsLetters: false } }, jabarMkd2023);
    expect(d.positionMode).toBe('CAMPURAN');
    expect(d.onsiteDaysRequired).toBe(3);
    expect(d.maxFlexibleDaysPerWeek).toBe(2);
    expect(d.findings.at(-1)!.params).toMatchObject({ pattern: 4, onsiteDaysRequired: 3, positionLimit: 2, days: 2 });
  });

  it('counts field days out of what the position leaves', () => {
    const d = decide({ position: { serviceIds: ['perencana'], since: '2024-01-02', signsLetters: false, fieldWeekdays: ['RABU', 'KAMIS'] } }, jabarMkd2023);
    expect(d.fieldDays).toEqual({ count: 2, weekdays: ['RABU', 'KAMIS'] });
    expect(d.maxFlexibleDaysPerWeek).toBe(3);
  });

  it('lifts the cap for an approved exception the policy recognises', () => {
    const d = decide({ capException: 'TUGAS_LUAR' });
    expect(d.maxFlexibleDaysPerWeek).toBe(4);
    expect(d.findings.at(-1)!.params).toMatchObject({ cap: 5, capException: 'TUGAS_LUAR', capExceptionRecognised: true, days: 4 });
  });

  it('keeps the cap for an exception the policy does not recognise', () => {
    const strict = definePolicy(jabarMkd2025, { id: 'only-tugas-luar', workPattern: { capExceptions: ['TUGAS_LUAR'] } });
    const d = decide({ capException: 'KEADAAN_KHUSUS' }, strict);
    expect(d.maxFlexibleDaysPerWeek).toBe(2);
    expect(d.findings.at(-1)!.params).toMatchObject({ capException: 'KEADAAN_KHUSUS', capExceptionRecognised: false, cap: 2 });
  });

  it('uses the days without a box under a policy without a box gate', () => {
    const d = decide({ talent: undefined }, nationalFwa2025);
    expect(d.status).toBe('ELIGIBLE');
    expect(d.maxFlexibleDaysPerWeek).toBe(2);
    expect(d.findings.at(-1)!.params).toMatchObject({ box: null, pattern: 2 });
  });

  it('reads the pattern from the policy', () => {
    const generous = definePolicy(jabarMkd2023, { id: 'generous', eligibility: { flexibleDaysByBox: { '9': 5, '4': 2 } } });
    expect(decide({}, generous).maxFlexibleDaysPerWeek).toBe(4); // capped at 4 by jabarMkd2023
    expect(decide({ talent: { kinerja: 'DI_ATAS_EKSPEKTASI', potensial: 'RENDAH', assessedOn: '2025-09-30' } }, generous).maxFlexibleDaysPerWeek).toBe(2);
    // definePolicy merges objects: box 7 keeps the base's 3 (capped at 4), unless set.
    expect(decide({ talent: { kinerja: 'DI_ATAS_EKSPEKTASI', potensial: 'MENENGAH', assessedOn: '2025-09-30' } }, generous).maxFlexibleDaysPerWeek).toBe(3);
  });

  it('never decides under a policy that makes a box eligible without flexible days: such a policy is refused', () => {
    // It used to give "Eligible for MKD: at most 0 flexible days a week".
    expect(placesOf(issuesOf(() => definePolicy(jabarMkd2023, { id: 'no-box-7', eligibility: { flexibleDaysByBox: { '7': 0 } } })))).toEqual([
      'policy.eligibility.flexibleDaysByBox.7:eligible_box_without_days',
    ]);
  });
});

describe('assessEligibility: each gate failing, and unknown', () => {
  const cases: [GateName, 'fail' | 'unknown', RecordOverrides][] = [
    ['employee_criteria', 'fail', { disciplinary: { status: 'SERVING', penalty: 'SEDANG', until: '2026-06-30' } }],
    ['employee_criteria', 'fail', { position: { ...good.position, since: '2026-02-01' } }],
    ['employee_criteria', 'unknown', { disciplinary: undefined }],
    ['talent_box', 'fail', { talent: { kinerja: 'DI_BAWAH_EKSPEKTASI', potensial: 'TINGGI', assessedOn: '2025-09-30' } }],
    ['talent_box', 'unknown', { talent: { kinerja: 'DI_ATAS_EKSPEKTASI', potensial: 'TINGGI', assessedOn: '2023-09-30' } }],
    ['remoteness', 'fail', { position: { ...good.position, serviceIds: ['perencana', 'loket-samsat'] } }],
    ['remoteness', 'unknown', { position: { ...good.position, serviceIds: ['layanan-tak-dikenal'] } }],
    ['readiness', 'fail', { readiness: { ...good.readiness, bandwidth: { downloadMbps: 4, uploadMbps: 1, measuredOn: '2026-02-10' } } }],
    ['readiness', 'unknown', { readiness: { ...good.readiness, bandwidth: { downloadMbps: 40, uploadMbps: 12, measuredOn: '2025-10-01' } } }],
    ['readiness', 'fail', { readiness: { ...good.readiness, workplace: 'KAFE' } }],
    ['readiness', 'unknown', { readiness: { ...good.readiness, workspaceDeclared: false, workplace: 'DOMISILI' } }],
    ['early_warning', 'fail', { performance: { state: { level: 'DICABUT', flaggedStreak: 3, cleanStreak: 0, lastMonth: '2026-02' } } }],
    ['early_warning', 'unknown', { performance: undefined }],
    ['early_warning', 'unknown', { performance: { state: { level: 'NORMAL', flaggedStreak: 0, cleanStreak: 5, lastMonth: '2025-11' } } }],
  ];

  it.each(cases)('%s %s: only that gate changes, and the status follows', (name, outcome, overrides) => {
    const d = decide(overrides);
    expect(gate(d, name)).toBe(outcome);
    for (const g of d.gates) if (g.gate !== name) expect(g.outcome).toBe('pass');
    expect(d.status).toBe(outcome === 'fail' ? 'NOT_ELIGIBLE' : 'INDETERMINATE');
    expect(d.maxFlexibleDaysPerWeek).toBe(0);
    expect(d.findings.at(-1)).toEqual({ rule: 'eligibility', outcome: outcome, code: 'eligibility_not_eligible_no_days', params: { status: d.status } });
  });

  it('evaluates every gate even after one fails, so every reason is listed', () => {
    const d = decide({
      disciplinary: { status: 'IN_PROCESS' },
      talent: { kinerja: 'SESUAI_EKSPEKTASI', potensial: 'RENDAH', assessedOn: '2025-09-30' },
      position: { ...good.position, serviceIds: ['perawat'] },
      readiness: {},
      performance: { state: { level: 'DICABUT', flaggedStreak: 1, cleanStreak: 0, lastMonth: '2026-02' } },
    });
    expect(d.gates.map((g) => g.outcome)).toEqual(['fail', 'fail', 'fail', 'unknown', 'fail']);
    expect(d.status).toBe('NOT_ELIGIBLE');
    expect(explain(d, { locale: 'en' })[0]).toBe('Not eligible for MKD: the employee criteria, talent box, service remoteness and early warning gates are not met; the readiness gate could not be assessed.');
    expect(explain(d, { locale: 'id' })[0]).toBe(
      'Tidak layak mengikuti MKD karena gerbang kriteria pegawai, kotak talenta, layanan jarak jauh dan peringatan dini tidak terpenuhi; gerbang kesiapan kerja belum dapat dinilai.',
    );
  });

  it('reads the workplace of the evidence when the position says whether the employee signs letters', () => {
    // goodRecord's position gives signsLetters, its readiness does not: the evidence is rebuilt with it.
    const d = decide({ readiness: { ...good.readiness, workplace: 'DITETAPKAN_PPK' } });
    expect(d.status).toBe('ELIGIBLE');
    expect(d.findings.filter((f) => f.rule === 'readiness').map((f) => f.code)).toEqual([
      'readiness_laptop_ok',
      'readiness_bandwidth_ok',
      'readiness_kmob_active',
      'readiness_tte_not_applicable',
      'readiness_workplace_allowed',
    ]);
  });

  it('is INDETERMINATE, not NOT_ELIGIBLE, when gates are only unknown', () => {
    const d = decide({ readiness: {}, performance: undefined });
    expect(d.status).toBe('INDETERMINATE');
    expect(explain(d, { locale: 'id' })[0]).toBe('Belum dapat ditentukan: gerbang kesiapan kerja dan peringatan dini belum dapat dinilai.');
  });
});

describe('assessEligibility: the early-warning gate', () => {
  it('passes WASPADA and PERINGATAN with a finding that names the level', () => {
    for (const level of ['WASPADA', 'PERINGATAN'] as const) {
      const d = decide({ performance: { state: { level, flaggedStreak: 1, cleanStreak: 0, lastMonth: '2026-02' } } });
      expect(gate(d, 'early_warning')).toBe('pass');
      expect(d.warningLevel).toBe(level);
      expect(d.findings).toContainEqual({ rule: 'eligibility', outcome: 'pass', code: 'eligibility_early_warning_level', params: { level, lastMonth: '2026-02', decisionMonth: '2026-03' } });
    }
  });

  it('evaluates recent months from the saved state, the last month before the decision deciding', () => {
    const d = decide({
      performance: {
        state: { level: 'DICABUT', flaggedStreak: 3, cleanStreak: 0, lastMonth: '2025-12' },
        months: [goodMonth('2026-01', 19), goodMonth('2026-02', 18)],
      },
    });
    // Two clean months after DICABUT: MKD returns for March.
    expect(d.warningLevel).toBe('NORMAL');
    expect(gate(d, 'early_warning')).toBe('pass');
  });

  it('keeps MKD suspended after only one clean month', () => {
    const d = decide({ performance: { state: { level: 'DICABUT', flaggedStreak: 3, cleanStreak: 0, lastMonth: '2026-01' }, months: [goodMonth('2026-02', 18)] } });
    expect(gate(d, 'early_warning')).toBe('fail');
  });

  it('ignores months that are not before the decision month, with a finding', () => {
    const d = decide({ performance: { state: { level: 'NORMAL', flaggedStreak: 0, cleanStreak: 3, lastMonth: '2026-01' }, months: [goodMonth('2026-02', 18), { month: '2026-03', disciplinaryPenalty: 'BERAT' }] } });
    expect(gate(d, 'early_warning')).toBe('pass');
    expect(codes(d)).toContain('eligibility_early_warning_months_ignored');
  });

  it('is stale, hence unknown, when the evidence stops more than two months before', () => {
    const d = decide({ performance: { state: { level: 'NORMAL', flaggedStreak: 0, cleanStreak: 3 } } });
    expect(d.findings).toContainEqual({ rule: 'eligibility', outcome: 'unknown', code: 'eligibility_early_warning_stale', params: { lastMonth: null, decisionMonth: '2026-03', maxAgeMonths: 2 } });
  });

  it('cannot use a state that reaches past the decision month', () => {
    const d = decide({}, jabarMkd2025, '2026-02-02');
    expect(gate(d, 'early_warning')).toBe('unknown');
    expect(d.findings).toContainEqual({ rule: 'eligibility', outcome: 'unknown', code: 'eligibility_early_warning_after_decision', params: { lastMonth: '2026-02', decisionMonth: '2026-02' } });
  });

  it('treats a missing record as NORMAL when the policy says so', () => {
    const lenient = definePolicy(jabarMkd2025, { id: 'newcomers-normal', eligibility: { missingEarlyWarning: 'NORMAL' } });
    const d = decide({ performance: undefined }, lenient);
    expect(d.status).toBe('ELIGIBLE');
    expect(d.findings).toContainEqual({ rule: 'eligibility', outcome: 'pass', code: 'eligibility_early_warning_missing', params: { treatedAs: 'NORMAL' } });
  });
});

describe('assessEligibility: bad input', () => {
  const issues = (fn: () => unknown): string[] => placesOf(issuesOf(fn));

  it('reports every problem of a record with its path', () => {
    const bad = { ...goodRecord(), nip: '198513152010012003', capException: 'CUTI', position: { since: '2026-02-30' }, extra: 1 };
    expect(issues(() => assessEligibility(bad as unknown as EmployeeRecord, jabarMkd2025, { asOf: AS_OF }))).toEqual([
      'nip:nip_birth_date_invalid',
      'position.since:invalid_date',
      'capException:invalid_value',
      ':unrecognized_keys',
    ]);
  });

  it('reports months out of order as bad input', () => {
    const record = goodRecord({ performance: { months: [goodMonth('2026-02', 18), goodMonth('2026-01', 19)] } });
    expect(issues(() => assessEligibility(record, jabarMkd2025, { asOf: AS_OF }))).toEqual(['months.1.month:early_warning_month_out_of_order']);
  });
});

describe('assessUnit', () => {
  const a = goodRecord();
  const b = goodRecord({ nip: '199001012015031001', name: 'Asep Saepudin', readiness: {} });
  const c = goodRecord({ nip: '198807072012122002', name: 'Dewi Lestari', unitId: 'bidang-anggaran', talent: { kinerja: 'SESUAI_EKSPEKTASI', potensial: 'RENDAH', assessedOn: '2025-09-30' } });

  it('decides every good record, rejects the bad ones with index, NIP and issues, and sums up', () => {
    const r = assessUnit([b, { nip: '123', name: 'x' }, a, 42, c] as unknown[], jabarMkd2025, { asOf: AS_OF });
    expect(r.results.map((d) => [d.unitId, d.employeeId, d.status])).toEqual([
      ['bidang-anggaran', '198807072012122002', 'NOT_ELIGIBLE'],
      ['bidang-perencanaan', '198503152010012003', 'ELIGIBLE'],
      ['bidang-perencanaan', '199001012015031001', 'INDETERMINATE'],
    ]);
    expect(r.rejected.map((x) => [x.index, x.nip])).toEqual([
      [1, '123'],
      [3, undefined],
    ]);
    expect(r.rejected[0]!.issues.map((i) => i.path.join('.'))).toEqual(['nip', 'unitId']);
    expect(r.summary).toEqual({
      total: 3,
      byStatus: { ELIGIBLE: 1, NOT_ELIGIBLE: 1, INDETERMINATE: 1 },
      byFailingGate: { employee_criteria: 0, talent_box: 1, remoteness: 0, readiness: 0, early_warning: 0 },
      byUnknownGate: { employee_criteria: 0, talent_box: 0, remoteness: 0, readiness: 1, early_warning: 0 },
      rejected: 2,
    });
  });

  it('rejects every record that shares a NIP', () => {
    const r = assessUnit([a, b, { ...a, name: 'Rina M.' }], jabarMkd2025, { asOf: AS_OF });
    expect(r.results.map((d) => d.employeeId)).toEqual(['199001012015031001']);
    expect(r.rejected.map((x) => [x.index, x.issues[0]!.code])).toEqual([
      [0, 'duplicate_nip'],
      [2, 'duplicate_nip'],
    ]);
  });

  it('sees the same NIP written in groups as a duplicate', () => {
    const grouped = { ...b, nip: '19900101 201503 1 001', name: 'Asep (tulis berkelompok)' };
    const r = assessUnit([a, b, grouped], jabarMkd2025, { asOf: AS_OF });
    expect(r.results.map((d) => d.employeeId)).toEqual(['198503152010012003']);
    expect(r.rejected.map((x) => [x.index, x.issues[0]!.code])).toEqual([
      [1, 'duplicate_nip'],
      [2, 'duplicate_nip'],
    ]);
  });

  it('uses the policy in force on the date when given several', () => {
    expect(assessUnit([spring2025], [jabarMkd2023, jabarMkd2025], { asOf: '2025-04-01' }).results[0]!.maxFlexibleDaysPerWeek).toBe(4);
    expect(assessUnit([spring2025], [jabarMkd2023, jabarMkd2025], { asOf: '2025-04-21' }).results[0]!.maxFlexibleDaysPerWeek).toBe(2);
    expect(assessUnit([a], [jabarMkd2023, jabarMkd2025], { asOf: AS_OF }).results[0]!.maxFlexibleDaysPerWeek).toBe(2);
    expect(assessUnit([a], [jabarMkd2023, jabarMkd2025], { asOf: AS_OF }).policy.id).toBe('jabar-mkd-2025');
  });
});

describe('explain and the eligibility findings in both languages', () => {
  it('opens with the verdict and gives one sentence per finding', () => {
    const d = decide();
    const id = explain(d);
    const en = explain(d, { locale: 'en' });
    expect(id[0]).toBe('Layak mengikuti MKD: paling banyak 2 hari fleksibel seminggu.');
    expect(en[0]).toBe('Eligible for MKD: at most 2 flexible days a week.');
    expect(id).toHaveLength(d.findings.length + 1);
    expect(en.slice(1)).toEqual(d.findings.map((f) => formatFinding(f, { locale: 'en' })));
  });

  const samples: EligibilityDecision[] = [
    decide(),
    decide({ capException: 'KEADAAN_KHUSUS' }),
    decide({ performance: undefined }),
    decide({ performance: { state: { level: 'NORMAL', flaggedStreak: 0, cleanStreak: 1 } } }),
    decide({ performance: { state: { level: 'DICABUT', flaggedStreak: 1, cleanStreak: 0, lastMonth: '2026-02' }, months: [{ month: '2026-03' }] } }),
    decide({ readiness: {} }),
    decide({}, jabarMkd2025, '2026-01-05'),
  ];
  const own = ['eligibility_early_warning_after_decision', 'eligibility_early_warning_level', 'eligibility_early_warning_missing', 'eligibility_early_warning_stale', 'eligibility_early_warning_months_ignored', 'eligibility_flexible_days', 'eligibility_not_eligible_no_days'];

  it.each(own)('%s reads in id and en with its evidence', (code) => {
    const finding = samples.flatMap((d) => d.findings).find((f) => f.code === code)!;
    expect(finding).toBeDefined();
    const id = formatFinding(finding, { locale: 'id' });
    const en = formatFinding(finding, { locale: 'en' });
    expect(id).not.toBe(en);
    for (const text of [id, en]) {
      expect(text).not.toMatch(/undefined|\[object|NaN/);
      for (const value of Object.values(finding.params)) {
        if (typeof value === 'number') expect(text).toContain(String(value));
        if (typeof value === 'string' && /^\d{4}-\d{2}$/.test(value)) expect(text).toContain(value);
      }
    }
  });
});
