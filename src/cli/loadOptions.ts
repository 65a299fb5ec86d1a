// How the command line loads a dataset (the page keeps the loader's defaults).
import type { LoadOptions } from '../engine/ingest/load';
import type { CliProgress } from './progress';

/**
 * How the command line loads: pieces of 256 MiB and the duplicate search in
 * one pass (the page's 32 MiB and 2,500,000 keys bound DuckDB-wasm's heap;
 * native DuckDB has its memory limit and spills), progress when it is on.
 */
export function cliLoadOptions(progress: CliProgress | null): LoadOptions {
  return { pieceBytes: 256 * 2 ** 20, keysPerPass: Number.MAX_SAFE_INTEGER, ...(progress ? { onProgress: progress.onProgress } : {}) };
}
