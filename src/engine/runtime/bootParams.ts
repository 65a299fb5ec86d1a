// What the page's boot (browserBoot.ts) and the engine-start script in the
// built index.html's head (scripts/build/engineStart.ts) agree on: which
// wasm bundle, the wrapper worker's address, the message id of its
// INSTANTIATE, and where the head script leaves the worker it started. No
// `?url` imports here, so the build's scripts can import it under Node.

/**
 * The message id of our INSTANTIATE. AsyncDuckDB numbers its own requests
 * from 0 and is attached only after this one is answered, so they never meet.
 */
export const BOOT_MESSAGE_ID = 2 ** 30;

/**
 * A module using a wasm exception-handling instruction (`try`): valid only
 * where the `eh` build can run. The same probe duckdb-wasm's selectBundle uses.
 */
export const EXCEPTIONS_PROBE: readonly number[] = [0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 8, 1, 6, 0, 6, 64, 25, 11, 11];

/** The global under which the head script leaves the worker it started (EarlyWorker). */
export const EARLY_WORKER_KEY = '__fundwatchEngineWorker';

/**
 * A worker the head script started before the page's modules arrived, with
 * what it said meanwhile: the page takes it over (browserBoot.ts) instead
 * of starting a second one.
 */
export interface EarlyWorker {
  /** The address it was started with (bootWorkerUrl's). */
  url: string;
  worker: Worker;
  /** Messages it sent before the page listened, in order. */
  replies: unknown[];
  /** The message of an error event before the page listened; null if none. */
  failure: string | null;
  /** Stops the head script's own listeners (once the page's are attached). */
  release(): void;
}

/**
 * The wrapper worker's address: its script, with DuckDB's worker script,
 * the wasm and the message id as parameters, every URL absolute.
 */
export function bootWorkerUrl(bootScript: string, mainWorker: string, mainModule: string): string {
  const url = new URL(bootScript);
  url.searchParams.set('script', mainWorker);
  url.searchParams.set('wasm', mainModule);
  url.searchParams.set('id', String(BOOT_MESSAGE_ID));
  return url.href;
}
