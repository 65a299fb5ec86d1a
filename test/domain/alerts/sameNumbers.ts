// The figures of an alert sentence, in reading order, as exact values: a
// Chinese 万元 amount divided by 100 is the English million-yuan amount.
// Used to check that an English sentence states the same numbers as the
// Chinese one without restating either.
import { Dec } from '../../../src/domain/money';

const NUMBER = /-?\d[\d,]*(?:\.\d+)?/g;

function figures(text: string, wanToMillion: boolean): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(NUMBER)) {
    let d = new Dec(m[0].replace(/,/g, ''));
    if (wanToMillion && text.startsWith('万元', (m.index ?? 0) + m[0].length)) d = d.div(100);
    out.push(d.toString());
  }
  return out;
}

/** Figures of the Chinese sentence, 万元 turned into million yuan. */
export function chineseFigures(zh: string): string[] {
  return figures(zh, true);
}

export function englishFigures(en: string): string[] {
  return figures(en, false);
}

/** Any CJK ideograph or CJK punctuation (，（）：；、 and the like). */
export const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
