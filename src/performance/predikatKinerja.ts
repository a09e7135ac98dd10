import { InputError, _issue } from '../_lib/errors';
import { EXPECTATION_LEVELS, type ExpectationLevel } from '../_lib/levels';
import type { Predikat } from '../policy/sections/performance';
import { PREDIKAT_MATRIX } from './tables';

function levelError(name: string, value: unknown): InputError {
  const text = JSON.stringify(value) ?? String(value);
  return new InputError([
    _issue(
      [name],
      'invalid_value',
      `Nilai ${name} tidak valid: ${text}; diharapkan salah satu dari ${EXPECTATION_LEVELS.join(', ')}`,
      `Invalid ${name}: ${text}; expected one of ${EXPECTATION_LEVELS.join(', ')}`,
    ),
  ]);
}

/**
 * The predikat kinerja of a *hasil kerja* and a *perilaku kerja* rating — the matrix of
 * PermenPANRB 6/2022 ({@link PREDIKAT_MATRIX}).
 *
 * @param hasilKerja - Rating of results.
 * @param perilakuKerja - Rating of behaviour (BerAKHLAK).
 * @returns The predikat.
 * @throws {@link InputError} when a rating is not one of the three levels.
 *
 * @example
 * ```ts
 * import { predikatKinerja } from 'kerja-dinamis/performance';
 *
 * predikatKinerja('DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI');
 * //=> 'BAIK'
 * predikatKinerja('DI_ATAS_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI');
 * //=> 'KURANG' (results without the behaviour: misconduct)
 * ```
 */
export function predikatKinerja(hasilKerja: ExpectationLevel, perilakuKerja: ExpectationLevel): Predikat {
  const row = typeof hasilKerja === 'string' && Object.hasOwn(PREDIKAT_MATRIX, hasilKerja) ? PREDIKAT_MATRIX[hasilKerja] : undefined;
  if (row === undefined) throw levelError('hasilKerja', hasilKerja);
  if (typeof perilakuKerja !== 'string' || !Object.hasOwn(row, perilakuKerja)) throw levelError('perilakuKerja', perilakuKerja);
  return row[perilakuKerja];
}
