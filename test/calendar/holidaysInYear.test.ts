import { describe, expect, it } from 'vitest';
import { holidaysInYear } from '../../src/calendar/index';
import { definePolicy, jabarMkd2025 } from '../../src/policy/index';
import { _deepFreeze } from '../../src/_lib/freeze';
import { LISTED, SETTLED_YEARS } from './_domain';
import { codesOf, issuesOf } from '../_helpers/input-error';

const year2028 = {
  year: 2028,
  source: 'test data',
  holidays: [{ date: '2028-01-01', kind: 'LIBUR_NASIONAL' as const, name: { id: 'Tahun Baru 2028 Masehi', en: "New Year's Day" } }],
  ramadan: [{ hijriYear: 1449, start: '2028-01-28', end: '2028-02-26' }],
};

describe('holidaysInYear', () => {
  it.each(SETTLED_YEARS)('lists every libur nasional and cuti bersama of %i as the SKB words it, with its kind', (year) => {
    const got = holidaysInYear(year).map((h) => ({ date: h.date, kind: h.kind, name: h.name.id }));
    expect(got).toEqual(LISTED[year]);
  });

  it('counts 16 libur nasional and 11 cuti bersama in 2023, 19 and 10 in 2024, 17 and 11 in 2025, and 17 and 8 in 2026', () => {
    const count = (year: number, kind: string): number => holidaysInYear(year).filter((h) => h.kind === kind).length;
    expect([count(2023, 'LIBUR_NASIONAL'), count(2023, 'CUTI_BERSAMA')]).toEqual([16, 11]);
    expect([count(2024, 'LIBUR_NASIONAL'), count(2024, 'CUTI_BERSAMA')]).toEqual([19, 10]);
    expect([count(2025, 'LIBUR_NASIONAL'), count(2025, 'CUTI_BERSAMA')]).toEqual([17, 11]);
    expect([count(2026, 'LIBUR_NASIONAL'), count(2026, 'CUTI_BERSAMA')]).toEqual([17, 8]);
  });

  it('names every holiday in English too', () => {
    const english = new Map(SETTLED_YEARS.flatMap((year) => holidaysInYear(year)).map((h) => [h.name.id, h.name.en]));
    expect(english.get('Idul Fitri 1446 Hijriah')).toBe('Eid al-Fitr 1446 AH');
    expect(english.get('Idul Adha 1447 Hijriah')).toBe('Eid al-Adha 1447 AH');
    expect(english.get('Kelahiran Yesus Kristus')).toBe('Christmas Day');
    expect(english.get('Hari Raya Natal')).toBe('Christmas Day');
    expect(english.get('Proklamasi Kemerdekaan')).toBe('Independence Day');
    expect(english.get('Tahun Baru Imlek 2576 Kongzili')).toBe('Chinese New Year 2576 Kongzili');
    expect(english.get('1 Muharam Tahun Baru Islam 1447 Hijriah')).toBe('Islamic New Year 1447 AH');
    for (const [id, en] of english) {
      expect(en.length, id).toBeGreaterThan(0);
      expect(en, id).not.toBe(id);
    }
  });

  it('includes the cuti bersama of 18 August 2025 added by the August 2025 amendment', () => {
    expect(holidaysInYear(2025).find((h) => h.date === '2025-08-18')).toEqual({
      date: '2025-08-18',
      kind: 'CUTI_BERSAMA',
      name: { id: 'Proklamasi Kemerdekaan', en: 'Independence Day' },
    });
  });

  it('names a cuti bersama exactly as the observance it accompanies', () => {
    for (const year of SETTLED_YEARS) {
      const list = holidaysInYear(year);
      for (const leave of list.filter((h) => h.kind === 'CUTI_BERSAMA')) {
        expect(list.some((h) => h.kind === 'LIBUR_NASIONAL' && h.name.id === leave.name.id && h.name.en === leave.name.en), leave.date).toBe(true);
      }
    }
  });

  it('writes the honorific S.A.W. in every year, never SAW or saw.', () => {
    const names = SETTLED_YEARS.flatMap((year) => holidaysInYear(year)).map((h) => h.name.id).filter((name) => name.includes('Muhammad'));
    expect(names).toHaveLength(8);
    for (const name of names) expect(name).toMatch(/Nabi Muhammad S\.A\.W\.$/);
  });

  it('lists holidays that fall on a weekend', () => {
    expect(holidaysInYear(2025).map((h) => h.date)).toContain('2025-03-29'); // Nyepi, a Saturday
    expect(holidaysInYear(2026).map((h) => h.date)).toContain('2026-03-22'); // Idulfitri, a Sunday
  });

  it('rejects a year without data with an InputError that names the year in both languages', () => {
    const issues = issuesOf(() => holidaysInYear(2022));
    expect(codesOf(issues)).toEqual(['calendar_year_missing']);
    expect(issues[0]?.path).toEqual(['year']);
    expect(issues[0]?.message.id).toContain('tahun 2022');
    expect(issues[0]?.message.en).toContain('for 2022');
    expect(issues[0]?.message.en).toContain('available: 2023, 2024, 2025, 2026');
  });

  it.each([2025.5, '2025', Number.NaN, 999, 10_000])('rejects the year argument %j', (year) => {
    expect(codesOf(issuesOf(() => holidaysInYear(year as number)))).toEqual(['invalid_year']);
  });

  it('uses a year supplied in the options', () => {
    expect(holidaysInYear(2028, { years: [year2028] }).map((h) => h.date)).toEqual(['2028-01-01']);
  });

  it('replaces a built-in year with a supplied one', () => {
    const only = { ...year2028, year: 2026, holidays: [{ ...year2028.holidays[0]!, date: '2026-01-01' }], ramadan: [{ hijriYear: 1447, start: '2026-02-19', end: '2026-03-20' }] };
    expect(holidaysInYear(2026, { years: [only] }).map((h) => h.date)).toEqual(['2026-01-01']);
  });

  it('adds a regional holiday with its kind and name', () => {
    const added = { date: '2026-08-19', kind: 'LIBUR_DAERAH' as const, name: { id: 'Hari Jadi Provinsi Jawa Barat', en: 'West Java Day' } };
    const list = holidaysInYear(2026, { added: [added] });
    expect(list).toHaveLength(26);
    expect(list.find((h) => h.date === '2026-08-19')).toEqual(added);
  });

  it('removes a date', () => {
    expect(holidaysInYear(2026, { removed: ['2026-12-24'] }).map((h) => h.date)).not.toContain('2026-12-24');
  });

  it('moves a date and records where it came from', () => {
    const list = holidaysInYear(2026, { moved: [{ from: '2026-05-27', to: '2026-05-26' }] });
    expect(list.find((h) => h.date === '2026-05-26')).toEqual({
      date: '2026-05-26',
      kind: 'LIBUR_NASIONAL',
      name: { id: 'Idul Adha 1447 Hijriah', en: 'Eid al-Adha 1447 AH' },
      movedFrom: '2026-05-27',
    });
    expect(list.map((h) => h.date)).not.toContain('2026-05-27');
  });

  it('swaps two holidays moved onto each other', () => {
    const list = holidaysInYear(2026, { moved: [{ from: '2026-05-27', to: '2026-05-28' }, { from: '2026-05-28', to: '2026-05-27' }] });
    expect(list.find((h) => h.date === '2026-05-27')?.kind).toBe('CUTI_BERSAMA');
    expect(list.find((h) => h.date === '2026-05-28')?.kind).toBe('LIBUR_NASIONAL');
  });

  it('applies a policy calendar section, then the options on top', () => {
    const bandung = definePolicy(jabarMkd2025, {
      id: 'bandung-test',
      calendar: { added: [{ date: '2026-09-25', kind: 'LIBUR_DAERAH', name: { id: 'Hari Jadi Kota Bandung', en: 'Bandung City Day' } }] },
    });
    expect(holidaysInYear(2026, { policy: bandung }).map((h) => h.date)).toContain('2026-09-25');
    expect(holidaysInYear(2026, { policy: bandung, removed: ['2026-09-25'] }).map((h) => h.date)).not.toContain('2026-09-25');
  });

  it('reports every bad override at once', () => {
    const issues = issuesOf(() =>
      holidaysInYear(2026, {
        removed: ['2026-05-26'],
        moved: [{ from: '2026-05-29', to: '2026-05-30' }, { from: '2026-01-01', to: '2026-01-16' }],
        added: [{ date: '2026-12-25', kind: 'LIBUR_DAERAH', name: { id: 'x', en: 'x' } }],
      }),
    );
    expect(issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['options.removed.0', 'calendar_not_a_holiday'],
      ['options.moved.0.from', 'calendar_not_a_holiday'],
      ['options.moved.1.to', 'calendar_date_taken'],
      ['options.added.0.date', 'calendar_date_taken'],
    ]);
    expect(issues[3]?.message.id).toContain('Kelahiran Yesus Kristus');
    expect(issues[3]?.message.en).toContain('Christmas Day');
  });

  it('does not mutate the options', () => {
    const options = _deepFreeze({ moved: [{ from: '2026-05-27', to: '2026-05-26' }], years: [year2028] });
    const before = structuredClone(options);
    holidaysInYear(2028, options);
    holidaysInYear(2026, options);
    expect(options).toEqual(before);
  });
});
