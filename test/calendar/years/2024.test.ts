import { describe, expect, it } from 'vitest';
import { holidaysInYear, isWorkingDay, workingDaysInMonth } from '../../../src/calendar/index';
import { CALENDAR_2024 } from '../../../src/calendar/years/2024';
import { itIsSettled } from './_settled';

const total = (options?: Parameters<typeof workingDaysInMonth>[1]): number =>
  Array.from({ length: 12 }, (_, i) => workingDaysInMonth(`2024-${String(i + 1).padStart(2, '0')}`, options).length).reduce((a, b) => a + b, 0);

describe('2024 (SKB 855/2023, 3/2023, 4/2023 and the election-day Keppres)', () => {
  itIsSettled(CALENDAR_2024, 2024, 1445, ['No. 855/2023, 3/2023, 4/2023 (12 Sep 2023)', 'Keppres 10/2024 (6 Feb 2024)', 'Keppres 33/2024 (21 Nov 2024)']);

  it('makes both voting days libur nasional: the general election on 14 February and the Pilkada on 27 November', () => {
    const list = holidaysInYear(2024);
    expect(list.find((h) => h.date === '2024-02-14')).toMatchObject({ kind: 'LIBUR_NASIONAL', name: { id: 'Hari Pemungutan Suara Pemilihan Umum Tahun 2024' } });
    expect(list.find((h) => h.date === '2024-11-27')).toMatchObject({ kind: 'LIBUR_NASIONAL', name: { en: 'Regional Election Day 2024 (governors, regents and mayors)' } });
    expect([isWorkingDay('2024-02-14'), isWorkingDay('2024-11-27')]).toEqual([false, false]);
  });

  it('would have 240 working days without the two voting days (February 19, November 21)', () => {
    const removed = ['2024-02-14', '2024-11-27'];
    expect(total({ removed })).toBe(240);
    expect([workingDaysInMonth('2024-02', { removed }).length, workingDaysInMonth('2024-11', { removed }).length]).toEqual([19, 21]);
    expect(total()).toBe(238);
  });

  it('keeps the names of its SKB, signed before Keppres 8/2024: Isa Al Masih and Hari Paskah', () => {
    const byDate = new Map(holidaysInYear(2024).map((h) => [h.date, h.name.id]));
    expect([byDate.get('2024-03-29'), byDate.get('2024-03-31'), byDate.get('2024-05-09'), byDate.get('2024-12-25')]).toEqual([
      'Wafat Isa Al Masih',
      'Hari Paskah',
      'Kenaikan Isa Al Masih',
      'Hari Raya Natal',
    ]);
  });

  it('starts Ramadan 1445 H on a cuti bersama (Nyepi, 12 March) and ends it on another (Idul Fitri, 9 April)', () => {
    const list = holidaysInYear(2024);
    expect(list.find((h) => h.date === '2024-03-12')?.kind).toBe('CUTI_BERSAMA');
    expect(list.find((h) => h.date === '2024-04-09')?.kind).toBe('CUTI_BERSAMA');
  });
});
