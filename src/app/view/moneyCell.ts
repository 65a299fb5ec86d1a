// Money in a table cell: the bare figure in the column's unit, which the
// column head names once (moneyHead). The unit comes from chooseMoneyUnit
// over every value of the column, so a column never mixes 万元 and 亿元.
import type { Lang } from '../../domain/lang';
import type { Decimal } from '../../domain/money';
import { chooseMoneyUnit, headWithUnit, moneyFigure, type MoneyUnit } from '../../domain/moneyUnit';

export function moneyCell(d: Decimal, unit: MoneyUnit): string {
  return moneyFigure(d, unit);
}

/** The unit of one column: from all its values (nulls skipped). */
export function columnUnit(values: Iterable<Decimal | null | undefined>, lang: Lang): MoneyUnit {
  return chooseMoneyUnit(values, lang);
}

/** A column head over moneyCell figures: "差额（万元）", "Difference (million yuan)". */
export function moneyHead(head: string, unit: MoneyUnit): string {
  return headWithUnit(head, unit);
}
