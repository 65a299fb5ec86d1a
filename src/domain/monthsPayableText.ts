// How months payable (累计结余可支付月数) reads. Below zero the formula's
// figure is no number of months: the accumulated balance itself is negative,
// so the fund is overdrawn and pays no month at all. "−0.60 个月" reads as
// nonsense to an official, so every place that shows the figure says 已透支
// instead and keeps the computed figure at hand (a hover title, small text, or
// in brackets where nothing can hover: a sentence, the report, the terminal).
// Computations, bands (below zero is still in the red band) and
// `analyze --json` keep the number.
import { texts, type Lang } from './lang';
import { Dec, fixed, fixedWhere, type Decimal } from './money';

/** Whether a rounded figure reads in the band of the figure itself (severity.ts inBandOf). */
export type InBand = (shown: Decimal) => boolean;

/** How a figure of months is worded: "7.17 个月", "7.2 mo". */
export type MonthsWord = (figure: string) => string;

const TEXT = texts(
  {
    months: ((figure) => `${figure} 个月`) as MonthsWord,
    overdrawn: '已透支',
    computed: (figure: string) => `计算值 ${figure}`,
    inFull: (overdrawn: string, computed: string) => `${overdrawn}（${computed}）`,
  },
  {
    months: ((figure) => `${figure} months`) as MonthsWord,
    overdrawn: 'overdrawn',
    computed: (figure: string) => `computed ${figure}`,
    inFull: (overdrawn: string, computed: string) => `${overdrawn} (${computed})`,
  },
);

/** The balance is below zero: the figure is below zero however it rounds. */
export function isOverdrawn(months: Decimal): boolean {
  return new Dec(months).isNegative() && !new Dec(months).isZero();
}

/**
 * The figure as the formula gives it, with its unit ("-0.60 个月"): beside 已透支, or the reading of any other figure.
 * `inBand` (severity.ts inBandOf): more places where `places` would read in another band — 5.96 beside an
 * orange mark (below 6) reads 5.96, never 6.0 — as rates keep their side of a limit (formatRate).
 */
export function monthsPayableFigure(months: Decimal, lang: Lang, places = 2, word: MonthsWord = TEXT[lang].months, inBand?: InBand): string {
  // Overdrawn by a few yuan (东莞市's -12.34元 against 3.33万元 a month: -0.00037): "已透支（计算值 0.00）" read as
  // no figure below zero; more places until it shows its sign.
  if (isOverdrawn(months)) return word(fixedWhere(new Dec(months), places, isOverdrawn));
  return word(inBand ? fixedWhere(new Dec(months), places, inBand) : fixed(new Dec(months), places));
}

/** What the reader sees: "7.17 个月", or 已透支 / overdrawn with the figure to show beside it (`monthsPayableNote`). */
export function monthsPayableText(months: Decimal, lang: Lang, places = 2, word: MonthsWord = TEXT[lang].months, inBand?: InBand): string {
  return isOverdrawn(months) ? TEXT[lang].overdrawn : monthsPayableFigure(months, lang, places, word, inBand);
}

/** Beside 已透支 (a hover title, small text): "计算值 -0.60 个月"; null for any other figure, which says itself. */
export function monthsPayableNote(months: Decimal, lang: Lang, places = 2, word: MonthsWord = TEXT[lang].months): string | null {
  return isOverdrawn(months) ? TEXT[lang].computed(monthsPayableFigure(months, lang, places, word)) : null;
}

/** Where nothing can hover (a sentence, the report, the terminal): "已透支（计算值 -0.60 个月）", else "7.17 个月". */
export function monthsPayableInFull(months: Decimal, lang: Lang, places = 2, word: MonthsWord = TEXT[lang].months, inBand?: InBand): string {
  return overdrawnInFull(months, monthsPayableFigure(months, lang, places, word, inBand), lang);
}

/**
 * `shown`, the figure as a sentence already words it ("-0.60 个月"), as a reader reads it: 已透支（计算值 -0.60 个月） below zero.
 * A figure that rounded to 0.00 (-0.0004: its sign gone) gets the places that show the sign, as monthsPayableFigure does.
 */
export function overdrawnInFull(months: Decimal, shown: string, lang: Lang): string {
  if (!isOverdrawn(months)) return shown;
  const figure = shown.replace(/^[\d.]+/, (f) => fixedWhere(new Dec(months), f.split('.')[1]?.length ?? 0, isOverdrawn));
  return TEXT[lang].inFull(TEXT[lang].overdrawn, TEXT[lang].computed(figure));
}
