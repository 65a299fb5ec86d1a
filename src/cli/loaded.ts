// What `analyze` and `report` both start with: the submissions loaded, each
// problem said on stderr in the command's language, and the dataset's policy,
// and its quarters (the load's own list: a province's roster is not scanned
// for them again), or null (said too) when the data cannot be analysed. With a cache folder,
// a dataset loaded before is attached from it instead (datasetCache.ts).
import type { PolicyFile } from '../domain/policy/types';
import { formatProblem } from '../engine/ingest/problems';
import { loadSubmissions, type Submission } from '../engine/ingest/submissions';
import type { Engine } from '../engine/runtime/engine';
import { listQuarters } from '../engine/queries/quarters';
import type { Quarter } from '../domain/types';
import { dataLabel, type CliArgs } from './args';
import { datasetKey, keepable, openCached, storeCached } from './datasetCache';
import type { CliIo } from './io';
import { CLI_TEXT } from './text';
import { cliLoadOptions } from './loadOptions';
import type { CliProgress } from './progress';

export async function loadForCommand(
  engine: Engine,
  files: Submission[],
  args: CliArgs,
  io: CliIo,
  progress: CliProgress | null = null,
  cacheDir: string | null = null,
): Promise<{ policyFile: PolicyFile; quarters: Quarter[] } | null> {
  const key = cacheDir === null ? null : await datasetKey(files);
  if (cacheDir !== null && key !== null) {
    const cached = await openCached(engine, cacheDir, key, args.compare !== null);
    if (cached !== null) {
      progress?.loaded();
      return { policyFile: cached, quarters: await listQuarters(engine) };
    }
  }
  const report = await loadSubmissions(engine, files, cliLoadOptions(progress));
  progress?.loaded();
  for (const p of report.problems) io.err(formatProblem(p, args.lang, report.levelWords));
  if (report.ok && report.policyFile !== null) {
    if (cacheDir !== null && key !== null && keepable(report)) await storeCached(engine, cacheDir, key, report.policyFile);
    return { policyFile: report.policyFile, quarters: report.quarters };
  }
  io.err(CLI_TEXT[args.lang].notLoaded(dataLabel(args)));
  return null;
}
