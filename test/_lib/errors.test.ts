import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { InputError, isInputError } from '../../src/_lib/errors';
import { IsoDateSchema, IsoMonthSchema, _check, _parse } from '../../src/_lib/schema';

describe('InputError', () => {
  it('carries every issue with path, code and a message in both languages', () => {
    const schema = z.strictObject({ a: z.number().int(), b: IsoDateSchema, c: IsoMonthSchema });
    let caught: unknown;
    try {
      _parse(schema, { a: 1.5, b: '2026-02-30', c: '2026-13', d: true });
    } catch (error) {
      caught = error;
    }
    expect(isInputError(caught)).toBe(true);
    const issues = (caught as InputError).issues;
    expect(issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['a', 'invalid_type'],
      ['b', 'invalid_date'],
      ['c', 'invalid_month'],
      ['', 'unrecognized_keys'],
    ]);
    for (const issue of issues) {
      expect(issue.message.id.length).toBeGreaterThan(0);
      expect(issue.message.en.length).toBeGreaterThan(0);
      expect(issue.message.id).not.toBe(issue.message.en);
    }
    expect(issues[1]?.message.id).toContain('Tanggal tidak valid');
    expect(issues[0]?.message).toEqual({ id: 'harus bilangan bulat, bukan 1,5', en: 'must be a whole number, not 1.5' });
    expect(issues[3]?.message).toEqual({ id: 'kunci tidak dikenal: "d"', en: 'unknown key "d"' });
  });

  it('prefixes paths when asked', () => {
    const checked = _check(z.strictObject({ x: z.string() }), { x: 1 }, ['records', 4]);
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.issues[0]?.path).toEqual(['records', 4, 'x']);
  });

  it('is recognised across two copies of the module', async () => {
    vi.resetModules();
    const copy = await import('../../src/_lib/errors');
    expect(copy.InputError).not.toBe(InputError);
    const foreign = new copy.InputError([{ path: [], code: 'x', message: { id: 'x', en: 'x' } }]);
    expect(foreign instanceof InputError).toBe(false);
    expect(isInputError(foreign)).toBe(true);
  });

  it('is not fooled by ordinary errors and values', () => {
    expect(isInputError(new Error('x'))).toBe(false);
    expect(isInputError(null)).toBe(false);
    expect(isInputError({ issues: [] })).toBe(false);
  });

  it('summarises its issues in its message', () => {
    const error = new InputError([
      { path: ['a', 0], code: 'x', message: { id: 'salah', en: 'wrong' } },
      { path: [], code: 'y', message: { id: 'salah', en: 'bad' } },
    ]);
    expect(error.message).toContain('a.0: wrong');
    expect(error.message).toContain('(input): bad');
    expect(error.name).toBe('InputError');
  });
});
