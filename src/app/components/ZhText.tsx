// Chinese data on the English page (a region's name, a document number):
// marked zh-CN, so that an English screen reader hands it to a Chinese voice
// instead of spelling it out or skipping it. The page's own language (the
// html element's) stays as it is; on the Chinese page nothing is added.
import type { ReactNode } from 'react';
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

/**
 * A run of Chinese inside an English sentence: Han characters with the marks and figures between
 * them (内财社〔2024〕261号, 乌兰察布市 › 集宁区), starting and ending on a Han character or bracket.
 */
const CHINESE_RUN = /[\p{Script=Han}〔（《][\p{Script=Han}〔〕（）《》、·0-9 ›]*[\p{Script=Han}〕）》]|\p{Script=Han}/gu;

/**
 * An English sentence that quotes Chinese data (an alert's explanation: "乌兰察布市 medical assistance fund
 * …", a card's "Regions under 内蒙古自治区"): each Chinese run marked zh-CN, the rest as it is. On the
 * Chinese page the text as it is.
 */
export function ZhRuns({ text }: { text: string }) {
  const lang = useLang();
  if (lang !== 'en' || !HAN.test(text)) return <>{text}</>;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const run of text.matchAll(CHINESE_RUN)) {
    const start = run.index ?? 0;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <span key={start} lang="zh-CN">
        {run[0]}
      </span>,
    );
    at = start + run[0].length;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
