// Money as people read it on a dashboard (万元/亿元), with the exact yuan
// on hover so nobody has to trust a rounded figure.
// English shows million/billion yuan (money.ts), at the same precision.
import { formatAuto, formatYuan, type Decimal } from '../../domain/money';
import { useLang } from '../i18n/LangProvider';
import { moneyCell } from '../view/moneyCell';

interface MoneyProps {
  value: Decimal | null | undefined;
  missing?: string;
  /** In a table whose heading says "in million yuan": English cells give the bare figure (moneyCell); Chinese ones are as ever. */
  unitInHeading?: boolean;
}

export function Money({ value, missing = '—', unitInHeading = false }: MoneyProps) {
  const lang = useLang();
  if (value === null || value === undefined) return <span className="muted">{missing}</span>;
  return (
    <span className={value.isNegative() ? 'money negative' : 'money'} title={formatYuan(value, lang)}>
      {unitInHeading && lang === 'en' ? moneyCell(value, lang) : formatAuto(value, lang)}
    </span>
  );
}
