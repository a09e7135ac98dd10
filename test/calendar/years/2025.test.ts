import { describe, expect, it } from 'vitest';
import { holidaysInYear } from '../../../src/calendar/index';
import { CALENDAR_2025 } from '../../../src/calendar/years/2025';
import { itIsSettled } from './_settled';

describe('2025 (SKB 1017/2024, 2/2024, 2/2024 as amended in August 2025)', () => {
  itIsSettled(CALENDAR_2025, 2025, 1446, ['No. 1017/2024, 2/2024, 2/2024 (14 Oct 2024)', 'SKB No. 933/2025, 1/2025, 3/2025 (7 Aug 2025)']);

  it('has the cuti bersama of the amendment on 18 August, worded as the amendment words it', () => {
    expect(holidaysInYear(2025).find((h) => h.date === '2025-08-18')).toEqual({
      date: '2025-08-18',
      kind: 'CUTI_BERSAMA',
      name: { id: 'Proklamasi Kemerdekaan', en: 'Independence Day' },
    });
  });

  it('writes the names of the SKB with their year numbers', () => {
    const names = new Set(holidaysInYear(2025).map((h) => h.name.id));
    for (const name of ['Tahun Baru Imlek 2576 Kongzili', 'Hari Suci Nyepi (Tahun Baru Saka 1947)', 'Idul Fitri 1446 Hijriah', 'Hari Raya Waisak 2569 BE', 'Idul Adha 1446 Hijriah', '1 Muharam Tahun Baru Islam 1447 Hijriah']) {
      expect(names.has(name), name).toBe(true);
    }
  });
});
