import fc from 'fast-check';

/** A path into plain data: object keys and array indices. */
export type DataPath = readonly (string | number)[];

/** Every path into `value` below the root, parents before children. */
export function pathsOf(value: unknown, prefix: DataPath = []): DataPath[] {
  const out: DataPath[] = [];
  if (Array.isArray(value)) {
    value.forEach((item, i) => out.push([...prefix, i], ...pathsOf(item, [...prefix, i])));
  } else if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) out.push([...prefix, key], ...pathsOf((value as Record<string, unknown>)[key], [...prefix, key]));
  }
  return out;
}

/** Values one step from a valid number: bounds ± 1, fractions, non-finite, a numeric string. */
const NUMBER_MISSES: readonly unknown[] = [-1, 6, 5.5, 101, 10_001, 1_000_001, Number.NaN, Number.POSITIVE_INFINITY, '2', null];
/** Values one step from a valid string: forbidden ids, impossible dates and months, Saturday, lower case, wrong types. */
const STRING_MISSES: readonly unknown[] = ['__proto__', 'constructor', '', 'x'.repeat(101), '2026-02-30', '2026-13', '2026-3-01', 'SABTU', 'senin', 2, null, true];

type Edit =
  | { readonly kind: 'replace'; readonly value: unknown }
  | { readonly kind: 'near-miss'; readonly pick: number }
  | { readonly kind: 'add-key'; readonly key: string; readonly value: unknown }
  | { readonly kind: 'delete' }
  | { readonly kind: 'duplicate' }
  | { readonly kind: 'hole' }
  | { readonly kind: 'class-instance' }
  | { readonly kind: 'symbol-key' }
  | { readonly kind: 'copy-sibling'; readonly pick: number };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('near-miss' as const), pick: fc.nat() }), weight: 6 },
  fc.record({ kind: fc.constant('replace' as const), value: fc.anything({ withNullPrototype: true, withSparseArray: true, withBoxedValues: true, withMap: true }) }),
  fc.record({ kind: fc.constant('add-key' as const), key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'toString', 'id')), value: fc.anything() }),
  fc.constant({ kind: 'delete' as const }),
  fc.constant({ kind: 'duplicate' as const }),
  fc.constant({ kind: 'hole' as const }),
  fc.constant({ kind: 'class-instance' as const }),
  fc.constant({ kind: 'symbol-key' as const }),
  fc.record({ kind: fc.constant('copy-sibling' as const), pick: fc.nat() }),
);

class Wrapped {}

/** Applies one edit at `path` of a deep copy of `value` (the root when `path` is empty). */
export function applyEdit(value: unknown, path: DataPath, edit: Edit): unknown {
  const root = structuredClone(value);
  const holder = { root } as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = holder;
  let key: string | number = 'root';
  for (const step of path) {
    parent = parent[key] as Record<string | number, unknown>;
    key = step;
  }
  const target = parent[key];
  switch (edit.kind) {
    case 'replace':
      parent[key] = edit.value;
      break;
    case 'near-miss': {
      const misses = typeof target === 'number' ? NUMBER_MISSES : typeof target === 'string' ? STRING_MISSES : [undefined, null, 'x', 0];
      parent[key] = misses[edit.pick % misses.length];
      break;
    }
    case 'add-key':
      if (typeof target === 'object' && target !== null) Object.defineProperty(target, edit.key, { value: edit.value, enumerable: true, writable: true, configurable: true });
      else parent[key] = edit.value;
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      break;
    case 'duplicate':
      if (Array.isArray(target) && target.length > 0) target.push(structuredClone(target[0]));
      else parent[key] = [target, target];
      break;
    case 'hole':
      if (Array.isArray(target)) target.length += 1;
      else parent[key] = [, target];
      break;
    case 'class-instance':
      if (typeof target === 'object' && target !== null && !Array.isArray(target)) parent[key] = Object.assign(new Wrapped(), target);
      else parent[key] = new Wrapped();
      break;
    case 'symbol-key':
      if (typeof target === 'object' && target !== null) (target as Record<symbol, unknown>)[Symbol('extra')] = 1;
      else parent[key] = { [Symbol('extra')]: 1 };
      break;
    case 'copy-sibling': {
      // Another value of the same data put here: a valid shape in the wrong place,
      // or a reference (id, partner) that no longer holds.
      const all = pathsOf(holder['root']).filter((p) => p.length === path.length);
      const from = all[edit.pick % Math.max(1, all.length)];
      if (from !== undefined) {
        let v: unknown = holder['root'];
        for (const step of from) v = (v as Record<string | number, unknown>)[step];
        parent[key] = structuredClone(v);
      }
      break;
    }
  }
  return holder['root'];
}

/**
 * Copies of valid data with one defect (or none) somewhere, most often a value one
 * step from valid for its type: a value replaced by a near miss or by anything, a key added or removed, an item repeated, a hole, a class
 * instance, a symbol key, a sibling's value. Most are invalid, some stay valid.
 */
export function corruptedArb(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return valid.chain((value) => {
    const paths: DataPath[] = [[], ...pathsOf(value)];
    return fc.tuple(fc.constantFrom(...paths), editArb).map(([path, edit]) => applyEdit(value, path, edit));
  });
}

/**
 * The data a schema reads from `value`: array items by index, and own enumerable
 * string-keyed properties of objects, as plain arrays and objects. Extra properties
 * of an array, symbol keys and prototypes are not data.
 */
export function dataOf(value: unknown): unknown {
  if (Array.isArray(value)) return Array.from(value, dataOf);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) Object.defineProperty(out, key, { value: dataOf((value as Record<string, unknown>)[key]), enumerable: true, writable: true, configurable: true });
  return out;
}
