import fc from 'fast-check';
import { _addMonths, _civil, _epochDay, _formatIsoDate, _formatIsoMonth } from '../../src/_lib/dates';

/** The parts a NIP is built from. */
export interface NipParts {
  readonly birthDate: string;
  readonly appointmentMonth: string;
  readonly sex: 'PRIA' | 'WANITA';
  readonly sequence: number;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/**
 * A valid NIP and its parts, valid by construction: a birth date 1950–2007, an
 * appointment month from the month of the 18th birthday up to 2026-12, sex 1 or 2,
 * sequence 0–999.
 */
export const validNipArb: fc.Arbitrary<{ nip: string; parts: NipParts }> = fc
  .integer({ min: _epochDay(1950, 1, 1), max: _epochDay(2007, 12, 31) })
  .chain((birthDay) => {
    const b18 = _civil(_addMonths(birthDay, 216));
    const first = b18.year * 12 + (b18.month - 1);
    const last = 2026 * 12 + 11;
    return fc.record({
      birthDay: fc.constant(birthDay),
      appointmentIndex: fc.integer({ min: first, max: last }),
      sex: fc.constantFrom('PRIA' as const, 'WANITA' as const),
      sequence: fc.integer({ min: 0, max: 999 }),
    });
  })
  .map(({ birthDay, appointmentIndex, sex, sequence }) => {
    const b = _civil(birthDay);
    const ay = Math.floor(appointmentIndex / 12);
    const am = (appointmentIndex % 12) + 1;
    const nip = `${b.year}${pad(b.month, 2)}${pad(b.day, 2)}${ay}${pad(am, 2)}${sex === 'PRIA' ? 1 : 2}${pad(sequence, 3)}`;
    return { nip, parts: { birthDate: _formatIsoDate(birthDay), appointmentMonth: _formatIsoMonth(ay, am), sex, sequence } };
  });

/** Any string of exactly 18 ASCII digits. */
export const eighteenDigitsArb = fc.array(fc.constantFrom(...'0123456789'), { minLength: 18, maxLength: 18 }).map((d) => d.join(''));
