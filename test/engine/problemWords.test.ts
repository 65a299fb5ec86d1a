// Load problems name the levels both ways (盟市/地市, 旗县/县区) in the
// messages, since they are written before any region is read. Once the
// files' regions are read, the report carries the province's words
// (LoadReport.levelWords) — also for a load that failed — and the problems
// are said in them: a Hubei official read "盟市/地市级区划缺少上级区划代码"
// about 恩施州, an Inner Mongolian the same with 地市.
import { describe, expect, it } from 'vitest';
import { LEAGUE_BANNER_WORDS } from '../../src/domain/levelWords';
import { readDatasetDir } from '../../src/engine/formats/nodeFiles';
import { loadDataset } from '../../src/engine/ingest/load';
import { formatProblem, problemText } from '../../src/engine/ingest/problems';
import { SAMPLE_DIR, useEngine } from './harness';

const csv = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });

// 恩施州 left without its parent: a refused row whose message names the city level.
const HUBEI = [
  'region_code,name,level,parent_code',
  '420000,湖北省,province,',
  '420100,武汉市,city,420000',
  '420102,江岸区,county,420100',
  '422800,恩施土家族苗族自治州,city,',
  '422801,恩施市,county,422800',
].join('\n');

describe('load problems in the words of the data’s province', () => {
  const engine = useEngine();

  it('says a failed Hubei load in 市（州）, and carries the words in the report', async () => {
    const report = await loadDataset(engine(), [csv('regions.csv', `${HUBEI}\n`)]);
    expect(report.ok).toBe(false);
    expect(report.levelWords?.city).toBe('市（州）');
    const parent = report.problems.find((p) => p.problem.code === 'check.parent_missing');
    expect(parent).toBeDefined();
    if (!parent) return;
    expect(problemText(parent, 'zh')).toBe('盟市/地市级区划缺少上级区划代码');
    expect(problemText(parent, 'zh', report.levelWords)).toBe('市（州）级区划缺少上级区划代码');
    expect(formatProblem(parent, 'zh', report.levelWords)).not.toMatch(/盟市|地市|旗县/);
    // English names the levels one way already: unchanged.
    expect(formatProblem(parent, 'en', report.levelWords)).toBe(formatProblem(parent, 'en'));
  });

  it('carries Inner Mongolia’s words for the sample, and none when no regions were read', async () => {
    const sample = await loadDataset(engine(), await readDatasetDir(SAMPLE_DIR));
    expect(sample.ok).toBe(true);
    expect(sample.levelWords).toBe(LEAGUE_BANNER_WORDS);
    const none = await loadDataset(engine(), [csv('fund_flows.csv', 'quarter,region_code,fund,direction,item,source_level,amount\n2024Q4,150100,assistance,income,fiscal_subsidy,county,1.00\n')]);
    expect(none.ok).toBe(false);
    expect(none.levelWords).toBeUndefined();
  });
});
