// The first screen's snapshot is computed at build time by the plugin's
// module (scripts/snapshot/compute.ts). Revived as the page revives it, it
// must give exactly the `analyze --json` document of the same quarter,
// computed here separately on a fresh engine.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviveSnapshot } from '../../src/app/data/snapshot';
import { toAnalysisJson } from '../../src/domain/analysis';
import { analyze } from '../../src/engine/analyze';
import { loadDataset } from '../../src/engine/load';
import { createNodeEngine } from '../../src/engine/node';
import { readDatasetDir } from '../../src/engine/nodeFiles';
import { snapshotModuleSource } from '../../scripts/snapshot/compute';

const SAMPLE = join(import.meta.dirname, '../../data/sample');

/** The module is `export default "<text>";`: the string literal is JSON. */
function textOf(moduleSource: string): string {
  const match = /^export default (".*");\n$/s.exec(moduleSource);
  if (!match?.[1]) throw new Error('unexpected snapshot module shape');
  return JSON.parse(match[1]) as string;
}

describe('build-time snapshot', () => {
  it('equals analyze on the sample for its latest quarter', async () => {
    const snapshot = reviveSnapshot(textOf(await snapshotModuleSource(SAMPLE)));
    // data/README.md: the sample runs 2022Q1–2024Q4, so the latest quarter is 2024Q4.
    expect(snapshot.quarter).toBe('2024Q4');
    expect(snapshot.analysis.quarter).toBe('2024Q4');
    expect(snapshot.dataset.isSample).toBe(true);
    expect(snapshot.dataset.report.quarters.at(-1)).toBe('2024Q4');
    expect(snapshot.dataset.report.quarters).toHaveLength(12);

    const engine = await createNodeEngine();
    try {
      const report = await loadDataset(engine, await readDatasetDir(SAMPLE));
      expect(report.ok).toBe(true);
      if (report.policyFile === null) throw new Error('sample without policy');
      const live = await analyze(engine, '2024Q4', report.policyFile);
      expect(toAnalysisJson(snapshot.analysis)).toEqual(toAnalysisJson(live));
      // Beyond the JSON: the overview's own inputs for the root region are the same Decimals.
      expect(snapshot.dataset.policyFile).toEqual(report.policyFile);
      const root = snapshot.rootRegionCode;
      const liveRootHistory = live.history.filter((s) => s.regionCode === root);
      expect(snapshot.analysis.history.map((s) => `${s.fund}|${s.quarter}|${s.accumulatedBalance?.toString() ?? ''}`)).toEqual(
        liveRootHistory.map((s) => `${s.fund}|${s.quarter}|${s.accumulatedBalance?.toString() ?? ''}`),
      );
      expect(snapshot.analysis.forecasts).toEqual(live.forecasts);
      expect(snapshot.analysis.coverage).toEqual(live.coverage);
    } finally {
      await engine.close();
    }
  });
});
