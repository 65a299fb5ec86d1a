// The alert list's export (预警清单, 风险预警), defined once (view/table.ts).
// On screen the alerts are a list of sentences (AlertItem), not a table.
import { FUND_LABEL, RULE_LABEL, SEVERITY_LABEL } from '../../../domain/labels';
import { texts, type Lang } from '../../../domain/lang';
import { renderMessage } from '../../../domain/messages/render';
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
    message: '说明',
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
    message: 'Explanation',
  },
);

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
    // As the rule measured it (a ratio, months, a growth rate): the figure itself.
    { key: 'value', head: t.value, kind: 'number', value: (a) => a.value },
    { key: 'threshold', head: t.threshold, kind: 'number', value: (a) => a.threshold },
    { key: 'message', head: t.message, kind: 'text', value: (a) => renderMessage(a.text, lang) },
  ]);
}
