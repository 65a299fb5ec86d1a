// A change in yuan (a scenario against the baseline): "+" on a rise, coloured
// by its direction, in its column's unit; the exact change on hover.
import type { Decimal } from '../../domain/money';
import { exactYuan, type MoneyUnit } from '../../domain/moneyUnit';
import { useLang } from '../i18n/LangProvider';
import { moneyCell } from '../view/moneyCell';

/** A change in yuan: "+" on a rise, coloured, in the column's unit; the exact change on hover. */
export function MoneyChange({ value, unit }: { value: Decimal; unit: MoneyUnit }) {
  const lang = useLang();
  const cls = value.isZero() ? 'diff' : value.isNegative() ? 'diff diff-down' : 'diff diff-up';
  const sign = value.gt(0) ? '+' : '';
  return (
    <span className={cls} title={`${sign}${exactYuan(value, lang)}`}>
      {sign}
      {moneyCell(value, unit)}
    </span>
  );
}

