// How an indicator that moved between two submissions reads for a person
// (版本比对's table, the report's 指标变化): its rows are different indicators,
// so each cell names its own unit — a rate in %, an amount in 万元/亿元 (the
// row's two amounts and their change in one unit, chosen as a table's is), months payable in months
// (已透支 below zero) — and the change is signed in that unit. The exact
// figures stay in `analyze --json` and the export (revisions.ts, indicatorText).
// An alert that is new, resolved or changed reads as the alerts page and the
// report's alert table say it (alertReading: the reader style, one unit per
// sentence); the record style, to the fen, stays in the export and `--json`.
import { texts, type Lang } from './lang';
import { renderMessage } from './messages/render';
import type { Alert } from './types';
import { changeSign, Dec, fixed, type Decimal } from './money';
import { formatRate, moneyWithUnitShown, tableMoneyUnit } from './moneyUnit';
import { monthsPayableFigure, monthsPayableInFull } from './monthsPayableText';
import type { Indicator } from './revisions';

export interface IndicatorReading {
  before: string;
  now: string;
  change: string;
}

const TEXT = texts({ pp: '个百分点', none: '—' }, { pp: 'pp', none: '—' });

export function indicatorReading(indicator: Indicator, before: Decimal | null, now: Decimal | null, lang: Lang): IndicatorReading {
  const t = TEXT[lang];
  const diff = before === null || now === null ? null : new Dec(now).minus(before);
  const changed = (size: (d: Decimal) => string): string => (diff === null ? t.none : `${changeSign(diff)}${size(diff.abs())}`);
  if (indicator === 'coverage') {
    const rate = (d: Decimal | null): string => (d === null ? t.none : formatRate(d, 2));
    return { before: rate(before), now: rate(now), change: changed((d) => `${fixed(d.times(100), 2)} ${t.pp}`) };
  }
  if (indicator === 'accumulated_balance') {
    // The table rule (tableMoneyUnit): a change of 321,966.45 beside 4.80亿元 reads −32.20万元 and its
    // amounts 47,987.58万元 → 47,955.38万元, not 4.80 → 4.80亿元 and −0.0032亿元.
    const unit = tableMoneyUnit([before, now, diff], [], lang);
    const money = (d: Decimal | null): string => (d === null ? t.none : moneyWithUnitShown(d, unit));
    return { before: money(before), now: money(now), change: changed((d) => moneyWithUnitShown(d, unit)) };
  }
  const months = (d: Decimal | null): string => (d === null ? t.none : monthsPayableInFull(d, lang, 2));
  return { before: months(before), now: months(now), change: changed((d) => monthsPayableFigure(d, lang, 2)) };
}

/**
 * An alert of the comparison (new, resolved, changed) as a person reads it: the
 * reader style, as the alerts page says it (差额 -1.00万元, not the record's
 * -1.000001万元). The record sentence stays in the export and `--json`.
 */
export function alertReading(alert: Pick<Alert, 'text'>, lang: Lang): string {
  return renderMessage(alert.text, lang, 'reader');
}
