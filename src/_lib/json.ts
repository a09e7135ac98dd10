/** A value that survives `JSON.stringify` / `JSON.parse` unchanged. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | JsonObject;

/** A JSON object. */
export interface JsonObject {
  readonly [key: string]: JsonValue;
}

/**
 * Deepest nesting the library walks in data of unknown shape (a finding's params, a
 * policy's overrides): far beyond any real input, far below a stack overflow.
 */
export const _MAX_DEPTH = 32;

/**
 * Whether a value is JSON data: text, finite numbers, booleans, `null`, arrays without
 * holes and plain objects (prototype `Object.prototype` or `null`) of those, nested at
 * most `maxDepth` deep — so that `JSON.stringify` gives it back whole and cannot throw
 * or overflow the stack. A loop walks it (no recursion), and a cycle fails at the depth
 * limit. Symbol keys and non-enumerable keys are not looked at, as JSON drops them.
 */
export function _isJsonData(value: unknown, maxDepth: number = _MAX_DEPTH): value is JsonValue {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item === 'string' || typeof item === 'boolean') continue;
    if (typeof item === 'number') {
      if (!Number.isFinite(item)) return false;
      continue;
    }
    if (typeof item !== 'object' || depth >= maxDepth) return false;
    if (Array.isArray(item)) {
      if (Object.getPrototypeOf(item) !== Array.prototype) return false;
      for (let i = 0; i < item.length; i++) {
        if (!(i in item)) return false;
        stack.push([item[i], depth + 1]);
      }
      continue;
    }
    const proto = Object.getPrototypeOf(item) as unknown;
    if (proto !== Object.prototype && proto !== null) return false;
    for (const key of Object.keys(item)) stack.push([(item as Record<string, unknown>)[key], depth + 1]);
  }
  return true;
}
