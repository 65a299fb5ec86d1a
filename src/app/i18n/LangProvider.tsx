// Which language the page speaks, for every component below it. Changing it
// rewrites the address (replaceState: a language is not a step to go back
// through), remembers the choice and sets <html lang> so fonts and screen
// readers follow, and the window's title, which the browser's tab shows.
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { langTag, texts, type Lang } from '../../domain/lang';
import { LANG_STORAGE_KEY, readLang, withLang } from './langParam';

/** The Chinese title is index.html's. */
const TEXT = texts({ title: 'FundWatch 医保基金风险预警看板' }, { title: 'FundWatch · medical fund risk dashboard' });

interface LangContextValue {
  lang: Lang;
  setLang: (lang: Lang) => void;
}

const LangContext = createContext<LangContextValue | null>(null);

function storedLang(): string | null {
  try {
    return window.localStorage.getItem(LANG_STORAGE_KEY);
  } catch {
    return null;
  }
}

export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => readLang(window.location.search, storedLang()));

  useEffect(() => {
    document.documentElement.lang = langTag(lang);
    document.title = TEXT[lang].title;
  }, [lang]);

  useEffect(() => {
    const onPop = () => setLangState(readLang(window.location.search, storedLang()));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const setLang = useCallback((next: Lang) => {
    try {
      window.localStorage.setItem(LANG_STORAGE_KEY, next);
    } catch {
      // Private modes may refuse storage; the address still carries the choice.
    }
    const search = withLang(window.location.search, next);
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
    setLangState(next);
  }, []);

  return <LangContext.Provider value={{ lang, setLang }}>{children}</LangContext.Provider>;
}

function useLangContext(): LangContextValue {
  const value = useContext(LangContext);
  if (value === null) throw new Error('useLang outside <LangProvider>');
  return value;
}

/** The language on screen. */
export function useLang(): Lang {
  return useLangContext().lang;
}

/** Switches the language of the whole page. */
export function useSetLang(): (lang: Lang) => void {
  return useLangContext().setLang;
}
