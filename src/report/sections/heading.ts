// Section numbering of a Chinese government report: 一、二、… and （一）（二）….
import { esc } from '../html';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

export function numeral(n: number): string {
  return NUMERALS[n - 1] ?? String(n);
}

export function sectionOpen(n: number, id: string, title: string): string {
  return `<section class="report-section" id="${esc(id)}"><h2>${numeral(n)}、${esc(title)}</h2>`;
}

export function subheading(n: number, title: string): string {
  return `<h3>（${numeral(n)}）${esc(title)}</h3>`;
}
