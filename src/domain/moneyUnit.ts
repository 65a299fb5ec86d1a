// The one home of "which unit does this money read in". A reader compares the
// figures of one column, axis or sentence at a glance only when they share a
// unit, so the unit is chosen once for the whole set, from its largest
// magnitude (a table's from its body rows, its total row reading in it:
// tableMoneyUnit), and said once (column head, axis name); each figure is the bare
// number with at most two decimals. The exact yuan to the fen stays with the
// caller (hover title, exports): this module only decides how a figure reads.
//
// Chinese readers count in 元 / 万元 / 亿元; English readers in yuan /
// thousand / million / billion (nobody reading English counts in 万).
//
// Percentages live here too because the same rule applies: never let rounding
// move a value across the threshold the reader is judging it against.
import type { Lang } from './lang';
import { Dec, fixed, fixedBeside, formatYuan, group, HUNDRED, readsAsZero, type Decimal } from './money';

export type MoneyUnitId = 'yuan' | 'wan' | 'yi' | 'thousand' | 'million' | 'billion';

export interface MoneyUnit {
  readonly id: MoneyUnitId;
  readonly lang: Lang;
  /** Yuan per one of this unit. */
  readonly divisor: Decimal;
  /** The unit as a column head or axis name says it: "万元", "million yuan". */
  readonly label: string;
}

/** The most decimals money ever shows. */
export const MONEY_PLACES = 2;

const unit = (id: MoneyUnitId, lang: Lang, divisor: number, label: string): MoneyUnit =>
  Object.freeze({ id, lang, divisor: new Dec(divisor), label });

/** Smallest first: the chooser takes the largest unit whose divisor the largest magnitude reaches. */
const UNITS: Record<Lang, readonly MoneyUnit[]> = {
  zh: [unit('yuan', 'zh', 1, '元'), unit('wan', 'zh', 10_000, '万元'), unit('yi', 'zh', 100_000_000, '亿元')],
  en: [
    unit('yuan', 'en', 1, 'yuan'),
    unit('thousand', 'en', 1_000, 'thousand yuan'),
    unit('million', 'en', 1_000_000, 'million yuan'),
    unit('billion', 'en', 1_000_000_000, 'billion yuan'),
  ],
};

export function moneyUnitById(id: MoneyUnitId, lang: Lang): MoneyUnit {
  const found = UNITS[lang].find((u) => u.id === id);
  if (!found) throw new Error(`no money unit ${id} in ${lang}`);
  return found;
}

/**
 * The unit for a set of amounts in yuan: the largest unit that the largest
 * magnitude reaches once shown at two decimals (so 99,999,999.99 元 reads
 * 1.00亿元, not 10,000.00万元). Nulls are skipped; an empty or all-zero set
 * reads in the base unit after 元 (万元 / million yuan), the unit a reader of
 * these funds expects when there is nothing to measure.
 */
export function chooseMoneyUnit(values: Iterable<Decimal | null | undefined>, lang: Lang): MoneyUnit {
  let max: Decimal | null = null;
  for (const v of values) {
    if (v === null || v === undefined) continue;
    const a = v.abs();
    if (max === null || a.gt(max)) max = a;
  }
  const units = UNITS[lang];
  if (max === null || max.isZero()) return moneyUnitById(lang === 'zh' ? 'wan' : 'million', lang);
  let chosen = units[0]!;
  for (const u of units) {
    // Compare the value as the smaller unit would print it: rounding up to the
    // next unit's divisor counts as reaching it.
    const shown = new Dec(fixed(max, MONEY_PLACES));
    if (shown.gte(u.divisor)) chosen = u;
  }
  return chosen;
}

/**
 * The unit of one sentence: chosen from its SMALLEST non-zero amount, so that
 * the figure such a sentence is about — a difference, a gap, a threshold —
 * keeps its digits beside the totals it comes from ("入账 55,557.79万元 −
 * 到账 56,224.49万元 = 差额 -666.69万元", not "差额 -0.07亿元"); never a
 * unit finer than `floor`, the unit the amounts are known to (no digit a
 * figure was not printed with). All zero or none: chooseMoneyUnit's default.
 */
export function sentenceMoneyUnit(amounts: readonly Decimal[], lang: Lang, floor: MoneyUnit): MoneyUnit {
  let smallest: Decimal | null = null;
  for (const a of amounts) if (!a.isZero() && (smallest === null || a.abs().lt(smallest))) smallest = a.abs();
  const chosen = chooseMoneyUnit(smallest === null ? [] : [smallest], lang);
  return chosen.divisor.gte(floor.divisor) ? chosen : floor;
}

/**
 * The unit of a list of sentences (an alert list): ONE unit for all of them,
 * so that the same figure reads alike in two sentences and figures compare
 * down the list (the English list read 凉城县's -950.87 thousand beside
 * -16.46 million, and 乌兰察布市's resident income 1,650.74 million in one
 * alert and 1.65 billion in the next). It is the unit most of the sentences
 * read in on their own (`units`: each sentence's, sentenceMoneyUnit's; a tie
 * goes to the larger unit, whose figures are the shorter). Not a table's
 * rule (from the largest amount, smaller while one reads 0.00–0.09): a few
 * small amounts took the sample's whole English list down to thousands,
 * 1,650,740.00 thousand yuan. A sentence that does not read well in it keeps
 * its own unit (readsInList). None: undefined.
 */
export function listMoneyUnit(units: readonly MoneyUnit[], lang: Lang): MoneyUnit | undefined {
  let best: MoneyUnit | undefined;
  let bestCount = 0;
  for (const u of UNITS[lang]) {
    const count = units.filter((x) => x.id === u.id).length;
    // Smallest first: a count that ties moves to the larger unit.
    if (count > 0 && count >= bestCount) {
      best = u;
      bestCount = count;
    }
  }
  return best;
}

/**
 * True when every amount of `values` reads well in `u`: one that is not zero
 * with two digits at least (0.10 or more: no amount reads as zero or loses its
 * sign), none with more than TABLE_INTEGER_DIGITS integer digits.
 */
export function readsInList(values: Iterable<Decimal | null | undefined>, u: MoneyUnit): boolean {
  const limit = new Dec(10).pow(TABLE_INTEGER_DIGITS);
  for (const v of values) {
    if (readsTooLittle(v, u)) return false;
    if (v !== null && v !== undefined && new Dec(fixed(new Dec(v).abs().div(u.divisor), MONEY_PLACES)).gte(limit)) return false;
  }
  return true;
}

/** The bare figure in `u` ("1,503.50"), two decimals, for a cell under a head that names the unit. */
export function moneyFigure(yuan: Decimal, u: MoneyUnit): string {
  return group(fixed(new Dec(yuan).div(u.divisor), MONEY_PLACES));
}

/**
 * The figure with its unit ("1,503.50万元", "15.04 million yuan"), for a
 * sentence. One that is not zero and would read 0.00 in `u` reads in 元 / yuan
 * instead (readsAsZero: 12.34元, never 0.00万元).
 */
export function moneyWithUnit(yuan: Decimal, u: MoneyUnit): string {
  if (readsAsZero(new Dec(yuan), u.divisor, MONEY_PLACES)) return formatYuan(new Dec(yuan), u.lang);
  const figure = moneyFigure(yuan, u);
  return u.lang === 'zh' ? `${figure}${u.label}` : `${figure} ${u.label}`;
}

/**
 * As moneyWithUnit, for an amount in a sentence about who pays what: one that
 * is not zero never reads as zero because the sentence's unit is large
 * (14,788.40元 beside 2.87亿元 reads 0.00015亿元, not 0.00亿元). Decimals are
 * added until two significant digits show, never past the fen.
 */
export function moneyWithUnitShown(yuan: Decimal, u: MoneyUnit): string {
  const value = new Dec(yuan).div(u.divisor);
  if (value.isZero() || !new Dec(fixed(value, MONEY_PLACES)).isZero()) return moneyWithUnit(yuan, u);
  // Decimals that reach the fen: 元 2, 万元 6, 亿元 10. Divisors are powers of ten, 10^e: the Decimal's own exponent, no text or float.
  const fenPlaces = u.divisor.e + MONEY_PLACES;
  let places = MONEY_PLACES + 1;
  while (places < fenPlaces && new Dec(fixed(value.abs(), places)).lt(new Dec(10).pow(1 - places))) places++;
  const figure = group(fixed(value, places));
  return u.lang === 'zh' ? `${figure}${u.label}` : `${figure} ${u.label}`;
}

/** One amount on its own (a KPI, a sentence with one figure): its own unit. */
export function formatMoney(yuan: Decimal, lang: Lang): string {
  return moneyWithUnit(yuan, chooseMoneyUnit([yuan], lang));
}


/**
 * True when some of `values` reads rounded in `u` (more than two decimals
 * there). Columns that add up (a unitGroup: parts and their total) are each
 * rounded on their own, so their figures can miss the total in the last
 * digit; a table whose grouped figures are rounded says so (ROUNDED_PARTS_NOTE).
 */
export function roundedIn(values: Iterable<Decimal | null | undefined>, u: MoneyUnit): boolean {
  for (const v of values) if (v !== null && v !== undefined && new Dec(v).div(u.divisor).decimalPlaces() > MONEY_PLACES) return true;
  return false;
}

/**
 * A money column of a table (screen or report), its figures split by row: the
 * body rows a reader reads one by one (the regions, the categories) and the
 * total rows (合计) that sum them. Columns of one `group` (parts and their
 * total, due beside paid) share one unit.
 */
export interface TableMoneyColumn {
  readonly body: readonly (Decimal | null | undefined)[];
  readonly total: readonly (Decimal | null | undefined)[];
  readonly group?: string | undefined;
}

/**
 * The unit of one table column or group of columns: chosen from the body rows,
 * and the total row reads in it with the integer digits it needs
 * (12,345.67万元), as officials' tables do. Chosen with the total, a province's
 * 1.37亿元 made its cities read 0.09, 0.05, 0.01亿元 (the sample's 应资助).
 * A body with nothing to measure (no rows, or only blanks and zeros: a table
 * that is its total alone) leaves the choice to the total.
 */
export function tableMoneyUnit(body: readonly (Decimal | null | undefined)[], total: readonly (Decimal | null | undefined)[], lang: Lang): MoneyUnit {
  const measured = body.some((v) => v !== null && v !== undefined && !v.isZero());
  const chosen = chooseMoneyUnit(measured ? body : [...body, ...total], lang);
  return measured ? smallerWhileZeroShown(chosen, body, [...body, ...total], lang) : chosen;
}

/** The smallest figure a region's money may read in a table: 0.10, two significant digits (0.03亿元 says less than 255.00万元). */
const FEWEST_SHOWN = new Dec('0.10');

/** Money that is not zero and would read 0.00–0.09 in `u` (one digit or none). */
function readsTooLittle(v: Decimal | null | undefined, u: MoneyUnit): boolean {
  return v !== null && v !== undefined && !v.isZero() && new Dec(fixed(new Dec(v).abs().div(u.divisor), MONEY_PLACES)).lt(FEWEST_SHOWN);
}

/** The most integer digits a table figure is given when its unit steps down (9,999,999.99). */
const TABLE_INTEGER_DIGITS = 7;

/**
 * A region's money that is not zero reads with at least two digits in a
 * table (0.10 or more): the unit steps down (亿元 → 万元) while a body figure
 * would read 0.00–0.09, as long as every figure of the table, its total
 * included, keeps at most TABLE_INTEGER_DIGITS integer digits there. On the
 * sample's 对账, 乌海市's 0.0042亿元 beside 赤峰市's 1.54亿元 read "0.00 | 0.00"
 * in English beside a red difference, and 0.03 | 0.03亿元 in Chinese.
 */
function smallerWhileZeroShown(u: MoneyUnit, body: readonly (Decimal | null | undefined)[], all: readonly (Decimal | null | undefined)[], lang: Lang): MoneyUnit {
  const units = UNITS[lang];
  let chosen = u;
  for (;;) {
    const at = units.indexOf(chosen);
    if (!body.some((v) => readsTooLittle(v, chosen)) || at <= 0) return chosen;
    const smaller = units[at - 1]!;
    const limit = new Dec(10).pow(TABLE_INTEGER_DIGITS).times(smaller.divisor);
    if (all.some((v) => v !== null && v !== undefined && new Dec(fixed(new Dec(v).abs(), MONEY_PLACES)).gte(limit))) return chosen;
    chosen = smaller;
  }
}

/**
 * The unit of a figure read with the figures it is made of (a card's 当期结余
 * with its 收入 and 支出, 累计结余 with its 年初结余): the headline's own unit
 * (chooseMoneyUnit of it alone), so that it reads with its digits —
 * -2,167.72万元, as the alert about it says it, not -0.22亿元 beside 亿元
 * income, nor -0.00015亿元 for a deficit of 14,788.40元 — and the figures
 * beside it read in the same unit with up to TABLE_INTEGER_DIGITS integer
 * digits (35,000.00万元); a larger unit only where one of them would need more.
 * A headline that is zero or missing leaves the choice to the figures beside it.
 */
export function headlineMoneyUnit(headline: Decimal | null | undefined, beside: readonly (Decimal | null | undefined)[], lang: Lang): MoneyUnit {
  const all = [headline, ...beside];
  if (headline === null || headline === undefined || headline.isZero()) return chooseMoneyUnit(all, lang);
  const units = UNITS[lang];
  let at = units.indexOf(chooseMoneyUnit([headline], lang));
  // As the figure reads in `u`: 99,999,999,999.99元 is 10,000,000.00万元, eight digits.
  const limit = new Dec(10).pow(TABLE_INTEGER_DIGITS);
  const tooLong = (u: MoneyUnit): boolean => all.some((v) => v !== null && v !== undefined && new Dec(fixed(new Dec(v).abs().div(u.divisor), MONEY_PLACES)).gte(limit));
  while (at < units.length - 1 && tooLong(units[at]!)) at++;
  return units[at]!;
}

/**
 * The units of money cards read side by side (the overview's 当期结余 and
 * 累计结余, the one the change of the other): each card's own
 * (headlineMoneyUnit), then the smallest of them for every card where every
 * figure of every card keeps at most TABLE_INTEGER_DIGITS integer digits
 * there; else each card its own. In English the row read 882.17 million yuan
 * beside 10.92 billion yuan (now 10,921.88 million); in Chinese 8.82亿元 and
 * 109.22亿元 share a unit already.
 */
export function cardsMoneyUnits(cards: readonly { readonly headline: Decimal | null | undefined; readonly beside: readonly (Decimal | null | undefined)[] }[], lang: Lang): MoneyUnit[] {
  const own = cards.map((c) => headlineMoneyUnit(c.headline, c.beside, lang));
  // A card with nothing to measure (no figures, or zeros) chooses nothing: its default unit is no figure's.
  const measured = (c: (typeof cards)[number]): boolean => [c.headline, ...c.beside].some((v) => v !== null && v !== undefined && !v.isZero());
  const smallest = own.filter((_u, i) => measured(cards[i]!)).reduce<MoneyUnit | undefined>((a, b) => (a === undefined || b.divisor.lt(a.divisor) ? b : a), undefined);
  if (smallest === undefined) return own;
  const limit = new Dec(10).pow(TABLE_INTEGER_DIGITS);
  const fits = cards.every((c) => [c.headline, ...c.beside].every((v) => v === null || v === undefined || new Dec(fixed(new Dec(v).abs().div(smallest.divisor), MONEY_PLACES)).lt(limit)));
  return fits ? cards.map(() => smallest) : own;
}

/**
 * The unit of a headline read with the parts it breaks into (a city's gap and
 * the steps that cover it): the headline's own (headlineMoneyUnit), then a
 * smaller one while a part that is not zero would read 0.00–0.09 in it, as a
 * table's steps down. Chosen from the largest figure, a 3,029.58万元 gap beside
 * 6.90亿元 of spending read 0.30亿元 on its page, whose picker and table say
 * 万元, while a larger gap elsewhere read in 万元 because one county's part was small.
 */
export function headlinePartsMoneyUnit(headline: Decimal | null | undefined, parts: readonly (Decimal | null | undefined)[], lang: Lang): MoneyUnit {
  const all = [headline, ...parts];
  return smallerWhileZeroShown(headlineMoneyUnit(headline, parts, lang), all, all, lang);
}

/**
 * The unit of a page, or of a chart and the table under it: every money figure
 * it shows, of all its tables, axes and lines, chosen as one table's
 * (tableMoneyUnit). Chosen per column, the county page's 可支付月数 read its
 * balances in 亿元 beside the trend table's 万元, and 压力测试 read 当前累计结余
 * in 万元 beside 情景所需缓冲 in 亿元: the same kind of figure in two sizes.
 */
export function pageMoneyUnit(columns: readonly TableMoneyColumn[], lang: Lang): MoneyUnit {
  return tableMoneyUnit(columns.flatMap((c) => c.body), columns.flatMap((c) => c.total), lang);
}

/**
 * The units of a table's money columns: ONE unit for the whole table, chosen
 * from every column's figures as a page's is (pageMoneyUnit: the body rows
 * choose, the total rows read in it, a unit smaller while a region's money
 * would read 0.00–0.09), so that a reader compares across a row as down a
 * column. Chosen per column, the English 应资助与实际资助 read 2.14 million
 * beside 10.40 thousand in one row, and the report's resident balances
 * 当期结余 in million beside 累计结余 in billion (Chinese 万元 spans what English
 * splits into thousand and million).
 *
 * A column, or a group of columns (parts and their total, due and paid), whose
 * money that is not zero would still read 0.00–0.09 in the table's unit (the
 * unit could not step down: another figure would need more than
 * TABLE_INTEGER_DIGITS integer digits there) keeps a unit of its own, chosen
 * from its own figures as before (tableMoneyUnit): a difference of a few yuan
 * beside hundreds of millions reads as the figure it is, never 0.00.
 */
export function tableMoneyUnits(columns: readonly TableMoneyColumn[], lang: Lang): MoneyUnit[] {
  const table = pageMoneyUnit(columns, lang);
  const byGroup = new Map<string, MoneyUnit>();
  const members = (c: TableMoneyColumn): readonly TableMoneyColumn[] => (c.group === undefined ? [c] : columns.filter((m) => m.group === c.group));
  const unitOf = (c: TableMoneyColumn): MoneyUnit => {
    const set = members(c);
    const figures = set.flatMap((m) => [...m.body, ...m.total]);
    if (!figures.some((v) => readsTooLittle(v, table))) return table;
    return tableMoneyUnit(set.flatMap((m) => m.body), set.flatMap((m) => m.total), lang);
  };
  return columns.map((c) => {
    if (c.group === undefined) return unitOf(c);
    const known = byGroup.get(c.group) ?? unitOf(c);
    byGroup.set(c.group, known);
    return known;
  });
}

/** True when a grouped column's figures, its total's too, read rounded in its unit (roundedIn): the table then says ROUNDED_PARTS_NOTE. */
export function groupRoundedIn(columns: readonly TableMoneyColumn[], units: readonly MoneyUnit[]): boolean {
  return columns.some((c, i) => {
    const u = units[i];
    return c.group !== undefined && u !== undefined && roundedIn([...c.body, ...c.total], u);
  });
}

/** Said under a table whose grouped figures are rounded (roundedIn), on screen and in the report. */
export const ROUNDED_PARTS_NOTE: Readonly<Record<Lang, string>> = {
  zh: '注：金额按列头单位四舍五入到两位小数，分项之和与合计可能有尾差。',
  en: 'Note: amounts are rounded to two decimals in the unit of their column head, so parts may differ from their total in the last digit.',
};

/** A column head or axis name with its unit: "收入（万元）", "Income (million yuan)". */
export function headWithUnit(head: string, u: MoneyUnit): string {
  return u.lang === 'zh' ? `${head}（${u.label}）` : `${head} (${u.label})`;
}

/** The exact amount to the fen with its unit, for a hover title: "15,035,012.34元". */
export function exactYuan(yuan: Decimal, lang: Lang): string {
  const figure = group(fixed(new Dec(yuan), 2));
  return lang === 'zh' ? `${figure}元` : `${figure} yuan`;
}


/**
 * A rate (0.98996) as a percentage ("98.99%"), `places` decimals, kept on its
 * own side of each threshold as fixedBeside keeps it (98.996% against a 99%
 * target reads "98.996%", never "99.00%"), and of 100% as formatPercent keeps it.
 */
export function formatRate(rate: Decimal, places = 2, thresholds: readonly Decimal[] = []): string {
  const percent = new Dec(rate).times(100);
  return `${group(fixedBeside(percent, places, [...thresholds.map((t) => new Dec(t).times(100)), HUNDRED]))}%`;
}

/**
 * A balance rate (当期结余 ÷ 收入) as a percentage, kept on its side of zero: a
 * deficit of 12.34元 on 40.00万元 of income is -0.003%, never "0.00%" (a
 * balance that is not zero never reads as zero, as its money does).
 */
export function balanceRateText(rate: Decimal): string {
  return formatRate(rate, 2, [new Dec(0)]);
}

/**
 * Money figures a sentence already prints with a unit — sentences built from
 * per-figure units (the report's findings), or a record sentence
 * ("1,380.44万元", "13.8044 million yuan": to the 100 yuan; an alert's is said
 * this way directly by renderMessage's `reader` style). A reader gets the same sentence with all its figures
 * restated in ONE unit (restateMoney, sentenceMoneyUnit: from its smallest
 * non-zero figure, never finer than the largest unit it already prints in).
 * Figures are read back as the exact decimals they print (no float) and
 * rounded once to two decimals of the chosen unit: no figure claims more
 * precision than it was printed with.
 */
const SENTENCE_MONEY: Record<Lang, RegExp> = {
  zh: /(-?[\d,]+(?:\.\d+)?)(万元|亿元)/g,
  en: /(-?[\d,]+(?:\.\d+)?) (thousand|million|billion) yuan/g,
};
const SENTENCE_DIVISOR: Record<string, number> = { 万元: 10_000, 亿元: 100_000_000, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 };
const SENTENCE_UNIT: Record<string, MoneyUnitId> = { 万元: 'wan', 亿元: 'yi', thousand: 'thousand', million: 'million', billion: 'billion' };

export function restateMoney(sentence: string, lang: Lang): string {
  const pattern = SENTENCE_MONEY[lang];
  const yuan = (figure: string, unitText: string): Decimal => new Dec(figure.replace(/,/g, '')).times(SENTENCE_DIVISOR[unitText] ?? 1);
  const found = [...sentence.matchAll(pattern)].filter((m) => !yuan(m[1]!, m[2]!).isZero());
  // A zero has no unit of its own (chooseMoneyUnit's default 万元): it takes the sentence's, 元 where the rest reads in
  // 元 (readsAsZero: 缺口 12.34元，累计结余弥补 0.00元, never 0.00万元 beside it).
  const yuanOnly = found.length === 0 && /\d(元| yuan)/.test(sentence);
  const floor = found.map((m) => moneyUnitById(SENTENCE_UNIT[m[2]!]!, lang)).reduce((a, b) => (a.divisor.gte(b.divisor) ? a : b), UNITS[lang][yuanOnly ? 0 : 1]!);
  const u = yuanOnly ? floor : sentenceMoneyUnit(found.map((m) => yuan(m[1]!, m[2]!)), lang, floor);
  return sentence.replace(pattern, (_all, figure: string, unitText: string) => moneyWithUnit(yuan(figure, unitText), u));
}
