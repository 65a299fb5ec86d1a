// A dataset is whatever is loaded in the engine right now. Each successful
// load gets a new id, which keys every analysis query, so nothing computed
// from the previous tables is ever shown for the new ones.
import type { PolicyFile } from '../../domain/policyTypes';
import type { DatasetFile } from '../../engine/files';
import type { LoadOptions, LoadReport } from '../../engine/load';
import { formatProblem } from '../../engine/problems';
import { setStatus, STATUS_TEXT } from './progress';
import { SAMPLE_DATASET_ID, SAMPLE_DATASET_NAME } from './sampleIdentity';
import { fetchSampleFiles } from './sampleFiles';
import { withEngine } from './engine';

export interface Dataset {
  id: string;
  /** Shown in the header: 示例数据 or the user's folder/file name. */
  name: string;
  isSample: boolean;
  report: LoadReport;
  /** The dataset's policy.json or the defaults (a successful load always has one). */
  policyFile: PolicyFile;
}

let loads = 0;

export async function loadSample(): Promise<Dataset> {
  const files = await fetchSampleFiles();
  const report = await withEngine(async (engine, runtime) => {
    setStatus({ message: STATUS_TEXT.loadingSample });
    // Validated when the app was built (engine/prevalidated.ts): read straight into its tables.
    return runtime.loadPrevalidated(engine, files);
  });
  setStatus({ message: null });
  performance.mark('fundwatch:sample-loaded');
  if (!report.ok || report.policyFile === null) {
    // The sample is ours: failing to load it is a build bug, not user error.
    throw new Error(`示例数据无法载入：${report.problems.map(formatProblem).join('；')}`);
  }
  return { id: SAMPLE_DATASET_ID, name: SAMPLE_DATASET_NAME, isSample: true, report, policyFile: report.policyFile };
}

/** Result of loading the user's files: the new dataset, or the problems and no change. */
export type UserLoad = { ok: true; dataset: Dataset } | { ok: false; report: LoadReport };

export async function loadUserFiles(files: DatasetFile[], name: string, options: LoadOptions = {}): Promise<UserLoad> {
  setStatus({ message: STATUS_TEXT.loadingFiles(files.length) });
  try {
    const report = await withEngine((engine, runtime) => runtime.loadDataset(engine, files, options));
    if (!report.ok || report.policyFile === null) return { ok: false, report };
    loads += 1;
    return { ok: true, dataset: { id: `user-${loads}`, name, isSample: false, report, policyFile: report.policyFile } };
  } finally {
    setStatus({ message: null });
  }
}
