// An Excel error value a failed lookup left in a name (#N/A), saved into a
// CSV: any text is a valid name, so it loaded as a region named "#N/A" (the
// workbook reader refused it already, by the cell's error type).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/engine/ingest/load';
import { formatProblem } from '../../src/engine/ingest/problems';
import { csv, TINY_DIR, tinyWith, useEngine } from './harness';

describe('Excel error values in a CSV text column', () => {
  const engine = useEngine();

  it('refuses #N/A as a region name at its row, and still loads a name that only contains one', async () => {
    const regions = readFileSync(join(TINY_DIR, 'regions.csv'), 'utf8').replace('回民区', '#N/A');
    const refused = await loadDataset(engine(), await tinyWith(csv('regions.csv', regions)));
    expect(refused.ok).toBe(false);
    expect(refused.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p))).toEqual([
      'regions.csv · 第5行 · name · 名称"#N/A"是 Excel 的错误值（公式没有算出结果） · 应为：非空文本',
    ]);
    const named = await loadDataset(engine(), await tinyWith(csv('regions.csv', readFileSync(join(TINY_DIR, 'regions.csv'), 'utf8').replace('回民区', '回民区#N/A'))));
    expect(named.ok).toBe(true);
  });
});
