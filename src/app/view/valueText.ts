// How an alert's value and threshold read, by what the rule measures.
import { DEFAULT_LANG, texts, type Lang } from '../../domain/lang';
import { formatNumber, formatPercent, formatPoints, formatYuan, type Decimal } from '../../domain/money';
import { chooseMoneyUnit, moneyWithUnit, readsInList, type MoneyUnit } from '../../domain/moneyUnit';
import { isOverdrawn, monthsPayableNote, monthsPayableText } from '../../domain/monthsPayableText';
import { RULE_VALUE_KIND, RULES_IN_POINTS } from '../../domain/policy/rules';
import type { RuleId } from '../../domain/types';

const TEXT = texts(
  { months: (n: string) => `${n} 个月`, days: (n: string) => `${n} 天` },
  { months: (n: string) => `${n} months`, days: (n: string) => `${n} days` },
);

/**
 * An alert's value and threshold as they read side by side: money in one unit
 * for both (实际 -2.90亿元 beside 阈值 0.00万元 read as two sizes) — the list's
 * (`listUnit`, as its sentence reads) where both read with two digits at least there.
 */
export function ruleValueTexts(rule: RuleId, value: Decimal, threshold: Decimal, lang: Lang = DEFAULT_LANG, listUnit?: MoneyUnit): [string, string] {
  // Percentage points beside their threshold never read as it (10.004 beside 10.00).
  if (RULES_IN_POINTS.has(rule)) return [formatPoints(value, lang, 2, [threshold]), formatPoints(threshold, lang)];
  const inList = listUnit !== undefined && readsInList([value, threshold], listUnit);
  const unit = RULE_VALUE_KIND[rule] === 'money' ? (inList ? listUnit : chooseMoneyUnit([value, threshold], lang)) : undefined;
  return [ruleValueText(rule, value, lang, unit), ruleValueText(rule, threshold, lang, unit)];
}

/** One figure of a rule; money in `unit` when given, else in its own (chooseMoneyUnit). */
export function ruleValueText(rule: RuleId, value: Decimal, lang: Lang = DEFAULT_LANG, unit?: MoneyUnit): string {
  switch (RULE_VALUE_KIND[rule]) {
    case 'rate':
      return RULES_IN_POINTS.has(rule) ? formatPoints(value, lang) : formatPercent(value, 2);
    case 'money':
      return moneyWithUnit(value, unit ?? chooseMoneyUnit([value], lang));
    case 'months':
      // Below zero the balance is overdrawn (the hover title keeps the figure: ruleValueExact).
      return isOverdrawn(value) ? monthsPayableText(value, lang) : TEXT[lang].months(formatNumber(value, 2));
    case 'days':
      return TEXT[lang].days(formatNumber(value, 0));
  }
}

/** The exact figure behind a rounded one, for the hover title. */
export function ruleValueExact(rule: RuleId, value: Decimal, lang: Lang = DEFAULT_LANG): string {
  if (RULE_VALUE_KIND[rule] === 'months') return monthsPayableNote(value, lang, Math.max(2, value.decimalPlaces())) ?? value.toString();
  return RULE_VALUE_KIND[rule] === 'money' ? formatYuan(value, lang) : value.toString();
}
