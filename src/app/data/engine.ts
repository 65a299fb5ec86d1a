// The engine starts when this module is first imported, before React
// renders: its 30 MB of wasm is the slowest thing on the page, so DuckDB's
// worker is started right here (engine/browserBoot.ts, a few hundred bytes)
// and downloads and compiles it on its own thread while the shell paints.
// Its JavaScript (DuckDB client, Arrow, loaders) is a chunk of its own,
// fetched at once but kept out of the first screen's bundle; it attaches to
// that worker.
import type { Engine } from '../../engine/engine';
import { bootWorker, type BootedWorker } from '../../engine/browserBoot';
import { throttledEngineProgress } from './engineProgress';
import { setStatus } from './progress';

export type EngineRuntime = typeof import('./engineRuntime');

/**
 * Started before anything else; if it throws (no Worker, no WebAssembly),
 * createBrowserEngine tries again inside the promise chain below, so the
 * failure reaches the status line instead of stopping this module.
 */
function bootEarly(): BootedWorker | undefined {
  try {
    return bootWorker();
  } catch {
    return undefined;
  }
}

const booted = bootEarly();
const runtimePromise: Promise<EngineRuntime> = import('./engineRuntime');

const enginePromise: Promise<Engine> = runtimePromise
  .then((runtime) => runtime.createBrowserEngine(throttledEngineProgress((message) => setStatus({ message })), booted))
  .then((engine) => {
    // For `npm run bench`: how much of the time to ready is DuckDB starting.
    performance.mark('fundwatch:engine-started');
    return engine;
  })
  .catch((error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    setStatus({ message: null, fatal: { zh: `分析引擎无法启动：${reason}`, en: `The analysis engine could not start: ${reason}` } });
    throw error;
  });

// Loading replaces tables while an analysis may be reading them; one task at
// a time keeps every analysis on one consistent set of tables.
let queue: Promise<unknown> = Promise.resolve();

export function withEngine<T>(task: (engine: Engine, runtime: EngineRuntime) => Promise<T>): Promise<T> {
  const start = async (): Promise<T> => task(await enginePromise, await runtimePromise);
  const run = queue.then(start, start);
  queue = run.catch(() => undefined);
  return run;
}
