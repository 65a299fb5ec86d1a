// The alert list's export (预警清单, 风险预警), defined once (view/table.ts).
// On screen the alerts are a list of sentences (AlertItem), not a table.
import { FUND_LABEL, RULE_LABEL, SEVERITY_LABEL } from '../../../domain/labels';
import { texts, type Lang } from '../../../domain/lang';
import { renderMessage } from '../../../domain/messages/render';
import { fixed, fixedBeside, moneyString, type Decimal } from '../../../domain/money';
import { RULE_VALUE_KIND, RULES_IN_POINTS } from '../../../domain/policy/rules';
import type { Alert } from '../../../domain/types';
import { tableSpec, type TableSpec } from '../table';

const TEXT = texts(
  {
    severity: '级别',
    rule: '预警规则',
    regionCode: '区划代码',
    region: '地区',
    fund: '基金',
    quarter: '季度',
    value: '实际值',
    threshold: '阈值',
    unit: '单位',
    message: '说明',
    units: { percent: '%', points: '个百分点', months: '个月', days: '天', yuan: '元' },
  },
  {
    severity: 'Severity',
    rule: 'Alert rule',
    regionCode: 'Region code',
    region: 'Region',
    fund: 'Fund',
    quarter: 'Quarter',
    value: 'Value',
    threshold: 'Threshold',
    unit: 'Unit',
    message: 'Explanation',
    units: { percent: '%', points: 'percentage points', months: 'months', days: 'days', yuan: 'yuan' },
  },
);

type FigureUnit = keyof (typeof TEXT)['zh']['units'];

/** An alert's figures in the export: value and threshold as plain numbers in one unit, and that unit. */
export interface AlertFigures {
  value: string;
  threshold: string;
  unit: FigureUnit;
}

/** A threshold as it is set: `places` decimals, more where the policy gives more (0.995 → 99.50, 99.5 % never 100). */
const asSet = (d: Decimal, places: number): string => fixed(d, Math.max(places, d.decimalPlaces()));

/**
 * The figures as the alert list reads them (view/valueText.ts), as numbers a spreadsheet sorts:
 * a rate in percent and a growth gap in percentage points to two places, months to two, days
 * whole, money exact to the fen in yuan — rounded, but never onto or across the threshold
 * beside it (98.996 % against 99 % reads 98.996, not 99.00).
 */
export function alertFigures(a: Pick<Alert, 'rule' | 'value' | 'threshold'>): AlertFigures {
  switch (RULE_VALUE_KIND[a.rule]) {
    case 'rate': {
      const [value, threshold] = [a.value.times(100), a.threshold.times(100)];
      return { value: fixedBeside(value, 2, [threshold]), threshold: asSet(threshold, 2), unit: RULES_IN_POINTS.has(a.rule) ? 'points' : 'percent' };
    }
    case 'months':
      return { value: fixedBeside(a.value, 2, [a.threshold]), threshold: asSet(a.threshold, 2), unit: 'months' };
    case 'days':
      return { value: fixedBeside(a.value, 0, [a.threshold]), threshold: asSet(a.threshold, 0), unit: 'days' };
    case 'money':
      return { value: moneyString(a.value), threshold: moneyString(a.threshold), unit: 'yuan' };
  }
}

/** The key of an alert in a list. */
export function alertKey(a: Alert): string {
  return `${a.rule}|${a.regionCode}|${a.fund ?? ''}|${renderMessage(a.text, 'zh')}`;
}

export function alertSpec(alerts: readonly Alert[], regionName: (code: string) => string, lang: Lang): TableSpec<Alert> {
  const t = TEXT[lang];
  return tableSpec(alerts, alertKey, [
    { key: 'severity', head: t.severity, kind: 'text', value: (a) => SEVERITY_LABEL[a.severity][lang] },
    { key: 'rule', head: t.rule, kind: 'text', value: (a) => RULE_LABEL[a.rule][lang] },
    { key: 'region_code', head: t.regionCode, kind: 'text', value: (a) => a.regionCode },
    { key: 'region', head: t.region, kind: 'text', value: (a) => regionName(a.regionCode) },
    { key: 'fund', head: t.fund, kind: 'text', value: (a) => (a.fund ? FUND_LABEL[a.fund][lang] : null) },
    { key: 'quarter', head: t.quarter, kind: 'text', value: (a) => a.quarter },
    // As the list reads it, in the unit the next column names (a rate in %, months, days, yuan): one column a figure, sortable within a rule.
    { key: 'value', head: t.value, kind: 'number', value: (a) => alertFigures(a).value },
    { key: 'threshold', head: t.threshold, kind: 'number', value: (a) => alertFigures(a).threshold },
    { key: 'unit', head: t.unit, kind: 'text', value: (a) => t.units[alertFigures(a).unit] },
    { key: 'message', head: t.message, kind: 'text', value: (a) => renderMessage(a.text, lang) },
  ]);
}
