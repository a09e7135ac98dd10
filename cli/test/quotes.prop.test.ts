import { fc, it } from '@fast-check/vitest';
import { stringify } from 'csv-stringify/sync';
import { describe, expect } from 'vitest';
import { quotesAreWellFormed } from '../src/input';

// The check behind "a stray quote rejects its row": every row a CSV writer quotes
// correctly passes it, and a quote put inside an unquoted cell never does.
const cell = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '"', ';', ',', '\n', '\r', 'é'), maxLength: 8 });

describe('quotesAreWellFormed', () => {
  it.prop([fc.array(cell, { minLength: 1, maxLength: 6 }), fc.constantFrom(';', ',', '\t'), fc.boolean()])(
    'invariant: a row written by csv-stringify is well formed',
    (cells, delimiter, crlf) => {
      const raw = stringify([cells], { delimiter, record_delimiter: crlf ? '\r\n' : '\n' });
      expect(quotesAreWellFormed(raw, delimiter)).toBe(true);
    },
  );

  it.prop([fc.array(fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'é'), maxLength: 6 }), { minLength: 1, maxLength: 6 }), fc.nat(), fc.nat()])(
    'invariant: a quote inside an unquoted cell, after its first character, is a stray quote',
    (cells, which, at) => {
      const i = which % cells.length;
      const text = `x${cells[i]!}`;
      const pos = 1 + (at % text.length);
      const broken = cells.map((c, k) => (k === i ? `${text.slice(0, pos)}"${text.slice(pos)}` : c));
      expect(quotesAreWellFormed(`${broken.join(';')}\n`, ';')).toBe(false);
    },
  );

  it('names the cases of the hint', () => {
    expect(quotesAreWellFormed('1;"Asep"x;u\n', ';')).toBe(false);
    expect(quotesAreWellFormed('1;Dede "Ujang" S;u\n', ';')).toBe(false);
    expect(quotesAreWellFormed('1;"Siti ""Ica""";u\r\n', ';')).toBe(true);
    expect(quotesAreWellFormed('1;"open;u\n', ';')).toBe(false);
  });
});
