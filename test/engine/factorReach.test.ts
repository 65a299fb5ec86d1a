// allocation_factors that leave out a city (a row forgotten, a code
// mistyped): the factor method divides the whole total among the cities
// listed, so that city got nothing and the others its share, with nothing
// said. Now a notice per year and pot, naming the cities; the data loads.
// The recipients are every pool the province allocates to: its cities and
// each county-level unit it administers directly (省直辖县级行政区划),
// however regions.csv writes it — the notice once saw only those written
// as cities, and counted only them.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDatasetDir } from '../../src/engine/formats/nodeFiles';
import { loadDataset } from '../../src/engine/ingest/load';
import { formatProblem } from '../../src/engine/ingest/problems';
import { csv, SAMPLE_DIR, useEngine } from './harness';

describe('cities left out of the allocation factors', () => {
  const engine = useEngine();

  it('are said per year and pot, by name and code; the data loads as before', async () => {
    const files = await readDatasetDir(SAMPLE_DIR);
    const plain = await loadDataset(engine(), files);
    expect(plain.problems.filter((p) => p.column === 'region_code' && p.file === 'allocation_factors.csv')).toEqual([]);

    // 2024: 包头市 (150200) left out of both pots, 乌兰察布市 (150900) of the emergency pot only.
    const text = (await readFile(join(SAMPLE_DIR, 'allocation_factors.csv'), 'utf8'))
      .split('\n')
      .filter((line) => !/^2024,(150200,|150900,emergency)/.test(line))
      .join('\n');
    const report = await loadDataset(engine(), [...files.filter((f) => f.name !== 'allocation_factors.csv'), { name: 'allocation_factors.csv', bytes: new TextEncoder().encode(text) }]);
    expect(report.ok).toBe(true);
    const said = report.problems.filter((p) => p.file === 'allocation_factors.csv').map((p) => formatProblem(p, 'zh', report.levelWords));
    // Said in the dataset's words (Inner Mongolia's 盟市); the message itself names both.
    expect(said).toEqual([
      'allocation_factors.csv · region_code · 2024 年医疗救助补助资金的分配因素缺少 1 个盟市（共 12 个）：包头市 150200。因素法把全部资金分给所列盟市，未列入的分不到资金，其余盟市相应多分 · 应为：每个年度、每类资金列出全部盟市（不参与分配的因素填 0）；仅提示，数据照常载入',
      'allocation_factors.csv · region_code · 2024 年疾病应急救助补助资金的分配因素缺少 2 个盟市（共 12 个）：包头市 150200、乌兰察布市 150900。因素法把全部资金分给所列盟市，未列入的分不到资金，其余盟市相应多分 · 应为：每个年度、每类资金列出全部盟市（不参与分配的因素填 0）；仅提示，数据照常载入',
    ]);
    const [first] = report.problems.filter((p) => p.file === 'allocation_factors.csv');
    expect(first && formatProblem(first)).toContain('缺少 1 个盟市/地市（共 12 个）');
    expect(first && formatProblem(first, 'en')).toContain('leave out 1 of 12 cities: 包头市 150200');
  });
});

// Hainan in small: 海口市 with one district, and two units the province runs, 五指山市 and 琼海市.
const HEAD = 'region_code,name,level,parent_code,tier\n460000,海南省,province,,\n460100,海口市,city,460000,1\n460105,秀英区,county,460100,1\n';
const WRITINGS = [
  ['under the grouping 469000', `${HEAD}469000,省直辖县级行政区划,city,460000,\n469001,五指山市,county,469000,3\n469002,琼海市,county,469000,2\n`],
  ['as counties straight under the province', `${HEAD}469001,五指山市,county,460000,3\n469002,琼海市,county,460000,2\n`],
  ['as cities', `${HEAD}469001,五指山市,city,460000,3\n469002,琼海市,city,460000,2\n`],
  ['as cities under the grouping', `${HEAD}469000,省直辖县级行政区划,city,460000,\n469001,五指山市,city,469000,3\n469002,琼海市,city,469000,2\n`],
] as const;

function factors(...codes: string[]): string {
  return `year,region_code,pot,need,tier_ratio,performance,population,incidence,fiscal\n${codes.map((c) => `2024,${c},assistance,1,1,50,10,0.001,1\n`).join('')}`;
}

describe('units the province administers directly left out of the allocation factors', () => {
  const engine = useEngine();

  for (const [shape, regions] of WRITINGS) {
    it(`written ${shape}: the one left out is named, all three recipients counted, the grouping none`, async () => {
      const left = await loadDataset(engine(), [csv('regions.csv', regions), csv('allocation_factors.csv', factors('460100', '469001'))]);
      expect(left.ok).toBe(true);
      const said = left.problems.filter((p) => p.file === 'allocation_factors.csv').map((p) => formatProblem(p, 'zh', left.levelWords));
      expect(said).toHaveLength(1);
      expect(said[0]).toContain('2024 年医疗救助补助资金的分配因素缺少 1 个');
      expect(said[0]).toMatch(/（共 3 个）：琼海市 469002。/);
      expect(said[0]).not.toContain('469000');

      const full = await loadDataset(engine(), [csv('regions.csv', regions), csv('allocation_factors.csv', factors('460100', '469001', '469002'))]);
      expect(full.ok).toBe(true);
      expect(full.problems.filter((p) => p.file === 'allocation_factors.csv')).toEqual([]);
    }, 60_000);
  }

  it('every writing says the same notice, word for word', async () => {
    const said: string[][] = [];
    for (const [, regions] of WRITINGS) {
      const report = await loadDataset(engine(), [csv('regions.csv', regions), csv('allocation_factors.csv', factors('460100', '469001'))]);
      said.push(report.problems.filter((q) => q.file === 'allocation_factors.csv').map((p) => formatProblem(p, 'zh', report.levelWords)));
    }
    expect(said[0]).toHaveLength(1);
    expect(said).toEqual(WRITINGS.map(() => said[0]));
  }, 60_000);

  it('a city left out is counted among the cities and the units alike', async () => {
    const [, regions] = WRITINGS[0];
    const report = await loadDataset(engine(), [csv('regions.csv', regions), csv('allocation_factors.csv', factors('469001', '469002'))]);
    const said = report.problems.filter((p) => p.file === 'allocation_factors.csv').map((p) => formatProblem(p, 'en', report.levelWords));
    expect(said).toHaveLength(1);
    expect(said[0]).toContain('leave out 1 of 3 cities: 海口市 460100');
  }, 60_000);
});
