// Chinese data on the English page (a region's name, a document number):
// marked zh-CN, so that an English screen reader hands it to a Chinese voice
// instead of spelling it out or skipping it. The page's own language (the
// html element's) stays as it is; on the Chinese page nothing is added.
import { useLang } from '../i18n/LangProvider';

const HAN = /\p{Script=Han}/u;
const LATIN = /[A-Za-z]/;

/** Text that is Chinese data: Han characters and no Latin words ("乌兰察布市", not "Select 包头市"). */
export function isChineseData(text: string): boolean {
  return HAN.test(text) && !LATIN.test(text);
}

export function ZhText({ text }: { text: string }) {
  const lang = useLang();
  return lang === 'en' && isChineseData(text) ? <span lang="zh-CN">{text}</span> : <>{text}</>;
}
