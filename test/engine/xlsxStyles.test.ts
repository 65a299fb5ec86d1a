// How a number cell is shown (src/engine/formats/xlsxStyles.ts): the formats
// Excel, WPS (Chinese locale) and LibreOffice write for dates, times and
// percentages, and the number formats that are none of them.
import { describe, expect, it } from 'vitest';
import { formatShown, readNumberStyles } from '../../src/engine/formats/xlsxStyles';
import { excelSerialText } from '../../src/engine/formats/xlsx';

describe('formatShown', () => {
  it('tells dates, times and dates with times, as Excel, WPS and LibreOffice write them', () => {
    const cases: [string, string | null][] = [
      ['yyyy-mm-dd', 'date'],
      ['yyyy/m/d', 'date'],
      ['YYYY-MM-DD', 'date'],
      ['[$-804]yyyy"年"m"月"d"日"', 'date'],
      ['[DBNum1][$-804]yyyy"年"m"月"d"日"', 'date'],
      ['yyyy"年"m"月"', 'date'],
      ['mmm-yy', 'date'],
      ['yyyy-mm-dd hh:mm', 'date_time'],
      ['yyyy/m/d h:mm:ss;@', 'date_time'],
      ['m/d/yy h:mm AM/PM', 'date_time'],
      ['h:mm', 'time'],
      ['[h]:mm:ss', 'time'],
      ['mm:ss', 'time'],
      ['上午/下午h"时"mm"分"', 'time'],
      ['h:mm AM/PM', 'time'],
      ['0%', 'percent'],
      ['0.00%', 'percent'],
      ['#,##0.0%;[Red]-#,##0.0%', 'percent'],
    ];
    for (const [code, shown] of cases) expect(formatShown(code), code).toBe(shown);
  });

  it('takes number, currency and text formats as plain numbers, letters in quotes, escaped, or in brackets too', () => {
    const plain = [
      'General',
      '0.00',
      '#,##0.00',
      '"¥"#,##0.00_);[Red]\\("¥"#,##0.00\\)',
      '[$¥-804]#,##0.00',
      '_-* #,##0.00_-;-* #,##0.00_-;_-* "-"??_-;_-@_-',
      '0.00E+00',
      '#,##0" 元"',
      '0"天"',
      '0\\d',
      '0"%"',
      '0\\%',
      '[Red][<=9999]0;0',
      '@',
      '"TRUE";"TRUE";"FALSE"',
    ];
    for (const code of plain) expect(formatShown(code), code).toBeNull();
  });

  it('tells a number typed in 万 (the format adds the unit) from a yuan amount the format shows in 万 (it moves the point)', () => {
    for (const code of ['#,##0.00"万元"', '0.00"万"', '#,##0.00 "万元";[Red]-#,##0.00 "万元"', '0.00\\万', '"¥"#,##0.00"万元"']) expect(formatShown(code), code).toBe('wan');
    // 0!.0000"万" shows 603160.59 as 60.3161万: the number is yuan.
    for (const code of ['0!.0000"万"', '0\\.0000"万元"', '#,##0.00"元"', '0"万人次"!.0']) expect(formatShown(code), code).not.toBe('wan');
  });
});

describe('readNumberStyles', () => {
  it('reads each cell style of cellXfs by its built-in or custom format, not the cell style sheet (cellStyleXfs)', () => {
    const xml = `<styleSheet>
      <numFmts count="3"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="177" formatCode="#,##0.00"/><numFmt numFmtId="14" formatCode="0.00"/></numFmts>
      <cellStyleXfs count="2"><xf numFmtId="0"/><xf numFmtId="22"/></cellStyleXfs>
      <cellXfs count="9"><xf numFmtId="0"/><xf numFmtId="176"/><xf numFmtId="177"/><xf numFmtId="10"/><xf numFmtId="22"/><xf numFmtId="31"/><xf numFmtId="20"/><xf numFmtId="14"/><xf/></cellXfs>
      <cellStyles><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
    // A workbook that writes a code under a built-in id (14 here) is read by its code.
    expect(readNumberStyles(xml)).toEqual([undefined, 'date', undefined, 'percent', 'date_time', 'date', 'time', undefined, undefined]);
    expect(readNumberStyles('')).toEqual([]);
  });
});

describe('excelSerialText', () => {
  it('writes a serial as the date, date and time, or time its format shows', () => {
    expect(excelSerialText('45657', 'date')).toBe('2024-12-31');
    expect(excelSerialText('45657.75', 'date')).toBe('2024-12-31');
    expect(excelSerialText('45657.354166666664', 'date_time')).toBe('2024-12-31 08:30');
    expect(excelSerialText('45657.35417824074', 'date_time')).toBe('2024-12-31 08:30:01');
    // Rounded to the second as Excel shows it: into the next day.
    expect(excelSerialText('45657.999999999', 'date_time')).toBe('2025-01-01 00:00');
    expect(excelSerialText('0.5', 'time')).toBe('12:00');
    expect(excelSerialText('45657.5', 'time')).toBe('12:00');
    expect(excelSerialText('44195', 'date', true)).toBe('2024-12-31');
    expect(excelSerialText('44195.25', 'date_time', true)).toBe('2024-12-31 06:00');
    // No such day: the number stays.
    expect(excelSerialText('60', 'date')).toBeNull();
    expect(excelSerialText('99999999', 'date_time')).toBeNull();
    expect(excelSerialText('-1', 'date_time')).toBeNull();
    expect(excelSerialText('0.05', 'percent')).toBeNull();
  });
});
