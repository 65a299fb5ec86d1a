// The session's edit of the policy: held in memory only, for the dataset it
// was made on. Each apply gets a new version, which keys the analysis query.
import { useCallback, useState } from 'react';
import type { PolicyFile } from '../../domain/policy/types';
import type { Dataset } from './dataset';
import type { PolicyInUse } from './hooks';

interface Edit {
  datasetId: string;
  file: PolicyFile;
  version: number;
}

export interface PolicyEdit {
  /** What the analysis runs with now. */
  inUse: PolicyInUse | undefined;
  /** True when the session's edit is in force (shown as 已修改（本次会话）). */
  edited: boolean;
  apply: (file: PolicyFile) => void;
  reset: () => void;
}

let versions = 0;

export function usePolicyEdit(dataset: Dataset | undefined): PolicyEdit {
  const [edit, setEdit] = useState<Edit | null>(null);
  // An edit belongs to the dataset it was made on; loading other data drops it.
  const current = dataset && edit?.datasetId === dataset.id ? edit : null;
  const apply = useCallback(
    (file: PolicyFile) => {
      if (!dataset) return;
      versions += 1;
      setEdit({ datasetId: dataset.id, file, version: versions });
    },
    [dataset],
  );
  const reset = useCallback(() => setEdit(null), []);
  return {
    inUse: dataset ? (current ? { file: current.file, version: current.version } : { file: dataset.policyFile, version: 0 }) : undefined,
    edited: current !== null,
    apply,
    reset,
  };
}
