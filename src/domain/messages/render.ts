// A message said in the reader's language: the one place a code becomes a
// sentence. Pages, the command line and the report call this; the code that
// finds a problem never does.
import type { Lang } from '../lang';
import type { Catalogue, Message, Say } from './codes';
import { EN } from './en';
import { ZH } from './zh';

const CATALOGUES: Readonly<Record<Lang, Catalogue>> = { zh: ZH, en: EN };

export function renderMessage(message: Message, lang: Lang): string {
  const say: Say = (nested) => renderMessage(nested, lang);
  const sentence = CATALOGUES[lang][message.code] as (params: Message['params'], say: Say) => string;
  return sentence(message.params, say);
}
