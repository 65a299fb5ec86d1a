// The engine starts as the page opens (main.tsx calls startEngine): its
// 30 MB of wasm is the slowest thing on the page. In the built page DuckDB's
// worker is already running: the engine-start script in the HTML's head
// started it while the HTML was parsed (scripts/build/engineStart.ts), and
// bootWorker (engine/browserBoot.ts, a few hundred bytes in the entry
// bundle) takes it over. Where that script did not run (the dev server),
// the worker is started as soon as the first screen has been drawn from the
// snapshot, and downloads and compiles the wasm on its own thread. Its JavaScript (DuckDB client, Arrow, loaders) is a chunk
// of its own, fetched at once but kept out of the first screen's bundle; it
// attaches to that worker.
import type { Engine } from '../../engine/runtime/engine';
import { bootWorker, type BootedWorker } from '../../engine/runtime/browserBoot';
import { afterFirstScreen } from './afterFirstScreen';
import { throttledEngineProgress } from './engineProgress';
import { setStatus } from './progress';

export type EngineRuntime = typeof import('./engineRuntime');

/**
 * Without the engine-start script, not sooner than the first chart: started
 * before React renders, the worker's start took CPU from the first screen on
 * a 2-core machine, when the first screen was React's own render (8
 * alternating cold loads: first chart 809 ms started at once, 702 ms after
 * the first chart). Since the first screen is in the HTML, the build starts
 * it from the head instead (README, Performance). A page that draws no
 * chart starts it after FIRST_SCREEN_WAIT_MS.
 */
const FIRST_SCREEN_WAIT_MS = 1000;

interface Started {
  booted: Promise<BootedWorker | undefined>;
  runtime: Promise<EngineRuntime>;
  engine: Promise<Engine>;
}

let started: Started | null = null;

/**
 * Starts the engine, once: the page's entry calls it as the page opens
 * (main.tsx), so importing this module starts nothing (the build renders
 * the first screen ahead of time from the same modules, under Node).
 */
export function startEngine(): Started {
  if (started !== null) return started;
  /**
   * If bootWorker throws (no Worker, no WebAssembly), createBrowserEngine tries
   * again inside the promise chain below, so that the failure reaches the
   * status line.
   */
  const booted = new Promise<BootedWorker | undefined>((resolve) => {
    afterFirstScreen(() => {
      try {
        const worker = bootWorker();
        // For `npm run bench`: the worker's part of the engine's start (wasm fetched, compiled, instantiated).
        worker.instantiated.then(() => performance.mark('fundwatch:engine-instantiated')).catch(() => undefined);
        resolve(worker);
      } catch {
        resolve(undefined);
      }
    }, FIRST_SCREEN_WAIT_MS);
  });
  const runtime: Promise<EngineRuntime> = import('./engineRuntime');
  const engine: Promise<Engine> = Promise.all([runtime, booted])
    .then(([r, b]) => r.createBrowserEngine(throttledEngineProgress((message) => setStatus({ message })), b))
    .then((e) => {
      // For `npm run bench`: how much of the time to ready is DuckDB starting.
      performance.mark('fundwatch:engine-started');
      return e;
    })
    .catch((error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      setStatus({ message: null, fatal: { zh: `分析引擎无法启动：${reason}`, en: `The analysis engine could not start: ${reason}` } });
      throw error;
    });
  started = { booted, runtime, engine };
  return started;
}

// Loading replaces tables while an analysis may be reading them; one task at
// a time keeps every analysis on one consistent set of tables.
let queue: Promise<unknown> = Promise.resolve();

export function withEngine<T>(task: (engine: Engine, runtime: EngineRuntime) => Promise<T>): Promise<T> {
  const start = async (): Promise<T> => {
    const { engine, runtime } = startEngine();
    return task(await engine, await runtime);
  };
  const run = queue.then(start, start);
  queue = run.catch(() => undefined);
  return run;
}
