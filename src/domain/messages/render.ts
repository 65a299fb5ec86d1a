// A message said in the reader's language: the one place a code becomes a
// sentence. Pages, the command line and the report call this; the code that
// finds a problem never does.
import type { Lang } from '../lang';
import { Dec, fixed, formatWan, type Decimal } from '../money';
import { chooseMoneyUnit, moneyUnitById, moneyWithUnit, sentenceMoneyUnit } from '../moneyUnit';
import { overdrawnInFull } from '../monthsPayableText';
import type { Catalogue, Figure, Message, MoneyWords, MonthsWords, Say } from './codes';
import { EN } from './en';
import { ZH } from './zh';

const CATALOGUES: Readonly<Record<Lang, Catalogue>> = { zh: ZH, en: EN };

/**
 * How a sentence's money reads. `record`: each amount in 万元 with two
 * decimals (million yuan with four), a difference to the fen, with up to six (eight):
 * the sentence `analyze --json` keeps, byte for byte. `reader`: every amount
 * of the sentence in ONE unit chosen from its smallest non-zero amount
 * (sentenceMoneyUnit), two decimals: what a page, the summary and the report show.
 */
export type MoneyStyle = 'record' | 'reader';

const WAN = new Dec(10_000);

/** An amount as the record prints it: to 100 yuan (two decimals of 万元) or to the fen (six). */
function recorded(yuan: Figure, places: 2 | 6): Decimal {
  return new Dec(fixed(new Dec(yuan).div(WAN), places)).times(WAN);
}

/**
 * A difference in the record: to the fen, but no longer than it needs (30.00万元,
 * 4,214.592万元, 18.730001万元), where six decimals always wrote 30.000000万元.
 */
function exactPlaces(yuan: Decimal): number {
  return Math.min(6, Math.max(2, yuan.div(WAN).decimalPlaces()));
}

function recordWords(lang: Lang): MoneyWords {
  return {
    rounded: (yuan) => formatWan(new Dec(yuan), 2, lang),
    exact: (yuan) => {
      const d = new Dec(yuan);
      return formatWan(d, exactPlaces(d), lang);
    },
  };
}

/** The record keeps a months figure as the formula gives it; a reader sees 已透支 where it is below zero. */
const RECORD_MONTHS: MonthsWords = (_months, shown) => shown;

export function renderMessage(message: Message, lang: Lang, style: MoneyStyle = 'record'): string {
  const say: Say = (nested) => renderMessage(nested, lang, style);
  const months: MonthsWords = style === 'record' ? RECORD_MONTHS : (value, shown) => overdrawnInFull(new Dec(value), shown, lang);
  const read = CATALOGUES[lang][message.code] as (params: Message['params'], say: Say, money: MoneyWords, months: MonthsWords) => string;
  const sentence = (params: Message['params'], nestedSay: Say, money: MoneyWords): string => read(params, nestedSay, money, months);
  if (style === 'record') return sentence(message.params, say, recordWords(lang));
  // The reader's unit comes from the amounts as the record prints them (to 100 yuan, or
  // to the fen), so that no figure claims more precision than the record gives it.
  const amounts: Decimal[] = [];
  const exactAmounts: Decimal[] = [];
  sentence(message.params, say, {
    rounded: (yuan) => {
      amounts.push(recorded(yuan, 2));
      exactAmounts.push(new Dec(yuan));
      return '';
    },
    exact: (yuan) => {
      amounts.push(recorded(yuan, 6));
      exactAmounts.push(new Dec(yuan));
      return '';
    },
  });
  if (amounts.length === 0) return sentence(message.params, say, recordWords(lang));
  // A sentence whose amounts all stay below 10,000 yuan reads in a unit finer than the
  // record's 100 yuan (元, thousand yuan): restated from the record it would print
  // 150.10 as "200.00元" (or all zeros). It reads from the amounts themselves.
  const small = chooseMoneyUnit(exactAmounts, lang);
  if (small.divisor.lt(WAN)) {
    const own = (yuan: Figure): string => moneyWithUnit(new Dec(yuan), small);
    return sentence(message.params, say, { rounded: own, exact: own });
  }
  const unit = sentenceMoneyUnit(amounts, lang, moneyUnitById(lang === 'zh' ? 'wan' : 'million', lang));
  return sentence(message.params, say, {
    rounded: (yuan) => moneyWithUnit(recorded(yuan, 2), unit),
    exact: (yuan) => moneyWithUnit(recorded(yuan, 6), unit),
  });
}
