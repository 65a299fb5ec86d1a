// The big screen's 风险排名: worst alert first, then red count, then all; a
// child with nothing loaded (no fund figures, no enrollment, no alerts) says
// 无数据 and comes last, rather than reading 正常 like a sound region.
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY_FILE, resolvePolicy } from '../../src/domain/policy/policy';
import { Dec } from '../../src/domain/money';
import type { Alert, Analysis, Region } from '../../src/domain/types';
import { buildRegionTree } from '../../src/app/view/regionTree';
import { rankChildren } from '../../src/app/view/bigScreenRank';
import { alertText } from '../domain/messages/samples';

const regions: Region[] = [
  { code: '430000', name: '湖南省', level: 'province', parentCode: null, tier: null },
  { code: '430100', name: '长沙市', level: 'city', parentCode: '430000', tier: 1 },
  { code: '430200', name: '株洲市', level: 'city', parentCode: '430000', tier: 2 },
  { code: '430300', name: '湘潭市', level: 'city', parentCode: '430000', tier: 2 },
  { code: '430400', name: '衡阳市', level: 'city', parentCode: '430000', tier: 3 },
];

function alert(regionCode: string, severity: Alert['severity']): Alert {
  return { rule: 'months_payable', severity, regionCode, fund: 'resident', quarter: '2024Q4', value: new Dec('2.5'), threshold: new Dec('3'), text: alertText(regionCode) };
}

const status = (regionCode: string) => ({ regionCode, fund: 'resident' });

const analysis = {
  quarter: '2024Q4',
  regions,
  // 湘潭市: figures, no alerts (sound). 衡阳市: in the regions list only.
  coverage: [{ regionCode: '430300', level: 'city', category: null, recipients: 100, enrolled: 100, rate: new Dec(1) }],
  funds: [status('430100'), status('430200'), status('430300')],
  alerts: [alert('430100', 'red'), alert('430200', 'red'), alert('430200', 'red'), alert('430200', 'yellow')],
  history: [],
  policy: resolvePolicy(DEFAULT_POLICY_FILE, 2024),
} as unknown as Analysis;

describe('big-screen risk ranking', () => {
  it('ranks by worst band and red count; a region without data is marked and last', () => {
    const rows = rankChildren(analysis, buildRegionTree(regions), '430000', 'resident', 8);
    expect(rows.map((r) => [r.region.name, r.worst, r.red, r.alerts, r.noData])).toEqual([
      ['株洲市', 'red', 2, 3, false],
      ['长沙市', 'red', 1, 1, false],
      ['湘潭市', null, 0, 0, false],
      ['衡阳市', null, 0, 0, true],
    ]);
    expect(rankChildren(analysis, buildRegionTree(regions), '430000', 'resident', 2).map((r) => r.region.code)).toEqual(['430200', '430100']);
  });
});
