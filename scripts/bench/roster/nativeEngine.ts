// The Engine interface on native DuckDB (@duckdb/node-api), so the roster
// benchmark runs the page's own load and matching code (engine/load.ts,
// engine/roster.ts: the same SQL text) on both sides. Files "registered"
// are written into `dir`, which becomes the working directory: DuckDB
// resolves `read_csv('name')` against it as the wasm build resolves its
// registered buffers.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { ENGINE_SETTINGS, type Engine, type Row } from '../../../src/engine/runtime/engine';
import { splitStatements } from '../../../src/engine/runtime/statements';

function plain(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  // DATE, DECIMAL and the like: their text form is what the wasm side hands over too.
  return String(value);
}

export async function createNativeEngine(dir: string): Promise<Engine> {
  await mkdir(dir, { recursive: true });
  process.chdir(dir);
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  for (const setting of ENGINE_SETTINGS) await conn.run(setting);
  return {
    async registerFile(name, bytes) {
      const path = join(dir, name);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, bytes);
    },
    async registerBlob(name, blob) {
      const path = join(dir, name);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, new Uint8Array(await blob.arrayBuffer()));
    },
    async dropFile(name) {
      await rm(join(dir, name), { force: true });
    },
    async insertArrowIPC() {
      throw new Error('not used by the roster benchmark (CSV only)');
    },
    async parquetToArrowIPC() {
      throw new Error('not used by the roster benchmark (CSV only)');
    },
    async query(sql) {
      let rows: Row[] = [];
      for (const statement of splitStatements(sql)) {
        const reader = await conn.runAndReadAll(statement);
        rows = reader.getRowObjects().map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, plain(v)])));
      }
      return rows;
    },
    async close() {
      conn.closeSync();
      instance.closeSync();
    },
  };
}
