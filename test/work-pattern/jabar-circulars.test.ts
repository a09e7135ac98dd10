/**
 * Jabar's circulars of 2025–2026 through the allocator: the Thursday work-from-home of
 * SE 188/KPG.03/BKD on every Thursday of 2026, the optional Friday, the individual days
 * left under the cap of 2, the November 2025 trial and the December 2025 50:50 scheme.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { formatFinding } from '../../src/locales/index';
import { isWorkingDay } from '../../src/calendar/index';
import { definePolicy, jabarMkd2025, jabarMkd2026, jabarWfhHalf2025, jabarWfhThursdayTrial2025 } from '../../src/policy/index';
import { allocateWorkPatterns, type WorkPatternEmployee, type WorkPatternInput, type WorkPatternResult, type WorkPatternUnit } from '../../src/work-pattern/index';

const MONTHS_2026 = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => `2026-${m}`);

/** Six staff each entitled to 2 individual days, and two with none (they keep the office staffed). */
const STAFF: WorkPatternEmployee[] = [
  ...['A', 'B', 'C', 'D', 'E', 'F'].map((id) => ({ id, flexibleDaysPerWeek: 2 })),
  { id: 'Y', flexibleDaysPerWeek: 0 },
  { id: 'Z', flexibleDaysPerWeek: 0 },
];
const roster = (unit: WorkPatternUnit, month: string, policy = jabarMkd2026, employees = STAFF): WorkPatternResult =>
  allocateWorkPatterns({ unit, month, employees, carryIn: {} } satisfies WorkPatternInput, policy);
const statusOn = (r: WorkPatternResult, id: string, date: string) => r.roster.find((x) => x.employeeId === id)!.days[r.dates.indexOf(date)];
const weekdayOf = (date: string) => ['MINGGU', 'SENIN', 'SELASA', 'RABU', 'KAMIS', 'JUMAT', 'SABTU'][new Date(`${date}T12:00:00Z`).getUTCDay()];
const datesOn = (r: WorkPatternResult, weekday: string) => r.dates.filter((d) => weekdayOf(d) === weekday);

const office: WorkPatternUnit = { id: 'biro-organisasi' };
const hospital: WorkPatternUnit = { id: 'rsud', servesPublicDirectly: true };
const withFriday: WorkPatternUnit = { id: 'bappeda', approvedCollectiveWeekdays: ['JUMAT'] };

describe('jabarMkd2026 (SE 188/KPG.03/BKD): every Thursday of 2026', () => {
  // Made before each test, not when the file is collected: mutation testing runs for a
  // mutant only the tests that executed its code (docs/testing.md).
  const rosters = () => MONTHS_2026.map((month) => ({ month, office: roster(office, month), hospital: roster(hospital, month), friday: roster(withFriday, month) }));
  let results!: ReturnType<typeof rosters>;
  let thursdays!: string[];
  beforeEach(() => {
    results = rosters();
    thursdays = results.flatMap(({ office: r }) => datesOn(r, 'KAMIS'));
  });

  it('covers the 53 Thursdays of 2026', () => {
    expect(thursdays).toHaveLength(53);
  });

  it('makes every working Thursday flexible for everyone in a unit that does not serve the public directly', () => {
    let working = 0;
    for (const { office: r } of results) {
      for (const date of datesOn(r, 'KAMIS')) {
        const expected = isWorkingDay(date) ? 'FLEKSIBEL' : 'LIBUR';
        if (expected === 'FLEKSIBEL') working++;
        for (const { id } of STAFF) expect(statusOn(r, id, date), `${id} on ${date}`).toBe(expected);
      }
    }
    // 53 Thursdays less 1 Jan, 19 Mar (Nyepi), 14 May (Kenaikan), 28 May and 24 Dec (cuti bersama) of the SKB.
    expect(working).toBe(48);
  });

  it('keeps a unit that serves the public directly on site on Thursdays, with its finding', () => {
    for (const { hospital: r } of results) {
      for (const date of datesOn(r, 'KAMIS')) {
        if (!isWorkingDay(date)) continue;
        for (const id of ['Y', 'Z']) expect(statusOn(r, id, date)).toBe('KANTOR');
        expect(r.coverage.find((c) => c.date === date)?.enforced).toBe(true);
      }
      expect(r.findings.map((f) => f.code)).toContain('work_pattern_collective_exempt');
      expect(r.totals.collectiveDays).toBe(0);
    }
  });

  it('adds the Friday for a unit whose request BKD approved, with its finding', () => {
    for (const { friday: r } of results) {
      for (const date of [...datesOn(r, 'KAMIS'), ...datesOn(r, 'JUMAT')]) {
        for (const { id } of STAFF) expect(statusOn(r, id, date)).toBe(isWorkingDay(date) ? 'FLEKSIBEL' : 'LIBUR');
      }
      expect(r.findings.filter((f) => f.code === 'work_pattern_unit_collective').map((f) => f.params)).toEqual([{ weekdays: ['JUMAT'] }]);
    }
  });

  it('leaves one individual day under the cap of 2 in a full week with a Thursday, and none with Thursday and Friday', () => {
    for (const { office: r, friday } of results) {
      for (const p of r.patterns) {
        for (const w of p.weeks) {
          const collective = r.dates.filter((d) => d >= w.start && d <= w.end && weekdayOf(d) === 'KAMIS' && isWorkingDay(d)).length;
          // Collective days count toward the cap [D]: the rest of the week's cap is individual.
          expect(w.flexibleDays).toBeLessThanOrEqual(Math.max(2, collective));
          expect(w.flexibleDays - collective).toBeLessThanOrEqual(2 - collective);
        }
      }
      for (const p of friday.patterns) {
        for (const w of p.weeks) {
          const collective = friday.dates.filter((d) => d >= w.start && d <= w.end && ['KAMIS', 'JUMAT'].includes(weekdayOf(d)!) && isWorkingDay(d)).length;
          // Thursday and Friday both worked: no individual day is left; one of them a holiday: one is.
          expect(w.flexibleDays - collective).toBeLessThanOrEqual(Math.max(0, 2 - collective));
          if (collective === 2) expect(w.flexibleDays).toBe(2);
        }
      }
    }
  });

  it('grants the individual day the Thursday leaves, where coverage allows: the worked example of docs/work-pattern.md', () => {
    // January 2026, ISO week 2026-W03 (12–16 January): Thursday the 15th collective, one more day each.
    const r = results[0]!.office;
    const a = r.patterns.find((p) => p.employeeId === 'A')!;
    const w03 = a.weeks.find((w) => w.week === '2026-W03')!;
    expect(w03.flexibleDays).toBe(2);
    expect(a.weeklyCap).toBe(2);
    expect(statusOn(r, 'A', '2026-01-15')).toBe('FLEKSIBEL');
  });

  it('ignores, with a finding, a collective weekday the policy does not let a unit be approved for', () => {
    const r = roster({ id: 'biro-umum', approvedCollectiveWeekdays: ['RABU', 'JUMAT'] }, '2026-02');
    expect(r.findings.find((f) => f.code === 'work_pattern_unit_collective_not_allowed')?.params).toEqual({ weekdays: ['RABU'], approvable: ['JUMAT'] });
    expect(statusOn(r, 'Y', '2026-02-04')).toBe('KANTOR'); // a Wednesday
    expect(statusOn(r, 'Y', '2026-02-06')).toBe('FLEKSIBEL'); // a Friday
    const previous = roster({ id: 'biro-umum', approvedCollectiveWeekdays: ['JUMAT'] }, '2026-02', jabarMkd2025);
    expect(previous.findings.find((f) => f.code === 'work_pattern_unit_collective_not_allowed')?.params).toEqual({ weekdays: ['JUMAT'], approvable: [] });
  });

  it('explains the unit findings in both languages', () => {
    const r = roster({ id: 'biro-umum', approvedCollectiveWeekdays: ['RABU', 'JUMAT'] }, '2026-02');
    const texts = r.findings.filter((f) => f.code.startsWith('work_pattern_unit_collective')).map((f) => [formatFinding(f, { locale: 'id' }), formatFinding(f, { locale: 'en' })]);
    expect(texts).toEqual([
      [
        'Unit ini mendapat persetujuan untuk bekerja fleksibel bersama pada hari Jumat, di samping hari fleksibel kolektif kebijakan.',
        "The unit is approved to work flexibly as a whole on Friday, besides the policy's collective flexible weekdays.",
      ],
      [
        'Persetujuan hari fleksibel kolektif unit pada hari Rabu tidak berlaku karena kebijakan hanya mengizinkan Jumat.',
        "The unit's approval for collective flexible days on Wednesday does not apply, because the policy allows only Friday.",
      ],
    ]);
  });
});

describe('jabarWfhThursdayTrial2025 (SE 150/KPG.03/BKD): the Thursdays of November 2025', () => {
  // Made before each test, not when the file is collected: mutation testing runs for a
  // mutant only the tests that executed its code (docs/testing.md).
  let r!: ReturnType<typeof roster>;
  beforeEach(() => {
    r = roster(office, '2025-11', jabarWfhThursdayTrial2025);
  });

  it('makes the four Thursdays of November 2025 collective flexible days, from the 6th', () => {
    expect(datesOn(r, 'KAMIS')).toEqual(['2025-11-06', '2025-11-13', '2025-11-20', '2025-11-27']);
    for (const date of datesOn(r, 'KAMIS')) for (const { id } of STAFF) expect(statusOn(r, id, date)).toBe('FLEKSIBEL');
    expect(r.policy.id).toBe('jabar-wfh-kamis-2025-11');
  });

  it('exempts units with direct public service', () => {
    const h = roster(hospital, '2025-11', jabarWfhThursdayTrial2025);
    for (const date of datesOn(h, 'KAMIS')) expect(statusOn(h, 'Y', date)).toBe('KANTOR');
  });
});

describe('jabarWfhHalf2025 (SE 150/KPG.03/BKD): the 50:50 scheme of December 2025', () => {
  const everyone = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'].map((id) => ({ id, flexibleDaysPerWeek: 2 }));
  // Made before each test, not when the file is collected: mutation testing runs for a
  // mutant only the tests that executed its code (docs/testing.md).
  let r!: ReturnType<typeof roster>;
  beforeEach(() => {
    r = roster(office, '2025-12', jabarWfhHalf2025, everyone);
  });

  it('keeps every Monday in the office and sends half the staff home on every other working day', () => {
    for (const day of r.coverage) {
      if (day.weekday === 'SENIN') expect(day.flexible).toBe(0);
      else expect(day).toMatchObject({ present: 8, flexible: 4, onSite: 4, required: 4, met: true });
    }
  });

  it('gives everyone the same two days a week in full weeks, whatever the shortfall in short ones', () => {
    for (const p of r.patterns) {
      expect(p.weeklyCap).toBe(2);
      const w50 = p.weeks.find((w) => w.week === '2025-W50')!; // 8–12 December, a full week
      expect(w50.flexibleDays).toBe(2);
    }
  });

  it('keeps a unit with direct public service wholly on site, with its finding', () => {
    const h = roster(hospital, '2025-12', jabarWfhHalf2025, everyone);
    expect(h.totals.granted).toBe(0);
    expect(h.roster.every((row) => !row.days.includes('FLEKSIBEL'))).toBe(true);
    const finding = h.findings.find((f) => f.code === 'work_pattern_public_unit_on_site')!;
    expect(finding.params).toEqual({ employees: 8 });
    expect(formatFinding(finding, { locale: 'en' })).toBe('The unit serves the public directly, and the policy keeps such units on site: its 8 staff get no flexible day.');
  });

  it('adds the policy anchor weekdays to a unit\'s own', () => {
    const p = definePolicy(jabarMkd2025, { id: 'apel-senin', workPattern: { anchorWeekdays: ['SENIN'] } });
    const wed = roster({ id: 'u', anchorWeekdays: ['RABU'] }, '2026-02', p, everyone);
    for (const day of wed.coverage) if (day.weekday === 'SENIN' || day.weekday === 'RABU') expect(day.flexible).toBe(0);
  });
});
