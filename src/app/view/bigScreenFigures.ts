// The big screen's short figures: a KPI's value, its change, an alert's
// measured value. Money reads as everywhere else in the app (domain/moneyUnit:
// at most two decimals, in the unit its size calls for), so "11.87 million
// yuan" on the wall is the "11.87 million yuan" of the overview, not a
// four-decimal figure carried over from 万元's precision.
import { texts, type Lang } from '../../domain/lang';
import { changeSign, Dec, fixed, type Decimal } from '../../domain/money';
import { chooseMoneyUnit, formatMoney, formatRate, MONEY_PLACES, moneyWithUnit } from '../../domain/moneyUnit';
import { monthsPayableInFull, monthsPayableNote, monthsPayableText } from '../../domain/monthsPayableText';
import { RULE_VALUE_KIND, RULES_IN_POINTS, type BandedRuleId } from '../../domain/policy/rules';
import { bandBoundaries, inBandOf, type PolicyBands } from '../../domain/policy/severity';
import type { Alert } from '../../domain/types';

export type ScreenKind = 'rate' | 'money' | 'months';

const TEXT = texts(
  { pp: '个百分点', monthsUnit: '个月', days: (n: string) => `${n} 天`, pending: '计算中…' },
  { pp: 'pp', monthsUnit: 'mo', days: (n: string) => `${n} days`, pending: 'computing…' },
);

const monthsWord = (lang: Lang) => (figure: string) => `${figure} ${TEXT[lang].monthsUnit}`;

/**
 * A KPI's figure; months payable below zero reads 已透支 (its computed figure is `screenValueNote`).
 * `band`: its rule and the policy, whose band a rounded figure stays in (5.96 under an orange mark is never 6.0).
 */
export function screenValueText(value: Decimal, kind: ScreenKind, lang: Lang, band?: ScreenBand): string {
  if (kind === 'rate') return formatRate(value, 2, band ? bandBoundaries(band.rule, band.policy) : []);
  if (kind === 'money') return formatMoney(value, lang);
  return monthsPayableText(value, lang, 1, monthsWord(lang), band && inBandOf(band.rule, value, band.policy));
}

/** The banded rule a figure is judged by, and the policy's bands. */
export interface ScreenBand {
  rule: BandedRuleId;
  policy: PolicyBands;
}

/** Small text under a KPI's figure where the figure is a word: "计算值 -0.6 个月" beside 已透支; null otherwise. */
export function screenValueNote(value: Decimal, kind: ScreenKind, lang: Lang): string | null {
  return kind === 'months' ? monthsPayableNote(value, lang, 1, monthsWord(lang)) : null;
}

/**
 * The change from `then` to `now`, signed (− + ±); a dash where either is
 * missing; `pending` while the quarter compared with is still being computed
 * (a dash then read as "no data" for the seconds the engine takes).
 */
export function screenChangeText(now: Decimal | null, then: Decimal | null | 'pending', kind: ScreenKind, lang: Lang): string {
  const t = TEXT[lang];
  if (then === 'pending') return now === null ? '—' : t.pending;
  if (now === null || then === null) return '—';
  const diff = now.minus(then);
  const sign = changeSign(diff);
  const size = diff.abs();
  if (kind === 'rate') return `${sign}${fixed(size.times(100), 2)} ${t.pp}`;
  // In the card's unit (its value's), so the value and its changes read together; a change that would read 0.00 there in its own.
  if (kind === 'money') {
    const card = chooseMoneyUnit([now], lang);
    return `${sign}${diff.isZero() || !new Dec(fixed(size.div(card.divisor), MONEY_PLACES)).isZero() ? moneyWithUnit(size, card) : formatMoney(size, lang)}`;
  }
  return `${sign}${fixed(size, 1)} ${t.monthsUnit}`;
}

/** An alert's measured value, short: the full sentence is on the alerts page; kept in its band (`policy`) or beside its threshold. */
export function screenAlertValue(alert: Alert, lang: Lang, policy?: PolicyBands): string {
  switch (RULE_VALUE_KIND[alert.rule]) {
    // Beside the threshold it crossed: 5.96 months below 6 reads 5.96, not 6.0.
    case 'rate':
      return RULES_IN_POINTS.has(alert.rule) ? `${fixed(alert.value.times(100), 2)} ${TEXT[lang].pp}` : formatRate(alert.value, 2, [alert.threshold]);
    case 'months':
      return monthsPayableInFull(alert.value, lang, 1, monthsWord(lang), policy && alert.rule === 'months_payable' ? inBandOf(alert.rule, alert.value, policy) : (shown) => shown.cmp(alert.threshold) === alert.value.cmp(alert.threshold));
    case 'days':
      return TEXT[lang].days(alert.value.toString());
    case 'money':
      return formatMoney(alert.value, lang);
  }
}
