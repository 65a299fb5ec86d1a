// The user's load in progress: which file and step the loader is on, and the
// AbortController behind 取消. One load at a time (the loader is serial), so
// one small external store; React reads it with useSyncExternalStore.
import { useSyncExternalStore } from 'react';
import type { LoadOptions, LoadProgress } from '../../engine/ingest/load';
import { DEFAULT_LANG, texts, type Label, type Lang } from '../../domain/lang';

export interface ImportState {
  /** What is being loaded (folder or file names), in both languages. */
  name: Label;
  /** null until the loader reports its first step (reading the files from disk). */
  progress: LoadProgress | null;
  cancelling: boolean;
}

let current: ImportState | null = null;
let controller: AbortController | null = null;
const listeners = new Set<() => void>();

function set(next: ImportState | null): void {
  current = next;
  for (const listener of listeners) listener();
}

/** Starts tracking a load; pass the returned options to loadDataset. */
export function beginImport(name: Label): Required<Pick<LoadOptions, 'signal' | 'onProgress'>> {
  controller = new AbortController();
  set({ name, progress: null, cancelling: false });
  return {
    signal: controller.signal,
    onProgress: (progress) => {
      if (current) set({ ...current, progress });
    },
  };
}

export function endImport(): void {
  controller = null;
  set(null);
}

/** 取消: the loader stops before its next step and keeps the loaded dataset. */
export function cancelImport(): void {
  if (!controller || !current) return;
  controller.abort();
  set({ ...current, cancelling: true });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useImport(): ImportState | null {
  // No import runs while the build renders or the page takes its render over (main.tsx).
  return useSyncExternalStore(subscribe, () => current, () => null);
}

const TEXT = texts(
  {
    step: { read: '读取', validate: '校验', replace: '写入' } as Record<LoadProgress['step'], string>,
    cancelling: '正在取消…',
    reading: (name: string) => `正在读取 ${name}…`,
    count: (count: string) => `（${count}）`,
  },
  {
    step: { read: 'Reading', validate: 'Checking', replace: 'Writing' } as Record<LoadProgress['step'], string>,
    cancelling: 'Cancelling…',
    reading: (name: string) => `Reading ${name}…`,
    count: (count: string) => ` (${count})`,
  },
);

/** `读取 fund_flows.xlsx · regions（2/5）`, `校验（5/5）`. */
export function describeProgress(state: ImportState, lang: Lang = DEFAULT_LANG): string {
  const t = TEXT[lang];
  const p = state.progress;
  if (state.cancelling) return t.cancelling;
  if (!p) return t.reading(state.name[lang]);
  const where = p.file ? ` ${p.file}${p.sheet ? ` · ${p.sheet}` : ''}` : '';
  const count = p.step === 'read' ? `${p.done + 1}/${p.total}` : `${p.total}/${p.total}`;
  return `${t.step[p.step]}${where}${t.count(count)}`;
}

/** Share of the bar, 0…1: reading is most of the work; validating and replacing take the last part. */
export function progressShare(state: ImportState): number {
  const p = state.progress;
  if (!p || p.total === 0) return 0;
  if (p.step === 'read') return (0.8 * p.done) / p.total;
  return p.step === 'validate' ? 0.85 : 0.95;
}
