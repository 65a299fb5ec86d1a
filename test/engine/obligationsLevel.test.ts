// Obligations are the counties' (缺口分担 step 3), and also a city's that has
// no counties: a 省直辖县 such as 仙桃市 written as a city under 湖北省 (what
// the region tree's refusal of a county under the province advises) owes its
// own contributions. A city with counties still may not hold them.
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/engine/ingest/load';
import { csv, useEngine } from './harness';
import { said, wanted } from './said';

const REGIONS = [
  'region_code,name,level,parent_code,tier',
  '420000,湖北省,province,,',
  '420100,武汉市,city,420000,1',
  '420102,江岸区,county,420100,1',
  '429004,仙桃市,city,420000,2',
].join('\n');

describe('obligations of a city', () => {
  const engine = useEngine();

  it('loads those of a city without counties', async () => {
    const obligations = 'year,region_code,fund,kind,due,paid\n2024,429004,resident,contribution,5000.00,4000.00\n2024,420102,resident,contribution,10.00,10.00\n';
    const report = await loadDataset(engine(), [csv('regions.csv', REGIONS), csv('obligations.csv', obligations)]);
    expect(report.problems).toEqual([]);
    expect(await engine().query('SELECT region_code, CAST(due - paid AS VARCHAR) AS unpaid FROM obligations ORDER BY region_code')).toEqual([
      { region_code: '420102', unpaid: '0.00' },
      { region_code: '429004', unpaid: '1000.00' },
    ]);
  });

  it('refuses those of a city with counties, saying what is expected', async () => {
    const report = await loadDataset(engine(), [csv('regions.csv', REGIONS), csv('obligations.csv', 'year,region_code,fund,kind,due,paid\n2024,420100,resident,contribution,5000.00,4000.00\n')]);
    expect(report.problems.map((p) => [p.file, p.row, p.column, said(p), wanted(p)])).toEqual([
      ['obligations.csv', 2, 'region_code', '区划"420100"的级别是 city，不是旗县/县区', '旗县/县区（county）或无下辖旗县/县区的盟市/地市（如省直辖县）的区划代码：应缴未缴是其缴费与配套责任，用于缺口分担中的自身原因'],
    ]);
  });
});
