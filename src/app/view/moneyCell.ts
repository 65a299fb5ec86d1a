// Money in a table cell: the bare figure in the column's unit, which the
// column head names once (moneyHead). The unit comes from the table's rule
// (view/table.ts screenMoney → domain tableMoneyUnits: the body rows choose,
// the total row reads in it), so a column never mixes 万元 and 亿元.
import { headWithUnit, moneyFigure, type MoneyUnit } from '../../domain/moneyUnit';
import type { Decimal } from '../../domain/money';
import type { Lang } from '../../domain/lang';

export function moneyCell(d: Decimal, unit: MoneyUnit): string {
  return moneyFigure(d, unit);
}

/** A column head over moneyCell figures: "差额（万元）", "Difference (million yuan)". */
export function moneyHead(head: string, unit: MoneyUnit): string {
  return headWithUnit(head, unit);
}

/**
 * The head of a column exact to the fen (a 元 column beside the page's 万元): it says so, so that
 * 1,234,567.89 under it is never read as a rounded figure in another unit.
 */
export function exactHead(head: string, lang: Lang): string {
  return lang === 'zh' ? `${head}（元，精确到分）` : `${head} (yuan, to the fen)`;
}
