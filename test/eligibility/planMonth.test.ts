import { beforeEach, describe, expect, it } from 'vitest';
import { planMonth } from '../../src/eligibility/index';
import { definePolicy, jabarMkd2025, presets } from '../../src/policy/index';
import { formatFinding } from '../../src/locales/index';
import { issuesOf } from '../_helpers/input-error';
import { goodRecord } from './fixtures';

// Planned for March 2026: decisions as of 2026-03-01, roster for the month.
const rina = goodRecord({ roster: { preferredWeekdays: ['JUMAT'], backupPartnerNip: '199001012015031001', leaveDates: ['2026-03-16'] } });
const asep = goodRecord({
  nip: '199001012015031001',
  name: 'Asep Saepudin',
  talent: { kinerja: 'SESUAI_EKSPEKTASI', potensial: 'MENENGAH', assessedOn: '2025-09-30' },
  roster: { backupPartnerNip: '198503152010012003' },
});
const dewi = goodRecord({
  nip: '198807072012122002',
  name: 'Dewi Lestari',
  talent: { kinerja: 'SESUAI_EKSPEKTASI', potensial: 'RENDAH', assessedOn: '2025-09-30' },
  position: { serviceIds: ['perencana'], since: '2020-01-06', signsLetters: false, onsiteWeekdays: ['SELASA'] },
});
const ujang = goodRecord({ nip: '197912242006041001', name: 'Ujang Sopandi', capException: 'TUGAS_LUAR', roster: { backupPartnerNip: '198807072012122002' } });
const other = goodRecord({ nip: '198204042008011004', name: 'Neneng', unitId: 'sekretariat' });

describe('planMonth', () => {
  // Made before each test, not when the file is collected: mutation testing runs for a
  // mutant only the tests that executed its code (docs/testing.md).
  let plan!: ReturnType<typeof planMonth>;
  beforeEach(() => {
    plan = planMonth([rina, asep, dewi, ujang, other], jabarMkd2025, { unit: { id: 'bidang-perencanaan', anchorWeekdays: ['SENIN'] }, month: '2026-03' });
  });
  const pattern = (nip: string) => plan.allocation.patterns.find((p) => p.employeeId === nip)!;

  it('decides the records as of the first day of the month', () => {
    expect(plan.decisions.asOf).toBe('2026-03-01');
    expect(plan.decisions.results.map((d) => [d.employeeId, d.status, d.maxFlexibleDaysPerWeek])).toEqual([
      ['197912242006041001', 'ELIGIBLE', 4],
      ['198503152010012003', 'ELIGIBLE', 2],
      ['198807072012122002', 'NOT_ELIGIBLE', 0],
      ['199001012015031001', 'ELIGIBLE', 1],
    ]);
  });

  it('rejects a record of another unit', () => {
    expect(plan.decisions.rejected).toEqual([
      { index: 4, nip: '198204042008011004', issues: [expect.objectContaining({ path: ['unitId'], code: 'other_unit' })] },
    ]);
  });

  it('asks whether a unit id one letter off the unit is a typo, and says nothing more of another unit', () => {
    const typo = goodRecord({ nip: '198204042008011004', name: 'Neneng', unitId: 'bidang-perencanan' });
    const [issue] = planMonth([typo], jabarMkd2025, { unit: { id: 'bidang-perencanaan' }, month: '2026-03' }).decisions.rejected[0]!.issues;
    expect(issue!.message).toEqual({
      id: 'Pegawai ini tercatat di unit "bidang-perencanan", bukan "bidang-perencanaan"; salah ketik untuk "bidang-perencanaan"?',
      en: 'This employee is recorded in unit "bidang-perencanan", not "bidang-perencanaan"; a typo for "bidang-perencanaan"?',
    });
    expect(plan.decisions.rejected[0]!.issues[0]!.message.en).toBe('This employee is recorded in unit "sekretariat", not "bidang-perencanaan"');
  });

  it('feeds the decided days, exceptions, leave and weekdays into the roster', () => {
    expect(pattern('198503152010012003').weeklyCap).toBe(2);
    expect(pattern('199001012015031001').weeklyCap).toBe(1);
    expect(pattern('198807072012122002').weeklyCap).toBe(0);
    expect(pattern('198807072012122002').granted).toBe(0);
    expect(pattern('197912242006041001').weeklyCap).toBe(4);
    const rinaRow = plan.allocation.roster.find((r) => r.employeeId === '198503152010012003')!.days;
    expect(rinaRow[15]).toBe('CUTI'); // 16 March
    expect(plan.allocation.findings).toContainEqual(expect.objectContaining({ code: 'work_pattern_cap_exception', params: { employeeId: '197912242006041001', exception: 'TUGAS_LUAR', cap: 4 } }));
  });

  it('keeps the not-eligible in the office, counted for coverage', () => {
    const dewiRow = plan.allocation.roster.find((r) => r.employeeId === '198807072012122002')!.days;
    expect(dewiRow).not.toContain('FLEKSIBEL');
    expect(plan.allocation.coverage[0]!.present).toBe(4);
  });

  it('uses a mutual backup pairing and leaves out one that is not, with a finding', () => {
    const rows = new Map(plan.allocation.roster.map((r) => [r.employeeId, r.days]));
    const r = rows.get('198503152010012003')!;
    const a = rows.get('199001012015031001')!;
    expect(r.some((s, k) => s === 'FLEKSIBEL' && a[k] === 'FLEKSIBEL')).toBe(false);
    expect(plan.findings).toEqual([
      { rule: 'eligibility', outcome: 'unknown', code: 'eligibility_backup_partner_ignored', params: { employeeId: '197912242006041001', partnerNip: '198807072012122002', reason: 'NOT_MUTUAL' } },
    ]);
  });

  it('a record naming its own NIP as backup partner is planned without a partner, with a finding (it used to make the allocation refuse the whole unit)', () => {
    const self = { ...rina, roster: { ...rina.roster, backupPartnerNip: rina.nip } };
    const planned = planMonth([self, asep], jabarMkd2025, { unit: { id: 'bidang-perencanaan' }, month: '2026-03' });
    expect(planned.decisions.rejected).toStrictEqual([]);
    expect(planned.allocation.roster.map((r) => r.employeeId)).toStrictEqual([rina.nip, asep.nip].sort());
    // Asep still names Rina, who now names herself: his pairing is not mutual.
    expect(planned.findings).toStrictEqual([
      { rule: 'eligibility', outcome: 'unknown', code: 'eligibility_backup_partner_ignored', params: { employeeId: rina.nip, partnerNip: rina.nip, reason: 'SELF' } },
      { rule: 'eligibility', outcome: 'unknown', code: 'eligibility_backup_partner_ignored', params: { employeeId: asep.nip, partnerNip: rina.nip, reason: 'NOT_MUTUAL' } },
    ]);
    expect(formatFinding(planned.findings[0]!, { locale: 'en' })).toBe(`Backup partner ${rina.nip} of ${rina.nip} is not used in the roster: it is the employee's own NIP.`);
    expect(formatFinding(planned.findings[0]!)).toBe(`Pendamping ${rina.nip} untuk ${rina.nip} tidak dipakai dalam jadwal: itu NIP pegawai itu sendiri.`);
  });

  it('a record with a repeated weekday is rejected with the list and the day, and the others are planned (the allocation used to refuse the whole unit)', () => {
    const repeats = goodRecord({ nip: '198807072012122002', name: 'Dewi', position: { onsiteWeekdays: ['SENIN', 'SENIN'], fieldWeekdays: ['RABU', 'KAMIS', 'RABU'] }, roster: { preferredWeekdays: ['JUMAT', 'JUMAT'] } });
    const planned = planMonth([rina, asep, repeats], jabarMkd2025, { unit: { id: 'bidang-perencanaan' }, month: '2026-03' });
    expect(planned.decisions.rejected).toStrictEqual([
      {
        index: 2,
        nip: '198807072012122002',
        issues: [
          { path: ['position', 'onsiteWeekdays'], code: 'duplicate_value', message: { id: 'Hari SENIN berulang', en: 'Weekday SENIN repeats' } },
          { path: ['position', 'fieldWeekdays'], code: 'duplicate_value', message: { id: 'Hari RABU berulang', en: 'Weekday RABU repeats' } },
          { path: ['roster', 'preferredWeekdays'], code: 'duplicate_value', message: { id: 'Hari JUMAT berulang', en: 'Weekday JUMAT repeats' } },
        ],
      },
    ]);
    expect(planned.allocation.roster.map((r) => r.employeeId)).toStrictEqual([rina.nip, asep.nip].sort());
  });

  it('passes carry-in, history and pins of the unit through to the roster', () => {
    const withPins = planMonth([rina, asep], jabarMkd2025, { unit: { id: 'bidang-perencanaan' }, month: '2026-03', carryIn: { '198503152010012003': 0, '199999999999999999': 1 },
      pinned: [{ employeeId: '199001012015031001', date: '2026-03-04' }] });
    expect(withPins.allocation.pins.kept).toEqual([{ employeeId: '199001012015031001', date: '2026-03-04' }]);
    expect(withPins.allocation.findings.map((f) => f.code)).not.toContain('work_pattern_carry_in_assumed_zero');
  });
});

describe('planMonth over every preset: the policy in force on the 1st of the month [D]', () => {
  // Evidence fresh for each month planned: the speed test and the early-warning state.
  const fresh = (nip: string, lastMonth: string, measuredOn: string) =>
    goodRecord({
      nip,
      readiness: { laptop: { available: true, ownership: 'DINAS' }, bandwidth: { downloadMbps: 40, uploadMbps: 12, measuredOn }, kmobActive: true, workspaceDeclared: true },
      performance: { state: { level: 'NORMAL', flaggedStreak: 0, cleanStreak: 4, lastMonth } },
    });
  const december = ['198503152010012003', '199001012015031001', '198807072012122002', '197912242006041001'].map((nip) => fresh(nip, '2025-11', '2025-11-20'));
  const january = december.map((r) => fresh(r.nip, '2026-12', '2026-12-10'));

  it('plans December 2025 under the 50:50 scheme of SE 150/KPG.03/BKD: Mondays in the office, half the unit away on other days', () => {
    const plan = planMonth(december, presets, { unit: { id: 'bidang-perencanaan' }, month: '2025-12' });
    expect(plan.decisions.policy.id).toBe('jabar-wfh-50-50-2025-12');
    expect(plan.allocation.policy.id).toBe('jabar-wfh-50-50-2025-12');
    expect(plan.decisions.results.every((d) => d.status === 'ELIGIBLE' && d.maxFlexibleDaysPerWeek === 2)).toBe(true);
    for (const day of plan.allocation.coverage) expect(day.flexible).toBe(day.weekday === 'SENIN' ? 0 : 2);
  });

  it('plans January 2027 under jabarMkd2025, once the provisional 2027 calendar is opted into', () => {
    const issues = issuesOf(() => planMonth(january, presets, { unit: { id: 'bidang-perencanaan' }, month: '2027-01' }));
    expect(issues.map((i) => i.code)).toContain('calendar_year_provisional');
    expect(issues[0]?.message.en).toContain('calendar.allowProvisional');
    const plan = planMonth(january, presets, { unit: { id: 'bidang-perencanaan' }, month: '2027-01', calendar: { allowProvisional: true } });
    expect(plan.decisions.policy.id).toBe('jabar-mkd-2025');
    expect(plan.allocation.policy.id).toBe('jabar-mkd-2025');
    expect(plan.allocation.findings.find((f) => f.code === 'work_pattern_provisional_calendar')).toMatchObject({ outcome: 'unknown', params: { month: '2027-01' } });
    // No collective Thursday: SE 188 ended on 2026-12-31.
    expect(plan.allocation.totals.collectiveDays).toBe(0);
  });

  it('picks a kabupaten/kota policy for its jurisdiction', () => {
    const tasik = definePolicy(jabarMkd2025, { id: 'tasikmalaya-mkd', jurisdiction: 'ID-JB-3278', effectiveFrom: '2026-01-01' });
    const plan = planMonth(december.map((r) => fresh(r.nip, '2026-02', '2026-02-10')), [...presets, tasik], { unit: { id: 'bidang-perencanaan' }, month: '2026-03', jurisdiction: 'ID-JB-3278' });
    expect(plan.decisions.policy.id).toBe('tasikmalaya-mkd');
    const province = planMonth(december.map((r) => fresh(r.nip, '2026-02', '2026-02-10')), [...presets, tasik], { unit: { id: 'bidang-perencanaan' }, month: '2026-03', jurisdiction: 'ID-JB-3273' });
    expect(province.decisions.policy.id).toBe('jabar-mkd-2026');
  });
});
