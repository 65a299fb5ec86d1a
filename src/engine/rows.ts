// Arrow results → plain rows. Only text (an ENUM's dictionary-encoded text
// too), safe integers, booleans, dates and NULL pass; anything else
// (DECIMAL, floats, lists…) throws, so a money column that someone forgot to
// CAST to VARCHAR fails loudly instead of turning into an unscaled integer
// or a float.
import { DataType, type Table } from 'apache-arrow';
import type { Row } from './engine';

type Convert = (value: unknown) => string | number | boolean | null;

export function toRows(table: Table): Row[] {
  // Column by column: reading a vector is much faster than Arrow's row proxies.
  const out: Row[] = Array.from({ length: table.numRows }, () => ({}));
  table.schema.fields.forEach((field, j) => {
    const convert = converterFor(field.name, field.type);
    const vector = table.getChildAt(j);
    for (let i = 0; i < table.numRows; i++) (out[i] as Row)[field.name] = convert(vector?.get(i));
  });
  return out;
}

function converterFor(name: string, type: DataType): Convert {
  if (DataType.isUtf8(type) || DataType.isLargeUtf8(type)) return nullOr((v) => expectType(name, v, 'string'));
  // A DuckDB ENUM (contract.ts `dictionary`) arrives dictionary-encoded; its values are text.
  if (DataType.isDictionary(type) && (DataType.isUtf8(type.dictionary) || DataType.isLargeUtf8(type.dictionary))) {
    return nullOr((v) => expectType(name, v, 'string'));
  }
  if (DataType.isBool(type)) return nullOr((v) => expectType(name, v, 'boolean'));
  if (DataType.isInt(type)) return nullOr((v) => integer(name, v));
  if (DataType.isDate(type) || DataType.isTimestamp(type)) return nullOr((v) => isoDate(name, v));
  if (DataType.isNull(type)) return () => null;
  return () => {
    throw new Error(`column "${name}" has type ${String(type)}: CAST money/rates to VARCHAR and counts to BIGINT in SQL`);
  };
}

function nullOr(convert: Convert): Convert {
  return (v) => (v === null || v === undefined ? null : convert(v));
}

function expectType(name: string, v: unknown, type: 'string' | 'boolean'): string | boolean {
  if (typeof v !== type) throw new Error(`column "${name}": expected ${type}, got ${typeof v}`);
  return v as string | boolean;
}

function integer(name: string, v: unknown): number {
  if (typeof v === 'number' && Number.isSafeInteger(v)) return v;
  if (typeof v === 'bigint') {
    if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < BigInt(Number.MIN_SAFE_INTEGER)) {
      throw new Error(`column "${name}": integer ${v} is too large to be exact in JavaScript`);
    }
    return Number(v);
  }
  throw new Error(`column "${name}": expected an integer, got ${String(v)}`);
}

/** Arrow hands DATE and TIMESTAMP over as epoch milliseconds (or Date); the calendar day in UTC is the stored day. */
function isoDate(name: string, v: unknown): string {
  const ms = v instanceof Date ? v.getTime() : typeof v === 'bigint' ? Number(v) : v;
  if (typeof ms !== 'number' || !Number.isFinite(ms)) throw new Error(`column "${name}": expected a date, got ${String(v)}`);
  return new Date(ms).toISOString().slice(0, 10);
}
