/**
 * Values no one should pass, for testing that the library answers every one with a
 * result or an `InputError`: anything fast-check makes (bigints, sparse arrays, objects
 * without a prototype, boxed values, maps, dates, typed arrays), values whose getters,
 * `toString`, `valueOf` or proxy traps throw, 100,000-deep nesting, long strings, and
 * any of these planted at any depth of otherwise valid arguments.
 */
import fc from 'fast-check';

/** An error thrown by the caller's own code (a getter, `toString`, a proxy trap): the library may let it through. */
export class CallerError extends Error {
  constructor(what: string) {
    super(`the caller's own ${what} threw`);
    this.name = 'CallerError';
  }
}

const raised = new WeakSet<object>();

/** Throws a new {@link CallerError}, remembered as raised by the caller's code. */
function raise(what: string): never {
  const error = new CallerError(what);
  raised.add(error);
  throw error;
}

/** Whether `error` is the very error a hostile value's own code threw (not a copy, not a wrapper). */
export const isRaisedByCaller = (error: unknown): boolean => typeof error === 'object' && error !== null && raised.has(error);

/** The length of the run of `Q` in {@link longTextArb} texts past which a message has copied too much. */
export const LONG_RUN = /Q{81}/;

/** How fast-check prints a hostile value without touching its traps or getters. */
const shown = (name: string) => ({ [fc.toStringMethod]: () => name });

function hostileConstants(): unknown[] {
  const getter = Object.defineProperty({ ...shown('{ get id() { throw } }') }, 'id', { get: () => raise('getter'), enumerable: true });
  const throwingText = { ...shown('{ toString() { throw } }'), toString: () => raise('toString'), valueOf: () => raise('valueOf') };
  const throwingPrimitive = { ...shown('{ [Symbol.toPrimitive]() { throw } }'), [Symbol.toPrimitive]: () => raise('Symbol.toPrimitive') };
  // A proxy whose traps throw for every string key; symbol keys (fast-check's own, Symbol.toPrimitive…) reach the target.
  const target = shown('Proxy(throwing traps)');
  const trap = (what: string) => (t: object, key: PropertyKey) => (typeof key === 'symbol' ? Reflect.get(t, key) : raise(what));
  const proxy = new Proxy(target, {
    get: trap('proxy get'),
    has: (t, key) => (typeof key === 'symbol' ? Reflect.has(t, key) : raise('proxy has')),
    ownKeys: () => raise('proxy ownKeys'),
    getOwnPropertyDescriptor: (t, key) => (typeof key === 'symbol' ? Reflect.getOwnPropertyDescriptor(t, key) : raise('proxy getOwnPropertyDescriptor')),
  });
  const nullProto = Object.assign(Object.create(null) as object, { id: 'x', month: '2026-02', 0: 1 });
  let deepObject: unknown = {};
  let deepArray: unknown = [];
  for (let i = 0; i < 100_000; i++) {
    deepObject = { a: deepObject };
    deepArray = [deepArray];
  }
  return [
    getter,
    throwingText,
    throwingPrimitive,
    proxy,
    nullProto,
    Object.create(null),
    JSON.parse('{"__proto__": 1, "A": 0}'),
    JSON.parse('{"constructor": {"prototype": 1}}'),
    [1, , 3],
    [, ,],
    10n ** 100n,
    -1n,
    Symbol('hostile'),
    () => 1,
    new Date(Number.NaN),
    deepObject,
    deepArray,
    'Q'.repeat(1_000_000),
    `2026-01-01${'Q'.repeat(100_000)}`,
  ];
}

let constants: unknown[] | undefined;

/** A long text of `Q`s (81 to 2,000, or a million), to check that messages quote at most 80 characters of it. */
export const longTextArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 81, max: 2000 }).map((n) => 'Q'.repeat(n)) },
  fc.constant('Q'.repeat(1_000_000)),
);

/** One hostile value. */
export const hostileArb: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.anything({
      withBigInt: true,
      withNullPrototype: true,
      withSparseArray: true,
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withDate: true,
      withTypedArray: true,
      withObjectString: true,
      withUnicodeString: true,
    }),
  },
  { weight: 3, arbitrary: fc.nat().map((i) => (constants ??= hostileConstants())[i % constants.length]) },
  { weight: 1, arbitrary: longTextArb },
);

/** A shallow copy of an array or a plain object, keeping array holes; anything else as it is. */
function copyOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.slice();
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) return { ...value };
  return value;
}

/** Where to plant, and what: steps chosen by number among the keys met on the way. */
interface Planting {
  readonly steps: readonly number[];
  readonly kind: 'value' | 'hole' | 'null';
  readonly value: unknown;
}

/** `valid` with `planting` done: a hostile value, a hole or `null` at the end of its steps (copies along the way, the original untouched). */
function plant(valid: unknown, planting: Planting): unknown {
  const root = { value: copyOf(valid) };
  let parent: Record<string | number, unknown> = root;
  let key: string | number = 'value';
  for (const step of planting.steps) {
    const here: unknown = parent[key];
    const keys: (string | number)[] = Array.isArray(here) ? here.map((_, i) => i) : typeof here === 'object' && here !== null && Object.getPrototypeOf(here) === Object.prototype ? Object.keys(here) : [];
    if (keys.length === 0) break;
    parent = here as Record<string | number, unknown>;
    key = keys[step % keys.length]!;
    parent[key] = copyOf(parent[key]);
  }
  if (planting.kind === 'value') parent[key] = planting.value;
  else if (planting.kind === 'null') parent[key] = null;
  else if (Array.isArray(parent[key])) (parent[key] as unknown[]).length += 1;
  else if (Array.isArray(parent)) delete parent[key as number];
  else parent[key] = [, parent[key]];
  return root.value;
}

const plantingArb: fc.Arbitrary<Planting> = fc.record({
  steps: fc.array(fc.nat(), { maxLength: 5 }),
  kind: fc.constantFrom<Planting['kind']>('value', 'value', 'value', 'hole', 'null'),
  value: hostileArb,
});

/**
 * One argument: the valid value as it is, a hostile value in its place, or the valid value
 * with a hostile value, a hole or `null` planted somewhere inside it.
 */
export function argumentArb(valid: unknown): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 2, arbitrary: fc.constant(valid) }, { weight: 2, arbitrary: hostileArb }, { weight: 3, arbitrary: plantingArb.map((p) => plant(valid, p)) });
}
