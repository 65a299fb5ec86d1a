// 中文 | English in the header. Switching changes only the words on screen:
// the data, the analysis and the view (quarter, region, fund, page,
// filters) stay as they are, and the address keeps them (LangProvider).
import { LANGS, type Lang } from '../../domain/lang';
import { useLang, useSetLang } from '../i18n/LangProvider';
import '../lang.css';

/** Each language names itself, so a reader who cannot read the other one still finds theirs. */
const LANG_NAME: Record<Lang, string> = { zh: '中文', en: 'English' };

export function LangSwitch() {
  const lang = useLang();
  const setLang = useSetLang();
  return (
    <div className="lang-switch" role="group" aria-label="语言/Language" data-testid="lang-switch">
      {LANGS.map((l) => (
        <button
          key={l}
          type="button"
          lang={l === 'zh' ? 'zh-CN' : 'en'}
          aria-pressed={l === lang}
          data-lang={l}
          onClick={() => {
            if (l !== lang) setLang(l);
          }}
        >
          {LANG_NAME[l]}
        </button>
      ))}
    </div>
  );
}
