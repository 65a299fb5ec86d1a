// The first screen's snapshot is computed at build time by the plugin's
// module (scripts/snapshot/compute.ts). Revived as the page revives it, its
// part of the analysis must equal the `analyze` result of the same quarter,
// computed here separately on a fresh engine, and its chart pictures must
// be those of the options the page builds from the engine's numbers.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { reviveSnapshot, withReach, type Snapshot, type SnapshotReach } from '../../src/app/data/snapshot';
import { decodeSnapshot } from '../../src/app/data/snapshotCodec';
import { coverageChart, FIRST_TILE_INDICATOR, fundTrendChart, monthsPayableChart, tileMapChart } from '../../src/app/view/overviewCharts';
import { buildRegionTree } from '../../src/app/view/regionTree';
import { pictureKey } from '../../src/charts/prerendered';
import { LANGS } from '../../src/domain/lang';
import { resolvePolicy } from '../../src/domain/policy/policy';
import { FUNDS, type Analysis } from '../../src/domain/types';
import { analyze } from '../../src/engine/queries/analyze';
import { loadDataset } from '../../src/engine/ingest/load';
import { testNodeEngine } from '../engine/harness';
import { readDatasetDir } from '../../src/engine/formats/nodeFiles';
import { snapshotModuleSources } from '../../scripts/snapshot/compute';
import { builtinDataset } from '../../scripts/build/dataset';

const REPO = join(import.meta.dirname, '../..');
const SAMPLE = join(REPO, 'data/sample');

/** The module is `export default "<text>";`: the string literal is JSON. */
function textOf(moduleSource: string): string {
  const match = /^export default (".*");\n$/s.exec(moduleSource);
  if (!match?.[1]) throw new Error('unexpected snapshot module shape');
  return JSON.parse(match[1]) as string;
}

let snapshot: Snapshot;
let reached: Snapshot;
let live: Analysis;

beforeAll(async () => {
  const sources = await snapshotModuleSources(builtinDataset(REPO, {}));
  snapshot = reviveSnapshot(textOf(sources.first));
  reached = withReach(snapshot, decodeSnapshot<SnapshotReach>(textOf(sources.reach)));
  const engine = await testNodeEngine();
  try {
    const report = await loadDataset(engine, await readDatasetDir(SAMPLE));
    expect(report.ok).toBe(true);
    if (report.policyFile === null) throw new Error('sample without policy');
    expect(snapshot.dataset.policyFile).toEqual(report.policyFile);
    live = await analyze(engine, '2024Q4', report.policyFile);
  } finally {
    await engine.close();
  }
});

describe('build-time snapshot', () => {
  it('is the sample at its latest quarter', () => {
    // data/README.md: the sample runs 2022Q1–2024Q4, so the latest quarter is 2024Q4.
    expect(snapshot.quarter).toBe('2024Q4');
    expect(snapshot.analysis.quarter).toBe('2024Q4');
    expect(snapshot.dataset.isSample).toBe(true);
    expect(snapshot.dataset.report.quarters.at(-1)).toBe('2024Q4');
    expect(snapshot.dataset.report.quarters).toHaveLength(12);
  });

  it("holds analyze's numbers for the root and its cities, every alert, and nothing the root's overview does not read", () => {
    const root = snapshot.rootRegionCode;
    expect(root).toBe('150000');
    const cities = new Set(live.regions.filter((r) => r.parentCode === root).map((r) => r.code));
    expect(cities.size).toBe(12);
    const shown = (code: string) => code === root || cities.has(code);
    expect(snapshot.regionCodes).toEqual([root]);
    expect(snapshot.pages).toEqual(['overview', 'alerts']);
    expect(snapshot.analysis.regions).toEqual(live.regions);
    expect(snapshot.analysis.coverage).toEqual(live.coverage.filter((c) => shown(c.regionCode) && c.category === null));
    expect(snapshot.analysis.coverage).toHaveLength(13);
    expect(snapshot.analysis.funds).toEqual(live.funds.filter((f) => shown(f.regionCode)));
    expect(snapshot.analysis.funds).toHaveLength(26);
    expect(snapshot.analysis.alerts).toEqual(live.alerts);
    expect(snapshot.analysis.history).toEqual(live.history.filter((s) => s.regionCode === root));
    expect(snapshot.analysis.forecasts).toEqual(live.forecasts.filter((f) => f.regionCode === root));
    expect(snapshot.analysis.sharing).toEqual([]);
    expect(snapshot.analysis.subsidyDemand).toEqual([]);
  });

  it('with its reach: every region\'s totals, the trends of the root and its cities, every city\'s sharing', () => {
    const root = reached.rootRegionCode;
    const cities = live.regions.filter((r) => r.parentCode === root).map((r) => r.code);
    // The views it answers in full: the root's and each city's (a city's view ranks its counties).
    expect(reached.regionCodes).toEqual([root, ...cities]);
    expect(reached.pages).toEqual(['overview', 'alerts', 'sharing']);
    const shown = (code: string) => reached.regionCodes.includes(code);
    // 1 province + 12 cities + 103 counties, all categories together (a county's categories wait for the engine).
    expect(reached.analysis.coverage).toEqual(live.coverage.filter((c) => c.category === null));
    expect(reached.analysis.coverage).toHaveLength(116);
    expect(reached.analysis.funds).toEqual(live.funds);
    expect(reached.analysis.alerts).toEqual(live.alerts);
    expect(reached.analysis.sharing).toEqual(live.sharing);
    expect(reached.analysis.history).toEqual(live.history.filter((s) => shown(s.regionCode)));
    expect(new Set(reached.analysis.history.map((s) => s.regionCode))).toEqual(new Set(reached.regionCodes));
    expect(reached.analysis.forecasts).toEqual(live.forecasts.filter((f) => shown(f.regionCode)));
    expect(reached.analysis.allocation).toEqual([]);
    // The first screen's own fields are the snapshot's.
    expect(reached.pictures).toBe(snapshot.pictures);
    expect(reached.dataset).toBe(snapshot.dataset);
  });

  it("has a picture of every root overview chart exactly as the page builds it from the engine's numbers", () => {
    const root = snapshot.rootRegionCode;
    const tree = buildRegionTree(live.regions);
    const policy = resolvePolicy(snapshot.dataset.policyFile, 2024);
    const keys = new Set<string>();
    for (const lang of LANGS) {
      const charts = [
        coverageChart(live, tree, root, policy, lang),
        ...FUNDS.flatMap((fund) => [
          monthsPayableChart(live, tree, root, fund, policy, lang),
          fundTrendChart(live, tree, root, fund, lang),
          tileMapChart(live, tree, root, fund, FIRST_TILE_INDICATOR, lang),
        ]),
      ];
      for (const chart of charts) keys.add(pictureKey(JSON.stringify(chart.option), chart.height));
    }
    // 1 coverage + 2 funds × (months payable + trend) + 1 tile map (coverage, the same for both
    // funds), in two languages: every chart of the root overview, so that ECharts draws nothing
    // before the engine is ready.
    expect(keys.size).toBe(12);
    expect(new Set(Object.keys(snapshot.pictures))).toEqual(keys);

    // The pictures are drawn, not empty: the Chinese coverage ranking names 乌兰察布市 with its rate.
    const coverage = coverageChart(live, tree, root, policy, 'zh');
    const drawings = snapshot.pictures[pictureKey(JSON.stringify(coverage.option), coverage.height)] ?? [];
    const ulanqab = coverage.bars.find((b) => b.name === '乌兰察布市');
    expect(ulanqab?.rate.times(100).toFixed(2)).toBe('99.70');
    // A phone's card and a 1440-pixel screen's.
    expect(drawings.map((d) => d.width)).toEqual([332, 654]);
    for (const { width, svg } of drawings) {
      expect(svg).toMatch(new RegExp(`^<svg[^>]*viewBox="0 0 ${width} 450"`));
      expect(svg).toContain('乌兰察布市');
      expect(svg).toContain('99.70%');
    }

    // The tile map: 乌兰察布市's tile with its rate (one decimal, as the tile says it), drawn no wider than its frame.
    const tiles = tileMapChart(live, tree, root, 'resident', FIRST_TILE_INDICATOR, 'zh');
    const tileDrawings = snapshot.pictures[pictureKey(JSON.stringify(tiles.option), tiles.height)] ?? [];
    expect(tileDrawings.map((d) => d.width)).toEqual([332, tiles.maxWidth]);
    for (const { svg } of tileDrawings) {
      // On a phone's narrow tile the name is drawn on lines (乌兰察 / 布市): read as the text it shows.
      const shown = svg.replace(/<[^>]+>/g, '').replace(/\s+/g, '');
      expect(shown).toContain('乌兰察布市');
      expect(shown).toContain('99.7%');
    }
  });
});
