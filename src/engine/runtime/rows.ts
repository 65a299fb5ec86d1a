// Arrow results → plain rows. Only text (an ENUM's dictionary-encoded text
// too), safe integers, booleans, dates and NULL pass; anything else
// (DECIMAL, floats, lists…) throws, so a money column that someone forgot to
// CAST to VARCHAR fails loudly instead of turning into an unscaled integer
// or a float.
import { DataType, type Data, type Table, type Utf8, type Vector } from 'apache-arrow';
import type { Row } from './engine';
import { expectType, integer, nullOr } from './rowValues';

type Convert = (value: unknown) => string | number | boolean | null;

export function toRows(table: Table): Row[] {
  // Column by column: reading a vector is much faster than Arrow's row proxies.
  const rows = table.numRows;
  const out: Row[] = Array.from({ length: rows }, () => ({}));
  table.schema.fields.forEach((field, j) => {
    const vector = table.getChildAt(j);
    if (vector && DataType.isUtf8(field.type)) {
      const text = textColumn(vector as Vector<Utf8>);
      for (let i = 0; i < rows; i++) (out[i] as Row)[field.name] = text[i] ?? null;
      return;
    }
    const convert = converterFor(field.name, field.type);
    for (let i = 0; i < rows; i++) (out[i] as Row)[field.name] = convert(vector?.get(i));
  });
  return out;
}

const UTF8 = new TextDecoder('utf-8');

/**
 * A text column's strings. Arrow decodes each value with its own
 * TextDecoder call; most of our text (codes, quarters, money as text) is
 * ASCII, where a batch's bytes can be decoded once and cut at the value
 * offsets (in ASCII a byte is a character). Other batches go value by value.
 */
function textColumn(vector: Vector<Utf8>): (string | null)[] {
  const out: (string | null)[] = [];
  for (const data of vector.data as Data<Utf8>[]) {
    const { values, valueOffsets, length } = data;
    const start = valueOffsets[0] ?? 0;
    const end = valueOffsets[length] ?? start;
    const bytes = values.subarray(start, end);
    if (!isAscii(bytes)) {
      for (let i = 0; i < length; i++) out.push(data.getValid(i) ? UTF8.decode(values.subarray(valueOffsets[i], valueOffsets[i + 1])) : null);
      continue;
    }
    const text = UTF8.decode(bytes);
    for (let i = 0; i < length; i++) {
      out.push(data.getValid(i) ? text.slice((valueOffsets[i] ?? start) - start, (valueOffsets[i + 1] ?? start) - start) : null);
    }
  }
  return out;
}

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] as number) > 0x7f) return false;
  return true;
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

/** Arrow hands DATE and TIMESTAMP over as epoch milliseconds (or Date); the calendar day in UTC is the stored day. */
function isoDate(name: string, v: unknown): string {
  const ms = v instanceof Date ? v.getTime() : typeof v === 'bigint' ? Number(v) : v;
  if (typeof ms !== 'number' || !Number.isFinite(ms)) throw new Error(`column "${name}": expected a date, got ${String(v)}`);
  return new Date(ms).toISOString().slice(0, 10);
}
