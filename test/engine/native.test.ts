// The native engine (engine/native.ts) against the rules the wasm engine
// follows: rows converted as rows.ts does, Arrow inserts typed as
// DuckDB-wasm types them (compared with it here), registered files readable
// by name, its temp folder gone after close, and the memory limit enforced
// with a message that says what to do.
import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import {
  Bool,
  DateDay,
  Decimal,
  Dictionary,
  Float64,
  Int16,
  Int32,
  Int64,
  LargeUtf8,
  makeData,
  makeVector,
  Table,
  tableToIPC,
  TimestampMicrosecond,
  TimestampMillisecond,
  TimestampSecond,
  Uint32,
  Utf8,
  vectorFromArray,
} from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/runtime/engine';
import { createNativeEngine, DEFAULT_MEMORY_LIMIT, memoryLimit } from '../../src/engine/runtime/native';
import { loadDataset } from '../../src/engine/ingest/load';
import { csv, tinyWith, useEngine } from './harness';

function useNative(): () => Engine {
  let engine: Engine | null = null;
  beforeAll(async () => {
    engine = await createNativeEngine();
  });
  afterAll(async () => {
    await engine?.close();
  });
  return () => {
    if (!engine) throw new Error('engine not started');
    return engine;
  };
}

describe('native rows follow rows.ts', () => {
  const native = useNative();
  const wasm = useEngine();

  it('turns integers into numbers, DATE and TIMESTAMP into YYYY-MM-DD, keeps text and booleans', async () => {
    const rows = await native().query(
      "SELECT CAST(9007199254740991 AS BIGINT) AS big, 7::TINYINT AS t, 4000000000::UINTEGER AS u, DATE '2024-03-31' AS d, TIMESTAMP '2024-12-31 23:59:59' AS ts, DATE '1969-12-31' AS before_epoch, '010101' AS code, true AS b, NULL AS n",
    );
    expect(rows).toEqual([{ big: 9007199254740991, t: 7, u: 4000000000, d: '2024-03-31', ts: '2024-12-31', before_epoch: '1969-12-31', code: '010101', b: true, n: null }]);
  });

  it('hands an ENUM over as its text', async () => {
    expect(await native().query("SELECT CAST('dibao' AS ENUM('tekun', 'dibao')) AS c, CAST(NULL AS ENUM('x')) AS n")).toEqual([{ c: 'dibao', n: null }]);
  });

  it('returns the rows of the LAST statement of a script', async () => {
    expect(await native().query('SELECT 1 AS a; SELECT 2 AS b')).toEqual([{ b: 2 }]);
  });

  it('refuses a DECIMAL, a float, a HUGEINT and an unsafe integer with the messages of rows.ts', async () => {
    await expect(native().query('SELECT CAST(0.10 AS DECIMAL(18,2)) AS m')).rejects.toThrow(/"m" has type DECIMAL\(18,2\): CAST money/);
    await expect(native().query('SELECT 0.5::DOUBLE AS f')).rejects.toThrow(/"f"/);
    await expect(native().query('SELECT 1::HUGEINT AS h')).rejects.toThrow(/"h"/);
    await expect(native().query('SELECT CAST(9007199254740993 AS BIGINT) AS big')).rejects.toThrow(/integer 9007199254740993 is too large/);
  });

  it('an empty result passes whatever its types, a NULL DECIMAL does not: as with Arrow', async () => {
    expect(await native().query('SELECT CAST(0.10 AS DECIMAL(18,2)) AS m WHERE false')).toEqual([]);
    await expect(native().query('SELECT CAST(NULL AS DECIMAL(18,2)) AS m')).rejects.toThrow(/"m" has type DECIMAL/);
    await expect(wasm().query('SELECT CAST(0.10 AS DECIMAL(18,2)) AS m WHERE false')).resolves.toEqual([]);
    await expect(wasm().query('SELECT CAST(NULL AS DECIMAL(18,2)) AS m')).rejects.toThrow(/"m" has type Decimal/);
  });

  it('money cast to VARCHAR keeps its exact two decimals', async () => {
    expect(await native().query("SELECT CAST(sum(CAST(x AS DECIMAL(18,2))) AS VARCHAR) AS m FROM (VALUES ('0.10'), ('0.20'), ('12345678901234.99')) t(x)")).toEqual([
      { m: '12345678901235.29' },
    ]);
  });

  it('a multi-statement transaction runs whole even when queries are queued at once', async () => {
    const e = native();
    const script = e.query('BEGIN TRANSACTION; CREATE TABLE queued (i INTEGER); INSERT INTO queued VALUES (1), (2); COMMIT');
    const count = e.query('SELECT CAST(count(*) AS BIGINT) AS n FROM queued');
    await script;
    expect(await count).toEqual([{ n: 2 }]);
  });
});

describe('the progress of a long statement', () => {
  it('is told while it runs, on the engine and on a connection beside it, and not at all without a listener', async () => {
    const told: (number | null)[] = [];
    const engine = await createNativeEngine({ onQueryProgress: (percent) => told.push(percent), progressEveryMs: 10 });
    try {
      await engine.query('CREATE TABLE numbers AS SELECT i FROM range(30000000) t(i)');
      told.length = 0;
      // A scan of 30,000,000 rows: DuckDB estimates its progress by the rows scanned (a range() alone has none).
      const [row] = await engine.query('SELECT CAST(count(*) FILTER (WHERE hash(i) % 3 < 3) AS BIGINT) AS n FROM numbers');
      expect(row?.n).toBe(30_000_000);
      expect(told.length).toBeGreaterThan(0);
      // null while DuckDB has no estimate yet, then a share of the rows.
      expect(told.every((p) => p === null || (p > 0 && p <= 100))).toBe(true);
      expect(told.some((p) => p !== null && p < 100)).toBe(true);
      const beside = await engine.beside?.();
      told.length = 0;
      await beside?.query('SELECT CAST(count(*) FILTER (WHERE hash(i, 7) % 3 < 3) AS BIGINT) AS n FROM numbers');
      expect(told.some((p) => p !== null && p < 100)).toBe(true);
      await beside?.close();
    } finally {
      await engine.close();
    }
    const quiet = await createNativeEngine();
    try {
      expect(await quiet.query("SELECT current_setting('enable_progress_bar') AS on")).toEqual([{ on: false }]);
    } finally {
      await quiet.close();
    }
  }, 60_000);
});

describe('files registered with the native engine', () => {
  it('are read by name (read_csv), dropped, and the temp folder is gone after close', async () => {
    const engine = await createNativeEngine();
    // Its own folder, found through its spill directory: other test files start engines in the same tmpdir at the same time.
    const [setting] = await engine.query("SELECT current_setting('temp_directory') AS t");
    const root = dirname(String(setting?.t));
    expect(basename(root)).toMatch(/^fundwatch-native-/);
    expect(dirname(root)).toBe(tmpdir());
    expect(readdirSync(root)).toContain('files');
    await engine.registerFile('fundwatch_upload_regions_0.csv', new TextEncoder().encode('a,b\n010101,呼和浩特市\n'));
    expect(await engine.query("SELECT a, b FROM read_csv('fundwatch_upload_regions_0.csv', header = true, columns = {'a': 'VARCHAR', 'b': 'VARCHAR'})")).toEqual([
      { a: '010101', b: '呼和浩特市' },
    ]);
    await engine.registerBlob('blob.csv', new Blob(['x\n1\n']));
    expect(await engine.query("SELECT CAST(x AS BIGINT) AS x FROM read_csv('blob.csv', header = true, columns = {'x': 'VARCHAR'})")).toEqual([{ x: 1 }]);
    await engine.dropFile('blob.csv');
    await expect(engine.query("SELECT * FROM read_csv('blob.csv', header = true, columns = {'x': 'VARCHAR'})")).rejects.toThrow(/blob\.csv/);
    await expect(engine.registerFile('../escape.csv', new Uint8Array([1]))).rejects.toThrow(/leaves/);
    await engine.close();
    expect(existsSync(root)).toBe(false);
  });
});

describe('Arrow inserts: the types and values DuckDB-wasm gives the same stream', () => {
  const wasm = useEngine();
  const native = useNative();

  // Decimal128(18,2): 12345.67, -0.01 and a value past 2^64 in DECIMAL(38,2).
  const words = (v: bigint): number[] => [0, 1, 2, 3].map((w) => Number((BigInt.asUintN(128, v) >> BigInt(32 * w)) & 0xffffffffn));
  const decimal18 = makeVector(makeData({ type: new Decimal(2, 18, 128), length: 3, nullCount: 0, data: new Uint32Array([...words(1234567n), ...words(-1n), ...words(0n)]) }));
  const decimal38 = makeVector(makeData({ type: new Decimal(2, 38, 128), length: 3, nullCount: 0, data: new Uint32Array([...words(2n ** 70n + 5n), ...words(-(2n ** 65n)), ...words(99n)]) }));
  const table = new Table({
    s: vectorFromArray(['150102', null, '乌兰察布市'], new Utf8()),
    ls: vectorFromArray(['a', 'b', null], new LargeUtf8()),
    dict: vectorFromArray(['assistance', null, 'resident'], new Dictionary(new Utf8(), new Int32())),
    i16: vectorFromArray([1, null, -3], new Int16()),
    i32: vectorFromArray([2023, 2024, null], new Int32()),
    i64: vectorFromArray([9007199254740993n, -2n, null], new Int64()),
    u32: vectorFromArray([4000000000, 0, 1], new Uint32()),
    f64: vectorFromArray([2000000, 0.1, null], new Float64()),
    b: vectorFromArray([true, false, null], new Bool()),
    day: vectorFromArray([new Date('2024-03-31'), null, new Date('1969-12-31')], new DateDay()),
    ts_s: vectorFromArray([new Date('2024-03-31T12:34:56Z'), null, new Date('1969-12-31T23:00:00Z')], new TimestampSecond()),
    ts_ms: vectorFromArray([new Date('2024-03-31T12:34:56.789Z'), null, new Date('1969-12-31T23:00:00Z')], new TimestampMillisecond()),
    ts_us: vectorFromArray([new Date('2024-03-31T12:34:56.789Z'), null, new Date('1969-12-31T23:00:00Z')], new TimestampMicrosecond()),
    ts_tz: vectorFromArray([new Date('2024-03-31T20:34:56Z'), null, new Date('1969-12-31T23:00:00Z')], new TimestampMillisecond('UTC')),
    d18: decimal18,
    d38: decimal38,
  });

  async function describeTable(engine: Engine, name: string): Promise<{ types: unknown; values: unknown }> {
    await engine.insertArrowIPC(name, tableToIPC(table, 'stream'));
    const columns = await engine.query(`SELECT column_name, data_type FROM information_schema.columns WHERE table_name = '${name}' ORDER BY ordinal_position`);
    const text = columns.map((c) => `CAST("${String(c.column_name)}" AS VARCHAR) AS "${String(c.column_name)}"`).join(', ');
    const values = await engine.query(`SELECT ${text} FROM "${name}" ORDER BY rowid`);
    await engine.query(`DROP TABLE "${name}"`);
    return { types: columns, values };
  }

  it('creates the same column types with the same values', async () => {
    const expected = await describeTable(wasm(), 'arrow_types');
    const actual = await describeTable(native(), 'arrow_types');
    expect(actual).toEqual(expected);
    // And what they are, so that a change on both sides is noticed too.
    expect((actual.types as { data_type: string }[]).map((t) => t.data_type)).toEqual([
      'VARCHAR', 'VARCHAR', 'VARCHAR', 'SMALLINT', 'INTEGER', 'BIGINT', 'UINTEGER', 'DOUBLE', 'BOOLEAN', 'DATE', 'TIMESTAMP_S', 'TIMESTAMP_MS', 'TIMESTAMP', 'TIMESTAMP WITH TIME ZONE', 'DECIMAL(18,2)', 'DECIMAL(38,2)',
    ]);
    expect((actual.values as Record<string, string | null>[])[0]).toMatchObject({ i64: '9007199254740993', d18: '12345.67', d38: '11805916207174113034.29', ts_ms: '2024-03-31 12:34:56.789', day: '2024-03-31' });
    expect((actual.values as Record<string, string | null>[])[1]).toMatchObject({ d18: '-0.01', d38: '-368934881474191032.32', s: null, dict: null });
  });

  it('refuses an Arrow type it cannot type as the wasm build would, with the column named', async () => {
    const nested = new Table({ l: vectorFromArray([[1, 2]]) });
    await expect(native().insertArrowIPC('nested', tableToIPC(nested, 'stream'))).rejects.toThrow(/column "l" is not supported/);
  });
});

describe('memory limit', () => {
  it('is 3GB unless FUNDWATCH_MEMORY_LIMIT or the option says otherwise; nonsense is refused', () => {
    const saved = process.env.FUNDWATCH_MEMORY_LIMIT;
    try {
      delete process.env.FUNDWATCH_MEMORY_LIMIT;
      expect(memoryLimit()).toBe(DEFAULT_MEMORY_LIMIT);
      expect(DEFAULT_MEMORY_LIMIT).toBe('3GB');
      process.env.FUNDWATCH_MEMORY_LIMIT = '512MB';
      expect(memoryLimit()).toBe('512MB');
      expect(memoryLimit({ memoryLimit: '8GB' })).toBe('8GB');
      process.env.FUNDWATCH_MEMORY_LIMIT = 'lots';
      expect(() => memoryLimit()).toThrow(/FUNDWATCH_MEMORY_LIMIT="lots" is not a memory size/);
    } finally {
      if (saved === undefined) delete process.env.FUNDWATCH_MEMORY_LIMIT;
      else process.env.FUNDWATCH_MEMORY_LIMIT = saved;
    }
  });

  it('is set on DuckDB with a spill directory, and exceeding it says what to do', async () => {
    const engine = await createNativeEngine({ memoryLimit: '64MB' });
    try {
      const [settings] = await engine.query("SELECT current_setting('memory_limit') AS m, current_setting('temp_directory') AS t");
      expect(settings?.m).toMatch(/^6\d\.\d MiB$/);
      expect(String(settings?.t)).toContain(join(tmpdir(), 'fundwatch-native-'));
      // A list aggregate cannot spill: 20 M integers do not fit in 64 MB.
      await expect(engine.query('SELECT CAST(len(list(i)) AS BIGINT) AS n FROM range(20000000) t(i)')).rejects.toThrow(
        /^the data needs more memory than the limit of 64MB \(set FUNDWATCH_MEMORY_LIMIT.*Out of Memory Error/,
      );
    } finally {
      await engine.close();
    }
  });
});

describe('staging beside: a second connection (Engine.beside)', () => {
  const native = useNative();
  const wasm = useEngine();

  it('sees the same database and its own files, and closing it leaves the engine working', async () => {
    await native().query('CREATE OR REPLACE TABLE beside_probe AS SELECT 42 AS answer');
    const beside = await native().beside?.();
    if (!beside) throw new Error('the native engine has a connection beside');
    expect(await beside.query('SELECT answer FROM beside_probe')).toEqual([{ answer: 42 }]);
    await beside.registerFile('beside.csv', new TextEncoder().encode('x\n7\n'));
    expect(await beside.query("SELECT CAST(x AS BIGINT) AS x FROM read_csv('beside.csv', header = true, columns = {'x': 'VARCHAR'})")).toEqual([{ x: 7 }]);
    await beside.close();
    expect(await native().query('SELECT answer FROM beside_probe')).toEqual([{ answer: 42 }]);
    await native().query('DROP TABLE beside_probe');
  });

  it('a load staged in two lanes reports what the one-lane load does, in the same order, and leaves no staged table', async () => {
    // Problems in three files and a notice in a fourth: the order of the report is the inputs' order, whichever lane read them.
    const files = await tinyWith(
      csv('fund_balances.csv', 'year,region_code,fund,opening_balance\n2024,150000,assistance,1.234\n'),
      csv('budgets.csv', 'year,region_code,fund,direction,amount\n2024,999999,assistance,income,5\n'),
      csv('transfers.csv', 'nonsense\n1\n'),
      csv('obligations.csv', '单位：万元\nyear,region_code,fund,kind,due,paid\n2024,150100,assistance,contribution,1,1\n'),
    );
    const one = await loadDataset(wasm(), files);
    const two = await loadDataset(native(), files);
    expect(one.ok).toBe(false);
    expect(two).toEqual(one);
    expect(await native().query("SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'fundwatch_stage_%'")).toEqual([]);
  });
});
