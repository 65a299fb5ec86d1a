// Load + match, the part both sides time: the page's loadDataset (which
// hashes and stores the roster) and rosterSummary (the matching SQL).
import type { Engine } from '../../../src/engine/runtime/engine';
import type { DatasetFile } from '../../../src/engine/formats/files';
import { loadDataset } from '../../../src/engine/ingest/load';
import { formatProblem } from '../../../src/engine/ingest/problems';
import { rosterSummary, type RosterSummary } from '../../../src/engine/queries/roster';

export interface RosterRun {
  ms: number;
  loadMs: number;
  summary: RosterSummary;
}

export async function loadAndMatch(engine: Engine, files: DatasetFile[], quarter: string, now: () => number): Promise<RosterRun> {
  const t0 = now();
  const report = await loadDataset(engine, files);
  if (!report.ok || report.policyFile === null) throw new Error(`roster load failed: ${report.problems.map((p) => formatProblem(p)).join('; ')}`);
  const t1 = now();
  const summary = await rosterSummary(engine, quarter);
  return { ms: now() - t0, loadMs: t1 - t0, summary };
}
