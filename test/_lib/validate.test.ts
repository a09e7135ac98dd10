import { describe, expect } from 'vitest';
import { fc, it } from '@fast-check/vitest';
import { EmployeeRecordSchema, IsoDateSchema, InputError, validate } from '../../src/index';
import { _parse } from '../../src/_lib/schema';

describe('validate', () => {
  it('returns the parsed value of a valid input', () => {
    expect(validate(IsoDateSchema, '2026-02-28')).toEqual({ ok: true, value: '2026-02-28' });
  });

  it('returns every issue of an invalid input, each with its path, code and both languages', () => {
    const r = validate(EmployeeRecordSchema, { nip: 'x', name: '', unitId: 3 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['nip', 'unitId']));
    for (const issue of r.issues) {
      expect(issue.code).not.toBe('');
      expect(issue.message.id).not.toBe('');
      expect(issue.message.en).not.toBe('');
    }
  });

  it('puts the given path in front of every issue', () => {
    const r = validate(IsoDateSchema, '2026-02-30', { path: ['records', 3, 'asOf'] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues.map((i) => i.path)).toEqual([['records', 3, 'asOf']]);
  });

  it.prop([fc.anything()])('invariant: validate never throws and agrees with the entry points’ InputError', (value) => {
    const r = validate(IsoDateSchema, value);
    let thrown: unknown;
    try {
      _parse(IsoDateSchema, value, []);
    } catch (error) {
      thrown = error;
    }
    if (r.ok) {
      expect(thrown).toBeUndefined();
    } else {
      expect(thrown).toBeInstanceOf(InputError);
      expect((thrown as InputError).issues).toEqual(r.issues);
    }
  });
});
