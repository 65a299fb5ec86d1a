// The language rides in the address bar as `lang=en` (Chinese, the default,
// writes nothing), so a copied link opens in the language it was copied in.
// Without it, the reader's last choice (localStorage) or Chinese applies.
import { DEFAULT_LANG, isLang, type Lang } from '../../domain/lang';

export const LANG_PARAM = 'lang';
export const LANG_STORAGE_KEY = 'fundwatch.lang';

/** The address's language, else the stored one, else Chinese. */
export function readLang(search: string, stored: string | null): Lang {
  const fromUrl = new URLSearchParams(search).get(LANG_PARAM);
  if (isLang(fromUrl)) return fromUrl;
  return isLang(stored) ? stored : DEFAULT_LANG;
}

/** `search` with the language parameter set for `lang` (removed for the default). */
export function withLang(search: string, lang: Lang): string {
  const params = new URLSearchParams(search);
  params.delete(LANG_PARAM);
  if (lang !== DEFAULT_LANG) params.set(LANG_PARAM, lang);
  const text = params.toString();
  return text ? `?${text}` : '';
}
