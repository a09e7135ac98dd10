import { describe, expect } from 'vitest';
import { it, fc } from '@fast-check/vitest';
import { EmployeeRecordSchema, assessUnit, type EmployeeRecord } from '../../src/eligibility/index';
import { _isEmployeeRecord } from '../../src/eligibility/schema';
import { jabarMkd2023, jabarMkd2025, nationalFwa2025, type Policy } from '../../src/policy/index';
import { AS_OF, fullRecordArb, recordArb } from '../arbitraries/eligibility';

const policyArb = fc.constantFrom<Policy>(jabarMkd2023, jabarMkd2025, nationalFwa2025);

type Path = (string | number)[];

/** Every path to an object, an array or a leaf inside a record (the record itself is `[]`). */
function pathsOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...path, i], out));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) pathsOf(v, [...path, k], out);
  return out;
}

const get = (root: unknown, path: Path): unknown => path.reduce<unknown>((x, k) => (x as Record<string | number, unknown>)[k], root);

/** Replaces the value at `path` (the root when `path` is empty). */
function replaced(root: unknown, path: Path, make: (old: unknown) => unknown): unknown {
  if (path.length === 0) return make(root);
  const parent = get(root, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path[path.length - 1]!] = make(parent[path[path.length - 1]!]);
  return root;
}

/**
 * What JSON shows of a value, and the rules read: string-keyed enumerable properties and
 * array items. zod's copy drops the rest (symbol keys, properties of an array besides its
 * items), so the guard's promise is that zod's copy equals this view of the input.
 */
function visible(value: unknown): unknown {
  if (Array.isArray(value)) return Array.from(value, visible);
  if (typeof value !== 'object' || value === null) return value;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = visible((value as Record<string, unknown>)[key]);
  return out;
}

class Carrier {}
class Items extends Array<unknown> {}

/** A copy of an object with another prototype and the same own properties. */
function withPrototype(value: unknown, proto: object | null): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.create(proto, Object.getOwnPropertyDescriptors(value)) as unknown;
}

/** Values next to a valid one that a schema may refuse: spaces, lengths, impossible dates, bounds, non-finite numbers, decimals. */
function nearMisses(old: unknown): unknown[] {
  if (typeof old === 'string') {
    if (/^\d{18}$/.test(old)) return [`${old.slice(0, 8)} ${old.slice(8, 14)} ${old.slice(14, 15)} ${old.slice(15)}`, `${old.slice(0, 14)}3${old.slice(15)}`, `${old.slice(0, 4)}1301${old.slice(8)}`];
    return [`${old} `, '', 'x'.repeat(201), old.toLowerCase(), `${old.slice(0, 8)}31`, `${old.slice(0, 5)}13`];
  }
  if (typeof old === 'number') return [-0, Number.NaN, Number.POSITIVE_INFINITY, old + 0.001, -old - 1, old * 1000 + 1, 1e21, 2 ** 53 + 2];
  if (typeof old === 'boolean') return [old ? 1 : 0];
  return [old];
}

/** Ways a record can go wrong, each applied at a path; some leave it valid, most do not. */
const defects: Record<string, (old: unknown, extra: unknown, key: string) => unknown> = {
  'any value': (_old, extra) => extra,
  'an unknown key': (old, extra, key) => (typeof old === 'object' && old !== null && !Array.isArray(old) ? { ...old, [`x${key}`]: extra } : old),
  'an optional key set to undefined': (old, _extra, key) => {
    if (typeof old !== 'object' || old === null || Array.isArray(old)) return old;
    const keys = Object.keys(old);
    return { ...old, [keys.length > 0 ? keys[key.length % keys.length]! : key]: undefined };
  },
  'a key removed': (old, _extra, key) => {
    if (typeof old !== 'object' || old === null || Array.isArray(old)) return undefined;
    const copy: Record<string, unknown> = { ...old };
    const keys = Object.keys(copy);
    if (keys.length > 0) delete copy[keys[key.length % keys.length]!];
    return copy;
  },
  'a null prototype': (old) => withPrototype(old, null),
  'a class instance': (old) => withPrototype(old, Carrier.prototype),
  'an object made from another': (old) => withPrototype(old, { inherited: 1 }),
  'a symbol key': (old) => (typeof old === 'object' && old !== null ? Object.assign(Array.isArray(old) ? [...old] : { ...old }, { [Symbol('extra')]: 1 }) : old),
  'a non-enumerable key': (old, extra, key) => {
    if (typeof old !== 'object' || old === null) return old;
    const copy = (Array.isArray(old) ? [...old] : { ...old }) as Record<string, unknown>;
    const keys = Object.keys(copy);
    const k = keys.length > 0 ? keys[key.length % keys.length]! : key;
    Object.defineProperty(copy, k, { value: typeof extra === 'number' ? undefined : copy[k], enumerable: false });
    return copy;
  },
  'a sibling copied over another': (old, _extra, key) => {
    // Makes the checks across fields fail: on-site and field weekdays alike, two streaks at once, a task id twice.
    if (Array.isArray(old)) return old.length > 0 ? [...old, structuredClone(old[0])] : old;
    if (typeof old !== 'object' || old === null) return old;
    const keys = Object.keys(old);
    if (keys.length < 2) return old;
    const from = keys[key.length % keys.length]!;
    const to = keys[(key.length + 1) % keys.length]!;
    return { ...old, [to]: structuredClone((old as Record<string, unknown>)[from]) };
  },
  'an array with an extra property': (old) => (Array.isArray(old) ? Object.assign([...old], { extra: 1 }) : old),
  'an array with a hole': (old) => {
    if (!Array.isArray(old)) return old;
    const copy = [...old];
    copy.length += 1;
    return copy;
  },
  'an array subclass': (old) => (Array.isArray(old) ? Items.from(old) : old),
  'a near-miss value': (old, extra) => {
    const variants = nearMisses(old);
    return variants[typeof extra === 'number' && Number.isFinite(extra) ? Math.abs(Math.trunc(extra)) % variants.length : 0];
  },
};

const anythingArb = fc.anything({
  maxDepth: 2,
  withNullPrototype: true,
  withObjectString: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withSparseArray: true,
  withBigInt: true,
  withTypedArray: true,
});

/** A valid record with one defect at one place, and the name of the defect. */
const corruptedArb = fc
  .tuple(fullRecordArb, fc.nat(), fc.constantFrom(...Object.keys(defects)), anythingArb, fc.string({ maxLength: 6 }))
  .map(([record, at, defect, extra, key]) => {
    const copy = structuredClone(record);
    const paths = pathsOf(copy);
    const path = paths[at % paths.length]!;
    return { defect, path, record: replaced(copy, path, (old) => defects[defect]!(old, extra, key)) };
  });

describe('_isEmployeeRecord (the guard in front of EmployeeRecordSchema)', () => {
  it.prop([fullRecordArb])('invariant: the record guard accepts every valid record, and the schema returns it unchanged', (record) => {
    expect(_isEmployeeRecord(record)).toBe(true);
    const parsed = EmployeeRecordSchema.safeParse(record);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toEqual(record);
  });

  it.prop([fullRecordArb, anythingArb, fc.string({ maxLength: 6 })])(
    'invariant: the record guard accepts only records the schema returns unchanged (each defect at each place of a record)',
    (record, extra, key) => {
      for (const path of pathsOf(record)) {
        const variants = [...Object.values(defects).map((defect) => (old: unknown) => defect(old, extra, key)), ...nearMisses(get(record, path)).map((v) => () => v)];
        for (const variant of variants) {
          const corrupted = replaced(structuredClone(record), path, variant);
          if (!_isEmployeeRecord(corrupted)) continue;
          const parsed = EmployeeRecordSchema.safeParse(corrupted);
          expect(parsed.success).toBe(true);
          expect(parsed.data).toEqual(visible(corrupted));
        }
      }
    },
  );

  it.prop([fc.anything({ maxDepth: 3, withNullPrototype: true, withBoxedValues: true, withDate: true, withMap: true, withSparseArray: true })])(
    'invariant: the record guard accepts nothing the schema rejects, whatever the value',
    (value) => {
      if (_isEmployeeRecord(value)) expect(EmployeeRecordSchema.safeParse(value).success).toBe(true);
    },
  );
});

describe('assessUnit behind the guard', () => {
  /** The same record as a class instance: the guard refuses it, so zod validates it and decides on its copy. */
  const viaZod = (record: EmployeeRecord): unknown => withPrototype(record, Carrier.prototype);

  it.prop([fc.uniqueArray(fc.oneof(recordArb, fullRecordArb), { maxLength: 6, selector: (r) => r.nip }), policyArb])(
    'invariant: a record the guard lets through is decided exactly as zod’s copy of it',
    (records, policy) => {
      const guarded = assessUnit(records, policy, { asOf: AS_OF });
      const parsed = assessUnit(records.map(viaZod), policy, { asOf: AS_OF });
      expect(records.every((r) => _isEmployeeRecord(r))).toBe(true);
      expect(records.some((r) => _isEmployeeRecord(viaZod(r)))).toBe(false);
      expect(JSON.stringify(guarded)).toBe(JSON.stringify(parsed));
    },
  );

  it.prop([fc.uniqueArray(corruptedArb, { maxLength: 6, selector: (c) => (c.record as { nip?: unknown } | null)?.nip })])(
    'invariant: with or without defects, a record is decided or rejected as zod alone would',
    (cases) => {
      const records = cases.map((c) => c.record);
      const guarded = assessUnit(records, jabarMkd2025, { asOf: AS_OF });
      // Plain copies wrapped as class instances go to zod whatever they hold.
      const parsed = assessUnit(
        records.map((r) => (typeof r === 'object' && r !== null && !Array.isArray(r) && Object.getPrototypeOf(r) === Object.prototype ? viaZod(r as EmployeeRecord) : r)),
        jabarMkd2025,
        { asOf: AS_OF },
      );
      expect(JSON.stringify(guarded)).toBe(JSON.stringify(parsed));
    },
  );
});
