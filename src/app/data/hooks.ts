// React Query over the engine. The dataset and each (dataset, quarter)
// analysis are cached; region and fund only pick what to display from an
// analysis, so switching them never runs SQL. Until the engine answers, the
// first screen's snapshot does, from the same cache (seedFirstScreen.ts).
import { useMutation, useQuery, useQueryClient, type QueryClient, type UseQueryResult } from '@tanstack/react-query';
import { compareQuarters } from '../../domain/quarter';
import type { Analysis, Quarter } from '../../domain/types';
import type { DatasetFile } from '../../engine/formats/files';
import type { Label } from '../../domain/lang';
import type { PolicyFile } from '../../domain/policy/types';
import { ANALYSIS_OPTIONS, DATASET_KEY, analysisKey, sameDatasetPlaceholder } from './analysisQuery';
import { loadBuiltin, loadUserFiles, type Dataset, type UserLoad } from './dataset';
import { withEngine } from './engine';
import { setStatus, STATUS_TEXT } from './progress';
import { beginImport, endImport } from './importProgress';
import { isStandIn } from './standIns';
import { confirmFirstScreen } from './seedFirstScreen';
import { FIRST_SCREEN } from './firstScreen';

function computeAnalysis(quarter: Quarter, policyFile: PolicyFile): () => Promise<Analysis> {
  return async () => {
    setStatus({ message: STATUS_TEXT.computing });
    try {
      return await withEngine((engine, runtime) => runtime.analyze(engine, quarter, policyFile));
    } finally {
      setStatus({ message: null });
    }
  };
}

/**
 * A newly loaded dataset opens on its latest quarter (unless the address
 * names another): its analysis is queued at once, in the same engine turn
 * as the load, instead of after React has drawn the new dataset and asked
 * for it. useAnalysis then finds it in the cache (or on its way).
 */
function analyzeLatestQuarter(client: QueryClient, dataset: Dataset): void {
  const quarter = [...dataset.report.quarters].sort(compareQuarters).at(-1);
  if (quarter === undefined) return;
  void client.prefetchQuery({
    ...ANALYSIS_OPTIONS,
    queryKey: analysisKey(dataset.id, quarter, 0),
    queryFn: computeAnalysis(quarter, dataset.policyFile),
  });
}

function builtinQuery(client: QueryClient): () => Promise<Dataset> {
  return async () => {
    const { dataset, sameAsSnapshot } = await loadBuiltin();
    // The snapshot's data in the engine: its numbers on screen are final (seedFirstScreen.ts).
    const latest = [...dataset.report.quarters].sort(compareQuarters).at(-1);
    if (!(sameAsSnapshot && confirmFirstScreen(client, FIRST_SCREEN, latest))) analyzeLatestQuarter(client, dataset);
    return dataset;
  };
}

export interface CurrentDataset {
  /** On screen: the loaded dataset or, until the built-in one is loaded, the snapshot's stand-in for it. */
  shown: Dataset | undefined;
  /** In the engine, to be asked about. */
  loaded: Dataset | undefined;
  pending: boolean;
  error: Error | null;
}

export function useDataset(): CurrentDataset {
  const client = useQueryClient();
  // Its placeholder, the stand-in, comes from the client's defaults (seedFirstScreen.ts).
  const query = useQuery({
    queryKey: DATASET_KEY,
    queryFn: builtinQuery(client),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });
  return {
    shown: query.data,
    loaded: query.isPlaceholderData ? undefined : query.data,
    pending: query.isPending,
    error: query.error,
  };
}

/** The policy an analysis runs with: the dataset's file, or the session's edit of it (version > 0). */
export interface PolicyInUse {
  file: PolicyFile;
  version: number;
}

/** `dataset` may be the stand-in: the cache may answer for it (seedFirstScreen.ts), the engine only once it is loaded. */
export function useAnalysis(
  dataset: Dataset | undefined,
  quarter: Quarter | null,
  policy?: PolicyInUse,
): UseQueryResult<Analysis> {
  const datasetId = dataset?.id ?? null;
  const policyVersion = policy?.version ?? 0;
  return useQuery({
    ...ANALYSIS_OPTIONS,
    // The policy version is in the key: an edited policy is another analysis, never a cached one.
    queryKey: analysisKey(datasetId, quarter, policyVersion),
    queryFn: () => {
      if (!dataset || !quarter) throw new Error('no dataset or quarter');
      return computeAnalysis(quarter, policy?.file ?? dataset.policyFile)();
    },
    enabled: dataset !== undefined && !isStandIn(dataset) && quarter !== null,
    placeholderData: sameDatasetPlaceholder<Analysis>(datasetId),
  });
}

export interface LoadFiles {
  load: (files: DatasetFile[], name: Label) => void;
  /** The last failed load's report (problems to list); null after a success. */
  failed: UserLoad | null;
  /** Reading or loading threw (not a data problem: e.g. the engine failed); shown through errorMessage. */
  error: Error | null;
  pending: boolean;
  dismiss: () => void;
}

export function useLoadFiles(): LoadFiles {
  const client = useQueryClient();
  const mutation = useMutation({
    mutationFn: async ({ files, name }: { files: DatasetFile[]; name: Label }) => {
      // Progress and 取消 (importProgress.ts) from the moment the user picked the files.
      const options = beginImport(name);
      try {
        // Let the sample finish first: loaded after the user's files, it would replace them.
        await client
          .fetchQuery({ queryKey: DATASET_KEY, queryFn: builtinQuery(client), staleTime: Infinity })
          .catch(() => undefined);
        return await loadUserFiles(files, name, options);
      } finally {
        endImport();
      }
    },
    onSuccess: (result) => {
      if (!result.ok) return;
      analyzeLatestQuarter(client, result.dataset);
      client.setQueryData(DATASET_KEY, result.dataset);
    },
  });
  const result = mutation.data;
  return {
    load: (files, name) => mutation.mutate({ files, name }),
    failed: result && !result.ok ? result : null,
    error: mutation.error,
    pending: mutation.isPending,
    dismiss: () => mutation.reset(),
  };
}
