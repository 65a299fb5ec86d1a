// Money as people read it on a dashboard, with the exact yuan on hover so
// nobody has to trust a rounded figure. In a table the column's unit
// (chooseMoneyUnit over the column) is said once in its head and each cell is
// the bare figure; on its own (a KPI) an amount carries its own unit.
import { moneyString, type Decimal } from '../../domain/money';
import { exactYuan, formatMoney, moneyFigure, moneyWithUnitShown, type MoneyUnit } from '../../domain/moneyUnit';
import { useLang } from '../i18n/LangProvider';

interface MoneyProps {
  value: Decimal | null | undefined;
  missing?: string;
  /** The column's unit, named in its head: the cell shows the bare figure. */
  unit?: MoneyUnit;
  /** A test id; the exact figure is in `data-value` for tests to read. */
  testId?: string;
  /** What the hover says instead of the exact yuan. */
  title?: string;
  /**
   * With `unit`, the unit follows the figure: a card, whose figures add up and
   * read in one unit with no head to name it. Said as a sentence says it (a
   * figure that is not zero never reads 0.00 because a larger one set the unit).
   */
  named?: boolean;
}

export function Money({ value, missing = '—', unit, testId, title, named }: MoneyProps) {
  const lang = useLang();
  if (value === null || value === undefined) return <span className="muted">{missing}</span>;
  return (
    <span className={value.isNegative() ? 'money negative' : 'money'} title={title ?? exactYuan(value, lang)} data-testid={testId} data-value={testId === undefined ? undefined : moneyString(value)}>
      {!unit ? formatMoney(value, lang) : named ? <Named text={moneyWithUnitShown(value, unit)} unit={unit} /> : moneyFigure(value, unit)}
    </span>
  );
}

/**
 * A figure and its unit, the unit one piece: a narrow card breaks between
 * them ("882.17 / million yuan"), never inside the unit ("882.17 million / yuan").
 */
function Named({ text, unit }: { text: string; unit: MoneyUnit }) {
  if (!text.endsWith(unit.label)) return <>{text}</>;
  return (
    <>
      {text.slice(0, text.length - unit.label.length)}
      <span className="money-unit">{unit.label}</span>
    </>
  );
}
