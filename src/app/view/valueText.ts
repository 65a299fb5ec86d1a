// How an alert's value and threshold read, by what the rule measures.
import { formatAuto, formatNumber, formatPercent, formatYuan, type Decimal } from '../../domain/money';
import { RULE_VALUE_KIND } from '../../domain/rules';
import type { RuleId } from '../../domain/types';

export function ruleValueText(rule: RuleId, value: Decimal): string {
  switch (RULE_VALUE_KIND[rule]) {
    case 'rate':
      return formatPercent(value, 2);
    case 'money':
      return formatAuto(value);
    case 'months':
      return `${formatNumber(value, 2)} 个月`;
    case 'days':
      return `${formatNumber(value, 0)} 天`;
  }
}

/** The exact figure behind a rounded one, for the hover title. */
export function ruleValueExact(rule: RuleId, value: Decimal): string {
  return RULE_VALUE_KIND[rule] === 'money' ? formatYuan(value) : value.toString();
}
