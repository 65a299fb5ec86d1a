// Found by the sweep of real-world rows: a roster for two counties made the
// whole province's 2024Q4 enrollment those two counties' (2,304 recipients
// instead of 771,280, every other county's red coverage gone), as the
// contract says a quarter's roster is its only source — with nothing said.
// The load now says, per quarter, which regions of assistance_enrollment the
// roster leaves out; the figures follow the contract as before.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/engine/ingest/load';
import { formatProblem } from '../../src/engine/ingest/problems';
import { readDatasetDir } from '../../src/engine/formats/nodeFiles';
import { csv, SAMPLE_DIR, useEngine } from './harness';

/** One person per county, enrolled, born 1950-01-01, sequence 001 (check characters are not tested). */
function roster(counties: readonly string[]): string {
  return ['quarter,person_id,region_code,category,source,enrolled', ...counties.map((c) => `2024Q4,${c}19500101001X,${c},tekun,civil_affairs,true`)].join('\n');
}

describe('a roster that leaves out regions of the enrollment table', () => {
  const engine = useEngine();
  const enrolled2024Q4 = [
    ...new Set(
      readFileSync(join(SAMPLE_DIR, 'assistance_enrollment.csv'), 'utf8')
        .split('\n')
        .filter((l) => l.startsWith('2024Q4,'))
        .map((l) => l.split(',')[1] ?? ''),
    ),
  ].sort();

  async function load(text: string) {
    const files = await readDatasetDir(SAMPLE_DIR);
    return loadDataset(engine(), [...files, csv('roster.csv', text)]);
  }

  it('says the regions a quarter\'s roster leaves out, and how many', async () => {
    const report = await load(roster(['150102', '150104']));
    expect(report.ok).toBe(true);
    const left = enrolled2024Q4.filter((c) => c !== '150102' && c !== '150104');
    expect(report.problems.filter((p) => p.file === 'roster.csv').map((p) => [p.severity, formatProblem(p)])).toEqual([
      [
        'warning',
        `roster.csv · region_code · 2024Q4 的名册（roster）只有 2 个地区，而救助对象参保表（assistance_enrollment）有 ${enrolled2024Q4.length} 个：该季度的救助对象和参保人数全部取自名册，其余 ${left.length} 个地区（${left.slice(0, 5).join('、')}…）本季度没有参保数据，也不作参保预警 · 应为：名册包含该季度的全部地区，或不放入名册（按参保表统计）；仅提示，数据照常载入`,
      ],
    ]);
  });

  it('says nothing of a roster with every region of the quarter', async () => {
    const report = await load(roster(enrolled2024Q4));
    expect(report.ok).toBe(true);
    expect(report.problems.filter((p) => p.file === 'roster.csv' && p.column === 'region_code')).toEqual([]);
  });
});
