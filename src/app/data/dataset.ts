// A dataset is whatever is loaded in the engine right now. Each successful
// load gets a new id, which keys every analysis query, so nothing computed
// from the previous tables is ever shown for the new ones.
import type { Label } from '../../domain/lang';
import { message } from '../../domain/messages/codes';
import { FundWatchError } from '../../domain/messages/error';
import type { DatasetFile } from '../../engine/formats/files';
import type { LoadOptions, LoadReport } from '../../engine/ingest/load';
import { problemLine } from '../../engine/ingest/problems';
import { setStatus, STATUS_TEXT } from './progress';
import { BUILTIN_DATASET_ID } from './sampleIdentity';
import { BUILTIN_IS_SAMPLE, BUILTIN_NAME, fetchBuiltinFiles } from './sampleFiles';
import { withEngine } from './engine';
import type { Dataset } from './datasetTypes';
import { FIRST_SCREEN } from './firstScreen';
import { sameFiles } from './sameFiles';
import { datasetSha256 } from './datasetHash';
import { fetchPrebuilt, type PrebuiltFile } from './prebuiltFile';

export type { Dataset } from './datasetTypes';

const BUILTIN_CLEAN = FIRST_SCREEN.dataset.report.problems.length === 0;

let loads = 0;

export interface BuiltinLoad {
  dataset: Dataset;
  /** The engine holds the very files the build-time snapshot was computed from (their SHA-256 equal). */
  sameAsSnapshot: boolean;
}

/** The dataset built into the page (the sample unless the build named another). */
export async function loadBuiltin(): Promise<BuiltinLoad> {
  // Checked when the app was built and shipped as one database file (its hash checked here),
  // unless that load had something to say (a warning) that the full load must say again.
  const prebuilt = BUILTIN_CLEAN ? await fetchPrebuilt() : null;
  if (prebuilt !== null && (await loadBuiltinPrebuilt(prebuilt))) {
    const report: LoadReport = { ...FIRST_SCREEN.dataset.report, files: prebuilt.files };
    // Written by the same build, from the same files, as the snapshot: the snapshot's numbers are its own.
    return { dataset: builtinDataset(report), sameAsSnapshot: true };
  }
  const files = await fetchBuiltinFiles();
  // Hashed while the engine may still be starting: a few ms for the sample's 2 MB.
  const hash = datasetSha256(files).catch(() => null);
  const report = await withEngine(async (engine, runtime) => {
    setStatus({ message: BUILTIN_IS_SAMPLE ? STATUS_TEXT.loadingSample : STATUS_TEXT.loadingBuiltin });
    // Loaded with every check when the app was built (scripts/snapshot): read straight into its
    // tables (engine/prevalidated.ts), unless that load had something to say (a warning) that
    // the full load must say again.
    return BUILTIN_CLEAN ? runtime.loadPrevalidated(engine, files) : runtime.loadDataset(engine, files);
  });
  setStatus({ message: null });
  performance.mark('fundwatch:sample-loaded');
  if (!report.ok || report.policyFile === null) {
    // The build loaded these very files: failing here is a build bug, not user error.
    throw new FundWatchError(message('builtin.unloadable', { problems: report.problems.map(problemLine) }));
  }
  const dataset = builtinDataset(report);
  const sameAsSnapshot = (await hash) === FIRST_SCREEN.dataHash;
  if (!sameAsSnapshot) console.warn('FundWatch: the built-in files differ from the first screen\'s (SHA-256); the engine computes it again.');
  return { dataset, sameAsSnapshot };
}

function builtinDataset(report: LoadReport): Dataset {
  if (report.policyFile === null) throw new FundWatchError(message('builtin.unloadable', { problems: report.problems.map(problemLine) }));
  return { id: BUILTIN_DATASET_ID, name: BUILTIN_NAME, isSample: BUILTIN_IS_SAMPLE, report, policyFile: report.policyFile };
}

/** True when the artefact is in the engine; false (said on the console) when the CSV files must load instead. */
async function loadBuiltinPrebuilt(prebuilt: PrebuiltFile): Promise<boolean> {
  const attached = withEngine(async (engine, runtime) => {
    setStatus({ message: BUILTIN_IS_SAMPLE ? STATUS_TEXT.loadingSample : STATUS_TEXT.loadingBuiltin });
    try {
      await runtime.attachPrebuilt(engine, prebuilt.bytes);
      return true;
    } catch (e) {
      console.warn(`FundWatch: the prebuilt dataset could not be read (${e instanceof Error ? e.message : String(e)}): loading its CSV files instead`);
      return false;
    }
  });
  // Queued right behind it, before anyone can ask the engine anything else:
  // the attached file is read-only, and loads write to the engine's own
  // database. The page shows the engine's numbers meanwhile.
  void withEngine(async (engine, runtime) => {
    if (await attached) await runtime.settlePrebuilt(engine);
  }).catch((e: unknown) => {
    console.warn(`FundWatch: the prebuilt dataset could not be copied into the engine (${e instanceof Error ? e.message : String(e)}): it stays attached, and loading other files will fail`);
  });
  const loaded = await attached;
  setStatus({ message: null });
  if (loaded) performance.mark('fundwatch:sample-loaded');
  return loaded;
}

/** Result of loading the user's files: the new dataset, or the problems and no change. */
export type UserLoad = { ok: true; dataset: Dataset } | { ok: false; report: LoadReport };

/** The sample loaded again from disk keeps its label (sameFiles); any other files are the user's. */
async function isSampleAgain(files: readonly DatasetFile[]): Promise<boolean> {
  if (!BUILTIN_IS_SAMPLE) return false;
  try {
    return await sameFiles(files, await fetchBuiltinFiles());
  } catch {
    return false;
  }
}

/** A merge's name in the header: how many submissions, and the first ones. */
export function mergedName(names: readonly string[]): Label {
  const shown = names.slice(0, 3);
  const more = names.length > shown.length ? '…' : '';
  return {
    zh: `${names.length} 个报送合并（${shown.join('、')}${more}）`,
    en: `${names.length} submissions merged (${shown.join(', ')}${more})`,
  };
}

/**
 * The user's files: a folder or files as always, or several submissions
 * (one folder per city, or a ZIP of them) merged into one dataset
 * (engine/submissionFiles.ts, engine/submissions.ts).
 */
export async function loadUserFiles(files: DatasetFile[], name: Label, options: LoadOptions = {}): Promise<UserLoad> {
  setStatus({ message: STATUS_TEXT.loadingFiles(files.length) });
  try {
    const load = await withEngine(async (engine, runtime) => {
      const unpacked = await runtime.unpackZips(files);
      // A roster too big for the page is refused before anything is read into DuckDB: the data on screen stay.
      const problems = unpacked.problems.length > 0 ? unpacked.problems : await runtime.rostersBeyondBrowser(unpacked.files);
      if (problems.length > 0) {
        const report: LoadReport = { ok: false, cancelled: false, problems, tables: {}, files: [], policyFile: null, policyDefaults: false, quarters: [] };
        return { report, submissions: [] };
      }
      const submissions = runtime.splitSubmissions(unpacked.files, name.zh);
      return { report: await runtime.loadSubmissions(engine, submissions, options), submissions };
    });
    const { report, submissions } = load;
    if (!report.ok || report.policyFile === null) return { ok: false, report };
    loads += 1;
    const merged = submissions.length > 1;
    const sample = !merged && (await isSampleAgain(files));
    return {
      ok: true,
      dataset: {
        id: `user-${loads}`,
        name: sample ? BUILTIN_NAME : merged ? mergedName(submissions.map((s) => s.name)) : name,
        isSample: sample,
        report,
        policyFile: report.policyFile,
      },
    };
  } finally {
    setStatus({ message: null });
  }
}
