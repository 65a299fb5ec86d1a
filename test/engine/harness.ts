// DuckDB-wasm engines for the tests. Compiling the wasm module and warming
// its code up costs seconds; the engine project runs its files in one
// process per worker (vite.config.ts, isolate: false), so the instances
// compiled there serve file after file, each emptied between two engines
// as a new one would be (nodeEngineOn).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Engine } from '../../src/engine/runtime/engine';
import type { DatasetFile } from '../../src/engine/formats/files';
import type { DuckDBBindings } from '@duckdb/duckdb-wasm/blocking';
import { instantiateNodeDuckDB, nodeEngineOn } from '../../src/engine/runtime/node';
import { loadDataset } from '../../src/engine/ingest/load';

/** Instances of this process that no engine uses now. */
const idle: DuckDBBindings[] = [];

/** A DuckDB-wasm engine as fresh as a new one, on an instance this process compiled before when one is free. */
export async function testNodeEngine(): Promise<Engine> {
  const db = idle.pop() ?? (await instantiateNodeDuckDB());
  return nodeEngineOn(db, () => idle.push(db));
}

/** One engine for the file, started before its first test and closed after its last. */
export function useEngine(): () => Engine {
  let engine: Engine | null = null;
  beforeAll(async () => {
    engine = await testNodeEngine();
  });
  afterAll(async () => {
    await engine?.close();
  });
  return () => {
    if (!engine) throw new Error('engine not started');
    return engine;
  };
}

export const TINY_DIR = join(import.meta.dirname, '../fixtures/tiny');

export function csv(name: string, text: string): DatasetFile {
  return { name, bytes: new TextEncoder().encode(text) };
}

/** The tiny fixture with some files replaced (same base name) or added. */
export async function tinyWith(...replacements: DatasetFile[]): Promise<DatasetFile[]> {
  const names = ['regions.csv', 'assistance_enrollment.csv', 'fund_flows.csv', 'fund_balances.csv'];
  const files = await Promise.all(
    names.map(async (name) => ({ name, bytes: new Uint8Array(await readFile(join(TINY_DIR, name))) })),
  );
  const replaced = files.filter((f) => !replacements.some((r) => r.name === f.name));
  return [...replaced, ...replacements];
}

export const SAMPLE_DIR = join(import.meta.dirname, '../../data/sample');

/** A file of the sample with the cells of each data row rewritten in place (`rewrite(cells, i)`, i from 0), as a CSV input. */
export async function sampleRewritten(name: string, rewrite: (cells: string[], i: number) => void): Promise<DatasetFile> {
  const text = await readFile(join(SAMPLE_DIR, name), 'utf8');
  const [header = '', ...lines] = text.trimEnd().split('\n');
  const written = lines.map((line, i) => {
    const cells = line.split(',');
    rewrite(cells, i);
    return cells.join(',');
  });
  return csv(name, [header, ...written].join('\n'));
}

/**
 * loadDataset, without the notice of regions a roster leaves out
 * (load.roster_partial, test/engine/rosterReach.test.ts): the tiny fixture's
 * rosters cover some of its counties, and the tests of reading, matching and
 * deduplicating persons are about other problems.
 */
export async function loadWithoutRosterReach(...args: Parameters<typeof loadDataset>): ReturnType<typeof loadDataset> {
  const report = await loadDataset(...args);
  return { ...report, problems: report.problems.filter((p) => p.problem.code !== 'load.roster_partial') };
}
