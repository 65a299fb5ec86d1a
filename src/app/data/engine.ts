// The engine starts when this module is first imported, before React
// renders: its 30 MB of wasm is the slowest thing on the page, so it
// downloads while the shell paints.
import type { Engine } from '../../engine/engine';
import { createBrowserEngine, type EngineProgress } from '../../engine/browser';
import { Dec, formatPercent } from '../../domain/money';
import { setStatus } from './progress';

function describe(progress: EngineProgress): string {
  if (progress.bytesTotal <= 0) return '正在启动分析引擎…';
  const share = Dec.min(new Dec(1), new Dec(progress.bytesLoaded).div(progress.bytesTotal));
  return `正在启动分析引擎… ${formatPercent(share, 0)}`;
}

const enginePromise: Promise<Engine> = createBrowserEngine((p) => setStatus({ message: describe(p) })).catch(
  (error: unknown) => {
    setStatus({ message: null, fatal: `分析引擎无法启动：${error instanceof Error ? error.message : String(error)}` });
    throw error;
  },
);

// Loading replaces tables while an analysis may be reading them; one task at
// a time keeps every analysis on one consistent set of tables.
let queue: Promise<unknown> = Promise.resolve();

export function withEngine<T>(task: (engine: Engine) => Promise<T>): Promise<T> {
  const run = queue.then(
    () => enginePromise.then(task),
    () => enginePromise.then(task),
  );
  queue = run.catch(() => undefined);
  return run;
}
