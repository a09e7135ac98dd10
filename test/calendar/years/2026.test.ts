import { describe, expect, it } from 'vitest';
import { holidaysInYear } from '../../../src/calendar/index';
import { CALENDAR_2026 } from '../../../src/calendar/years/2026';
import { itIsSettled } from './_settled';

describe('2026 (SKB 1497/2025, 2/2025, 5/2025)', () => {
  itIsSettled(CALENDAR_2026, 2026, 1447, ['No. 1497/2025, 2/2025, 5/2025 (19 Sep 2025)']);

  it('has no cuti bersama after the Sunday Waisak of 31 May: Monday 1 June is Hari Lahir Pancasila', () => {
    const list = holidaysInYear(2026);
    expect(list.filter((h) => h.name.id === 'Hari Raya Waisak 2570 BE').map((h) => [h.date, h.kind])).toEqual([['2026-05-31', 'LIBUR_NASIONAL']]);
    expect(list.find((h) => h.date === '2026-06-01')?.name.id).toBe('Hari Lahir Pancasila');
  });

  it('ends Ramadan 1447 H on the cuti bersama of Friday 20 March, the eve of Idul Fitri', () => {
    expect(holidaysInYear(2026).find((h) => h.date === '2026-03-20')).toMatchObject({ kind: 'CUTI_BERSAMA', name: { id: 'Idul Fitri 1447 Hijriah' } });
  });
});
