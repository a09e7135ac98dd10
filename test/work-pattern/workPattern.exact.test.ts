/**
 * Exact refusals and batch entries of the work-pattern module: every issue's path, code
 * and message in both languages, compared strictly, and `allocateUnits`'s rejected
 * entries with or without a unit id. Also the allocator's reused storage: the cache of
 * month shapes when it grows, and the scratch arena when a later unit is larger. The
 * other tests check codes and places; the mutation run of 2026-12-03 (docs/testing.md)
 * showed paths, messages, an absent `unitId` and these two growths could change unnoticed.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { exactIssuesOf } from '../_helpers/input-error';
import { jabarMkd2025, jabarMkd2026 } from '../../src/policy/index';
import { allocateUnits, allocateWorkPatterns, type WorkPatternInput } from '../../src/work-pattern/index';

const unit = (id: string, month = '2026-02', n = 2): WorkPatternInput => ({
  unit: { id },
  month,
  employees: Array.from({ length: n }, (_, i) => ({ id: `${id}-${i}`, flexibleDaysPerWeek: 1 })),
});
const issue = (path: string, code: string, id: string, en: string) => ({ path, code, message: { id, en } });
const WEEKDAY = ['MINGGU', 'SENIN', 'SELASA', 'RABU', 'KAMIS', 'JUMAT', 'SABTU'] as const;
const weekdayOf = (date: string): string => WEEKDAY[new Date(`${date}T00:00:00Z`).getUTCDay()]!;
/** The positions in `dates` of each week's Monday to Friday, week by week. */
function workWeeks(dates: readonly string[]): number[][] {
  const weeks = new Map<number, number[]>();
  dates.forEach((date, k) => {
    const epochDay = Date.parse(`${date}T00:00:00Z`) / 86_400_000;
    const day = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (day === 0 || day === 6) return;
    const monday = Math.floor((epochDay + 3) / 7);
    weeks.set(monday, [...(weeks.get(monday) ?? []), k]);
  });
  return [...weeks.values()];
}

describe('allocateUnits: refusals of the whole call, exactly', () => {
  it('a list of units that is not a list is refused at inputs', () => {
    expect(exactIssuesOf(() => allocateUnits('x' as never, jabarMkd2025))).toStrictEqual([
      issue('inputs', 'invalid_type', 'harus berupa daftar, bukan teks', 'must be a list, not text'),
    ]);
  });

  it('a bad calendar option is refused at options.calendar, with the path inside it', () => {
    expect(exactIssuesOf(() => allocateUnits([], jabarMkd2025, { calendar: 5 as never }))).toStrictEqual([
      issue('options.calendar', 'invalid_type', 'harus berupa objek, bukan angka', 'must be an object, not a number'),
    ]);
    expect(exactIssuesOf(() => allocateUnits([], jabarMkd2025, { calendar: { years: 'x' } as never }))).toStrictEqual([
      issue('options.calendar.years', 'invalid_type', 'harus berupa daftar, bukan teks', 'must be a list, not text'),
    ]);
  });
});

describe('allocateUnits: each rejected unit exactly, the others allocated', () => {
  // Made before each test, not when the file is collected: mutation testing runs for a
  // mutant only the tests that executed its code (docs/testing.md).
  let r!: ReturnType<typeof allocateUnits>;
  beforeEach(() => {
    r = allocateUnits([unit('a'), unit('b'), unit('a'), null, 5, {}, { unit: null }, { unit: { id: 7 } }, unit('c', '2031-02')] as never, jabarMkd2025);
  });

  it('allocates only the good unit', () => {
    expect(r.results.map((x) => x.unitId)).toStrictEqual(['b']);
  });

  it('rejects both copies of a repeated unit id, each at unit.id with the message in both languages', () => {
    const dup = issue('unit.id', 'duplicate_unit', 'Unit "a" tercantum lebih dari sekali', 'Unit "a" is listed more than once');
    expect(r.rejected.slice(0, 2).map((x) => ({ index: x.index, unitId: x.unitId, issues: x.issues.map((i) => ({ path: i.path.join('.'), code: i.code, message: i.message })) }))).toStrictEqual([
      { index: 0, unitId: 'a', issues: [dup] },
      { index: 2, unitId: 'a', issues: [dup] },
    ]);
  });

  it('a unit with no string id is rejected without a unitId key (not unitId: undefined, not a number)', () => {
    for (const entry of r.rejected.slice(2, 7)) expect(Object.keys(entry)).toStrictEqual(['index', 'issues']);
    expect(r.rejected.slice(2, 7).map((x) => x.index)).toStrictEqual([3, 4, 5, 6, 7]);
    expect(r.rejected.slice(2, 7).map((x) => x.issues.map((i) => `${i.path.join('.')}:${i.code}`))).toStrictEqual([
      [':invalid_type'],
      [':invalid_type'],
      ['unit:invalid_type', 'month:invalid_type', 'employees:invalid_type'],
      ['unit:invalid_type', 'month:invalid_type', 'employees:invalid_type'],
      ['unit.id:invalid_type', 'month:invalid_type', 'employees:invalid_type'],
    ]);
  });

  it('a month without calendar data rejects that unit (with its id), not the call', () => {
    const last = r.rejected.at(-1)!;
    expect({ index: last.index, unitId: last.unitId, codes: last.issues.map((i) => `${i.path.join('.')}:${i.code}`) }).toStrictEqual({ index: 8, unitId: 'c', codes: [':calendar_year_missing'] });
    expect(r.rejected).toHaveLength(8);
  });
});

describe('the checks across employees, exactly', () => {
  it('a repeated id, repeated weekdays in each list, and a day both on-site and field', () => {
    const input = {
      unit: { id: 'u' },
      month: '2026-02',
      employees: [
        { id: 'A', flexibleDaysPerWeek: 1, onsiteWeekdays: ['SENIN', 'SENIN', 'RABU', 'RABU'], fieldWeekdays: ['RABU', 'KAMIS', 'KAMIS'], preferredWeekdays: ['JUMAT', 'JUMAT'] },
        { id: 'A', flexibleDaysPerWeek: 1 },
      ],
    } as WorkPatternInput;
    expect(exactIssuesOf(() => allocateWorkPatterns(input, jabarMkd2025))).toStrictEqual([
      issue('employees.1.id', 'duplicate_employee', 'Pegawai "A" tercantum lebih dari sekali', 'Employee "A" is listed more than once'),
      issue('employees.0.onsiteWeekdays', 'duplicate_value', 'Hari SENIN berulang', 'Weekday SENIN repeats'),
      issue('employees.0.onsiteWeekdays', 'duplicate_value', 'Hari RABU berulang', 'Weekday RABU repeats'),
      issue('employees.0.fieldWeekdays', 'duplicate_value', 'Hari KAMIS berulang', 'Weekday KAMIS repeats'),
      issue('employees.0.preferredWeekdays', 'duplicate_value', 'Hari JUMAT berulang', 'Weekday JUMAT repeats'),
      issue('employees.0.fieldWeekdays', 'onsite_and_field_day', 'Hari RABU tidak dapat sekaligus hari tugas di kantor dan hari tugas lapangan', 'RABU cannot be both an on-site and a field-duty weekday'),
    ]);
  });

  it('backup partners: oneself, not in the unit, not mutual (naming nobody, or someone else)', () => {
    const E = (id: string, backupPartner?: string) => ({ id, flexibleDaysPerWeek: 1, ...(backupPartner === undefined ? {} : { backupPartner }) });
    const input: WorkPatternInput = { unit: { id: 'u' }, month: '2026-02', employees: [E('A', 'A'), E('B', 'Z'), E('C', 'D'), E('D'), E('F', 'G'), E('G', 'C')] };
    expect(exactIssuesOf(() => allocateWorkPatterns(input, jabarMkd2025))).toStrictEqual([
      issue('employees.0.backupPartner', 'backup_partner_self', 'Pegawai tidak dapat menjadi pendamping dirinya sendiri', 'An employee cannot be their own backup partner'),
      issue('employees.1.backupPartner', 'backup_partner_unknown', 'Pendamping "Z" tidak ada di unit ini', 'Backup partner "Z" is not in this unit'),
      issue('employees.2.backupPartner', 'backup_partner_not_mutual', 'Pendampingan harus timbal balik: "C" memilih "D", tetapi "D" tidak memilih pendamping', 'Backup pairing must be mutual: "C" names "D", but "D" names nobody'),
      issue('employees.4.backupPartner', 'backup_partner_not_mutual', 'Pendampingan harus timbal balik: "F" memilih "G", tetapi "G" memilih "C"', 'Backup pairing must be mutual: "F" names "G", but "G" names "C"'),
      issue('employees.5.backupPartner', 'backup_partner_not_mutual', 'Pendampingan harus timbal balik: "G" memilih "C", tetapi "C" memilih "D"', 'Backup pairing must be mutual: "G" names "C", but "C" names "D"'),
    ]);
  });

  it('carry-in, history and pins naming someone not in the unit; a pin listed twice (of a known and of an unknown employee), and different unknown pins not taken for repeats', () => {
    const input: WorkPatternInput = {
      unit: { id: 'u' },
      month: '2026-02',
      employees: [{ id: 'A', flexibleDaysPerWeek: 1 }],
      carryIn: { A: 1, X: 2 },
      history: { Y: 3 },
      pinned: [
        { employeeId: 'A', date: '2026-02-03' },
        { employeeId: 'A', date: '2026-02-03' },
        { employeeId: 'Q', date: '2026-02-04' },
        { employeeId: 'Q', date: '2026-02-04' },
        { employeeId: 'R', date: '2026-02-05' },
        { employeeId: 'A', date: '2026-02-05' },
      ],
    };
    expect(exactIssuesOf(() => allocateWorkPatterns(input, jabarMkd2025))).toStrictEqual([
      issue('carryIn.X', 'unknown_employee', 'Pegawai "X" tidak ada di unit ini', 'Employee "X" is not in this unit'),
      issue('history.Y', 'unknown_employee', 'Pegawai "Y" tidak ada di unit ini', 'Employee "Y" is not in this unit'),
      issue('pinned.1', 'duplicate_pin', 'Permohonan "A" tanggal 2026-02-03 tercantum dua kali', 'The request of "A" for 2026-02-03 is listed twice'),
      issue('pinned.2.employeeId', 'unknown_employee', 'Pegawai "Q" tidak ada di unit ini', 'Employee "Q" is not in this unit'),
      issue('pinned.3.employeeId', 'unknown_employee', 'Pegawai "Q" tidak ada di unit ini', 'Employee "Q" is not in this unit'),
      issue('pinned.3', 'duplicate_pin', 'Permohonan "Q" tanggal 2026-02-04 tercantum dua kali', 'The request of "Q" for 2026-02-04 is listed twice'),
      issue('pinned.4.employeeId', 'unknown_employee', 'Pegawai "R" tidak ada di unit ini', 'Employee "R" is not in this unit'),
    ]);
  });

  it('the fast check (guard) hands a unit, an employee list or a weekday list of the wrong type to the schema, which refuses it', () => {
    const base = { unit: { id: 'u' }, month: '2026-02', employees: [{ id: 'A', flexibleDaysPerWeek: 1 }] };
    expect(exactIssuesOf(() => allocateWorkPatterns({ ...base, employees: [{ id: 'A', flexibleDaysPerWeek: 1, onsiteWeekdays: 5 }] } as never, jabarMkd2025))).toStrictEqual([
      issue('employees.0.onsiteWeekdays', 'invalid_type', 'harus berupa daftar, bukan angka', 'must be a list, not a number'),
    ]);
    expect(exactIssuesOf(() => allocateWorkPatterns({ ...base, employees: {} } as never, jabarMkd2025))).toStrictEqual([
      issue('employees', 'invalid_type', 'harus berupa daftar, bukan objek', 'must be a list, not an object'),
    ]);
    expect(exactIssuesOf(() => allocateWorkPatterns({ ...base, unit: 5 } as never, jabarMkd2025))).toStrictEqual([
      issue('unit', 'invalid_type', 'harus berupa objek, bukan angka', 'must be an object, not a number'),
    ]);
  });

  it('the fast check hands a list one item too long to the schema: 63 leave dates, 5,001 employees', () => {
    const dates = Array.from({ length: 63 }, (_, i) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10));
    expect(exactIssuesOf(() => allocateWorkPatterns({ unit: { id: 'u' }, month: '2026-02', employees: [{ id: 'A', flexibleDaysPerWeek: 1, leaveDates: dates }] }, jabarMkd2025))).toStrictEqual([
      issue('employees.0.leaveDates', 'too_big', 'paling banyak 62 butir (ada 63)', 'must have at most 62 items (it has 63)'),
    ]);
    const many = Array.from({ length: 5001 }, (_, i) => ({ id: `E${i}`, flexibleDaysPerWeek: 0 }));
    expect(exactIssuesOf(() => allocateWorkPatterns({ unit: { id: 'u' }, month: '2026-02', employees: many }, jabarMkd2025))).toStrictEqual([
      issue('employees', 'too_big', 'paling banyak 5000 butir (ada 5001)', 'must have at most 5000 items (it has 5001)'),
    ]);
  });

  it('weekday lists of two to five distinct days are accepted', () => {
    const days = ['SENIN', 'SELASA', 'RABU', 'KAMIS', 'JUMAT'] as const;
    for (let n = 2; n <= 5; n++) {
      const list = days.slice(0, n);
      const input: WorkPatternInput = { unit: { id: 'u' }, month: '2026-02', employees: [{ id: 'A', flexibleDaysPerWeek: 0, onsiteWeekdays: list, preferredWeekdays: list }] };
      expect(() => allocateWorkPatterns(input, jabarMkd2025)).not.toThrow();
    }
  });
});

describe('reused storage of one call', () => {
  // February 2026: working days (not weekends, not holidays) in order.
  const WORKING = ['02', '03', '04', '05', '06', '09', '10', '11', '12', '13', '18', '19', '20', '23', '24', '25', '26', '27'].map((d) => `2026-02-${d}`);

  it('invariant: with many distinct months in one unit (the shape cache grows), each employee keeps exactly their own leave days', () => {
    const employees = Array.from({ length: 60 }, (_, i) => ({
      id: `E${String(i).padStart(2, '0')}`,
      flexibleDaysPerWeek: i % 3,
      leaveDates: [WORKING[i % WORKING.length]!, WORKING[(i * 7 + 3) % WORKING.length]!],
    }));
    const r = allocateWorkPatterns({ unit: { id: 'u' }, month: '2026-02', employees }, jabarMkd2025);
    for (const row of r.roster) {
      const own = new Set(employees.find((e) => e.id === row.employeeId)!.leaveDates);
      const leave = r.dates.filter((_, d) => row.days[d] === 'CUTI');
      expect(leave, row.employeeId).toStrictEqual(r.dates.filter((date) => own.has(date)));
    }
  });

  it('invariant: a larger unit after a small one in the same call gets the roster it gets alone (the scratch arena grows)', () => {
    const small = unit('a-small', '2026-02', 2);
    const big: WorkPatternInput = {
      unit: { id: 'b-big', minOnsitePercent: 40 },
      month: '2026-02',
      employees: Array.from({ length: 150 }, (_, i) => ({ id: `B${String(i).padStart(3, '0')}`, flexibleDaysPerWeek: 1 + (i % 2), ...(i % 5 === 0 ? { leaveDates: [WORKING[i % WORKING.length]!] } : {}) })),
    };
    const together = allocateUnits([small, big], jabarMkd2025);
    expect(together.rejected).toStrictEqual([]);
    expect(together.results[1]).toStrictEqual(allocateWorkPatterns(big, jabarMkd2025));
    expect(together.results[0]).toStrictEqual(allocateWorkPatterns(small, jabarMkd2025));
  });
});

describe('the last tie-break: a stable hash of (employee id, month)', () => {
  // FNV-1a, 32 bits, of the id, a NUL and the month (docs/work-pattern.md), written here
  // apart from the library's.
  const fnv = (id: string, month: string): number => {
    let h = 0x811c9dc5;
    for (const c of `${id}\u0000${month}`) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193);
    return h | 0; // compared as a signed 32-bit integer, as the allocator does
  };

  it('invariant: when a unit cannot grant every day, the days left over go first to the employees with the smaller hash', () => {
    const cases: [string, string[]][] = [];
    for (const month of ['2026-02', '2026-03', '2026-06', '2026-09', '2026-10']) {
      for (const ids of [['ani', 'budi', 'cici'], ['x1', 'x2', 'x3', 'x4'], ['pegawai-a', 'pegawai-b', 'pegawai-c', 'pegawai-d', 'pegawai-e']]) cases.push([month, ids]);
    }
    let uneven = 0;
    for (const [month, ids] of cases) {
      // Everyone asks two days a week; all but one must be at the office each day.
      const r = allocateWorkPatterns({ unit: { id: 'u', minOnsiteHeadcount: ids.length - 1 }, month, employees: ids.map((id) => ({ id, flexibleDaysPerWeek: 2 })) }, jabarMkd2025);
      const granted = new Map(r.roster.map((row) => [row.employeeId, row.days.filter((d) => d === 'FLEKSIBEL').length]));
      const inHashOrder = [...ids].sort((a, b) => fnv(a, month) - fnv(b, month)).map((id) => granted.get(id)!);
      for (let k = 1; k < inHashOrder.length; k++) expect(inHashOrder[k]!, `${month} ${ids.join(',')}`).toBeLessThanOrEqual(inHashOrder[k - 1]!);
      // Shares differ by at most one day (the largest shortfall is as small as possible).
      expect(Math.max(...inHashOrder) - Math.min(...inHashOrder)).toBeLessThanOrEqual(1);
      if (Math.max(...inHashOrder) !== Math.min(...inHashOrder)) uneven++;
    }
    // The property is only a check where the shares differ: most of these months do.
    expect(uneven).toBeGreaterThanOrEqual(8);
  });
});

describe('preferred weekdays', () => {
  it.each([
    [['SENIN'], 1],
    [['SELASA'], 1],
    [['RABU'], 1],
    [['KAMIS'], 1],
    [['JUMAT'], 1],
    [['KAMIS', 'SELASA'], 2],
    [['JUMAT', 'SENIN', 'RABU'], 2],
    [['RABU', 'JUMAT'], 1],
  ] as const)('invariant: %j at %i day(s) a week — each week, the first preferred days that are working days are the flexible ones', (preferred, perWeek) => {
    for (const month of ['2026-02', '2026-03', '2026-05']) {
      // With two colleagues who stay in the office, nothing else limits the days; Z is the
      // third employee in id order, so the pattern is stored past the first employee's.
      const r = allocateWorkPatterns(
        { unit: { id: 'u' }, month, employees: [{ id: 'Z', flexibleDaysPerWeek: perWeek, preferredWeekdays: [...preferred] }, { id: 'B', flexibleDaysPerWeek: 0 }, { id: 'C', flexibleDaysPerWeek: 0 }] },
        jabarMkd2025,
      );
      const row = r.roster.find((x) => x.employeeId === 'Z')!.days;
      for (const ks of workWeeks(r.dates)) {
        const working = ks.filter((k) => row[k] !== 'LIBUR' && row[k] !== 'CUTI').map((k) => weekdayOf(r.dates[k]!));
        const flexible = ks.filter((k) => row[k] === 'FLEKSIBEL').map((k) => weekdayOf(r.dates[k]!));
        const expected = preferred.filter((d) => working.includes(d)).slice(0, perWeek);
        for (const d of expected) expect(flexible, `${month}, week of ${r.dates[ks[0]!]}: ${working.join(',')}`).toContain(d);
      }
    }
  });
});

describe('the same weekdays week after week', () => {
  it.each([
    [{ id: 'u' }, ['a', 'b', 'c', 'd', 'e', 'f']],
    [{ id: 'u' }, ['p1', 'p2', 'p3', 'p4']],
    [{ id: 'u', minOnsitePercent: 50 }, ['ani', 'budi', 'cici', 'dedi', 'euis', 'fajar', 'gina', 'hadi']],
  ])('invariant: with room to spare, in weeks whose five weekdays are all working days, each employee is flexible on the same weekdays (%j)', (unit, ids) => {
    // The tie-break "the same weekdays week after week" (docs/work-pattern.md), where no
    // rule above it decides: enough people may be away every day.
    for (const month of ['2026-02', '2026-03', '2026-07', '2026-09']) {
      const r = allocateWorkPatterns({ unit, month, employees: ids.map((id, i) => ({ id, flexibleDaysPerWeek: 1 + (i % 2) })) }, jabarMkd2025);
      const full = workWeeks(r.dates).filter((ks) => ks.length === 5 && ks.every((k) => r.roster[0]!.days[k] !== 'LIBUR'));
      expect(full.length, month).toBeGreaterThanOrEqual(2);
      for (const row of r.roster) {
        const weekdays = full.map((ks) => ks.filter((k) => row.days[k] === 'FLEKSIBEL').map((k) => k % 7).sort().join(','));
        expect(new Set(weekdays).size, `${month} ${row.employeeId}: ${weekdays.join(' / ')}`).toBe(1);
        expect(weekdays[0], `${month} ${row.employeeId} has flexible days`).not.toBe('');
      }
    }
  });
});

describe('order of the input', () => {
  it('invariant: employees, units and pins in reverse order give the same results, listed by id', () => {
    const employees = ['E1', 'E2', 'E3', 'E4', 'E5', 'E6'].map((id, i) => ({ id, flexibleDaysPerWeek: 1 + (i % 3), ...(i === 2 ? { preferredWeekdays: ['RABU' as const] } : {}) }));
    const pinned = [
      { employeeId: 'E2', date: '2026-03-04' },
      { employeeId: 'E1', date: '2026-03-04' },
      { employeeId: 'E1', date: '2026-03-03' },
    ];
    const input: WorkPatternInput = { unit: { id: 'b', minOnsiteHeadcount: 3 }, month: '2026-03', employees, pinned };
    const reversed: WorkPatternInput = { ...input, employees: [...employees].reverse(), pinned: [...pinned].reverse() };
    const r = allocateWorkPatterns(input, jabarMkd2025);
    expect(r.roster.map((row) => row.employeeId)).toStrictEqual(['E1', 'E2', 'E3', 'E4', 'E5', 'E6']);
    expect(allocateWorkPatterns(reversed, jabarMkd2025)).toStrictEqual(r);
    const other: WorkPatternInput = { ...input, unit: { id: 'a' } };
    const units = allocateUnits([input, other], jabarMkd2025);
    expect(units.results.map((x) => x.unitId)).toStrictEqual(['a', 'b']);
    expect(allocateUnits([reversed, other], jabarMkd2025).results).toStrictEqual(units.results);
  });
});

describe('pins: each kept or dropped with its reason', () => {
  it('outside the month, a day off, a leave day, a field day, an anchor day, an on-site day, over the weekly cap — in date order, each with a finding', () => {
    // March 2026: Monday 2 is the unit's anchor; A is on site on Tuesdays, in the field on
    // Thursdays, on leave on Wednesday 4, and may have 1 flexible day a week; C none.
    const r = allocateWorkPatterns(
      {
        unit: { id: 'u', anchorWeekdays: ['SENIN'] },
        month: '2026-03',
        employees: [
          { id: 'A', flexibleDaysPerWeek: 1, leaveDates: ['2026-03-04'], fieldWeekdays: ['KAMIS'], onsiteWeekdays: ['SELASA'] },
          { id: 'B', flexibleDaysPerWeek: 2 },
          { id: 'C', flexibleDaysPerWeek: 0 },
        ],
        pinned: [
          { employeeId: 'A', date: '2026-04-01' },
          { employeeId: 'A', date: '2026-03-07' },
          { employeeId: 'A', date: '2026-03-04' },
          { employeeId: 'A', date: '2026-03-05' },
          { employeeId: 'A', date: '2026-03-02' },
          { employeeId: 'A', date: '2026-03-03' },
          { employeeId: 'A', date: '2026-03-06' },
          { employeeId: 'A', date: '2026-03-13' },
          { employeeId: 'A', date: '2026-03-12' },
          { employeeId: 'B', date: '2026-03-06' },
          { employeeId: 'C', date: '2026-03-06' },
        ],
      },
      jabarMkd2025,
    );
    const dropped = [
      { employeeId: 'A', date: '2026-03-02', reason: 'ANCHOR_DAY' },
      { employeeId: 'A', date: '2026-03-03', reason: 'ONSITE_DAY' },
      { employeeId: 'A', date: '2026-03-04', reason: 'LEAVE_DAY' },
      { employeeId: 'A', date: '2026-03-05', reason: 'FIELD_DAY' },
      { employeeId: 'C', date: '2026-03-06', reason: 'OVER_CAP' },
      { employeeId: 'A', date: '2026-03-07', reason: 'NON_WORKING_DAY' },
      { employeeId: 'A', date: '2026-03-12', reason: 'FIELD_DAY' },
      { employeeId: 'A', date: '2026-04-01', reason: 'OUTSIDE_MONTH' },
    ];
    expect(r.pins).toStrictEqual({
      kept: [
        { employeeId: 'A', date: '2026-03-06' },
        { employeeId: 'B', date: '2026-03-06' },
        { employeeId: 'A', date: '2026-03-13' },
      ],
      dropped,
    });
    expect(r.findings.filter((f) => f.code === 'work_pattern_pin_dropped')).toStrictEqual(dropped.map((params) => ({ rule: 'work_pattern', outcome: 'fail', code: 'work_pattern_pin_dropped', params })));
    const a = r.roster.find((row) => row.employeeId === 'A')!.days;
    expect([a[5], a[12]]).toStrictEqual(['FLEKSIBEL', 'FLEKSIBEL']);
  });
});

describe('collective days: the unit\'s own, refused, and a public unit exempt — each finding exactly', () => {
  const employees = [
    { id: 'A', flexibleDaysPerWeek: 2 },
    { id: 'B', flexibleDaysPerWeek: 1 },
  ];
  const collective = (r: ReturnType<typeof allocateWorkPatterns>) => r.findings.filter((f) => /collective|public_unit/.test(f.code));

  it('a public unit under the 2026 preset is exempt from the collective Thursday', () => {
    const r = allocateWorkPatterns({ unit: { id: 'u', servesPublicDirectly: true }, month: '2026-03', employees }, jabarMkd2026);
    expect(collective(r)).toStrictEqual([{ rule: 'work_pattern', outcome: 'pass', code: 'work_pattern_collective_exempt', params: { weekdays: ['KAMIS'] } }]);
    expect(r.totals.collectiveDays).toBe(0);
  });

  it('a Friday the policy lets BKD approve is granted, a Monday it does not is refused; every working Thursday and Friday is then a collective day', () => {
    const r = allocateWorkPatterns({ unit: { id: 'u', approvedCollectiveWeekdays: ['JUMAT', 'SENIN'] }, month: '2026-03', employees }, jabarMkd2026);
    const found = collective(r);
    expect(found.slice(0, 2)).toStrictEqual([
      { rule: 'work_pattern', outcome: 'pass', code: 'work_pattern_unit_collective', params: { weekdays: ['JUMAT'] } },
      { rule: 'work_pattern', outcome: 'fail', code: 'work_pattern_unit_collective_not_allowed', params: { weekdays: ['SENIN'], approvable: ['JUMAT'] } },
    ]);
    // Working Thursdays and Fridays of March 2026 (not LIBUR in the roster).
    const row = r.roster[0]!.days;
    const expected = r.dates.filter((date, k) => row[k] !== 'LIBUR' && ['KAMIS', 'JUMAT'].includes(weekdayOf(date)));
    expect(found.slice(2).map((f) => [f.code, (f.params as { date: string }).date])).toStrictEqual(expected.map((date) => ['work_pattern_collective_day', date]));
    expect(r.totals.collectiveDays).toBe(expected.length * employees.length);
  });

  it('under a policy that approves no weekday, the unit\'s Friday is refused with an empty list of approvable days', () => {
    const r = allocateWorkPatterns({ unit: { id: 'u', approvedCollectiveWeekdays: ['JUMAT'] }, month: '2026-03', employees }, jabarMkd2025);
    expect(collective(r)).toStrictEqual([{ rule: 'work_pattern', outcome: 'fail', code: 'work_pattern_unit_collective_not_allowed', params: { weekdays: ['JUMAT'], approvable: [] } }]);
    expect(r.totals.collectiveDays).toBe(0);
  });
});
