// Native side of the roster benchmark, loaded through Vite's module loader
// (the engine's SQL is `?raw` imports): read the same files from disk, load
// and match them with native DuckDB.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { DatasetFile } from '../../../src/engine/formats/files';
import { createNativeEngine } from './nativeEngine';
import { loadAndMatch, type RosterRun } from './match';

export async function runNative(dataDir: string, scratchDir: string, quarter: string): Promise<RosterRun> {
  const engine = await createNativeEngine(scratchDir);
  try {
    const t0 = performance.now();
    const names = (await readdir(dataDir)).sort();
    const files: DatasetFile[] = await Promise.all(
      names.map(async (name) => ({ name, bytes: new Uint8Array(await readFile(join(dataDir, name))) })),
    );
    const readMs = performance.now() - t0;
    const run = await loadAndMatch(engine, files, quarter, () => performance.now());
    // Reading the files from disk counts, as the page's File.arrayBuffer() does.
    return { ...run, ms: run.ms + readMs };
  } finally {
    await engine.close();
  }
}
