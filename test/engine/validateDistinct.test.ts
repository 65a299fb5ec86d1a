// On a big table (here: made "big" by a small keysPerPass), a check that
// reads one column's value alone is first run over the column's distinct
// values (validate.ts, withoutCleanValues); the rows are searched only when
// some value breaks it. The problems must be those of the row-by-row run.
import { describe, expect, it } from 'vitest';
import { loadWithoutRosterReach as loadDataset } from './harness';
import { formatProblem } from '../../src/engine/ingest/problems';
import { csv, tinyWith, useEngine } from './harness';

const HEADER = 'quarter,person_id,region_code,category,source,enrolled';
const GOOD = Array.from({ length: 12 }, (_, i) => `2024Q4,1501021990${String(i).padStart(8, '0')},${i % 2 === 0 ? '150102' : '150103'},dibao,civil_affairs,true`);

describe('checks over distinct values', () => {
  const engine = useEngine();
  const problems = async (rows: string[], keysPerPass?: number): Promise<string[]> => {
    const files = await tinyWith(csv('roster.csv', [HEADER, ...rows].join('\n')));
    const report = await loadDataset(engine(), files, keysPerPass === undefined ? {} : { keysPerPass });
    return report.problems.map((p) => formatProblem(p));
  };

  it('find the rows with a bad quarter, an unknown or malformed region code, as the row-by-row checks do', async () => {
    const rows = [...GOOD, '2024Q5,150102199000000099,150102,dibao,civil_affairs,true', '2024Q4,150102199000000098,150199,dibao,civil_affairs,true', '2024Q4,150102199000000097,15010X,dibao,civil_affairs,true', ...GOOD.slice(0, 2).map((r) => r.replace('2024Q4', '2024-4'))];
    const big = await problems(rows, 2);
    expect(big).toEqual(await problems(rows));
    // Rows 14 (2024Q5), 15 (150199, not in regions.csv), 16 (15010X), 17 and 18 (2024-4: 2024q4 is read as 2024Q4),
    // the two rows of one value said once.
    for (const row of [14, 15, 16]) expect(big.some((p) => p.includes(`第${row}行 ·`))).toBe(true);
    expect(big.some((p) => p.includes('第17行 · quarter') && p.includes('（共 2 行同一取值，此为第一行）'))).toBe(true);
  });

  it('say nothing when every distinct value is valid', async () => {
    expect(await problems(GOOD, 2)).toEqual([]);
  });
});
