// What the tile map shows: the children of the selected region (a county
// shows its city's counties), placed by the layout or the automatic grid,
// with each indicator's value and, for alerts, the worst severity.
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY_FILE, resolvePolicy } from '../../src/domain/policy/policy';
import { Dec } from '../../src/domain/money';
import type { Alert, Analysis, Region } from '../../src/domain/types';
import { buildRegionTree } from '../../src/app/view/regionTree';
import { tileMapView } from '../../src/app/view/tileMapView';
import { alertText } from '../domain/messages/samples';

const regions: Region[] = [
  { code: '150000', name: '内蒙古自治区', level: 'province', parentCode: null, tier: null },
  { code: '150100', name: '呼和浩特市', level: 'city', parentCode: '150000', tier: 1, tile: { row: 3, col: 3 } },
  { code: '150800', name: '巴彦淖尔市', level: 'city', parentCode: '150000', tier: 2, tile: { row: 2, col: 1 } },
  { code: '150900', name: '乌兰察布市', level: 'city', parentCode: '150000', tier: 2 },
  { code: '150921', name: '卓资县', level: 'county', parentCode: '150900', tier: 2 },
  { code: '150922', name: '化德县', level: 'county', parentCode: '150900', tier: 2 },
];

function alert(regionCode: string, severity: Alert['severity']): Alert {
  return { rule: 'coverage', severity, regionCode, fund: null, quarter: '2024Q4', value: new Dec('0.98'), threshold: new Dec('0.99'), text: alertText(regionCode) };
}

const analysis = {
  quarter: '2024Q4',
  regions,
  coverage: [
    { regionCode: '150100', level: 'city', category: null, recipients: 1000, enrolled: 996, rate: new Dec('0.996') },
    { regionCode: '150921', level: 'county', category: null, recipients: 100, enrolled: 98, rate: new Dec('0.98') },
  ],
  funds: [],
  alerts: [alert('150921', 'red'), alert('150922', 'yellow')],
  history: [],
  policy: resolvePolicy(DEFAULT_POLICY_FILE, 2024),
} as unknown as Analysis;

const tree = buildRegionTree(regions);

describe('tile map view', () => {
  it('lays out the province’s cities from the layout; a city it misses is placed below and named', () => {
    const view = tileMapView(analysis, tree, '150000', 'resident', 'coverage', 'zh');
    expect(view.tiles.map((t) => [t.name, t.row, t.col, t.auto])).toEqual([
      ['巴彦淖尔市', 0, 0, false],
      ['呼和浩特市', 1, 2, false],
      ['乌兰察布市', 2, 0, true],
    ]);
    expect(view.autoPlaced).toEqual(['乌兰察布市']);
    expect(view.tiles.find((t) => t.key === '150100')?.value?.toString()).toBe('0.996');
    expect(view.tiles.find((t) => t.key === '150800')?.value).toBeNull();
  });

  it('shows a city’s counties in the automatic grid, also when a county is selected', () => {
    for (const code of ['150900', '150921']) {
      const view = tileMapView(analysis, tree, code, 'resident', 'alerts', 'en');
      expect(view.scope?.code).toBe('150900');
      expect(view.autoPlaced).toEqual([]);
      expect(view.tiles.map((t) => [t.key, t.row, t.col, t.value?.toNumber(), t.worst])).toEqual([
        ['150921', 0, 0, 1, 'red'],
        ['150922', 0, 1, 1, 'yellow'],
      ]);
    }
  });
});
