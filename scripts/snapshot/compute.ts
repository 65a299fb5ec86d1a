// Computes the first-screen snapshot under Node with the engine's SQL and
// the domain code the page runs, on native DuckDB (the CLI's engine: the
// same .sql files, held to DuckDB-wasm's numbers by test/cli/parity*.test.ts,
// and the snapshot itself to a live wasm analysis by
// test/scripts/snapshot.test.ts), which spares every build seconds of
// compiling wasm: load the built-in dataset's folder (the sample unless
// the build names another, scripts/build/dataset.ts), analyze its latest quarter,
// keep what the root region's overview reads, and draw that overview's
// charts as SVG with the page's own option builders.
// Runs through Vite's module loader (the engine's SQL is `?raw` imports):
// the build plugin (scripts/snapshot/plugin.ts) and the tests call it.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { analyze } from '../../src/engine/queries/analyze';
import { writePrebuilt } from '../../src/engine/ingest/prebuilt';
import type { FileReport } from '../../src/engine/ingest/load';
import { loadDataset } from '../../src/engine/ingest/load';
import { createNativeEngine } from '../../src/engine/runtime/native';
import { readDatasetDir } from '../../src/engine/formats/nodeFiles';
import { formatProblem } from '../../src/engine/ingest/problems';
import { DEFAULT_LANG, LANGS, type Lang } from '../../src/domain/lang';
import { FUNDS, type Analysis, type Fund, type RegionCode } from '../../src/domain/types';
import { DEFAULT_FUND } from '../../src/app/view/viewState';
import { pictureKey, type Picture } from '../../src/charts/prerendered';
import { renderSvg } from '../../src/report/charts';
import { compactSvg } from './compactSvg';
import { BUILTIN_DATASET_ID } from '../../src/app/data/sampleIdentity';
import type { BuiltinDataset } from '../build/dataset';
import { FIRST_SCREEN_PAGES, snapshotReach, trimForFirstScreen, type Snapshot, type SnapshotReach } from '../../src/app/data/snapshot';
import { encodeSnapshot } from '../../src/app/data/snapshotCodec';
import { datasetSha256, type HashedFile } from '../../src/app/data/datasetHash';
import type { DatasetFile } from '../../src/engine/formats/files';
import { coverageChart, FIRST_TILE_INDICATOR, fundTrendChart, monthsPayableChart, tileMapChart, type OverviewChart } from '../../src/app/view/overviewCharts';
import { buildRegionTree } from '../../src/app/view/regionTree';

/**
 * Widths the pictures are drawn at: a card's chart on a phone (390 pixels)
 * and on a 1440-pixel screen. In between they scale (viewBox) for the
 * moment until ECharts redraws at the real width.
 */
export const PICTURE_WIDTHS = { coverage: [332, 654], months: [332, 654], trend: [332, 771], tiles: [332] } as const;

/** The built-in dataset's prebuilt artefact (src/engine/ingest/prebuilt.ts), as the build ships it. */
export interface PrebuiltManifest {
  /** Where writePrebuilt wrote it. */
  path: string;
  /** SHA-256 of its bytes, checked by the page before it is read. */
  sha256: string;
  /** The load's report of the files, which the page's report lists (the snapshot's drops them). */
  files: FileReport[];
}

/** `prebuiltPath`: also write the loaded tables there as a DuckDB database file (the page's prebuilt artefact). */
export async function computeSnapshot(
  dataset: BuiltinDataset,
  prebuiltPath?: string,
): Promise<Snapshot & { reach: SnapshotReach; prebuilt: PrebuiltManifest | null }> {
  const files = await readDatasetDir(dataset.dir);
  const engine = await createNativeEngine();
  try {
    const report = await loadDataset(engine, files);
    if (!report.ok || report.policyFile === null) {
      throw new Error(`${dataset.dir} does not load:\n${report.problems.map((p) => formatProblem(p)).join('\n')}`);
    }
    let prebuilt: PrebuiltManifest | null = null;
    if (prebuiltPath !== undefined) {
      // Before the analysis, which leaves a view of its own behind.
      await writePrebuilt(engine, prebuiltPath);
      const sha256 = createHash('sha256').update(await readFile(prebuiltPath)).digest('hex');
      prebuilt = { path: prebuiltPath, sha256, files: report.files };
    }
    const quarter = report.quarters.at(-1);
    if (quarter === undefined) throw new Error(`${dataset.dir} has no quarter (fund_flows or assistance_enrollment)`);
    const analysis = await analyze(engine, quarter, report.policyFile);
    const root = analysis.regions.find((r) => r.parentCode === null);
    if (!root) throw new Error(`${dataset.dir} has no root region`);
    const firstScreen = trimForFirstScreen(analysis, root.code);
    return {
      dataset: {
        id: BUILTIN_DATASET_ID,
        name: dataset.name,
        isSample: dataset.isSample,
        // The list of files read says nothing on screen; drop it to stay small.
        report: { ...report, files: [] },
        policyFile: report.policyFile,
      },
      dataHash: await datasetSha256(files.map(wholeFile)),
      quarter,
      rootRegionCode: root.code,
      analysis: firstScreen,
      regionCodes: [root.code],
      pages: FIRST_SCREEN_PAGES,
      reach: withCityPictures(firstScreen, snapshotReach(analysis, root.code), root.code),
      prebuilt,
      pictures: overviewPictures(firstScreen, root.code),
    };
  } finally {
    await engine.close();
  }
}

/** The reach with its cities' pictures, drawn from the numbers the page has once the reach is in (withReach). */
function withCityPictures(firstScreen: Analysis, reach: SnapshotReach, root: RegionCode): SnapshotReach {
  const analysis = { ...firstScreen, ...reach.analysis };
  return { ...reach, pictures: cityPictures(analysis, reach.regionCodes.filter((code) => code !== root)) };
}

function wholeFile(file: DatasetFile): HashedFile {
  if (!('bytes' in file)) throw new Error(`${file.name}: read as a Blob, expected its bytes`);
  return file;
}

/** The root overview's charts, both funds, both languages, as the cards build them. */
export function overviewPictures(analysis: Analysis, root: RegionCode): Record<string, Picture[]> {
  const pictures: Record<string, Picture[]> = {};
  drawRegion(pictures, analysis, root, LANGS, FUNDS);
  return pictures;
}

/**
 * Each city's view as a click on it from the overview opens it (its charts
 * with the reach's numbers: the default fund, in Chinese), so that a click
 * before the engine is ready draws pictures, not ECharts: its first draws
 * took ~0.4 s of the page's thread while the engine's wasm was compiling.
 */
export function cityPictures(analysis: Analysis, cities: readonly RegionCode[]): Record<string, Picture[]> {
  const pictures: Record<string, Picture[]> = {};
  for (const city of cities) drawRegion(pictures, analysis, city, [DEFAULT_LANG], [DEFAULT_FUND]);
  return pictures;
}

/** A region's view's charts into `pictures`, for those languages and funds. */
function drawRegion(pictures: Record<string, Picture[]>, analysis: Analysis, region: RegionCode, langs: readonly Lang[], funds: readonly Fund[]): void {
  const tree = buildRegionTree(analysis.regions);
  // The policy the analysis was computed with, as the page's cards use it.
  const policy = analysis.policy;
  const draw = (chart: OverviewChart, widths: readonly number[]): void => {
    pictures[pictureKey(JSON.stringify(chart.option), chart.height)] ??= widths.map((width) => ({
      width,
      svg: compactSvg(renderSvg(chart.option, width, chart.height)),
    }));
  };
  for (const lang of langs) {
    draw(coverageChart(analysis, tree, region, policy, lang), PICTURE_WIDTHS.coverage);
    for (const fund of funds) {
      draw(monthsPayableChart(analysis, tree, region, fund, policy, lang), PICTURE_WIDTHS.months);
      draw(fundTrendChart(analysis, tree, region, fund, lang), PICTURE_WIDTHS.trend);
      // Drawn no wider than its squares need (the card's frame), on a phone perhaps narrower.
      const tiles = tileMapChart(analysis, tree, region, fund, FIRST_TILE_INDICATOR, lang);
      draw(tiles, [...new Set([Math.min(PICTURE_WIDTHS.tiles[0], tiles.maxWidth), tiles.maxWidth])]);
    }
  }
}

/**
 * The texts of the two snapshot modules the app imports, each one string
 * parsed once (faster to start than an object literal): the first screen
 * (in the entry script) and its reach (a chunk of its own).
 */
export async function snapshotModuleSources(
  dataset: BuiltinDataset,
  prebuiltPath?: string,
): Promise<{ first: string; reach: string; prebuilt: string }> {
  const { reach, prebuilt, ...first } = await computeSnapshot(dataset, prebuiltPath);
  const source = (value: unknown): string => `export default ${JSON.stringify(encodeSnapshot(value))};\n`;
  return { first: source(first), reach: source(reach), prebuilt: prebuiltModule(prebuilt) };
}

/**
 * `virtual:fundwatch-prebuilt`: the artefact's address (Vite copies the
 * file into the build, like the dataset's own files), its SHA-256 and the
 * load's file list; null when there is none (the dev server).
 */
function prebuiltModule(prebuilt: PrebuiltManifest | null): string {
  if (prebuilt === null) return 'export default null;\n';
  return `import url from ${JSON.stringify(`${prebuilt.path}?url`)};
export default { url, sha256: ${JSON.stringify(prebuilt.sha256)}, files: ${JSON.stringify(prebuilt.files)} };
`;
}
