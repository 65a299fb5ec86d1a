// Year inheritance: a later block sets only what changes, so a year's
// policy is every block up to it merged in order.
import { isPlainObject } from './values';

/** Objects merge key by key; arrays (band lists) and scalars replace whole. */
export function merge(base: unknown, over: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(over)) return over === undefined ? base : over;
  const out: Record<string, unknown> = { ...base };
  // Defined, not assigned: an own `__proto__` key would otherwise set the merged object's prototype.
  for (const [key, v] of Object.entries(over)) Object.defineProperty(out, key, { value: merge(Object.hasOwn(base, key) ? base[key] : undefined, v), enumerable: true, writable: true, configurable: true });
  return out;
}

export function valueAt(value: unknown, keys: readonly string[]): unknown {
  let v = value;
  for (const k of keys) v = isPlainObject(v) ? v[k] : undefined;
  return v;
}

/** Index (into `blocks`) of the last block up to `upTo` that sets `keys`; -1 when none does. */
export function setter(blocks: readonly Record<string, unknown>[], upTo: number, keys: readonly string[]): number {
  for (let i = upTo; i >= 0; i -= 1) if (valueAt(blocks[i], keys) !== undefined) return i;
  return -1;
}
