// Found by the province sweep: data without policy.json (a Guangdong folder,
// 440000) took the defaults under the sample's province code, 150000. The
// page's "export current data" and "download policy.json" then wrote that
// code, and the exported folder loaded back with a notice that its
// policy.json was written for another province. The defaults now take the
// data's province, and the report says they are the defaults.
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY_FILE } from '../../src/domain/policy/policy';
import { exportDataset } from '../../src/engine/export/exportDataset';
import { loadDataset } from '../../src/engine/ingest/load';
import { loadPrevalidated } from '../../src/engine/ingest/prevalidated';
import { formatProblem } from '../../src/engine/ingest/problems';
import { csv, tinyWith, useEngine } from './harness';

const GUANGDONG = [
  'region_code,name,level,parent_code,tier',
  '440000,广东省,province,,',
  '440100,广州市,city,440000,1',
  '440103,荔湾区,county,440100,1',
  '441900,东莞市,city,440000,2',
].join('\n');
const FLOWS = [
  'quarter,region_code,fund,direction,item,source_level,amount',
  '2024Q1,440103,assistance,income,donation,other,100.00',
  '2024Q1,441900,assistance,expenditure,inpatient,,80.00',
].join('\n');

describe('the default policy of data without policy.json', () => {
  const engine = useEngine();

  it('is for the data\'s province, and an export of it loads back without a notice', async () => {
    const first = await loadDataset(engine(), [csv('gd/regions.csv', GUANGDONG), csv('gd/fund_flows.csv', FLOWS)]);
    expect(first.problems).toEqual([]);
    expect(first.policyDefaults).toBe(true);
    expect(first.policyFile?.province_code).toBe('440000');
    // Everything else is the defaults as they are.
    expect({ ...first.policyFile, province_code: DEFAULT_POLICY_FILE.province_code }).toEqual(DEFAULT_POLICY_FILE);

    const exported = await exportDataset(engine(), first.policyFile);
    const policy = exported.find((f) => f.name === 'policy.json');
    expect(JSON.parse(new TextDecoder().decode(policy?.bytes)).province_code).toBe('440000');
    const again = await loadDataset(engine(), exported);
    expect(again.ok).toBe(true);
    expect(again.problems.map((p) => formatProblem(p))).toEqual([]);
    expect(again.policyDefaults).toBe(false);
  });

  it('is the same whichever way the files load (checked before: the built-in dataset)', async () => {
    const report = await loadPrevalidated(engine(), [csv('regions.csv', GUANGDONG), csv('fund_flows.csv', FLOWS)]);
    expect(report.ok).toBe(true);
    expect(report.policyDefaults).toBe(true);
    expect(report.policyFile?.province_code).toBe('440000');
  });

  it('stays the defaults themselves for the sample\'s province, and a file\'s own code is kept', async () => {
    const tiny = await loadDataset(engine(), await tinyWith());
    expect(tiny.policyFile).toBe(DEFAULT_POLICY_FILE);
    expect(tiny.policyDefaults).toBe(true);
    const own = JSON.stringify({ ...DEFAULT_POLICY_FILE, province_code: '510000' });
    const withFile = await loadDataset(engine(), await tinyWith(csv('policy.json', own)));
    expect(withFile.policyFile?.province_code).toBe('510000');
    expect(withFile.policyDefaults).toBe(false);
  });
});
