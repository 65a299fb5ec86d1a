// The product's two languages. Chinese is the default and the language of
// the policy documents; English is for readers without Chinese. Region
// names are user data and are shown as loaded, in either language.

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'zh';

/** One text in both languages. */
export interface Label {
  zh: string;
  en: string;
}

/** Both languages of a table of texts; the English side must have every key of the Chinese. */
export interface Bilingual<T> {
  zh: T;
  en: T;
}

/** A table of texts (strings or functions building a sentence) in both languages, checked for matching keys. */
export function texts<T extends Record<string, unknown>>(zh: T, en: { [K in keyof T]: T[K] }): Bilingual<T> {
  return { zh, en };
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** The BCP 47 tag for `<html lang>` and `Intl`. */
export function langTag(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}
