import { describe, expect, it } from 'vitest';
import { PREDIKAT_MATRIX, PREDIKAT_ORDER, predikatKinerja } from '../../src/performance/index';
import { codesOf, issuesOf } from '../_helpers/input-error';

// The 9 cells of the PermenPANRB 6/2022 matrix, written out from domain reference §3
// (rows hasil kerja, columns perilaku kerja).
const CELLS = [
  ['DI_ATAS_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI', 'KURANG'],
  ['DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'BAIK'],
  ['DI_ATAS_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI', 'SANGAT_BAIK'],
  ['SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI', 'KURANG'],
  ['SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'BAIK'],
  ['SESUAI_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI', 'BAIK'],
  ['DI_BAWAH_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI', 'SANGAT_KURANG'],
  ['DI_BAWAH_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'BUTUH_PERBAIKAN'],
  ['DI_BAWAH_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI', 'BUTUH_PERBAIKAN'],
] as const;

describe('predikatKinerja', () => {
  it.each(CELLS)('hasil kerja %s with perilaku kerja %s is %s', (hasil, perilaku, predikat) => {
    expect(predikatKinerja(hasil, perilaku)).toBe(predikat);
  });

  it('reads a frozen table', () => {
    expect(Object.isFrozen(PREDIKAT_MATRIX)).toBe(true);
    expect(Object.isFrozen(PREDIKAT_MATRIX.SESUAI_EKSPEKTASI)).toBe(true);
  });

  it('orders the predikat lowest first', () => {
    expect(PREDIKAT_ORDER).toEqual(['SANGAT_KURANG', 'KURANG', 'BUTUH_PERBAIKAN', 'BAIK', 'SANGAT_BAIK']);
  });

  it('never rates better results or behaviour lower', () => {
    const levels = ['DI_BAWAH_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI'] as const;
    const rank = (h: (typeof levels)[number], p: (typeof levels)[number]) => PREDIKAT_ORDER.indexOf(predikatKinerja(h, p));
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        if (i < 2) expect(rank(levels[i + 1]!, levels[j]!)).toBeGreaterThanOrEqual(rank(levels[i]!, levels[j]!));
        if (j < 2) expect(rank(levels[i]!, levels[j + 1]!)).toBeGreaterThanOrEqual(rank(levels[i]!, levels[j]!));
      }
    }
  });

  it('throws an InputError naming the rating that is not a level', () => {
    expect(codesOf(issuesOf(() => predikatKinerja('BAIK' as never, 'SESUAI_EKSPEKTASI')))).toEqual(['invalid_value']);
    expect(issuesOf(() => predikatKinerja('SESUAI_EKSPEKTASI', 'toString' as never))[0]!.path).toEqual(['perilakuKerja']);
    expect(issuesOf(() => predikatKinerja('__proto__' as never, 'SESUAI_EKSPEKTASI'))[0]!.path).toEqual(['hasilKerja']);
  });
});
