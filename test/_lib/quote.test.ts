import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { _QUOTE_MAX, _cut, _quote, _quoteText } from '../../src/_lib/quote';

describe('_quote', () => {
  it('writes text as a JSON string, numbers, bigints, booleans, null and undefined as in code', () => {
    expect(_quote('2026-13-01')).toBe('"2026-13-01"');
    expect(_quote('a"b\n')).toBe('"a\\"b\\n"');
    expect(_quote(1.5)).toBe('1.5');
    expect(_quote(Number.NaN)).toBe('NaN');
    expect(_quote(12n)).toBe('12n');
    expect(_quote(-(10n ** 80n))).toBe('-…n');
    expect(_quote(true)).toBe('true');
    expect(_quote(null)).toBe('null');
    expect(_quote(undefined)).toBe('undefined');
    expect(_quote(Symbol('x'))).toBe('Symbol(x)');
  });

  it('names an object only by its kind, running none of its code', () => {
    const touched: string[] = [];
    const trap = new Proxy({}, { get: (_, key) => void touched.push(String(key)), getPrototypeOf: () => { touched.push('proto'); return null; } });
    const throwing = { toString: () => { throw new Error('toString'); }, valueOf: () => { throw new Error('valueOf'); } };
    let deep: unknown[] = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect([_quote(Object.create(null)), _quote(throwing), _quote(trap), _quote(new Date(0)), _quote(new Map())]).toEqual(['{…}', '{…}', '{…}', '{…}', '{…}']);
    expect([_quote([1, 2]), _quote(deep), _quote(() => 1)]).toEqual(['[…]', '[…]', '(function)']);
    expect(touched).toEqual([]);
  });

  it('cuts text to 80 characters, quote marks and ellipsis included, at a code point', () => {
    expect(_quote('x'.repeat(78))).toBe(`"${'x'.repeat(78)}"`);
    expect(_quote('x'.repeat(79))).toBe(`"${'x'.repeat(77)}…"`);
    expect(_quote('😀'.repeat(100))).toBe(`"${'😀'.repeat(38)}…"`);
    expect(_quote('\u0000'.repeat(100))).toBe(`"${'\\u0000'.repeat(12)}…"`);
    expect(_quoteText('abcdef', 6)).toBe('"abc…"');
    expect(_cut('😀'.repeat(50), 10)).toBe(`${'😀'.repeat(4)}…`);
  });

  it('reads only the start of a 10 MB text', () => {
    const big = 'x'.repeat(10_000_000);
    const started = performance.now();
    for (let i = 0; i < 1000; i++) _quote(big);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('never throws and never gives more than 80 characters, whatever the value', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withNullPrototype: true, withSparseArray: true, withBoxedValues: true, withMap: true, withSet: true, withDate: true, withTypedArray: true, withObjectString: true, withUnicodeString: true }), (value) => {
        expect(_quote(value).length).toBeLessThanOrEqual(_QUOTE_MAX);
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.integer({ min: 8, max: 120 }), (text, max) => {
        const quoted = _quoteText(text, max);
        expect(quoted.length).toBeLessThanOrEqual(max);
        // What is shown is the start of the text, as JSON writes it.
        expect(JSON.stringify(text).startsWith(quoted.endsWith('…"') ? quoted.slice(0, -2) : quoted)).toBe(true);
      }),
    );
  });
});
