// A message said in the reader's language: the one place a code becomes a
// sentence. Pages, the command line and the report call this; the code that
// finds a problem never does.
import type { Lang } from '../lang';
import { Dec, fixed, fixedBeside, formatWan, readsAsZero, type Decimal } from '../money';
import { chooseMoneyUnit, listMoneyUnit, MONEY_PLACES, moneyUnitById, moneyWithUnit, readsInList, sentenceMoneyUnit, type MoneyUnit } from '../moneyUnit';
import { overdrawnInFull } from '../monthsPayableText';
import type { Catalogue, Figure, Message, MoneyWords, MonthsWords, Say, Term } from './codes';
import { EN } from './en';
import { ZH } from './zh';

const CATALOGUES: Readonly<Record<Lang, Catalogue>> = { zh: ZH, en: EN };

/**
 * How a sentence's money reads. `record`: each amount in 万元 with two
 * decimals (million yuan with four), as the report reads them; a difference
 * beside its threshold with more, to the fen at most, only where two would read
 * it as zero or not on its own side of the figure it is compared with (recordPlaces):
 * the sentence `analyze --json` keeps, byte for byte. `reader`: every amount
 * of the sentence in ONE unit chosen from its smallest non-zero amount
 * (sentenceMoneyUnit), two decimals: what a page, the summary and the report show.
 */
export type MoneyStyle = 'record' | 'reader';

const WAN = new Dec(10_000);

/** An amount as the record prints it: to 100 yuan (two decimals of 万元), or at `places` decimals of 万元. */
function recorded(yuan: Figure, places: number): Decimal {
  return new Dec(fixed(new Dec(yuan).div(WAN), places)).times(WAN);
}

/** Decimals of 万元 that reach the fen. */
const WAN_FEN_PLACES = WAN.e + MONEY_PLACES;

/**
 * Decimals of 万元 the record writes an amount said beside others (MoneyWords.exact) with: two, as every
 * amount — 差额 11.33万元 高于 2.83万元, where to the fen it read 11.326311万元 高于 2.831578万元 — and more,
 * to the fen at most, only where two would read it as zero or not on its own side of (or equal to) one of
 * `beside`, compared as magnitudes: a 38 yuan difference reads 0.004万元, never "0.00万元 高于 0.00万元"
 * (fixedBeside, the rule that keeps a rate off its threshold).
 */
function recordPlaces(yuan: Figure, beside: readonly Figure[]): number {
  const inWan = (v: Figure): Decimal => new Dec(v).abs().div(WAN);
  const shown = fixedBeside(inWan(yuan), MONEY_PLACES, [new Dec(0), ...beside.map(inWan)], false, WAN_FEN_PLACES);
  return shown.split('.')[1]?.length ?? MONEY_PLACES;
}

/**
 * The terms of a sum (parts, then total) in units of `divisor` at `places`
 * decimals, as yuan, so that the written parts add up to the written total:
 * each rounded, the total as it rounds, and where the parts' roundings miss it
 * by a step or two, the parts nearest a half step rounded the other way
 * (largest remainder), each still within one step of its value. Rounded on
 * their own, 20,444.704 − 24,076.995 read 20,444.70 − 24,077.00 = -3,632.29.
 */
function balancedTerms(parts: readonly Term[], total: Figure, divisor: Decimal, places: number): Decimal[] {
  const step = new Dec(10).pow(-places);
  const exact = parts.map((p) => new Dec(p.yuan).div(divisor));
  const shown = exact.map((v) => new Dec(fixed(v, places)));
  const target = new Dec(fixed(new Dec(total).div(divisor), places));
  const signed = (v: Decimal, i: number): Decimal => (parts[i]?.minus ? v.neg() : v);
  const written = (): Decimal => shown.reduce((acc, v, i) => acc.plus(signed(v, i)), new Dec(0));
  // Steps the rounded parts miss the total by: at most one a part when the parts make the total. More, and
  // they do not (no sentence's figures are so): each is left as it rounds.
  const missing = target.minus(written()).div(step).round();
  // A term that is not zero and rounds to zero keeps its exact yuan (moneyWithUnit and formatWan say it in 元).
  const terms = [...parts.map((p) => new Dec(p.yuan)), new Dec(total)];
  const inYuan = (written: Decimal[]): Decimal[] => written.map((v, i) => (v.isZero() && readsAsZero(terms[i]!, divisor, places) ? terms[i]! : v.times(divisor)));
  if (missing.abs().gt(parts.length)) return inYuan([...shown, target]);
  const toward = missing.isNegative() ? step.neg() : step;
  for (let left = missing.abs(); left.gt(0); left = left.minus(1)) {
    // Moving the written sum one step toward the total: the part that moves least far from its value.
    const moved = shown.map((v, i) => v.plus(signed(toward, i)));
    let best = 0;
    for (let i = 1; i < moved.length; i++) if (moved[i]!.minus(exact[i]!).abs().lt(moved[best]!.minus(exact[best]!).abs())) best = i;
    shown[best] = moved[best]!;
  }
  return inYuan([...shown, target]);
}

function recordWords(lang: Lang): MoneyWords {
  return {
    rounded: (yuan) => formatWan(new Dec(yuan), MONEY_PLACES, lang),
    exact: (yuan, beside = []) => formatWan(new Dec(yuan), recordPlaces(yuan, beside), lang),
    sum: (parts, total) => balancedTerms(parts, total, WAN, MONEY_PLACES).map((yuan) => formatWan(yuan, MONEY_PLACES, lang)),
  };
}

/** `sum` in the unit `u`, two decimals, the terms balanced so that they add up. */
function sumInUnit(u: MoneyUnit): MoneyWords['sum'] {
  return (parts, total) => balancedTerms(parts, total, u.divisor, MONEY_PLACES).map((yuan) => moneyWithUnit(yuan, u));
}

/** The record keeps a months figure as the formula gives it; a reader sees 已透支 where it is below zero. */
const RECORD_MONTHS: MonthsWords = (_months, shown) => shown;

/** The amounts a sentence says, as the reader style hears them: as the record prints them, and exact. */
interface ReaderAmounts {
  /** To 100 yuan, or a difference beside its threshold as recordPlaces says it. */
  recorded: Decimal[];
  exact: Decimal[];
}

type Read = (params: Message['params'], say: Say, money: MoneyWords, months: MonthsWords) => string;

function readerAmounts(message: Message, read: Read, say: Say, months: MonthsWords): ReaderAmounts {
  const recordedAmounts: Decimal[] = [];
  const exact: Decimal[] = [];
  const heard = (yuan: Figure, places: number): string => {
    recordedAmounts.push(recorded(yuan, places));
    exact.push(new Dec(yuan));
    return '';
  };
  read(message.params, say, {
    rounded: (yuan) => heard(yuan, MONEY_PLACES),
    exact: (yuan, beside = []) => heard(yuan, recordPlaces(yuan, beside)),
    sum: (parts, total) => [...parts.map((p) => p.yuan), total].map((yuan) => heard(yuan, MONEY_PLACES)),
  }, months);
  return { recorded: recordedAmounts, exact };
}

/**
 * The sentence's own unit. A sentence whose amounts all stay below 10,000 yuan reads in a unit finer than
 * the record's 100 yuan (元, thousand yuan), from the amounts themselves. Otherwise sentenceMoneyUnit, from the
 * amounts as the record prints them, never finer than 万元 / thousand yuan: English reads in thousands where
 * Chinese reads 万元 (a floor of million read 丰镇市's -657.39 thousand yuan card as -0.66 million yuan in its alert).
 */
function ownUnit(a: ReaderAmounts, lang: Lang): MoneyUnit {
  // An amount the record's 100 yuan would read as zero (a 12.34元 deficit beside 40.00万元 of income): the
  // sentence reads in 元 / yuan to the fen, so that it says that amount and its terms still add up.
  if (readsZeroRecorded(a)) return moneyUnitById('yuan', lang);
  const small = chooseMoneyUnit(a.exact, lang);
  if (small.divisor.lt(WAN)) return small;
  return sentenceMoneyUnit(a.recorded, lang, moneyUnitById(lang === 'zh' ? 'wan' : 'thousand', lang));
}

/** True when an amount that is not zero reads as zero as the record prints it (readsAsZero at 100 yuan). */
function readsZeroRecorded(a: ReaderAmounts): boolean {
  return a.recorded.some((r, i) => r.isZero() && !a.exact[i]!.isZero());
}

/**
 * Money in `unit`, two decimals. Finer than the record's 100 yuan (元, thousand yuan) an amount reads from
 * its exact figure, as a card does; otherwise from the record's figure, so that no figure claims more
 * precision than the record gives it.
 */
function wordsIn(unit: MoneyUnit): MoneyWords {
  if (unit.divisor.lt(WAN)) {
    const own = (yuan: Figure): string => moneyWithUnit(new Dec(yuan), unit);
    return { rounded: own, exact: own, sum: sumInUnit(unit) };
  }
  return {
    rounded: (yuan) => moneyWithUnit(recorded(yuan, MONEY_PLACES), unit),
    exact: (yuan, beside = []) => moneyWithUnit(recorded(yuan, recordPlaces(yuan, beside)), unit),
    sum: sumInUnit(unit),
  };
}

/**
 * `listUnit` (reader style): the unit of the list the sentence is read in (messagesMoneyUnit), used where
 * every amount of the sentence reads well there (readsInList: one that is not zero with two digits at least,
 * none with more than seven integer digits); a sentence whose money would read 0.00–0.09 in it keeps its own
 * unit, so no amount reads as zero or loses its sign for the sake of the list.
 */
export function renderMessage(message: Message, lang: Lang, style: MoneyStyle = 'record', listUnit?: MoneyUnit): string {
  const say: Say = (nested) => renderMessage(nested, lang, style, listUnit);
  const months: MonthsWords = style === 'record' ? RECORD_MONTHS : (value, shown) => overdrawnInFull(new Dec(value), shown, lang);
  const read = CATALOGUES[lang][message.code] as Read;
  const sentence = (params: Message['params'], nestedSay: Say, money: MoneyWords): string => read(params, nestedSay, money, months);
  if (style === 'record') return sentence(message.params, say, recordWords(lang));
  const amounts = readerAmounts(message, read, say, months);
  if (amounts.exact.length === 0) return sentence(message.params, say, recordWords(lang));
  const inList = listUnit !== undefined && !readsZeroRecorded(amounts) && readsInList(listUnit.divisor.lt(WAN) ? amounts.exact : amounts.recorded, listUnit);
  return sentence(message.params, say, wordsIn(inList ? listUnit : ownUnit(amounts, lang)));
}

/**
 * The one money unit of a list of sentences read together (an alert list, on a page, in the report, in the
 * terminal summary): listMoneyUnit, the unit most of them read in on their own. Undefined when none says money.
 */
export function messagesMoneyUnit(messages: Iterable<Message>, lang: Lang): MoneyUnit | undefined {
  const months: MonthsWords = (value, shown) => overdrawnInFull(new Dec(value), shown, lang);
  const say: Say = (nested) => renderMessage(nested, lang, 'reader');
  const known = OWN_UNITS[lang];
  const units: MoneyUnit[] = [];
  for (const message of messages) {
    let unit = known.get(message);
    if (unit === undefined) {
      const amounts = readerAmounts(message, CATALOGUES[lang][message.code] as Read, say, months);
      unit = amounts.exact.length > 0 ? ownUnit(amounts, lang) : null;
      known.set(message, unit);
    }
    if (unit !== null) units.push(unit);
  }
  return listMoneyUnit(units, lang);
}

/**
 * Each sentence's own unit, once per message object and language: an alert list asks for its unit whenever it
 * shows another region or filter, and the 10× province's 2,616 alerts took 95–260 ms to read again each time
 * (a click's whole budget). An analysis's alerts are the same objects from click to click (the query cache).
 */
const OWN_UNITS: Readonly<Record<Lang, WeakMap<Message, MoneyUnit | null>>> = { zh: new WeakMap(), en: new WeakMap() };
