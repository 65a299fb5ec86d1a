// DuckDB running out of memory while it reads a file is not the file's
// fault: the load stops with the engine's error (the CLI says what to do
// about it) instead of listing the file as an unreadable CSV, and the
// tables loaded before stay as they were.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/engine/ingest/load';
import type { Engine } from '../../src/engine/runtime/engine';
import { tinyWith, useEngine } from './harness';

const OUT_OF_MEMORY = 'Out of Memory Error: failed to pin block of size 256.0 KiB (15.1 MiB/15.2 MiB used)';

/** The engine, but every statement that reads a CSV file runs out of memory. */
const outOfMemoryOnCsv = (engine: Engine): Engine => ({
  ...engine,
  query: (sql) => (/read_csv/i.test(sql) ? Promise.reject(new Error(OUT_OF_MEMORY)) : engine.query(sql)),
});

describe('out of memory while reading a file', () => {
  const engine = useEngine();

  it('stops the load with the engine error, not a CSV problem, and keeps the data loaded before', async () => {
    const first = await loadDataset(engine(), await tinyWith());
    expect(first.ok).toBe(true);
    const before = await engine().query('SELECT CAST(count(*) AS BIGINT) AS n FROM fund_flows');
    await expect(loadDataset(outOfMemoryOnCsv(engine()), await tinyWith())).rejects.toThrow(OUT_OF_MEMORY);
    expect(await engine().query('SELECT CAST(count(*) AS BIGINT) AS n FROM fund_flows')).toEqual(before);
  });
});
