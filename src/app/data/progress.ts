// A tiny external store for the one line of status text shown while the
// engine starts or data loads; React reads it with useSyncExternalStore.
import { useSyncExternalStore } from 'react';

export interface Status {
  /** null = nothing in progress. */
  message: string | null;
  /** Set when starting failed for good: the page cannot work without the engine. */
  fatal: string | null;
}

let current: Status = { message: '正在启动分析引擎…', fatal: null };
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
  return useSyncExternalStore(subscribe, () => current);
}
