// Money as people read it on a dashboard (万元/亿元), with the exact yuan
// on hover so nobody has to trust a rounded figure.
// English shows million/billion yuan (money.ts), at the same precision.
import { formatAuto, formatYuan, type Decimal } from '../../domain/money';
import { useLang } from '../i18n/LangProvider';

export function Money({ value, missing = '—' }: { value: Decimal | null | undefined; missing?: string }) {
  const lang = useLang();
  if (value === null || value === undefined) return <span className="muted">{missing}</span>;
  return (
    <span className={value.isNegative() ? 'money negative' : 'money'} title={formatYuan(value, lang)}>
      {formatAuto(value, lang)}
    </span>
  );
}
