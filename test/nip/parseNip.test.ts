import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { NipSchema, parseNip } from '../../src/nip/index';
import { _parse } from '../../src/_lib/schema';
import { codesOf, issuesOf } from '../_helpers/input-error';

const codes = (value: unknown, asOf?: string): string[] => {
  const result = asOf === undefined ? parseNip(value) : parseNip(value, { asOf });
  return result.ok ? [] : codesOf(result.issues);
};

describe('parseNip', () => {
  it('reads birth date, appointment month, sex and sequence from a valid NIP', () => {
    expect(parseNip('198503122010011002')).toEqual({
      ok: true,
      nip: '198503122010011002',
      birthDate: '1985-03-12',
      appointmentMonth: '2010-01',
      sex: 'PRIA',
      sequence: 2,
    });
  });

  it('reads sex digit 2 as WANITA', () => {
    expect(parseNip('199107252019032014')).toMatchObject({ ok: true, sex: 'WANITA', sequence: 14, appointmentMonth: '2019-03' });
  });

  it('accepts the printed form with spaces between the four parts', () => {
    expect(parseNip('19850312 201001 1 002')).toEqual(parseNip('198503122010011002'));
  });

  it('rejects a NIP of the wrong length', () => {
    expect(codes('19850312201001100')).toEqual(['nip_length']);
    expect(codes('1985031220100110021')).toEqual(['nip_length']);
    expect(codes('')).toEqual(['nip_length']);
  });

  it('rejects characters other than digits, naming them', () => {
    const result = parseNip('19850312-01001100A');
    expect(result.ok).toBe(false);
    expect(!result.ok && codesOf(result.issues)).toEqual(['nip_not_digits']);
    expect(!result.ok && result.issues[0]?.message.en).toContain('"-", "A"');
  });

  it('rejects spaces anywhere but between the four parts', () => {
    expect(codes(' 198503122010011002')).toEqual(['nip_length', 'nip_not_digits']);
    expect(codes('1985 0312 201001 1 002')).toEqual(['nip_length', 'nip_not_digits']);
  });

  it('rejects a birth date that does not exist', () => {
    expect(codes('198502292010011002')).toEqual(['nip_birth_date_invalid']); // 1985 is not a leap year
    expect(codes('198513122010011002')).toEqual(['nip_birth_date_invalid']);
    expect(codes('198503002010011002')).toEqual(['nip_birth_date_invalid']);
  });

  it('accepts 29 February of a leap year as a birth date', () => {
    expect(parseNip('198402292010011002')).toMatchObject({ ok: true, birthDate: '1984-02-29' });
  });

  it('rejects an appointment month that does not exist', () => {
    expect(codes('198503122010131002')).toEqual(['nip_appointment_month_invalid']);
    expect(codes('198503122010001002')).toEqual(['nip_appointment_month_invalid']);
  });

  it('rejects an appointment before the month of the 18th birthday', () => {
    const result = parseNip('199006152008051001');
    expect(!result.ok && codesOf(result.issues)).toEqual(['nip_appointment_before_18']);
    expect(!result.ok && result.issues[0]?.message.id).toContain('2008-05');
    expect(!result.ok && result.issues[0]?.message.en).toContain('2008-06-15');
  });

  it('accepts an appointment in the month of the 18th birthday (the NIP has no appointment day)', () => {
    expect(parseNip('199006152008061001').ok).toBe(true);
  });

  it('rejects an appointment after the month of asOf, when given', () => {
    expect(codes('199006152026021001', '2026-01-31')).toEqual(['nip_appointment_after_as_of']);
    expect(codes('199006152026011001', '2026-01-01')).toEqual([]);
    expect(codes('199006152026021001')).toEqual([]);
  });

  it('rejects a sex digit other than 1 or 2', () => {
    for (const digit of ['0', '3', '9']) expect(codes(`19850312201001${digit}002`)).toEqual(['nip_sex_digit_invalid']);
  });

  it('names every problem, not only the first', () => {
    expect(codes('198513122030133002', '2026-01-01')).toEqual(['nip_birth_date_invalid', 'nip_appointment_month_invalid', 'nip_sex_digit_invalid']);
    expect(codes('201001012020123002', '2019-01-01')).toEqual(['nip_appointment_before_18', 'nip_appointment_after_as_of', 'nip_sex_digit_invalid']);
    expect(codes('19851312201001X002')).toEqual(['nip_not_digits', 'nip_birth_date_invalid']);
  });

  it('gives every issue a message in both languages with the numbers involved', () => {
    const result = parseNip('198513122010133002');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    for (const issue of result.issues) {
      expect(issue.message.id).not.toBe(issue.message.en);
      expect(issue.path).toEqual([]);
    }
    expect(result.issues[0]?.message.id).toContain('19851312');
    expect(result.issues[1]?.message.en).toContain('201013');
    expect(result.issues[2]?.message.id).toContain('adalah 3');
  });

  it.each([null, undefined, 198503122010011002, {}, ['198503122010011002']])('returns an issue for the non-string %j instead of throwing', (value) => {
    expect(codes(value)).toEqual(['nip_invalid_type']);
  });

  it('throws an InputError for a malformed asOf', () => {
    expect(codesOf(issuesOf(() => parseNip('198503122010011002', { asOf: '2026-02-30' })))).toEqual(['invalid_date']);
  });
});

describe('NipSchema', () => {
  it('gives back the 18 digits of a valid NIP', () => {
    expect(_parse(NipSchema, '19850312 201001 1 002')).toBe('198503122010011002');
  });

  it('carries every problem into an InputError with bilingual messages and the path of the field', () => {
    const issues = issuesOf(() => _parse(z.strictObject({ nip: NipSchema }), { nip: '198513122010133002' }));
    expect(issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['nip', 'nip_birth_date_invalid'],
      ['nip', 'nip_appointment_month_invalid'],
      ['nip', 'nip_sex_digit_invalid'],
    ]);
    expect(issues[0]?.message.id).toContain('Tanggal lahir');
    expect(issues[0]?.message.en).toContain('birth date');
  });

  it('rejects a non-string with a type issue', () => {
    expect(codesOf(issuesOf(() => _parse(NipSchema, 198503122010011002)))).toEqual(['invalid_type']);
  });
});
