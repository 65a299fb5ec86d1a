// The report's table(): one unit for the table's money (a column, or a group
// of columns that add up — a head cell's unitGroup — keeps its own only where
// its money would read 0.00–0.09 in it), from the same chooser as the app.
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/domain/money';
import { table, tablesTogether } from '../../src/report/html';
import { ROUNDED_PARTS_NOTE } from '../../src/domain/moneyUnit';

const money = (yuan: string) => ({ text: '—', money: new Dec(yuan), num: true });
const heads = (html: string): string[] => [...html.matchAll(/<th[^>]*>([^<]*)<\/th>/g)].map((m) => m[1]!);
const cells = (html: string): string[] => [...html.matchAll(/<td[^>]*>([^<]*)<\/td>/g)].map((m) => m[1]!);

describe('report table(): money units', () => {
  // Due 387,600.40 − paid 380,000.00 = 7,600.40; an accumulated balance of 200,000,000.00 elsewhere in the row, not part of the sum.
  const rows = [{ cells: ['东城区', money('387600.40'), money('380000.00'), money('7600.40'), money('200000000.00')] }];

  it('every money column reads in the table\'s one unit, a group\'s too; the accumulated balance beside them in it', () => {
    const html = table({
      lang: 'zh',
      head: ['地区', { text: '应资助', unitGroup: 'due' }, { text: '实际资助', unitGroup: 'due' }, { text: '差额', unitGroup: 'due' }, '累计结余'],
      rows,
    });
    // 200,000,000.00 chose 亿元, where 7,600.40 reads 0.000076: the table steps down to 万元 (20,000.00 has five
    // integer digits there). Per column the balance read 2.00亿元 beside 万元.
    expect(heads(html)).toEqual(['地区', '应资助（万元）', '实际资助（万元）', '差额（万元）', '累计结余（万元）']);
    expect(cells(html)).toEqual(['东城区', '38.76', '38.00', '0.76', '20,000.00']);
    expect(html).not.toContain('unitGroup');
    // 38.76004 and 0.76004 万元 are rounded: the parts may miss their total in the last digit, and the table says so.
    expect(html).toContain(`<p class="note">${ROUNDED_PARTS_NOTE.zh}</p>`);
  });

  it('without a group the columns share the table\'s unit too (7,600.40 reads 0.76万元, no longer 元 of its own)', () => {
    const html = table({ lang: 'zh', head: ['地区', '应资助', '实际资助', '差额', '累计结余'], rows });
    expect(heads(html)).toEqual(['地区', '应资助（万元）', '实际资助（万元）', '差额（万元）', '累计结余（万元）']);
    expect(cells(html)).toEqual(['东城区', '38.76', '38.00', '0.76', '20,000.00']);
    // English: thousand yuan (200,000.00 has six integer digits), 7.60 for the difference.
    const en = table({ lang: 'en', head: ['Region', 'Due', 'Paid', 'Difference', 'Accumulated'], rows });
    expect(heads(en)).toEqual(['Region', 'Due (thousand yuan)', 'Paid (thousand yuan)', 'Difference (thousand yuan)', 'Accumulated (thousand yuan)']);
    expect(cells(en)).toEqual(['东城区', '387.60', '380.00', '7.60', '200,000.00']);
    // No columns that add up: no note, however the figures round.
    expect(html).not.toContain('class="note"');
  });

  it('a column whose money would read 0.00–0.09 in the table\'s unit keeps its own (a difference of 20 yuan beside 1,234,567,890.00)', () => {
    const html = table({ lang: 'zh', head: ['地区', '累计结余', '差额'], rows: [{ cells: ['东城区', money('1234567890.00'), money('20.00')] }] });
    // 12.35亿元 is 123,456.79万元 (six digits) but 1,234,567,890.00元 is ten: the table reads 万元, 20 yuan keeps 元.
    expect(heads(html)).toEqual(['地区', '累计结余（万元）', '差额（元）']);
    expect(cells(html)).toEqual(['东城区', '123,456.79', '20.00']);
  });

  it('a group whose figures are exact at two decimals in its unit has no note; another note stays first', () => {
    const exact = [{ cells: ['东城区', money('380000.00'), money('370000.00'), money('10000.00')] }];
    const head = ['地区', { text: '应资助', unitGroup: 'due' }, { text: '实际资助', unitGroup: 'due' }, { text: '差额', unitGroup: 'due' }];
    expect(table({ lang: 'zh', head, rows: exact, note: '说明' })).toContain('<p class="note">说明</p>');
    const rounded = [{ cells: ['东城区', money('380000.01'), money('370000.00'), money('10000.01')] }];
    expect(table({ lang: 'en', head, rows: rounded, note: 'Source' })).toContain(`<p class="note">Source ${ROUNDED_PARTS_NOTE.en}</p>`);
  });

  describe('a total row (合计): the other rows choose the unit, the total reads in it', () => {
    const head = ['地区', { text: '测算应资助', unitGroup: 'due' }, { text: '实际资助', unitGroup: 'due' }];
    // Cities 8,611,700.00 / 8,587,500.00 and 898,500.00 / 897,500.00; the province 136,859,800.00 / 136,432,500.00 (1.37亿).
    const cities = [
      { cells: ['呼和浩特市', money('8611700.00'), money('8587500.00')] },
      { cells: ['乌海市', money('898500.00'), money('897500.00')] },
    ];
    const province = { total: true, cells: ['内蒙古自治区合计', money('136859800.00'), money('136432500.00')] };

    it('cities read 861.17 and 89.85 万元, the province 13,685.98 万元 (not 0.09 / 0.01 / 1.37 亿元); the row has class total', () => {
      const html = table({ lang: 'zh', head, rows: [...cities, province] });
      expect(heads(html)).toEqual(['地区', '测算应资助（万元）', '实际资助（万元）']);
      expect(cells(html)).toEqual(['呼和浩特市', '861.17', '858.75', '乌海市', '89.85', '89.75', '内蒙古自治区合计', '13,685.98', '13,643.25']);
      expect(html).toContain('<tr class="total"><td>内蒙古自治区合计</td>');
      // Every figure, the total's too, exact at two decimals in 万元: no note.
      expect(html).not.toContain('class="note"');
    });

    it('a table of its total alone reads in the total\'s unit; a total row keeps its own class beside total', () => {
      const html = table({ lang: 'zh', head, rows: [{ ...province, cls: 'red' }] });
      expect(heads(html)).toEqual(['地区', '测算应资助（亿元）', '实际资助（亿元）']);
      expect(cells(html)).toEqual(['内蒙古自治区合计', '1.37', '1.36']);
      expect(html).toContain('<tr class="total red">');
    });

    it('a total that reads rounded in the cities\' unit brings the note', () => {
      const rounded = { total: true, cells: ['内蒙古自治区合计', money('136859801.00'), money('136432500.00')] };
      const html = table({ lang: 'zh', head, rows: [...cities, rounded] });
      expect(cells(html).slice(-3)).toEqual(['内蒙古自治区合计', '13,685.98', '13,643.25']);
      expect(html).toContain(`<p class="note">${ROUNDED_PARTS_NOTE.zh}</p>`);
    });
  });

  it('tables read together share one unit; a group name belongs to its own table', () => {
    // By item: 1,500,000,000.00 and its total 2,000,000,000.00 (billion on its own); by region 1,950,000,000.00
    // and 50,000,000.00 (0.05 billion: million). Each table's group 'g' is its own.
    const [items, regions] = tablesTogether([
      { lang: 'en', head: ['Item', { text: 'YTD', unitGroup: 'g' }], rows: [{ cells: ['Inpatient', money('1500000000.00')] }, { total: true, cells: ['Total', money('2000000000.00')] }] },
      { lang: 'en', head: ['Region', { text: 'YTD', unitGroup: 'g' }], rows: [{ cells: ['A', money('1950000000.00')] }, { cells: ['B', money('50000000.00')] }] },
    ]);
    expect(heads(items!)).toEqual(['Item', 'YTD (million yuan)']);
    expect(cells(items!)).toEqual(['Inpatient', '1,500.00', 'Total', '2,000.00']);
    expect(heads(regions!)).toEqual(['Region', 'YTD (million yuan)']);
    expect(cells(regions!)).toEqual(['A', '1,950.00', 'B', '50.00']);
    // Alone, the breakdown reads billion.
    expect(heads(table({ lang: 'en', head: ['Item', 'YTD'], rows: [{ cells: ['Inpatient', money('1500000000.00')] }] }))).toEqual(['Item', 'YTD (billion yuan)']);
  });
});
