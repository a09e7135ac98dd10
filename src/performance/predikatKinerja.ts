import { InputError } from '../_lib/errors';
import { EXPECTATION_LEVELS, type ExpectationLevel } from '../_lib/levels';
import { _describeChoice } from '../_lib/messages';
import type { Predikat } from '../policy/sections/performance';
import { PREDIKAT_MATRIX } from './tables';

function levelError(name: string, value: unknown): InputError {
  return new InputError([{ path: [name], code: 'invalid_value', message: _describeChoice(EXPECTATION_LEVELS, value) }]);
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
