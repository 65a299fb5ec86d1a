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

export function setStatus(next: Partial<Status>): void {
  current = { ...current, ...next };
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useStatus(): Status {
  // Taking over the build's first screen (main.tsx) renders first what the build did: the status it started with.
  return useSyncExternalStore(subscribe, () => current, () => FIRST);
}
