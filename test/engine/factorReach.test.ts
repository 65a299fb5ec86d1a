// allocation_factors that leave out a city (a row forgotten, a code
// mistyped): the factor method divides the whole total among the cities
// listed, so that city got nothing and the others its share, with nothing
// said. Now a notice per year and pot, naming the cities; the data loads.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDatasetDir } from '../../src/engine/formats/nodeFiles';
import { loadDataset } from '../../src/engine/ingest/load';
import { formatProblem } from '../../src/engine/ingest/problems';
import { SAMPLE_DIR, useEngine } from './harness';

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
