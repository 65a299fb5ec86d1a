// Computes the first-screen snapshot under Node with the engine and domain
// code the page runs: load the sample folder, analyze its latest quarter.
// Runs through Vite's module loader (the engine's SQL is `?raw` imports):
// the build plugin (scripts/snapshot/plugin.ts) and the tests call it.
import { analyze } from '../../src/engine/analyze';
import { loadDataset } from '../../src/engine/load';
import { createNodeEngine } from '../../src/engine/node';
import { readDatasetDir } from '../../src/engine/nodeFiles';
import { formatProblem } from '../../src/engine/problems';
import { SAMPLE_DATASET_ID, SAMPLE_DATASET_NAME } from '../../src/app/data/sampleIdentity';
import { trimForFirstScreen, type Snapshot } from '../../src/app/data/snapshot';
import { encodeSnapshot } from '../../src/app/data/snapshotCodec';

export async function computeSnapshot(dataDir: string): Promise<Snapshot> {
  const files = await readDatasetDir(dataDir);
  const engine = await createNodeEngine();
  try {
    const report = await loadDataset(engine, files);
    if (!report.ok || report.policyFile === null) {
      throw new Error(`sample does not load: ${report.problems.map(formatProblem).join('; ')}`);
    }
    const quarter = report.quarters.at(-1);
    if (quarter === undefined) throw new Error('sample has no quarter');
    const analysis = await analyze(engine, quarter, report.policyFile);
    const root = analysis.regions.find((r) => r.parentCode === null);
    if (!root) throw new Error('sample has no root region');
    return {
      dataset: {
        id: SAMPLE_DATASET_ID,
        name: SAMPLE_DATASET_NAME,
        isSample: true,
        // The list of files read says nothing on screen; drop it to stay small.
        report: { ...report, files: [] },
        policyFile: report.policyFile,
      },
      quarter,
      rootRegionCode: root.code,
      analysis,
    };
  } finally {
    await engine.close();
  }
}

/** The text of the snapshot module the app imports: one string parsed once (faster to start than an object literal). */
export async function snapshotModuleSource(dataDir: string): Promise<string> {
  const text = encodeSnapshot(trimForFirstScreen(await computeSnapshot(dataDir)));
  return `export default ${JSON.stringify(text)};\n`;
}
