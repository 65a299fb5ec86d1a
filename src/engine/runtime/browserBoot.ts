// The first, slowest step of DuckDB in the browser — the worker fetching and
// compiling ~33 MB of wasm — started without waiting for DuckDB's client:
// this module is tiny (no DuckDB client, no Arrow), so the app's entry
// bundle holds it. In the built page the worker was started earlier still,
// by the engine-start script in the HTML's head (scripts/build/engineStart.ts):
// bootWorker takes that one over, with the replies it sent meanwhile, when
// it was started with the same address (bootParams.ts); otherwise it starts
// the worker itself (src/app/data/engine.ts: after the first screen). The
// DuckDB client (engine chunk, browser.ts) attaches to the same worker once
// it is instantiated.
//
// The worker is DuckDB's own worker script behind a small wrapper
// (duckdbBootWorker.js) that sends itself the INSTANTIATE message
// AsyncDuckDB.instantiate would send (@duckdb/duckdb-wasm 1.32.0, pinned):
// a message from the page would only reach the worker once the page's main
// thread is free, i.e. after the first screen. Its replies come to the page
// as AsyncDuckDB's would: `INSTANTIATE_PROGRESS`, then `OK` or `ERROR`, each
// with `requestId` = our message id. The wasm and worker files are bundled
// with `?url` imports and served from our own origin.
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import bootScript from './duckdbBootWorker.js?url&no-inline';
import { BOOT_MESSAGE_ID, bootWorkerUrl, EARLY_WORKER_KEY, EXCEPTIONS_PROBE, type EarlyWorker } from './bootParams';

export { BOOT_MESSAGE_ID } from './bootParams';

// The wasm files' own sizes, written in by the build (scripts/build/wasmBytes.ts).
declare const __DUCKDB_WASM_BYTES__: { eh: number; mvp: number };

export interface BootProgress {
  bytesLoaded: number;
  bytesTotal: number;
}

export interface BootedWorker {
  worker: Worker;
  /** The wasm the worker was told to instantiate. */
  mainModule: string;
  /** Settles when the worker has instantiated DuckDB (or failed to). */
  instantiated: Promise<void>;
  /** Download progress of the wasm; a late listener first gets the latest report. */
  onProgress(listener: (progress: BootProgress) => void): void;
}

/**
 * The bundle selectBundle would pick without a threaded (coi) build: `eh`
 * where wasm exceptions exist (every current browser), else `mvp`.
 */
export function pickBundle(validate: (bytes: Uint8Array<ArrayBuffer>) => boolean = (b) => WebAssembly.validate(b)): Bundle {
  return validate(Uint8Array.from(EXCEPTIONS_PROBE))
    ? { mainModule: ehWasm, mainWorker: ehWorker, moduleBytes: __DUCKDB_WASM_BYTES__.eh }
    : { mainModule: mvpWasm, mainWorker: mvpWorker, moduleBytes: __DUCKDB_WASM_BYTES__.mvp };
}

export interface Bundle {
  mainModule: string;
  mainWorker: string;
  /** The wasm file's size; 0 when unknown. */
  moduleBytes: number;
}

/**
 * The download's progress as DuckDB's worker reports it, measured against
 * the wasm file's own size: the worker's total is Content-Length, the
 * compressed size when the host sends Brotli or gzip, while the bytes it
 * counts are decompressed (scripts/build/wasmBytes.ts).
 */
export function downloadProgress(data: Partial<BootProgress> | null, moduleBytes: number): BootProgress {
  return { bytesLoaded: Number(data?.bytesLoaded ?? 0), bytesTotal: Math.max(Number(data?.bytesTotal ?? 0), moduleBytes) };
}

interface WorkerReply {
  requestId?: unknown;
  type?: unknown;
  data?: unknown;
}

export interface BootOptions {
  bundle?: Bundle;
  /** What relative URLs resolve against: the page's base (the worker would resolve them against its own script). */
  base?: string;
  /** For tests. */
  makeWorker?: (url: string) => Worker;
  /** Where the head script left a worker it started (engineStart.ts); for tests. */
  scope?: Record<string, unknown>;
}

/**
 * The worker the built page's head script started (scripts/build/engineStart.ts),
 * taken once, if it was started with the very address this boot would use;
 * one started with another (it cannot happen within one build) is ended.
 */
function takeEarlyWorker(scope: Record<string, unknown>, url: string): EarlyWorker | null {
  const early = scope[EARLY_WORKER_KEY] as EarlyWorker | undefined;
  if (early === undefined) return null;
  delete scope[EARLY_WORKER_KEY];
  if (early.url === url) return early;
  early.release();
  early.worker.terminate();
  return null;
}

/** Starts DuckDB's worker and its instantiation at once. */
export function bootWorker({
  bundle = pickBundle(),
  base = document.baseURI,
  makeWorker = (url) => new Worker(url),
  scope = globalThis as unknown as Record<string, unknown>,
}: BootOptions = {}): BootedWorker {
  const absolute = (url: string): string => new URL(url, base).href;
  const url = bootWorkerUrl(absolute(bootScript), absolute(bundle.mainWorker), absolute(bundle.mainModule));
  const early = takeEarlyWorker(scope, url);
  const worker = early?.worker ?? makeWorker(url);
  const listeners: ((progress: BootProgress) => void)[] = [];
  let latest: BootProgress | null = null;
  const instantiated = new Promise<void>((resolve, reject) => {
    let settled = false;
    const done = (): void => {
      settled = true;
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
    };
    const heard = (data: unknown): void => {
      const reply = data as WorkerReply | null;
      if (settled || reply?.requestId !== BOOT_MESSAGE_ID) return;
      if (reply.type === 'INSTANTIATE_PROGRESS') {
        latest = downloadProgress(reply.data as Partial<BootProgress> | null, bundle.moduleBytes);
        for (const listener of listeners) listener(latest);
      } else if (reply.type === 'OK') {
        done();
        resolve();
      } else if (reply.type === 'ERROR') {
        done();
        const message = (reply.data as { message?: unknown } | null)?.message;
        reject(new Error(typeof message === 'string' ? message : 'DuckDB could not be instantiated'));
      }
    };
    const failed = (message: string): void => {
      if (settled) return;
      done();
      reject(new Error(`DuckDB worker failed to start${message ? `: ${message}` : ''}`));
    };
    function onMessage(event: MessageEvent): void {
      heard(event.data);
    }
    function onError(event: ErrorEvent): void {
      failed(event.message);
    }
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    // A worker the head script started: what it said before we listened, in order (nothing can
    // arrive in between: this runs in one task).
    if (early !== null) {
      early.release();
      for (const reply of early.replies) heard(reply);
      if (early.failure !== null) failed(early.failure);
    }
  });
  // Settled for whoever awaits it later; never an unhandled rejection meanwhile.
  instantiated.catch(() => undefined);
  return {
    worker,
    mainModule: bundle.mainModule,
    instantiated,
    onProgress(listener) {
      listeners.push(listener);
      if (latest) listener(latest);
    },
  };
}
