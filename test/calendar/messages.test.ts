import { describe, expect, it } from 'vitest';
import { calendarFromHolidayList, holidaysInYear, isWorkingDay } from '../../src/calendar/index';
import { definePolicy, jabarMkd2025 } from '../../src/policy/index';
import { parseNip } from '../../src/nip/index';
import type { InputIssue } from '../../src/_lib/errors';
import { issuesOf } from '../_helpers/input-error';

const entry = { date: '2027-08-19', kind: 'LIBUR_DAERAH' as const, name: { id: 'Hari Jadi', en: 'Day' } };
const ramadan1448 = { hijriYear: 1448, start: '2027-02-08', end: '2027-03-09' };

const nipIssues = (value: unknown, asOf?: string): readonly InputIssue[] => {
  const result = asOf === undefined ? parseNip(value) : parseNip(value, { asOf });
  return result.ok ? [] : result.issues;
};

// One scenario per issue code of the calendar, schedule and NIP, with a key value each
// message must show in both languages.
const scenarios: [code: string, issues: () => readonly InputIssue[], key: string][] = [
  ['calendar_year_missing', () => issuesOf(() => isWorkingDay('2031-01-06')), '2031'],
  ['invalid_year', () => issuesOf(() => holidaysInYear(2026.5)), '2026.5'],
  ['calendar_not_a_holiday', () => issuesOf(() => isWorkingDay('2026-01-05', { removed: ['2026-01-07'] })), '2026-01-07'],
  ['calendar_date_taken', () => issuesOf(() => isWorkingDay('2026-01-05', { moved: [{ from: '2026-01-01', to: '2026-01-16' }] })), '2026-01-16'],
  ['calendar_ramadan_length', () => issuesOf(() => isWorkingDay('2026-01-05', { ramadan: [{ hijriYear: 1447, start: '2026-02-19', end: '2026-03-10' }] })), '20'],
  ['calendar_duplicate_date', () => issuesOf(() => isWorkingDay('2026-01-05', { removed: ['2026-01-01', '2026-01-01'] })), '2026-01-01'],
  ['calendar_move_to_same_date', () => issuesOf(() => isWorkingDay('2026-01-05', { moved: [{ from: '2026-01-01', to: '2026-01-01' }] })), '2026-01-01'],
  ['calendar_duplicate_year', () => issuesOf(() => isWorkingDay('2026-01-05', { years: [{ year: 2027, holidays: [], ramadan: [ramadan1448] }, { year: 2027, holidays: [], ramadan: [ramadan1448] }] })), '2027'],
  ['calendar_date_outside_year', () => issuesOf(() => isWorkingDay('2026-01-05', { years: [{ year: 2028, holidays: [entry], ramadan: [{ hijriYear: 1449, start: '2028-01-28', end: '2028-02-26' }] }] })), '2027-08-19'],
  ['calendar_ramadan_outside_year', () => issuesOf(() => isWorkingDay('2026-01-05', { years: [{ year: 2028, holidays: [], ramadan: [ramadan1448] }] })), '2028'],
  ['calendar_year_provisional', () => issuesOf(() => isWorkingDay('2029-01-03', { years: [{ year: 2029, provisional: true, holidays: [], ramadan: [{ hijriYear: 1450, start: '2029-01-16', end: '2029-02-13' }] }] })), '2029'],
  ['calendar_ramadan_unpaired', () => issuesOf(() => calendarFromHolidayList([{ date: '2026-02-19', kind: 'RAMADAN', name: 'Awal Ramadan' }])), '2026-02-19'],
  ['calendar_year_without_ramadan', () => issuesOf(() => calendarFromHolidayList([{ date: '2026-01-01', kind: 'LIBUR_NASIONAL', name: 'Tahun Baru 2026 Masehi' }])), '2026'],
  ['calendar_duplicate_hijri_year', () => issuesOf(() => isWorkingDay('2026-01-05', { ramadan: [ramadan1448, ramadan1448] })), '1448'],
  ['schedule_day_minutes', () => issuesOf(() => definePolicy(jabarMkd2025, { id: 'x1', schedule: { regular: { SELASA: { start: '08:00', end: '08:30', breakMinutes: 45 } } } })), '-15'],
  ['schedule_weekly_sum', () => issuesOf(() => definePolicy(jabarMkd2025, { id: 'x2', schedule: { weeklyMinutes: 2400 } })), '2'],
  ['nip_invalid_type', () => nipIssues(42), 'number'],
  ['nip_length', () => nipIssues('123'), '3'],
  ['nip_not_digits', () => nipIssues('19850312201001100Z'), 'Z'],
  ['nip_birth_date_invalid', () => nipIssues('198502302010011002'), '19850230'],
  ['nip_appointment_month_invalid', () => nipIssues('198503122010141002'), '201014'],
  ['nip_appointment_before_18', () => nipIssues('199006152008051001'), '2008-05'],
  ['nip_appointment_after_as_of', () => nipIssues('199006152026021001', '2026-01-31'), '2026-02'],
  ['nip_sex_digit_invalid', () => nipIssues('198503122010013002'), '3'],
];

describe('issue messages', () => {
  it.each(scenarios)('%s reads in Bahasa Indonesia and English, with the value at fault', (code, issues, key) => {
    const issue = issues().find((i) => i.code === code);
    expect(issue, code).toBeDefined();
    expect(issue?.message.id).toContain(key);
    expect(issue?.message.en).toContain(key);
    expect(issue?.message.id).not.toBe(issue?.message.en);
  });
});
