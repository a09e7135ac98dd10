/**
 * `planMonth` compared exactly where the other tests compare codes: its refusals and
 * their paths, the order of its rejected entries, what of each record reaches the roster
 * (on-site, field and preferred weekdays; a cap exception only for an eligible record), and
 * the options narrowed to the unit's staff. Written from the surviving mutants of
 * `src/eligibility/plan.ts` (docs/testing.md).
 */
import { describe, expect, it } from 'vitest';
import { exactIssuesOf, issuesOf, placesOf } from '../_helpers/input-error';
import { planMonth } from '../../src/eligibility/index';
import { jabarMkd2025 } from '../../src/policy/index';
import { goodRecord } from './fixtures';

const unit = { id: 'bidang-perencanaan' };
/** The fixture's record under another NIP (the same person's data, a different sequence number). */
const staff = (k: number, overrides = {}) => goodRecord({ nip: `1985031520100120${String(k).padStart(2, '0')}`, name: `Pegawai ${k}`, ...overrides });

describe('planMonth refuses, at the path to change', () => {
  it('a month before any of the given policies is refused at options.month (the decision date is its 1st)', () => {
    expect(exactIssuesOf(() => planMonth([], [jabarMkd2025], { unit, month: '2025-01' }))).toEqual([
      { path: 'options.month', code: 'no_policy_in_force', message: { id: 'Tidak ada kebijakan yang berlaku pada 2025-01-01', en: 'No policy is in force on 2025-01-01' } },
    ]);
  });

  it('only the decision date moves to options.month: a bad catalogue or calendar override keeps its own path', () => {
    expect(placesOf(issuesOf(() => planMonth([], jabarMkd2025, { unit, month: '2026-03', catalog: 5 as never })))).toEqual(['options.catalog:invalid_type']);
    expect(placesOf(issuesOf(() => planMonth([], jabarMkd2025, { unit, month: '2026-03', calendar: { removed: ['2026-03-03'] } })))).toEqual([
      'options.calendar.removed.0:calendar_not_a_holiday',
    ]);
  });

  it('records that are not a list, at records; no options at all, at options, with what to give', () => {
    expect(placesOf(issuesOf(() => planMonth(5 as never, jabarMkd2025, { unit, month: '2026-03' })))).toEqual(['records:invalid_type']);
    expect(exactIssuesOf(() => planMonth([], jabarMkd2025, undefined as never))).toEqual([
      {
        path: 'options',
        code: 'invalid_type',
        message: {
          id: "Opsi wajib diisi, setidaknya dengan unit dan bulan: { unit, month: 'YYYY-MM' }",
          en: "Options are required, with at least the unit and the month: { unit, month: 'YYYY-MM' }",
        },
      },
    ]);
  });
});

describe('planMonth: rejected entries', () => {
  it('in the order of the list, whatever made them bad; a record of another unit says which, without a typo hint when none is likely', () => {
    const elsewhere = staff(11, { unitId: 'sekretariat' });
    const p = planMonth([elsewhere, 7, staff(12)] as unknown[], jabarMkd2025, { unit, month: '2026-03' });
    expect(p.decisions.rejected.map((r) => r.index)).toEqual([0, 1]);
    expect(p.decisions.rejected[0]!.issues).toEqual([
      {
        path: ['unitId'],
        code: 'other_unit',
        message: {
          id: 'Pegawai ini tercatat di unit "sekretariat", bukan "bidang-perencanaan"',
          en: 'This employee is recorded in unit "sekretariat", not "bidang-perencanaan"',
        },
      },
    ]);
  });
});

describe('planMonth: what of each record reaches the roster', () => {
  it('on-site, field and preferred weekdays: Tuesdays at the office, Wednesdays in the field, more flexible Thursdays', () => {
    const own = staff(21, { position: { ...goodRecord().position!, onsiteWeekdays: ['SELASA'], fieldWeekdays: ['RABU'] }, roster: { preferredWeekdays: ['KAMIS'] } });
    const p = planMonth([own, staff(22), staff(23), staff(24), staff(25), staff(26)], jabarMkd2025, { unit, month: '2026-03' });
    const row = p.allocation.roster.find((r) => r.employeeId === own.nip)!.days;
    const on = (weekday: number) => p.allocation.dates.flatMap((d, k) => (new Date(`${d}T12:00:00Z`).getUTCDay() === weekday ? [row[k]] : []));
    expect(on(2)).toContain('KANTOR');
    expect(on(2)).not.toContain('FLEKSIBEL');
    expect(on(3).filter((s) => s !== 'LIBUR').every((s) => s === 'LAPANGAN')).toBe(true);
    expect(on(3)).toContain('LAPANGAN');
    // The preference is heard: more of the flexible days fall on Thursdays than without it.
    const thursdays = (plan: typeof p, id: string) => {
      const days = plan.allocation.roster.find((r) => r.employeeId === id)!.days;
      return plan.allocation.dates.filter((d, k) => days[k] === 'FLEKSIBEL' && new Date(`${d}T12:00:00Z`).getUTCDay() === 4).length;
    };
    const { roster: _ignored, ...withoutPreference } = own;
    const q = planMonth([withoutPreference, staff(22), staff(23), staff(24), staff(25), staff(26)], jabarMkd2025, { unit, month: '2026-03' });
    expect(thursdays(p, own.nip)).toBeGreaterThan(thursdays(q, own.nip));
  });

  it('a cap exception reaches the roster only for an eligible record', () => {
    const notEligible = staff(31, { capException: 'TUGAS_LUAR', talent: { kinerja: 'SESUAI_EKSPEKTASI', potensial: 'RENDAH', assessedOn: '2025-09-30' } });
    const p = planMonth([notEligible, staff(32), staff(33)], jabarMkd2025, { unit, month: '2026-03' });
    expect(p.decisions.results.find((d) => d.employeeId === notEligible.nip)!.status).toBe('NOT_ELIGIBLE');
    expect(p.allocation.findings.filter((f) => f.code.startsWith('work_pattern_cap_exception'))).toEqual([]);
    const eligible = staff(34, { capException: 'TUGAS_LUAR' });
    const q = planMonth([eligible, staff(32), staff(33)], jabarMkd2025, { unit, month: '2026-03' });
    expect(q.allocation.findings.filter((f) => f.code.startsWith('work_pattern_cap_exception')).length).toBeGreaterThan(0);
  });

  it('pins and history are narrowed to the unit`s staff: another unit`s pin and history are left out, not refused', () => {
    const mine = staff(41);
    const elsewhere = staff(42, { unitId: 'sekretariat' });
    const p = planMonth([mine, elsewhere, staff(43)], jabarMkd2025, {
      unit,
      month: '2026-03',
      pinned: [
        { employeeId: elsewhere.nip, date: '2026-03-05' },
        { employeeId: mine.nip, date: '2026-03-06' },
      ],
      history: { [mine.nip]: 2, [elsewhere.nip]: 1 },
    });
    expect(p.allocation.pins).toEqual({ kept: [{ employeeId: mine.nip, date: '2026-03-06' }], dropped: [] });
    expect(Object.keys(p.allocation.history)).not.toContain(elsewhere.nip);
    // The unit's own history reaches the allocation: the month's count is added to it.
    const fresh = planMonth([mine, elsewhere, staff(43)], jabarMkd2025, { unit, month: '2026-03', pinned: [{ employeeId: mine.nip, date: '2026-03-06' }] });
    expect(p.allocation.history[mine.nip]).toBe(fresh.allocation.history[mine.nip]! + 2);
  });
});

describe('planMonth: decisions and planning findings', () => {
  it('decisions sorted by NIP, whatever the order of the list', () => {
    const p = planMonth([staff(53), staff(51), staff(52)], jabarMkd2025, { unit, month: '2026-03' });
    expect(p.decisions.results.map((d) => d.employeeId)).toEqual([staff(51).nip, staff(52).nip, staff(53).nip]);
  });

  it('a backup partner who is not in the unit: the pairing is ignored with a finding, whole', () => {
    const lonely = staff(61, { roster: { backupPartnerNip: staff(69).nip } });
    const p = planMonth([lonely, staff(62)], jabarMkd2025, { unit, month: '2026-03' });
    expect(p.findings).toStrictEqual([
      {
        rule: 'eligibility',
        outcome: 'unknown',
        code: 'eligibility_backup_partner_ignored',
        params: { employeeId: lonely.nip, partnerNip: staff(69).nip, reason: 'NOT_IN_UNIT' },
      },
    ]);
  });
});
