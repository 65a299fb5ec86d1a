// Row lists in notices (合计, 小计, sign-off, hidden rows): a form with a 小计
// row after each city listed every one of its 100+ rows in one line
// (第5、17、29、…、1721行). Now consecutive rows read as a range and a long
// list stops after ten items with how many rows there are in all.
import { describe, expect, it } from 'vitest';
import { message } from '../../../src/domain/messages/codes';
import { renderMessage } from '../../../src/domain/messages/render';
import { rowList, rowsEn, rowsZh } from '../../../src/domain/messages/rowList';

describe('rowList: the rows a notice lists', () => {
  it('groups consecutive rows into runs, in order, a row given twice once', () => {
    expect(rowList([9, 3, 4, 5, 5, 12])).toEqual({ runs: [[3, 5], [9, 9], [12, 12]], count: 5 });
    expect(rowList([])).toEqual({ runs: [], count: 0 });
  });

  it('keeps ten runs and counts every row', () => {
    // 144 rows, one every 12 rows from row 5: ten runs kept, 144 counted.
    const rows = Array.from({ length: 144 }, (_, i) => 5 + 12 * i);
    const list = rowList(rows);
    expect(list.runs).toEqual([5, 17, 29, 41, 53, 65, 77, 89, 101, 113].map((r) => [r, r]));
    expect(list.count).toBe(144);
  });

  it('a run that goes on past the tenth is kept whole', () => {
    const rows = [...Array.from({ length: 9 }, (_, i) => 2 * i + 1), 30, 31, 32, 33, 40];
    expect(rowList(rows).runs.at(-1)).toEqual([30, 33]);
    expect(rowList(rows).count).toBe(14);
  });
});

describe('row lists in Chinese and English', () => {
  it('one row, a range, rows and ranges', () => {
    expect(rowsZh(rowList([43]))).toBe('第43行');
    expect(rowsEn(rowList([43]))).toEqual({ text: 'row 43', plural: false });
    expect(rowsZh(rowList([3, 4, 5]))).toBe('第3–5行');
    expect(rowsEn(rowList([3, 4, 5]))).toEqual({ text: 'rows 3–5', plural: true });
    expect(rowsZh(rowList([27, 39]))).toBe('第27、39行');
    expect(rowsEn(rowList([27, 39])).text).toBe('rows 27, 39');
    expect(rowsZh(rowList([3, 4, 5, 9, 20, 21]))).toBe('第3–5、9、20–21行');
    expect(rowsEn(rowList([3, 4, 5, 9, 20, 21])).text).toBe('rows 3–5, 9, 20–21');
  });

  it('a long list: ten items, then how many rows in all', () => {
    const list = rowList(Array.from({ length: 144 }, (_, i) => 5 + 12 * i));
    expect(rowsZh(list)).toBe('第5、17、29、41、53、65、77、89、101、113、…等 144 行');
    expect(rowsEn(list)).toEqual({ text: 'rows 5, 17, 29, 41, 53, 65, 77, 89, 101, 113, … (144 rows)', plural: true });
    // Thousands grouped as every count is.
    const many = rowList(Array.from({ length: 2000 }, (_, i) => 2 + 2 * i));
    expect(rowsZh(many)).toMatch(/、…等 2,000 行$/);
    expect(rowsEn(many).text).toMatch(/, … \(2,000 rows\)$/);
  });

  it('exactly ten items are all listed, without "…"', () => {
    const list = rowList([1, 3, 5, 7, 9, 11, 13, 15, 17, 19]);
    expect(rowsZh(list)).toBe('第1、3、5、7、9、11、13、15、17、19行');
    expect(rowsEn(list).text).toBe('rows 1, 3, 5, 7, 9, 11, 13, 15, 17, 19');
  });
});

describe('the notices that list rows', () => {
  const many = rowList(Array.from({ length: 144 }, (_, i) => 5 + 12 * i));
  const first = '5、17、29、41、53、65、77、89、101、113';

  it('小计 rows', () => {
    expect(renderMessage(message('header.subtotal_rows', { rows: many }), 'zh')).toBe(
      `第${first}、…等 144 行是小计行：不作为数据载入，已与上方自上一小计或合计行起各行之和核对`,
    );
    expect(renderMessage(message('header.subtotal_rows', { rows: many }), 'en')).toBe(
      'Rows 5, 17, 29, 41, 53, 65, 77, 89, 101, 113, … (144 rows) are subtotal rows: not loaded as data, each checked against the sum of the rows above it since the previous subtotal or total row',
    );
    expect(renderMessage(message('header.subtotal_rows', { rows: rowList([27]) }), 'en')).toMatch(/^Row 27 is a subtotal row: /);
  });

  it('合计 rows: two of them read as two in English (was "Row 20, 43 is a total row")', () => {
    expect(renderMessage(message('header.total_rows', { rows: rowList([20, 43]) }), 'zh')).toBe('第20、43行是合计行：不作为数据载入，已与上方各行之和核对');
    expect(renderMessage(message('header.total_rows', { rows: rowList([20, 43]) }), 'en')).toBe(
      'Rows 20, 43 are total rows: not loaded as data, checked against the sum of the rows above it',
    );
    expect(renderMessage(message('header.total_rows', { rows: rowList([43]) }), 'en')).toMatch(/^Row 43 is a total row: /);
  });

  it('sign-off lines and hidden rows', () => {
    expect(renderMessage(message('header.sign_off_rows', { rows: rowList([42, 43, 44]) }), 'zh')).toBe('第42–44行是表格下方的填报人、审核人、日期或注释行：不作为数据载入');
    expect(renderMessage(message('header.sign_off_rows', { rows: rowList([42, 43, 44]) }), 'en')).toMatch(/^Rows 42–44 are sign-off or note lines below the table/);
    const hidden = rowList([...Array.from({ length: 500 }, (_, i) => 4 + i), 600]);
    expect(renderMessage(message('sheet.hidden_rows', { rows: hidden }), 'zh')).toBe('有 501 行在 Excel 中隐藏（或被筛选掉），已照常读取：第4–503、600行');
    expect(renderMessage(message('sheet.hidden_rows', { rows: hidden }), 'en')).toBe('501 rows hidden in Excel (or filtered out) were read as usual: rows 4–503, 600');
  });
});
