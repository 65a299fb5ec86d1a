// The value rules both engines' row converters share (rows.ts for
// DuckDB-wasm's Arrow results, nativeRows.ts for node-api's): null stays
// null, text and booleans must be what the SQL said, and an integer must be
// exact in JavaScript or the query fails loudly instead of rounding.
export type Cell = string | number | boolean | null;

export function nullOr<V>(convert: (value: V) => Cell): (value: V | null | undefined) => Cell {
  return (v) => (v === null || v === undefined ? null : convert(v));
}

export function expectType(name: string, v: unknown, type: 'string' | 'boolean'): string | boolean {
  if (typeof v !== type) throw new Error(`column "${name}": expected ${type}, got ${typeof v}`);
  return v as string | boolean;
}

export function integer(name: string, v: unknown): number {
  if (typeof v === 'number' && Number.isSafeInteger(v)) return v;
  if (typeof v === 'bigint') {
    if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < BigInt(Number.MIN_SAFE_INTEGER)) {
      throw new Error(`column "${name}": integer ${v} is too large to be exact in JavaScript`);
    }
    return Number(v);
  }
  throw new Error(`column "${name}": expected an integer, got ${String(v)}`);
}
