// Section numbering of a Chinese government report: 一、二、… and （一）（二）…;
// the English report numbers 1. 2. … and (1) (2) ….
import type { Lang } from '../../domain/lang';
import { esc } from '../html';

const DIGITS = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–99 as a Chinese numeral (十一, 二十, 九十九); other numbers in digits. */
export function numeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const head = tens === 0 ? '' : `${tens === 1 ? '' : DIGITS[tens - 1]}十`;
  return head + (ones === 0 ? '' : (DIGITS[ones - 1] ?? ''));
}

export function sectionOpen(n: number, id: string, title: string, lang: Lang = 'zh'): string {
  const number = lang === 'en' ? `${n}. ` : `${numeral(n)}、`;
  return `<section class="report-section" id="${esc(id)}"><h2>${number}${esc(title)}</h2>`;
}

export function subheading(n: number, title: string, lang: Lang = 'zh'): string {
  return lang === 'en' ? `<h3>(${n}) ${esc(title)}</h3>` : `<h3>（${numeral(n)}）${esc(title)}</h3>`;
}
