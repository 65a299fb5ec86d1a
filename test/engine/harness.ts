// One DuckDB-wasm instance per test file: instantiation takes about a second.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Engine } from '../../src/engine/runtime/engine';
import type { DatasetFile } from '../../src/engine/formats/files';
import { createNodeEngine } from '../../src/engine/runtime/node';

export function useEngine(): () => Engine {
  let engine: Engine | null = null;
  beforeAll(async () => {
    engine = await createNodeEngine();
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
