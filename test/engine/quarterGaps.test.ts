// Found by the sweep of real-world rows: a region's fund flows that skip a
// quarter between quarters with rows (2024Q1 and Q3, no Q2) count that
// quarter as no spending — months payable read 10.61 instead of ~8 for a
// county, in the blue band, with nothing said. The load now says which
// region misses which quarter; the figures are as before.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/engine/ingest/load';
import { formatProblem } from '../../src/engine/ingest/problems';
import { readDatasetDir } from '../../src/engine/formats/nodeFiles';
import { csv, SAMPLE_DIR, useEngine } from './harness';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

describe('quarters missing between quarters with fund flows', () => {
  const engine = useEngine();

  async function loadWithout(drop: (line: string) => boolean) {
    const files = await readDatasetDir(SAMPLE_DIR);
    const flows = readFileSync(join(SAMPLE_DIR, 'fund_flows.csv'), 'utf8').split('\n').filter((line) => !drop(line)).join('\n');
    return loadDataset(engine(), [...files.filter((f) => f.name !== 'fund_flows.csv'), csv('fund_flows.csv', flows)]);
  }

  it('says a region whose 2024Q2 rows are missing, and nothing for the sample as it is', async () => {
    const whole = await loadWithout(() => false);
    expect(whole.problems.filter((p) => p.column === 'quarter')).toEqual([]);
    const report = await loadWithout((line) => line.startsWith('2024Q2,150102,'));
    expect(report.ok).toBe(true);
    expect(report.problems.map((p) => [p.severity, formatProblem(p)])).toEqual([
      ['warning', 'fund_flows.csv · quarter · 地区 150102 在前后季度之间缺少 2024Q2 的收支行：年初至今收支和近四个季度的月均支出按该季度为零计算，可支付月数可能偏高 · 应为：每个地区每个季度都有收支行（当季确无收支的写 0）；仅提示，数据照常载入'],
    ]);
  });

  it('lists ten regions and counts the rest when a whole quarter is missing', async () => {
    const report = await loadWithout((line) => line.startsWith('2024Q2,'));
    const said = report.problems.filter((p) => p.column === 'quarter').map((p) => formatProblem(p));
    expect(said).toHaveLength(10);
    expect(said.every((line) => line.includes('缺少 2024Q2 的收支行'))).toBe(true);
    expect(said[9]).toMatch(/（另有 \d+ 个地区缺少季度）/);
  });
});
