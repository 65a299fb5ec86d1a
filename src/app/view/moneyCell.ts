// Money in a table cell: the bare figure in the column's unit, which the
// column head names once (moneyHead). The unit comes from the table's rule
// (view/table.ts screenMoney → domain tableMoneyUnits: the body rows choose,
// the total row reads in it), so a column never mixes 万元 and 亿元.
import { headWithUnit, moneyFigure, type MoneyUnit } from '../../domain/moneyUnit';
import type { Decimal } from '../../domain/money';

export function moneyCell(d: Decimal, unit: MoneyUnit): string {
  return moneyFigure(d, unit);
}

/** A column head over moneyCell figures: "差额（万元）", "Difference (million yuan)". */
export function moneyHead(head: string, unit: MoneyUnit): string {
  return headWithUnit(head, unit);
}
