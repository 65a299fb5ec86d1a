// Native DuckDB results (@duckdb/node-api) → plain rows, by the same rules
// as rows.ts applies to DuckDB-wasm's Arrow results, so both engines hand
// the code above them identical rows: text (ENUMs too), safe integers,
// booleans, DATE/TIMESTAMP as the UTC calendar day YYYY-MM-DD, NULL. A
// DECIMAL, a float, a HUGEINT or any other type throws the same message on
// its first value (an empty result passes, as with Arrow), so a money column
// someone forgot to CAST to VARCHAR fails loudly on both engines.
import type { DuckDBMaterializedResult, DuckDBTypeId, DuckDBValue } from '@duckdb/node-api';
import { nodeApi } from './nodeApi';

const TYPE = nodeApi.DuckDBTypeId;
import type { Row } from './engine';
import { expectType, integer, nullOr } from './rowValues';

type Convert = (value: DuckDBValue) => string | number | boolean | null;

export async function nativeRows(result: DuckDBMaterializedResult): Promise<Row[]> {
  const names = result.columnNames();
  const columns = await result.getColumns();
  const rows = result.rowCount;
  const out: Row[] = Array.from({ length: rows }, () => ({}));
  names.forEach((name, j) => {
    const convert = converterFor(name, result.columnTypeId(j), String(result.columnType(j)));
    const values = columns[j] ?? [];
    for (let i = 0; i < rows; i++) (out[i] as Row)[name] = convert(values[i] ?? null);
  });
  return out;
}

function converterFor(name: string, type: DuckDBTypeId, typeText: string): Convert {
  switch (type) {
    case TYPE.VARCHAR:
    case TYPE.ENUM:
      return nullOr((v) => expectType(name, v, 'string'));
    case TYPE.BOOLEAN:
      return nullOr((v) => expectType(name, v, 'boolean'));
    case TYPE.TINYINT:
    case TYPE.SMALLINT:
    case TYPE.INTEGER:
    case TYPE.BIGINT:
    case TYPE.UTINYINT:
    case TYPE.USMALLINT:
    case TYPE.UINTEGER:
    case TYPE.UBIGINT:
      return nullOr((v) => integer(name, v));
    case TYPE.DATE:
    case TYPE.TIMESTAMP:
    case TYPE.TIMESTAMP_S:
    case TYPE.TIMESTAMP_MS:
    case TYPE.TIMESTAMP_NS:
    case TYPE.TIMESTAMP_TZ:
      return nullOr((v) => isoDate(name, v));
    case TYPE.SQLNULL:
      return () => null;
    default:
      return () => {
        throw new Error(`column "${name}" has type ${typeText}: CAST money/rates to VARCHAR and counts to BIGINT in SQL`);
      };
  }
}

/** Milliseconds since the epoch as Arrow would give them for the value, then its UTC day, as rows.ts does. */
function isoDate(name: string, v: unknown): string {
  const ms = epochMillis(v);
  if (ms === null || !Number.isFinite(ms)) throw new Error(`column "${name}": expected a date, got ${String(v)}`);
  return new Date(ms).toISOString().slice(0, 10);
}

function epochMillis(v: unknown): number | null {
  if (typeof v !== 'object' || v === null) return null;
  if ('days' in v && typeof v.days === 'number') return v.days * 86_400_000;
  if ('micros' in v && typeof v.micros === 'bigint') return Number(v.micros) / 1000;
  if ('millis' in v && typeof v.millis === 'bigint') return Number(v.millis);
  if ('seconds' in v && typeof v.seconds === 'bigint') return Number(v.seconds) * 1000;
  if ('nanos' in v && typeof v.nanos === 'bigint') return Number(v.nanos) / 1_000_000;
  return null;
}
