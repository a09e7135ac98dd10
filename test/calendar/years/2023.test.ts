import { describe, expect, it } from 'vitest';
import { holidaysInYear, isWorkingDay, workingDaysInMonth } from '../../../src/calendar/index';
import { CALENDAR_2023 } from '../../../src/calendar/years/2023';
import { itIsSettled } from './_settled';

describe('2023 (SKB 1066/2022, 3/2022, 3/2022 as amended twice)', () => {
  itIsSettled(CALENDAR_2023, 2023, 1444, [
    'No. 1066/2022, 3/2022, 3/2022 (11 Oct 2022)',
    'SKB No. 327/2023, 1/2023, 1/2023 (29 Mar 2023',
    'SKB No. 624/2023, 2/2023, 2/2023 (16 Jun 2023',
  ]);

  it('has the Idulfitri cuti bersama of the first amendment: 19, 20, 21, 24 and 25 April, and 26 April a working day again', () => {
    const leave = holidaysInYear(2023).filter((h) => h.kind === 'CUTI_BERSAMA' && h.date.startsWith('2023-04-'));
    expect(leave.map((h) => h.date)).toEqual(['2023-04-19', '2023-04-20', '2023-04-21', '2023-04-24', '2023-04-25']);
    expect(isWorkingDay('2023-04-26')).toBe(true);
    expect(workingDaysInMonth('2023-04')).toHaveLength(14);
  });

  it('has the Iduladha cuti bersama of the second amendment on 28 and 30 June around the libur nasional of 29 June', () => {
    expect(holidaysInYear(2023).filter((h) => h.date >= '2023-06-28' && h.date <= '2023-06-30').map((h) => [h.date, h.kind])).toEqual([
      ['2023-06-28', 'CUTI_BERSAMA'],
      ['2023-06-29', 'LIBUR_NASIONAL'],
      ['2023-06-30', 'CUTI_BERSAMA'],
    ]);
  });

  it('would have 242 working days under the original SKB, before both amendments', () => {
    // The original list: Idulfitri cuti bersama 21, 24, 25 and 26 April; none for Iduladha.
    const original = { removed: ['2023-04-19', '2023-04-20', '2023-06-28', '2023-06-30'], added: [{ date: '2023-04-26', kind: 'CUTI_BERSAMA' as const, name: { id: 'Hari Raya Idul Fitri 1444 Hijriah', en: 'Eid al-Fitr 1444 AH' } }] };
    const total = Array.from({ length: 12 }, (_, i) => workingDaysInMonth(`2023-${String(i + 1).padStart(2, '0')}`, original).length).reduce((a, b) => a + b, 0);
    expect(total).toBe(242);
  });

  it('keeps the pre-2024 names of its SKB: Isa Al Masih, Hari Raya Natal, Hari Kemerdekaan Republik Indonesia', () => {
    const names = holidaysInYear(2023).map((h) => h.name.id);
    expect(names).toEqual(expect.arrayContaining(['Wafat Isa Al Masih', 'Kenaikan Isa Al Masih', 'Hari Raya Natal', 'Hari Kemerdekaan Republik Indonesia']));
    expect(names.some((name) => name.includes('Yesus Kristus'))).toBe(false);
  });
});
