/**
 * The exported schemas keep their concrete zod types (not a bare `ZodType`), so that an
 * app composes them with zod/mini's functions. The type checks are compiled by
 * `npm run typecheck` (each `@ts-expect-error` must meet an error); the runtime checks
 * show that the composed schemas still report the library's own issues.
 */
import * as z from 'zod/mini';
import { z as classic } from 'zod';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { EmployeeRecordSchema, RecordRosterSchema, type EmployeeRecord, type RecordRoster } from '../../src/eligibility/index';
import { IsoDateSchema, validate } from '../../src/index';

const ASEP = { nip: '199001012015031001', name: 'Asep Saepudin', unitId: 'bidang-perencanaan' } as const;

describe('composing the exported schemas with zod/mini', () => {
  it('types a schema as the object it is: its output is the documented interface', () => {
    expectTypeOf(EmployeeRecordSchema).toExtend<z.ZodMiniObject>();
    expectTypeOf<z.output<typeof EmployeeRecordSchema>>().toExtend<EmployeeRecord>();
    expectTypeOf<z.output<typeof RecordRosterSchema>>().toExtend<RecordRoster>();
  });

  it('extends a record with an app field: typed, strict, and the library fields still checked', () => {
    const AppRecordSchema = z.extend(EmployeeRecordSchema, { email: z.optional(z.string()) });
    expectTypeOf<z.output<typeof AppRecordSchema>>().toExtend<EmployeeRecord & { email?: string | undefined }>();
    expect(AppRecordSchema.parse({ ...ASEP, email: 'asep@example.go.id' }).email).toBe('asep@example.go.id');
    const checked = validate(AppRecordSchema, { ...ASEP, unitId: 'constructor', emial: 'x' });
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.issues.map((i) => i.code)).toEqual(['forbidden_id', 'unrecognized_keys']);
  });

  it('picks and makes partial: a draft with only some fields', () => {
    const DraftSchema = z.partial(z.pick(EmployeeRecordSchema, { name: true, unitId: true }));
    expectTypeOf<z.output<typeof DraftSchema>>().toEqualTypeOf<{ name?: string | undefined; unitId?: string | undefined }>();
    expect(DraftSchema.parse({ name: 'Asep' })).toEqual({ name: 'Asep' });
    expect(DraftSchema.safeParse({ nip: ASEP.nip }).success).toBe(false);
  });

  it('mixes with classic zod, which shares the core', () => {
    const ListSchema = classic.array(EmployeeRecordSchema).max(2);
    expectTypeOf<classic.output<typeof ListSchema>>().toExtend<readonly EmployeeRecord[]>();
    expect(ListSchema.parse([ASEP])).toEqual([ASEP]);
    const checked = validate(ListSchema, [ASEP, { ...ASEP, nip: '1' }]);
    expect(checked.ok ? [] : checked.issues.map((i) => i.path.join('.'))).toEqual(['1.nip']);
  });

  it('refuses at compile time what zod would refuse at run time', () => {
    // @ts-expect-error -- a date schema is not an object: it cannot be extended.
    expect(() => z.extend(IsoDateSchema, { note: z.string() })).toThrow();
    // @ts-expect-error -- `email` is not a key of a record: it cannot be picked.
    expect(() => z.pick(EmployeeRecordSchema, { email: true })).toThrow();
    // @ts-expect-error -- the output of a record is not a date.
    expectTypeOf<z.output<typeof EmployeeRecordSchema>>().toEqualTypeOf<string>();
  });
});
