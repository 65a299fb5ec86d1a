import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/domain/money';
import type { Alert, Analysis, Region, RuleId, Severity } from '../../src/domain/types';
import { alertMessage, alertPage, alertTarget, alertTitle, filterAlerts, groupAlerts } from '../../src/app/view/alertsView';
import { buildRegionTree } from '../../src/app/view/regionTree';
import { message } from '../../src/domain/messages/codes';
import { alertText } from '../domain/messages/samples';

const regions: Region[] = [
  { code: '150000', name: '内蒙古自治区', level: 'province', parentCode: null, tier: null },
  { code: '150100', name: '呼和浩特市', level: 'city', parentCode: '150000', tier: 1 },
  { code: '150900', name: '乌兰察布市', level: 'city', parentCode: '150000', tier: 2 },
  { code: '150923', name: '商都县', level: 'county', parentCode: '150900', tier: 2 },
];
const tree = buildRegionTree(regions);

function alert(rule: RuleId, severity: Severity, regionCode: string, fund: Alert['fund']): Alert {
  return { rule, severity, regionCode, fund, quarter: '2024Q4', value: new Dec(0), threshold: new Dec(0), text: alertText(`${rule} ${regionCode}`) };
}

const alerts = [
  alert('months_payable', 'blue', '150100', 'resident'),
  alert('coverage', 'yellow', '150923', null),
  alert('accumulated_negative', 'red', '150900', 'assistance'),
  alert('current_deficit', 'red', '150923', 'assistance'),
  alert('coverage', 'red', '150100', null),
  alert('transfer_late', 'red', '150900', 'resident'),
];
const analysis = { alerts } as unknown as Analysis;
const none = { severity: null, rule: null, fund: null, region: null, page: 1 };
const keys = (list: Alert[]) => list.map((a) => `${a.severity} ${a.rule} ${a.regionCode}`);

describe('alerts page', () => {
  it('lists every alert worst first, then in rule order, then by region', () => {
    expect(keys(filterAlerts(analysis, tree, none))).toEqual([
      'red coverage 150100',
      'red current_deficit 150923',
      'red accumulated_negative 150900',
      'red transfer_late 150900',
      'yellow coverage 150923',
      'blue months_payable 150100',
    ]);
  });

  it('filters by severity, rule, fund (coverage concerns both funds) and region with its counties', () => {
    expect(keys(filterAlerts(analysis, tree, { ...none, severity: 'red', rule: 'coverage' }))).toEqual(['red coverage 150100']);
    expect(keys(filterAlerts(analysis, tree, { ...none, fund: 'assistance' }))).toEqual([
      'red coverage 150100',
      'red current_deficit 150923',
      'red accumulated_negative 150900',
      'yellow coverage 150923',
    ]);
    expect(keys(filterAlerts(analysis, tree, { ...none, region: '150900', severity: 'red' }))).toEqual([
      'red current_deficit 150923',
      'red accumulated_negative 150900',
      'red transfer_late 150900',
    ]);
  });

  it('groups by region and rule, the worst group first, each group worst first', () => {
    const more = [
      ...alerts,
      alert('months_payable', 'red', '150100', 'assistance'),
      { ...alert('current_deficit', 'yellow', '150923', 'resident'), period: 'quarter' as const },
    ];
    const groups = groupAlerts(filterAlerts({ alerts: more } as unknown as Analysis, tree, none));
    expect(groups.map((g) => `${g.severity} ${g.rule} ${g.regionCode} ${g.alerts.map((a) => a.severity).join(',')}`)).toEqual([
      'red coverage 150100 red',
      'red current_deficit 150923 red,yellow',
      'red accumulated_negative 150900 red',
      'red months_payable 150100 red,blue',
      'red transfer_late 150900 red',
      'yellow coverage 150923 yellow',
    ]);
    // Every alert is in exactly one group.
    expect(groups.reduce((n, g) => n + g.alerts.length, 0)).toBe(more.length);
  });

  it('pages the groups and says which alerts a page shows; a page past the end shows the last', () => {
    const groups = groupAlerts(filterAlerts(analysis, tree, none));
    expect(alertPage(groups, 1, 2)).toMatchObject({ page: 1, pages: 3, first: 1, last: 2, total: 6 });
    expect(alertPage(groups, 2, 2)).toMatchObject({ page: 2, pages: 3, first: 3, last: 4, total: 6 });
    expect(alertPage(groups, 9, 2)).toMatchObject({ page: 3, pages: 3, first: 5, last: 6, total: 6 });
    expect(alertPage([], 1)).toMatchObject({ page: 1, pages: 1, first: 0, last: 0, total: 0 });
  });

  it('links a deficit to the sharing page of its city, everything else to the overview of its region and fund', () => {
    const view = { quarter: '2024Q4', regionCode: '150000', fund: 'resident' as const };
    const deficit = alertTarget(alert('current_deficit', 'red', '150923', 'assistance'), tree, view);
    expect(deficit.route.page).toBe('sharing');
    expect(deficit.view).toEqual({ quarter: '2024Q4', regionCode: '150900', fund: 'assistance' });
    const coverage = alertTarget(alert('coverage', 'red', '150923', null), tree, view);
    expect(coverage.route.page).toBe('overview');
    expect(coverage.view).toEqual({ quarter: '2024Q4', regionCode: '150923', fund: 'resident' });
    const transfer = alertTarget(alert('transfer_late', 'red', '150900', 'assistance'), tree, view);
    expect([transfer.route.page, transfer.view.regionCode, transfer.view.fund]).toEqual(['overview', '150900', 'assistance']);
    // What the link says, in either language.
    expect([deficit.label, coverage.label]).toEqual(['查看缺口分担', '在总览中查看']);
    const english = alertTarget(alert('current_deficit', 'red', '150923', 'assistance'), tree, view, 'en');
    expect([english.label, english.route.page]).toEqual(['See gap sharing', 'sharing']);
    // The province has no city above it to share with: its deficit is explained on the overview.
    expect(alertTarget(alert('accumulated_negative', 'red', '150000', 'assistance'), tree, view).route.page).toBe('overview');
  });

  it('links a reconciliation alert to the reconciliation page, with its city and fund', () => {
    const view = { quarter: '2024Q4', regionCode: '150000', fund: 'resident' as const };
    const target = alertTarget(alert('reconciliation', 'red', '150300', 'assistance'), tree, view);
    expect([target.route.page, target.view.regionCode, target.view.fund, target.label]).toEqual(['reconciliation', '150300', 'assistance', '查看对账']);
    expect(alertTarget(alert('reconciliation', 'red', '150300', 'assistance'), tree, view, 'en').label).toBe('See reconciliation');
  });
});

describe('alertTitle and alertMessage', () => {
  const base: Alert = {
    rule: 'current_deficit',
    severity: 'red',
    regionCode: '150923',
    fund: 'assistance',
    quarter: '2024Q4',
    value: new Dec('-2705800'),
    threshold: new Dec('0'),
    text: message('alert.current_deficit', {
      region: '化德县',
      fund: 'assistance',
      comparison: 'lt',
      severity: 'red',
      period: 'ytd',
      income: '13804400',
      expenditure: '16510200',
      balance: '-2705800',
      threshold: '0',
    }),
  };
  it('tells the year-to-date and the quarter alert of one rule apart by their titles', () => {
    expect(alertTitle({ ...base, period: 'ytd' }, 'zh')).toBe(`${alertTitle(base, 'zh')}（年初至今）`);
    expect(alertTitle({ ...base, period: 'quarter' }, 'en')).toMatch(/ \(this quarter\)$/);
    expect(alertTitle({ ...base, period: 'ytd' }, 'zh')).not.toBe(alertTitle({ ...base, period: 'quarter' }, 'zh'));
  });
  it('shows the sentence with its money in one unit, two decimals', () => {
    expect(alertMessage(base, 'en')).toBe(
      '化德县 medical assistance fund current balance year to date = income 13.80 million yuan − expenditure 16.51 million yuan = -2.71 million yuan, below 0.00 million yuan (red)',
    );
    expect(alertMessage(base, 'zh')).toBe('化德县 城乡医疗救助基金 年初至今当期结余 = 收入 1,380.44万元 − 支出 1,651.02万元 = -270.58万元，低于 0.00万元（红色）');
  });
});
