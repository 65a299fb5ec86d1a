// `analyze` and `report` under Node: the same engine, SQL and domain as the
// page, so the command line and the dashboard always show the same numbers.
// DuckDB runs natively here (engine/native.ts: fast start, multi-threaded,
// spills to disk); the parity test runs this same function on DuckDB-wasm
// (engine/node.ts) and requires the same output. Run through
// scripts/run-cli.mjs, which bundles this file once with Vite (the `?raw`
// SQL imports) and reuses the bundle. Exit codes: 0 done, 1 bad data or
// failure, 2 usage (a refused --scenario included).
import { toAnalysisJson } from '../domain/analysis';
import { stressTests, toStressJson } from '../domain/stress';
import { toRevisionsJson } from '../domain/revisions';
import { analyze } from '../engine/queries/analyze';
import type { Engine } from '../engine/runtime/engine';
import { createNativeEngine, type NativeEngineOptions } from '../engine/runtime/native';
import { errorMessage } from '../domain/messages/error';
import type { Submission } from '../engine/ingest/submissions';
import { dataLabel, parseArgs, USAGE, UsageError, type CliArgs } from './args';
import { loadForCommand } from './loaded';
import { compareSubmission, readSubmissions } from './compare';
import { cliScenario, stressSummaryLines } from './scenario';
import { safeIo, type CliIo } from './io';
import { revisionLines } from './revisionsSummary';
import { allocationFailures, summaryLines } from './summary';
import { cliProgress, type CliProgress } from './progress';
import { CLI_TEXT } from './text';
import { outFileProblem } from './outFile';

export type { CliIo } from './io';

const PROCESS_IO: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

/**
 * Input up to this size is read on one DuckDB thread: its statements are too
 * small to split, and a second thread only added hand-offs (~0.2 s of CPU on
 * the sample, on a machine of two cores that node's own thread shares).
 */
const ONE_THREAD_BYTES = 16 * 2 ** 20;

function engineOptions(submissions: readonly Submission[], progress: CliProgress | null): NativeEngineOptions {
  let bytes = 0;
  for (const s of submissions) for (const f of s.files) bytes += 'blob' in f ? f.blob.size : f.bytes.byteLength;
  return { ...(bytes <= ONE_THREAD_BYTES ? { threads: 1 } : {}), ...(progress ? { onQueryProgress: progress.query } : {}) };
}

export async function main(
  argv: readonly string[],
  rawIo: CliIo = PROCESS_IO,
  createEngine: (options: NativeEngineOptions) => Promise<Engine> = createNativeEngine,
  /** Where datasets loaded before are kept (datasetCache.ts); the runner's bundle folder gives one, null keeps none. */
  cacheDir: string | null = null,
): Promise<number> {
  const io = safeIo(rawIo);
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`${e.message}\n${USAGE}`);
    return 2;
  }
  let engine: Engine | null = null;
  const t = CLI_TEXT[args.lang];
  const outProblem = args.command === 'report' && args.out !== null ? await outFileProblem(args.out, args.lang) : null;
  if (outProblem !== null) {
    io.err(t.error(outProblem));
    return 2;
  }
  try {
    const files = await readSubmissions(args.data, args.lang);
    const progress = cliProgress(files, args.lang, io);
    engine = await createEngine(engineOptions(files, progress));
    if (args.command === 'report') {
      // Loaded only for `report`: its charts (ECharts) take ~0.5 s to import, which `analyze` need not pay.
      const { runReport } = await import('./report');
      return await runReport(engine, files, args, io, progress, cacheDir);
    }
    return await runAnalyze(engine, files, args, io, progress, cacheDir);
  } catch (e) {
    // A message, never a stack trace: the reader is an official, not a developer.
    io.err(t.error(errorMessage(e, args.lang)));
    return 1;
  } finally {
    await engine?.close();
  }
}

async function runAnalyze(engine: Engine, files: Submission[], args: CliArgs, io: CliIo, progress: CliProgress | null, cacheDir: string | null): Promise<number> {
  const t = CLI_TEXT[args.lang];
  const loaded = await loadForCommand(engine, files, args, io, progress, cacheDir);
  if (loaded === null) return 1;
  const { policyFile, quarters } = loaded;
  const quarter = args.quarter ?? quarters.at(-1);
  if (quarter === undefined) {
    io.err(t.noQuarters(dataLabel(args)));
    return 1;
  }
  if (!quarters.includes(quarter)) {
    io.err(t.noSuchQuarter(quarter, quarters));
    return 1;
  }
  const scenario = cliScenario(args, policyFile, quarter, io);
  if (scenario === 'refused') return 2;
  const analyzed = progress?.analyzing(quarter);
  const analysis = await analyze(engine, quarter, policyFile);
  analyzed?.();
  const stress = scenario === null ? null : stressTests(analysis.history, quarter, analysis.policy, analysis.regions, scenario);
  // Without --compare (and --scenario) the document is exactly what it was before revisions (and stress tests) existed.
  const revisions = args.compare === null ? null : await compareSubmission(engine, args.compare, { quarter, policyFile }, args.lang, io);
  if (revisions === undefined) return 1;
  if (args.json) {
    for (const line of allocationFailures(analysis, args.lang)) io.err(line);
    io.out(
      JSON.stringify(
        {
          ...toAnalysisJson(analysis),
          ...(stress === null ? {} : toStressJson(stress)),
          ...(revisions === null ? {} : { revisions: toRevisionsJson(revisions) }),
        },
        null,
        2,
      ),
    );
  } else {
    const lines = summaryLines(analysis, args.lang);
    if (stress !== null && scenario !== null) lines.push('', ...stressSummaryLines(stress, analysis, scenario, args.lang));
    if (revisions !== null) lines.push(...revisionLines(revisions, args.compare ?? '', args.lang));
    io.out(lines.join('\n'));
  }
  return 0;
}
