// 版本比对: the earlier submission the user picked (kept for the session,
// so that switching pages or quarters keeps it) and the comparison of the
// loaded dataset with it, cached per dataset, comparison, quarter and
// policy. The comparison loads the earlier submission into a database of
// its own (engine/revisions.ts): whatever it finds, the loaded data stay.
import { useSyncExternalStore } from 'react';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { Label } from '../../domain/lang';
import type { PolicyFile } from '../../domain/policy/types';
import type { Quarter } from '../../domain/types';
import type { DatasetFile } from '../../engine/formats/files';
import type { Comparison } from '../../engine/queries/revisions';
import { withEngine } from './engine';
import { setStatus, STATUS_TEXT } from './progress';

export interface PickedComparison {
  id: number;
  name: Label;
  files: DatasetFile[];
}

let current: PickedComparison | null = null;
let picks = 0;
const listeners = new Set<() => void>();

export function setComparison(files: DatasetFile[], name: Label): void {
  picks += 1;
  current = { id: picks, name, files };
  for (const l of listeners) l();
}

export function clearComparison(): void {
  current = null;
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function usePickedComparison(): PickedComparison | null {
  // Nothing is picked while the build renders or the page takes its render over (main.tsx).
  return useSyncExternalStore(subscribe, () => current, () => null);
}

export function useComparison(
  datasetId: string | null,
  picked: PickedComparison | null,
  quarter: Quarter | null,
  policy: { file: PolicyFile; version: number } | null,
): UseQueryResult<Comparison> {
  return useQuery({
    queryKey: ['revisions', datasetId, picked?.id ?? null, quarter, policy?.version ?? 0],
    queryFn: async () => {
      if (!picked || !quarter || !policy) throw new Error('nothing to compare');
      setStatus({ message: STATUS_TEXT.comparing });
      try {
        return await withEngine(async (engine, runtime) => {
          const unpacked = await runtime.unpackZips(picked.files);
          // The earlier submission's roster is held to the page's bound too (browserBound.ts).
          const problems = unpacked.problems.length > 0 ? unpacked.problems : await runtime.rostersBeyondBrowser(unpacked.files);
          if (problems.length > 0) {
            const report = { ok: false, cancelled: false, problems, tables: {}, files: [], policyFile: null, policyDefaults: false, quarters: [] };
            return { ok: false, problems, report } satisfies Comparison;
          }
          const submissions = runtime.splitSubmissions(unpacked.files, picked.name.zh);
          return runtime.compareWith(engine, submissions, { quarter, policyFile: policy.file });
        });
      } finally {
        setStatus({ message: null });
      }
    },
    enabled: datasetId !== null && picked !== null && quarter !== null && policy !== null,
    staleTime: Infinity,
    retry: false,
  });
}
