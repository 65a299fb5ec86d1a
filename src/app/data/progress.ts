// A tiny external store for the one line of status text shown while the
// engine starts or data loads; React reads it with useSyncExternalStore.
// Messages are kept in both languages: the engine reports before and while
// the reader switches language, and the line must follow the switch.
import { useSyncExternalStore } from 'react';
import type { Label } from '../../domain/lang';

export interface Status {
  /** null = nothing in progress. */
  message: Label | null;
  /** Set when starting failed for good: the page cannot work without the engine. */
  fatal: Label | null;
}

export const STATUS_TEXT = {
  engineStarting: { zh: '正在启动分析引擎…', en: 'Starting the analysis engine…' },
  computing: { zh: '正在计算指标…', en: 'Computing indicators…' },
  comparing: { zh: '正在与上次报送比对…', en: 'Comparing with the earlier submission…' },
  loadingSample: { zh: '正在载入示例数据…', en: 'Loading the sample data…' },
  loadingBuiltin: { zh: '正在载入内置数据…', en: 'Loading the built-in data…' },
  loadingFiles: (n: number): Label => ({ zh: `正在载入 ${n} 个文件…`, en: `Loading ${n} file${n === 1 ? '' : 's'}…` }),
} as const;

const FIRST: Status = { message: STATUS_TEXT.engineStarting, fatal: null };
let current: Status = FIRST;
const listeners = new Set<() => void>();

// While the page takes over the build's first screen (main.tsx), a status change is kept, not told:
// an update that lands while React is still hydrating makes it throw the first screen away and render
// the page afresh. React reads the status again once the page is in place.
let held = false;
let missed = false;

export function setStatus(next: Partial<Status>): void {
  current = { ...current, ...next };
  if (held) {
    missed = true;
    return;
  }
  for (const listener of listeners) listener();
}

/** Keeps status changes from React until the returned release is called (then tells the last one). */
export function holdStatus(): () => void {
  held = true;
  return () => {
    held = false;
    if (!missed) return;
    missed = false;
    for (const listener of listeners) listener();
  };
}

/** Tells `listener` of every status change (useStatus's subscription). */
export function subscribeStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useStatus(): Status {
  // Taking over the build's first screen (main.tsx) renders first what the build did: the status it started with.
  return useSyncExternalStore(subscribeStatus, () => current, () => FIRST);
}
