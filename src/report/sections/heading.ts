// Section numbering of a Chinese government report: 一、二、… and （一）（二）…;
// the English report numbers 1. 2. … and (1) (2) ….
import type { Lang } from '../../domain/lang';
import { esc } from '../html';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

export function numeral(n: number): string {
  return NUMERALS[n - 1] ?? String(n);
}

export function sectionOpen(n: number, id: string, title: string, lang: Lang = 'zh'): string {
  const number = lang === 'en' ? `${n}. ` : `${numeral(n)}、`;
  return `<section class="report-section" id="${esc(id)}"><h2>${number}${esc(title)}</h2>`;
}

export function subheading(n: number, title: string, lang: Lang = 'zh'): string {
  return lang === 'en' ? `<h3>(${n}) ${esc(title)}</h3>` : `<h3>（${numeral(n)}）${esc(title)}</h3>`;
}
