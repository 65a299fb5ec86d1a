// The report's table(): one unit per money column, or per group of columns
// that add up (a head cell's unitGroup), from the same chooser as the app.
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/domain/money';
import { table } from '../../src/report/html';

const money = (yuan: string) => ({ text: '—', money: new Dec(yuan), num: true });
const heads = (html: string): string[] => [...html.matchAll(/<th[^>]*>([^<]*)<\/th>/g)].map((m) => m[1]!);
const cells = (html: string): string[] => [...html.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1]!);

describe('report table(): money units', () => {
  // Due 380,760.00 − paid 380,000.00 = 760.00; an accumulated balance of 200,000,000.00 elsewhere in the row, not part of the sum.
  const rows = [{ cells: ['东城区', money('380760.00'), money('380000.00'), money('760.00'), money('200000000.00')] }];

  it('columns of one group read in the unit of the group\'s largest figure; a column outside it in its own', () => {
    const html = table({
      lang: 'zh',
      head: ['地区', { text: '应资助', unitGroup: 'due' }, { text: '实际资助', unitGroup: 'due' }, { text: '差额', unitGroup: 'due' }, '累计结余'],
      rows,
    });
    expect(heads(html)).toEqual(['地区', '应资助（万元）', '实际资助（万元）', '差额（万元）', '累计结余（亿元）']);
    expect(cells(html)).toEqual(['东城区', '38.08', '38.00', '0.08', '2.00']);
    expect(html).not.toContain('unitGroup');
  });

  it('without a group each column chooses its own unit (760.00 alone reads in 元)', () => {
    const html = table({ lang: 'zh', head: ['地区', '应资助', '实际资助', '差额', '累计结余'], rows });
    expect(heads(html)).toEqual(['地区', '应资助（万元）', '实际资助（万元）', '差额（元）', '累计结余（亿元）']);
    expect(cells(html)).toEqual(['东城区', '38.08', '38.00', '760.00', '2.00']);
  });
});
