// The floor of the province benchmark (scripts/bench/province/run.ts): bare
// native DuckDB (@duckdb/node-api) in its own process, with the command
// line's memory limit and a spill folder in the OS temp directory, reading
// the roster file into a table of the contract's types (IDs as they are:
// no hashing, masking or validation) and running the product's dedupe SQL
// (roster_persons.sql, rendered by the parent) and the per-region count
// that coverage takes of it. Prints the persons and the enrolled persons as
// JSON for the parent to check against the product's coverage.
// Usage: node bare.mjs <spec.json>  (spec: { load, dedupe, count, memoryLimit })
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { DuckDBInstance } from '@duckdb/node-api';

const spec = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const spill = mkdtempSync(join(tmpdir(), 'fundwatch-bare-'));
try {
  const instance = await DuckDBInstance.create(':memory:', { memory_limit: spec.memoryLimit, temp_directory: spill });
  const conn = await instance.connect();
  for (const statement of spec.load) await conn.run(statement);
  await conn.run(spec.dedupe);
  const rows = (await conn.runAndReadAll(spec.count)).getRowObjectsJson();
  const persons = rows.reduce((n, r) => n + Number(r.recipients), 0);
  const enrolled = rows.reduce((n, r) => n + Number(r.enrolled), 0);
  conn.closeSync();
  instance.closeSync();
  process.stdout.write(`${JSON.stringify({ persons, enrolled })}\n`);
} finally {
  rmSync(spill, { recursive: true, force: true });
}
