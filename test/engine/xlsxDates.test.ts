// Found by the sweep of unseen input: a date typed into a cell (2024-12-31,
// 2024/10/1) is stored by Excel and WPS as a serial number with a date
// format, and was read as "45657", a number nobody typed: loaded as the
// text "45657" in a name, refused as "45657" in a quarter, and taken as
// 45,657 yuan in an amount. Now a text column gets the date as the user
// sees it, and any other column refuses it as the date it is; a cell shown
// as 5% is refused in an amount, never read as 0.05 yuan. Workbooks as
// Excel/WPS and LibreOffice write them (styles, inline strings, formula
// strings, ISO date cells, error cells) are built here byte by byte.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../src/engine/formats/xlsx';
import { loadDataset } from '../../src/engine/ingest/load';
import { formatProblem } from '../../src/engine/ingest/problems';
import { csv, tinyWith, useEngine } from './harness';

/** Cell styles of the workbooks below, by index: how Chinese Excel and WPS format what was typed. */
const STYLE = {
  general: 0,
  date: 1, // built-in 14 (yyyy/m/d in a Chinese locale)
  chineseDate: 2, // custom yyyy"年"m"月"d"日"
  dateTime: 3, // custom yyyy-mm-dd hh:mm
  thousands: 4, // built-in 4, #,##0.00
  yuan: 5, // custom currency "¥"#,##0.00
  percent: 6, // built-in 10, 0.00%
  time: 7, // built-in 20, h:mm
} as const;

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="3"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="177" formatCode="yyyy\\-mm\\-dd\\ hh:mm"/><numFmt numFmtId="178" formatCode="&quot;¥&quot;#,##0.00_);[Red]\\(&quot;¥&quot;#,##0.00\\)"/></numFmts>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0"/></cellStyleXfs>
<cellXfs count="8"><xf numFmtId="0" xfId="0"/><xf numFmtId="14" xfId="0" applyNumberFormat="1"/><xf numFmtId="176" xfId="0" applyNumberFormat="1"/><xf numFmtId="177" xfId="0" applyNumberFormat="1"/><xf numFmtId="4" xfId="0" applyNumberFormat="1"/><xf numFmtId="178" xfId="0" applyNumberFormat="1"/><xf numFmtId="10" xfId="0" applyNumberFormat="1"/><xf numFmtId="20" xfId="0" applyNumberFormat="1"/></cellXfs>
</styleSheet>`;

/** A cell: a string (inline, as WPS and LibreOffice write it), or raw XML for anything else. */
type Cell = string | { xml: string };

const num = (v: string, style: number): Cell => ({ xml: `<c s="${style}"><v>${v}</v></c>` });

/** A one-sheet workbook named after its table, with the styles above (date1904 when asked). */
function workbook(table: string, rows: Cell[][], options: { date1904?: boolean; styles?: string } = {}): Uint8Array {
  const cell = (c: Cell): string => (typeof c === 'string' ? `<c t="inlineStr"><is><t>${c}</t></is></c>` : c.xml);
  const sheet = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.map((r, i) => `<row r="${i + 1}">${r.map(cell).join('')}</row>`).join('')}</sheetData></worksheet>`;
  return zipSync({
    'xl/workbook.xml': strToU8(
      `<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${options.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets><sheet name="${table}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    ),
    'xl/styles.xml': strToU8(options.styles ?? STYLES),
    'xl/worksheets/sheet1.xml': strToU8(sheet),
  });
}

const TRANSFER_HEADER = ['transfer_id', 'year', 'fund', 'from_level', 'to_region_code', 'kind', 'amount', 'issued_date', 'received_date', 'source_transfer_id'];
const RESIDENT_HEADER = ['quarter', 'region_code', 'insured'];
const BALANCE_HEADER = ['year', 'region_code', 'fund', 'opening_balance'];

describe('cells shown as dates, times and percentages in a workbook', () => {
  const engine = useEngine();

  /** The tiny dataset with `table` from a workbook; its errors as the page words them. */
  async function load(table: string, rows: Cell[][], options: { date1904?: boolean; lang?: 'zh' | 'en' } = {}) {
    const files = (await tinyWith({ name: `${table}.xlsx`, bytes: workbook(table, rows, options) })).filter((f) => f.name !== `${table}.csv`);
    const report = await loadDataset(engine(), files);
    return { report, errors: report.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p, options.lang)) };
  }

  it('marks number cells by their style, and only those', () => {
    const book = readXlsx(workbook('transfers', [[num('45657', STYLE.date), num('45657', STYLE.general), num('0.05', STYLE.percent), num('1234.5', STYLE.thousands), { xml: '<c s="1" t="inlineStr"><is><t>2024Q4</t></is></c>' }]]));
    expect(book.sheets[0]?.rows[0]?.cells).toEqual([
      { text: '45657', numeric: true, shown: 'date' },
      { text: '45657', numeric: true },
      { text: '0.05', numeric: true, shown: 'percent' },
      { text: '1234.5', numeric: true },
      { text: '2024Q4', numeric: false },
    ]);
  });

  it('refuses a workbook whose styles are damaged, naming the part, rather than read its dates as numbers', () => {
    const cut = workbook('transfers', [[num('45657', STYLE.date)]], { styles: STYLES.slice(0, STYLES.indexOf('<xf numFmtId="14"') + 10) });
    expect(() => readXlsx(cut)).toThrow('XLSX 内容损坏：xl/styles.xml: unterminated tag');
  });

  it('reads a date typed into a text column (文号) as the date the user sees, with its time only where the format shows one', async () => {
    const row = (id: Cell, source: Cell, issued: Cell): Cell[] => [id, '2024', 'resident', 'central', '150100', 'formal', num('100000', STYLE.general), issued, '', source];
    const { report, errors } = await load('transfers', [
      TRANSFER_HEADER,
      row(num('45657', STYLE.date), '', num('45657', STYLE.date)),
      row(num('45658', STYLE.chineseDate), num('45657', STYLE.date), num('45658.5', STYLE.dateTime)),
      row(num('45659.354166666664', STYLE.dateTime), '', { xml: '<c t="d"><v>2025-01-03T00:00:00</v></c>' }),
      // A formula's text (t="str", as WPS and LibreOffice store one) and a date LibreOffice writes as an ISO cell (t="d").
      row({ xml: '<c t="str"><f>"财社"&amp;"1号"</f><v>财社1号</v></c>' }, '', { xml: '<c s="1" t="d"><v>2025-01-04</v></c>' }),
    ]);
    expect(errors).toEqual([]);
    expect(report.ok).toBe(true);
    const rows = await engine().query('SELECT transfer_id, source_transfer_id, CAST(issued_date AS VARCHAR) AS issued FROM transfers ORDER BY issued_date');
    expect(rows).toEqual([
      { transfer_id: '2024-12-31', source_transfer_id: null, issued: '2024-12-31' },
      { transfer_id: '2025-01-01', source_transfer_id: '2024-12-31', issued: '2025-01-01' },
      { transfer_id: '2025-01-02 08:30', source_transfer_id: null, issued: '2025-01-03' },
      { transfer_id: '财社1号', source_transfer_id: null, issued: '2025-01-04' },
    ]);
  });

  it('reads the days of a 1904 workbook (old Mac Excel) in a text column', async () => {
    const { report } = await load(
      'transfers',
      [TRANSFER_HEADER, [num('44195', STYLE.date), '2024', 'resident', 'central', '150100', 'formal', num('100000', STYLE.general), num('44195', STYLE.date), '', '']],
      { date1904: true },
    );
    expect(report.ok).toBe(true);
    expect(await engine().query('SELECT transfer_id, CAST(issued_date AS VARCHAR) AS issued FROM transfers')).toEqual([{ transfer_id: '2024-12-31', issued: '2024-12-31' }]);
  });

  it('refuses a date in a quarter, a region code or a count as the date the user sees, not as its serial number', async () => {
    const { report, errors } = await load('resident_enrollment', [
      RESIDENT_HEADER,
      [num('45657', STYLE.date), '150102', num('1000', STYLE.general)],
      ['2024Q4', num('45575', STYLE.chineseDate), num('1000', STYLE.general)],
      ['2024Q4', '150103', num('45657.354166666664', STYLE.dateTime)],
      ['2024Q4', '150202', num('0.5', STYLE.time)],
    ]);
    expect(report.ok).toBe(false);
    expect(errors).toEqual([
      'resident_enrollment.xlsx · resident_enrollment · 第2行 · quarter · 单元格是日期 2024-12-31，不是季度 · 应为：YYYYQn，如 2024Q4（也可写 2024年第4季度、2024-Q4）',
      'resident_enrollment.xlsx · resident_enrollment · 第3行 · region_code · 单元格是日期 2024-10-10，不是区划代码 · 应为：6位数字的区划代码文本，如 150102',
      'resident_enrollment.xlsx · resident_enrollment · 第4行 · insured · 单元格是日期 2024-12-31 08:30，不是参保人数 · 应为：非负整数',
      'resident_enrollment.xlsx · resident_enrollment · 第5行 · insured · 单元格是时间 12:00，不是参保人数 · 应为：非负整数',
    ]);
  });

  it('says so in English too', async () => {
    const { errors } = await load('resident_enrollment', [RESIDENT_HEADER, [num('45657', STYLE.date), '150102', num('1000', STYLE.general)]], { lang: 'en' });
    expect(errors).toEqual(['resident_enrollment.xlsx · resident_enrollment · row 2 · quarter · The cell is the date 2024-12-31, not a quarter · expected: YYYYQn, e.g. 2024Q4 (2024-Q4, 2024 q4 and the Chinese forms are read too)']);
  });

  it('reads an amount shown with thousands separators or as yuan as the number stored, and refuses one shown as a percentage or a date', async () => {
    const ok = await load('fund_balances', [
      BALANCE_HEADER,
      ['2023', '150100', 'resident', num('2000000', STYLE.thousands)],
      ['2024', '150100', 'resident', num('3901234.56', STYLE.yuan)],
    ]);
    expect(ok.errors).toEqual([]);
    expect(await engine().query('SELECT year, CAST(opening_balance AS VARCHAR) AS balance FROM fund_balances ORDER BY year')).toEqual([
      { year: 2023, balance: '2000000.00' },
      { year: 2024, balance: '3901234.56' },
    ]);

    const bad = await load('fund_balances', [
      BALANCE_HEADER,
      ['2023', '150100', 'resident', num('0.05', STYLE.percent)],
      ['2024', '150100', 'resident', num('45657', STYLE.date)],
    ]);
    expect(bad.errors).toEqual([
      'fund_balances.xlsx · fund_balances · 第2行 · opening_balance · 单元格是百分数 5%，不是年初累计结余 · 应为：以元为单位、最多两位小数的金额（可为负），如 -1234.50',
      'fund_balances.xlsx · fund_balances · 第3行 · opening_balance · 单元格是日期 2024-12-31，不是年初累计结余 · 应为：以元为单位、最多两位小数的金额（可为负），如 -1234.50',
    ]);
  });

  it('reads a factor shown as a percentage as the number stored: 30% is 0.3', async () => {
    const { errors } = await load('allocation_factors', [
      ['year', 'region_code', 'pot', 'need', 'tier_ratio', 'performance', 'population', 'incidence', 'fiscal'],
      ['2024', '150100', 'assistance', num('120', STYLE.general), num('0.3', STYLE.percent), num('95', STYLE.general), num('3.5', STYLE.general), num('0.0125', STYLE.percent), num('1.2', STYLE.general)],
    ]);
    expect(errors).toEqual([]);
    expect(await engine().query('SELECT CAST(tier_ratio AS VARCHAR) AS tier, CAST(incidence AS VARCHAR) AS incidence FROM allocation_factors')).toEqual([{ tier: '0.300000', incidence: '0.012500' }]);
  });

  it('words a date, a time or a percentage typed into a CSV the same way', async () => {
    const files = await tinyWith(csv('resident_enrollment.csv', 'quarter,region_code,insured\n2024/12/31,150102,1000\n2024Q4,150103,12:30\n2024Q4,150202,2024-10-01 08:30\n'), csv('fund_balances.csv', 'year,region_code,fund,opening_balance\n2024,150100,resident,5%\n2023,150100,resident,2024.1.5\n'));
    const report = await loadDataset(engine(), files);
    expect(report.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p))).toEqual([
      'resident_enrollment.csv · 第2行 · quarter · 单元格是日期 2024/12/31，不是季度 · 应为：YYYYQn，如 2024Q4（也可写 2024年第4季度、2024-Q4）',
      'resident_enrollment.csv · 第3行 · insured · 单元格是时间 12:30，不是参保人数 · 应为：非负整数',
      'resident_enrollment.csv · 第4行 · insured · 单元格是日期 2024-10-01 08:30，不是参保人数 · 应为：非负整数',
      'fund_balances.csv · 第2行 · opening_balance · 单元格是百分数 5%，不是年初累计结余 · 应为：以元为单位、最多两位小数的金额（可为负），如 -1234.50',
      // A mistyped number, as likely as a date.
      'fund_balances.csv · 第3行 · opening_balance · 金额"2024.1.5"不是数字金额 · 应为：以元为单位、最多两位小数的金额（可为负），如 -1234.50',
    ]);
  });

  it('says what an error cell (t="e") or an ISO date cell (t="d", LibreOffice) is in a year or an amount', async () => {
    const { errors } = await load('fund_balances', [
      BALANCE_HEADER,
      [{ xml: '<c s="1" t="d"><v>2024-12-31T00:00:00</v></c>' }, '150100', 'resident', num('2000000', STYLE.general)],
      ['2024', '150100', 'resident', { xml: '<c t="e"><f>A1/0</f><v>#DIV/0!</v></c>' }],
      ['2022', { xml: '<c t="e"><v>#N/A</v></c>' }, 'resident', num('1', STYLE.general)],
    ]);
    expect(errors).toEqual([
      'fund_balances.xlsx · fund_balances · 第2行 · year · 单元格是日期 2024-12-31，不是年度 · 应为：四位年份，如 2024',
      'fund_balances.xlsx · fund_balances · 第3行 · opening_balance · 年初累计结余"#DIV/0!"是 Excel 的错误值（公式没有算出结果） · 应为：以元为单位、最多两位小数的金额（可为负），如 -1234.50',
      'fund_balances.xlsx · fund_balances · 第4行 · region_code · 区划代码"#N/A"是 Excel 的错误值（公式没有算出结果） · 应为：6位数字的区划代码文本，如 150102',
    ]);
  });
});
