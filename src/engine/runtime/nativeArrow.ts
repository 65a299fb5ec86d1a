// Arrow IPC → a native DuckDB table. @duckdb/node-api has no Arrow scan (and
// the engine never loads an extension), so the stream is decoded with
// apache-arrow and appended through DuckDB's appender into a table created
// with the column types DuckDB-wasm's insertArrowFromIPCStream gives the
// same stream (checked against it in test/engine/native.test.ts): Utf8,
// LargeUtf8 and dictionary-encoded text → VARCHAR, Int8…Uint64 → TINYINT…
// UBIGINT, Float32/64 → FLOAT/DOUBLE, Decimal128(p,s) → DECIMAL(p,s), Bool →
// BOOLEAN, Date32/Date64 → DATE, Timestamp → TIMESTAMP_S/_MS/(µs)/_NS or
// TIMESTAMP WITH TIME ZONE, Binary → BLOB. Values are copied exactly (raw
// 64-bit integers, unscaled decimals), never through a float. Parquet files
// (parquet-wasm → Arrow IPC, stage.ts) use a handful of these.
import type { DuckDBAppender, DuckDBConnection } from '@duckdb/node-api';
import { DataType, tableFromIPC, TimeUnit, type Field, type Vector } from 'apache-arrow';
import { nodeApi } from './nodeApi';

const {
  DuckDBDateValue,
  DuckDBDecimalValue,
  DuckDBTimestampMillisecondsValue,
  DuckDBTimestampNanosecondsValue,
  DuckDBTimestampSecondsValue,
  DuckDBTimestampTZValue,
  DuckDBTimestampValue,
} = nodeApi;

interface ColumnPlan {
  sqlType: string;
  /** Appends row `i` of the column (non-null). */
  append(appender: DuckDBAppender, vector: Vector, i: number): void;
}

export async function insertArrowIPCNative(conn: DuckDBConnection, table: string, ipc: Uint8Array): Promise<void> {
  const arrow = tableFromIPC(ipc);
  const plans = arrow.schema.fields.map(planFor);
  const defs = arrow.schema.fields.map((f, j) => `${quote(f.name)} ${(plans[j] as ColumnPlan).sqlType}`);
  await conn.run(`CREATE TABLE ${quote(table)} (${defs.join(', ')})`);
  const appender = await conn.createAppender(table, await currentSchema(conn), await currentCatalog(conn));
  try {
    const vectors = arrow.schema.fields.map((_, j) => arrow.getChildAt(j) as Vector);
    for (let i = 0; i < arrow.numRows; i++) {
      plans.forEach((plan, j) => {
        const vector = vectors[j] as Vector;
        if (vector.isValid(i)) plan.append(appender, vector, i);
        else appender.appendNull();
      });
      appender.endRow();
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}

async function currentCatalog(conn: DuckDBConnection): Promise<string> {
  const rows = (await conn.runAndReadAll('SELECT current_database()')).getRows();
  return String(rows[0]?.[0]);
}

async function currentSchema(conn: DuckDBConnection): Promise<string> {
  const rows = (await conn.runAndReadAll('SELECT current_schema()')).getRows();
  return String(rows[0]?.[0]);
}

function quote(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

function planFor(field: Field): ColumnPlan {
  const type = field.type as DataType;
  const text: ColumnPlan = { sqlType: 'VARCHAR', append: (a, v, i) => a.appendVarchar(String(v.get(i))) };
  if (DataType.isUtf8(type) || DataType.isLargeUtf8(type)) return text;
  if (DataType.isDictionary(type) && (DataType.isUtf8(type.dictionary) || DataType.isLargeUtf8(type.dictionary))) return text;
  if (DataType.isBool(type)) return { sqlType: 'BOOLEAN', append: (a, v, i) => a.appendBoolean(Boolean(v.get(i))) };
  if (DataType.isInt(type)) {
    const append = intAppender(type.bitWidth, type.isSigned);
    return { sqlType: `${type.isSigned ? '' : 'U'}${INT_NAMES[type.bitWidth]}`, append: (a, v, i) => append(a, v.get(i)) };
  }
  if (DataType.isFloat(type)) {
    // Float16 is widened by DuckDB-wasm to FLOAT as well.
    const double = type.precision === 2;
    return { sqlType: double ? 'DOUBLE' : 'FLOAT', append: (a, v, i) => (double ? a.appendDouble(Number(v.get(i))) : a.appendFloat(Number(v.get(i)))) };
  }
  if (DataType.isDecimal(type)) {
    const { precision, scale } = type;
    const words = type.bitWidth / 32;
    return {
      sqlType: `DECIMAL(${precision},${scale})`,
      append: (a, v, i) => a.appendDecimal(new DuckDBDecimalValue(unscaled(v, i, words), precision, scale)),
    };
  }
  if (DataType.isDate(type)) {
    return {
      sqlType: 'DATE',
      append: (a, v, i) => {
        const ms: unknown = v.get(i);
        const millis = ms instanceof Date ? ms.getTime() : Number(ms);
        a.appendDate(new DuckDBDateValue(Math.floor(millis / 86_400_000)));
      },
    };
  }
  if (DataType.isTimestamp(type)) {
    const raw = (v: Vector, i: number): bigint => rawInt64(v, i);
    if (type.timezone) {
      const toMicros = { [TimeUnit.SECOND]: 1_000_000n, [TimeUnit.MILLISECOND]: 1000n, [TimeUnit.MICROSECOND]: 1n, [TimeUnit.NANOSECOND]: 0n }[type.unit];
      return {
        sqlType: 'TIMESTAMP WITH TIME ZONE',
        append: (a, v, i) => a.appendTimestampTZ(new DuckDBTimestampTZValue(toMicros === 0n ? raw(v, i) / 1000n : raw(v, i) * toMicros)),
      };
    }
    switch (type.unit) {
      case TimeUnit.SECOND:
        return { sqlType: 'TIMESTAMP_S', append: (a, v, i) => a.appendTimestampSeconds(new DuckDBTimestampSecondsValue(raw(v, i))) };
      case TimeUnit.MILLISECOND:
        return { sqlType: 'TIMESTAMP_MS', append: (a, v, i) => a.appendTimestampMilliseconds(new DuckDBTimestampMillisecondsValue(raw(v, i))) };
      case TimeUnit.MICROSECOND:
        return { sqlType: 'TIMESTAMP', append: (a, v, i) => a.appendTimestamp(new DuckDBTimestampValue(raw(v, i))) };
      case TimeUnit.NANOSECOND:
        return { sqlType: 'TIMESTAMP_NS', append: (a, v, i) => a.appendTimestampNanoseconds(new DuckDBTimestampNanosecondsValue(raw(v, i))) };
    }
  }
  if (DataType.isBinary(type) || DataType.isLargeBinary(type)) {
    return { sqlType: 'BLOB', append: (a, v, i) => a.appendBlob(v.get(i) as Uint8Array) };
  }
  throw new Error(`Arrow type ${String(type)} of column "${field.name}" is not supported`);
}

const INT_NAMES: Record<number, string> = { 8: 'TINYINT', 16: 'SMALLINT', 32: 'INTEGER', 64: 'BIGINT' };

function intAppender(bits: number, signed: boolean): (a: DuckDBAppender, value: unknown) => void {
  switch (bits) {
    case 8:
      return signed ? (a, v) => a.appendTinyInt(Number(v)) : (a, v) => a.appendUTinyInt(Number(v));
    case 16:
      return signed ? (a, v) => a.appendSmallInt(Number(v)) : (a, v) => a.appendUSmallInt(Number(v));
    case 32:
      return signed ? (a, v) => a.appendInteger(Number(v)) : (a, v) => a.appendUInteger(Number(v));
    default:
      return signed ? (a, v) => a.appendBigInt(BigInt(v as bigint)) : (a, v) => a.appendUBigInt(BigInt(v as bigint));
  }
}

/** Where row `i` of a chunked vector lives: its chunk and the index in that chunk's buffers. */
function locate(vector: Vector, i: number): { values: ArrayLike<unknown>; index: number } {
  let rest = i;
  for (const data of vector.data) {
    if (rest < data.length) return { values: data.values as ArrayLike<unknown>, index: data.offset + rest };
    rest -= data.length;
  }
  throw new RangeError(`row ${i} is out of range`);
}

/** A 64-bit value as stored (a timestamp in its own unit), never through a float. */
function rawInt64(vector: Vector, i: number): bigint {
  const { values, index } = locate(vector, i);
  return BigInt(values[index] as bigint);
}

/** A decimal's unscaled value from its little-endian 32-bit words, two's complement. */
function unscaled(vector: Vector, i: number, words: number): bigint {
  const { values, index } = locate(vector, i);
  let value = 0n;
  for (let w = words - 1; w >= 0; w--) value = (value << 32n) | BigInt(values[index * words + w] as number);
  const bits = BigInt(words * 32);
  return value >= 1n << (bits - 1n) ? value - (1n << bits) : value;
}
