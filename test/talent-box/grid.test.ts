import { describe, expect, it } from 'vitest';
import { isInputError } from '../../src/_lib/errors';
import { TALENT_BOXES, levelsOfBox, talentBoxOf, type ExpectationLevel, type PotensialLevel, type TalentBoxNumber } from '../../src/talent-box/index';

describe('talentBoxOf and levelsOfBox', () => {
  it('numbers the grid as PermenPANRB 3/2020 material does', () => {
    expect(talentBoxOf('DI_ATAS_EKSPEKTASI', 'TINGGI')).toBe(9);
    expect(talentBoxOf('DI_ATAS_EKSPEKTASI', 'RENDAH')).toBe(4);
    expect(talentBoxOf('DI_BAWAH_EKSPEKTASI', 'TINGGI')).toBe(6);
    expect(talentBoxOf('SESUAI_EKSPEKTASI', 'RENDAH')).toBe(2);
  });

  it('gives the levels of a box', () => {
    expect(levelsOfBox(5)).toEqual({ kinerja: 'SESUAI_EKSPEKTASI', potensial: 'MENENGAH' });
  });

  it('puts boxes 7, 8 and 9 in the succession pool and no other', () => {
    const pool = (Object.values(TALENT_BOXES) as { box: number; successionPool: boolean }[]).filter((b) => b.successionPool).map((b) => b.box);
    expect(pool).toEqual([7, 8, 9]);
  });

  it('labels every box "Kinerja … dan potensial …" in its own levels', () => {
    for (const info of Object.values(TALENT_BOXES)) {
      expect(info.label.id).toMatch(/^Kinerja (di bawah|sesuai|di atas) ekspektasi dan potensial (rendah|menengah|tinggi)$/);
      expect(info.recommendations.length).toBeGreaterThan(0);
    }
  });

  it.each([0, 10, 1.5, Number.NaN])('rejects box %d', (box) => {
    expect(() => levelsOfBox(box as TalentBoxNumber)).toThrow(expect.objectContaining({ name: 'InputError' }));
  });

  it('rejects unknown levels, and inherited property names, as bad input', () => {
    for (const [k, p] of [
      ['TINGGI', 'TINGGI'],
      ['DI_ATAS_EKSPEKTASI', 'toString'],
      ['constructor', 'RENDAH'],
    ] as const) {
      let error: unknown;
      try {
        talentBoxOf(k as ExpectationLevel, p as PotensialLevel);
      } catch (e) {
        error = e;
      }
      expect(isInputError(error)).toBe(true);
    }
  });
});

describe('levelsOfBox and talentBoxOf refuse what is not on the grid (found by mutation testing)', () => {
  for (const box of [0, 10, -1, 4.5, Number.NaN]) {
    it(`levelsOfBox(${box}) throws InputError invalid_value at box, naming the value in both languages`, () => {
      let error: unknown;
      try {
        levelsOfBox(box as TalentBoxNumber);
      } catch (e) {
        error = e;
      }
      expect(isInputError(error)).toBe(true);
      if (!isInputError(error)) return;
      expect(error.issues).toEqual([
        {
          path: ['box'],
          code: 'invalid_value',
          message: { id: `Kotak talenta harus bilangan bulat 1–9, bukan ${String(box)}`, en: `A talent box must be an integer 1–9, not ${String(box)}` },
        },
      ]);
    });
  }

  it('levelsOfBox accepts both ends of the grid', () => {
    expect(levelsOfBox(1)).toEqual({ kinerja: 'DI_BAWAH_EKSPEKTASI', potensial: 'RENDAH' });
    expect(levelsOfBox(9)).toEqual({ kinerja: 'DI_ATAS_EKSPEKTASI', potensial: 'TINGGI' });
  });

  it('talentBoxOf names the potensial argument when it is not a level', () => {
    let error: unknown;
    try {
      talentBoxOf('SESUAI_EKSPEKTASI', 'SEDANG' as PotensialLevel);
    } catch (e) {
      error = e;
    }
    expect(isInputError(error)).toBe(true);
    if (isInputError(error)) expect(error.issues.map((i) => i.path)).toEqual([['potensial']]);
  });
});
