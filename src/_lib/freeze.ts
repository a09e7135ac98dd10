/** Freezes a value and everything reachable from it; returns it. */
export function _deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) _deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
