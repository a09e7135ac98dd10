/**
 * The shape of a zod schema as a plain tree — which keys an object knows, what an array
 * holds — read from the schema itself, so that the checks of a policy file and the table
 * of settings can never drift from `PolicySchema`.
 */
import type * as z from 'zod/mini';

/** A node of a schema's shape. */
export type _Shape =
  | { readonly kind: 'object'; readonly keys: ReadonlyMap<string, _Shape>; readonly optional: ReadonlySet<string> }
  | { readonly kind: 'array'; readonly element: _Shape }
  | { readonly kind: 'record'; readonly value: _Shape }
  | { readonly kind: 'leaf' };

interface Def {
  readonly type: string;
  readonly shape?: Readonly<Record<string, z.core.$ZodType>>;
  readonly element?: z.core.$ZodType;
  readonly valueType?: z.core.$ZodType;
  readonly innerType?: z.core.$ZodType;
  readonly in?: z.core.$ZodType;
  readonly out?: z.core.$ZodType;
}

const defOf = (schema: z.core.$ZodType): Def => schema._zod.def as unknown as Def;

/**
 * The schema under optional, nullable, default, read-only and pipe wrappers. A pipe is
 * its input's schema, except a preprocess (a pipe from a transform, as `_withoutProtoKey`
 * is): that is the schema it leads to, as for zod's JSON Schema of an input.
 */
export function _unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let s = schema;
  for (;;) {
    const def = defOf(s);
    if (def.innerType !== undefined && ['optional', 'nullable', 'default', 'prefault', 'readonly', 'nonoptional', 'catch'].includes(def.type)) s = def.innerType;
    else if (def.type === 'pipe' && def.in !== undefined) s = defOf(def.in).type === 'transform' && def.out !== undefined ? def.out : def.in;
    else return s;
  }
}

/** Whether a schema accepts a missing value. */
function isOptional(schema: z.core.$ZodType): boolean {
  return schema._zod.optin === 'optional';
}

/** The shape of a schema. */
export function _shapeOf(schema: z.core.$ZodType): _Shape {
  const s = _unwrap(schema);
  const def = defOf(s);
  if (def.type === 'object' && def.shape !== undefined) {
    const keys = new Map<string, _Shape>();
    const optional = new Set<string>();
    for (const [key, child] of Object.entries(def.shape)) {
      keys.set(key, _shapeOf(child));
      if (isOptional(child)) optional.add(key);
    }
    return { kind: 'object', keys, optional };
  }
  if (def.type === 'array' && def.element !== undefined) return { kind: 'array', element: _shapeOf(def.element) };
  if (def.type === 'record' && def.valueType !== undefined) return { kind: 'record', value: _shapeOf(def.valueType) };
  return { kind: 'leaf' };
}
