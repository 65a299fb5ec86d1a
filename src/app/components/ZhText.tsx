// Chinese data on the English page (a region's name, a document number):
// marked zh-CN, so that an English screen reader hands it to a Chinese voice
// instead of spelling it out or skipping it. The page's own language (the
// html element's) stays as it is; on the Chinese page nothing is added.
import type { Lang } from '../../domain/lang';
import { useLang } from '../i18n/LangProvider';

const HAN = /\p{Script=Han}/u;
const LATIN = /[A-Za-z]/;

/** Text that is Chinese data: Han characters and no Latin words ("乌兰察布市", not "Select 包头市"). */
export function isChineseData(text: string): boolean {
  return HAN.test(text) && !LATIN.test(text);
}

/** The lang attribute for `text` on a page in `lang`: zh-CN for Chinese data on the English page, else none. */
export function zhLangOf(text: unknown, lang: Lang): 'zh-CN' | undefined {
  return lang === 'en' && typeof text === 'string' && isChineseData(text) ? 'zh-CN' : undefined;
}

export function ZhText({ text }: { text: string }) {
  const lang = zhLangOf(text, useLang());
  return lang ? <span lang={lang}>{text}</span> : <>{text}</>;
}
