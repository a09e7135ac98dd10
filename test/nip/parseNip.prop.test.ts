import { describe, expect } from 'vitest';
import { it, fc } from '@fast-check/vitest';
import { NipSchema, parseNip } from '../../src/nip/index';
import { eighteenDigitsArb, validNipArb } from '../arbitraries/nip';

describe('parseNip properties', () => {
  it.prop([validNipArb])('parsing a generated NIP returns the parts it was built from', ({ nip, parts }) => {
    expect(parseNip(nip)).toEqual({ ok: true, nip, ...parts });
  });

  it.prop([validNipArb])('the printed form with spaces parses like the compact form', ({ nip }) => {
    const printed = `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
    expect(parseNip(printed)).toEqual(parseNip(nip));
  });

  it.prop([eighteenDigitsArb])('any 18 digits are either parsed or rejected with issues, never thrown', (digits) => {
    const result = parseNip(digits);
    if (result.ok) {
      expect(result.nip).toBe(digits);
    } else {
      expect(result.issues.length).toBeGreaterThan(0);
      for (const issue of result.issues) expect(issue.code).toMatch(/^nip_(birth_date_invalid|appointment_month_invalid|appointment_before_18|sex_digit_invalid)$/);
    }
  });

  it.prop([fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.anything())])('never throws, whatever the value', (value) => {
    const result = parseNip(value);
    expect(result.ok || result.issues.length > 0).toBe(true);
  });

  it.prop([fc.oneof(eighteenDigitsArb, fc.string({ maxLength: 24 }))])('NipSchema accepts exactly what parseNip accepts', (value) => {
    expect(NipSchema.safeParse(value).success).toBe(parseNip(value).ok);
  });

  it.prop([validNipArb])('changing the sex digit to anything but 1 or 2 is always reported', ({ nip }) => {
    for (const digit of '03456789') {
      const result = parseNip(`${nip.slice(0, 14)}${digit}${nip.slice(15)}`);
      expect(!result.ok && result.issues.map((i) => i.code)).toEqual(['nip_sex_digit_invalid']);
    }
  });
});
