import { SEVERITY_LABEL } from '../../domain/labels';
import { texts } from '../../domain/lang';
import type { Severity } from '../../domain/types';
import { useLang } from '../i18n/LangProvider';

const TEXT = texts({ normal: '正常' }, { normal: 'Normal' });

/** A severity as a coloured chip; `null` is the normal state. */
export function SeverityChip({ severity, normal }: { severity: Severity | null; normal?: string }) {
  const lang = useLang();
  return (
    <span className={`chip chip-${severity ?? 'normal'}`}>
      {severity === null ? (normal ?? TEXT[lang].normal) : SEVERITY_LABEL[severity][lang]}
    </span>
  );
}
