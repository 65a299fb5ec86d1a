// `npm run report -- --data DIR --quarter Q --out FILE.html [--region CODE]`:
// the quarterly situation report as one self-contained HTML file, from the
// same engine and domain as `analyze` (so its numbers are analyze's).
import { writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { previousQuarter, sameQuarterLastYear } from '../domain/quarter';
import type { Analysis, Quarter, Region } from '../domain/types';
import { analyze } from '../engine/queries/analyze';
import type { Engine } from '../engine/runtime/engine';
import type { Submission } from '../engine/ingest/submissions';
import { renderReport, sampleDatasetLabel } from '../report/report';
import { dataLabel, type CliArgs } from './args';
import { compareSubmission } from './compare';
import { loadForCommand } from './loaded';
import type { CliIo } from './io';
import { cliScenario } from './scenario';
import type { CliProgress } from './progress';
import { CLI_TEXT } from './text';

/** What to offer instead of a code the data have not: its own city's regions (419000 → 419001 济源市), else the province and cities. */
function regionsNear(regions: readonly Region[], code: string): string[] {
  const near = regions.filter((r) => r.code.slice(0, 4) === code.slice(0, 4));
  const offered = near.length > 0 ? near : regions.filter((r) => r.level !== 'county');
  return offered.slice(0, NEAR_SHOWN).map((r) => `${r.code} ${r.name}`);
}

/** Regions offered at most in that message. */
const NEAR_SHOWN = 20;

export async function runReport(engine: Engine, files: Submission[], args: CliArgs, io: CliIo, progress: CliProgress | null = null, cacheDir: string | null = null): Promise<number> {
  const t = CLI_TEXT[args.lang];
  const loaded = await loadForCommand(engine, files, args, io, progress, cacheDir);
  if (loaded === null) return 1;
  const { policyFile, quarters } = loaded;
  const quarter = args.quarter ?? quarters.at(-1);
  if (quarter === undefined || !quarters.includes(quarter)) {
    io.err(quarter === undefined ? t.noQuarterData(dataLabel(args)) : t.noSuchQuarter(quarter, quarters));
    return 1;
  }
  const scenario = cliScenario(args, policyFile, quarter, io);
  if (scenario === 'refused') return 2;
  // The comparisons exist only when the data reach back that far.
  const optional = async (q: Quarter): Promise<Analysis | null> => (quarters.includes(q) ? analyze(engine, q, policyFile) : null);
  const analyzed = progress?.analyzing(quarter);
  const analysis = await analyze(engine, quarter, policyFile);
  const previous = await optional(previousQuarter(quarter));
  const lastYear = await optional(sameQuarterLastYear(quarter));
  analyzed?.();
  const regionCode = args.region ?? analysis.regions.find((r) => r.level === 'province')?.code ?? analysis.regions[0]?.code;
  if (regionCode === undefined || !analysis.regions.some((r) => r.code === regionCode)) {
    io.err(t.noSuchRegion(regionCode ?? '', regionsNear(analysis.regions, regionCode ?? '')));
    return 1;
  }
  const revisions = args.compare === null ? null : await compareSubmission(engine, args.compare, { quarter, policyFile }, args.lang, io);
  if (revisions === undefined) return 1;
  const [only] = args.data;
  const dir = args.data.length === 1 && only !== undefined ? basename(resolve(only)) : '';
  const datasetLabel = dir === 'sample' && only !== undefined ? sampleDatasetLabel(only, args.lang) : dataLabel(args);
  progress?.report();
  const html = renderReport({ analysis, previous, lastYear, regionCode, datasetLabel, lang: args.lang, revisions, ...(scenario === null ? {} : { scenario }) });
  const out = args.out ?? 'report.html'; // parseArgs insists on --out
  await writeFile(out, html, 'utf8');
  const bytes = Buffer.byteLength(html, 'utf8');
  io.out(t.written(out, (bytes / 1024).toFixed(1), bytes));
  return 0;
}
