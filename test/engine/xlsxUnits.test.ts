// Found by the sweep of unseen input: amounts typed in 万元 whose unit only
// the number format shows (#,##0.00"万元": Excel shows 60.32万元) were read as
// yuan, 10,000 times too small, with no word. Such an amount is now refused
// with where the unit goes, unless the table's header already says 万元; a
// yuan amount the format shows in 万 (0!.0000"万", moving the point) stays yuan.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/engine/ingest/load';
import { formatProblem } from '../../src/engine/ingest/problems';
import { tinyWith, useEngine } from './harness';

/** Style 1: typed in 万元; style 2: yuan shown in 万 by moving the point. */
const STYLES = `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="2"><numFmt numFmtId="176" formatCode="#,##0.00&quot;万元&quot;"/><numFmt numFmtId="177" formatCode="0!.0000&quot;万&quot;"/></numFmts>
<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="176" applyNumberFormat="1"/><xf numFmtId="177" applyNumberFormat="1"/></cellXfs></styleSheet>`;

function balances(header: string, amount: string, style: number): Uint8Array {
  const text = (v: string): string => `<c t="inlineStr"><is><t>${v}</t></is></c>`;
  const rows = [
    ['year', 'region_code', 'fund', header].map(text).join(''),
    [text('2024'), text('150100'), text('resident'), `<c s="${style}"><v>${amount}</v></c>`].join(''),
  ];
  const sheet = `<worksheet><sheetData>${rows.map((r, i) => `<row r="${i + 1}">${r}</row>`).join('')}</sheetData></worksheet>`;
  return zipSync({
    'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="fund_balances" r:id="rId1"/></sheets></workbook>'),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    ),
    'xl/styles.xml': strToU8(STYLES),
    'xl/worksheets/sheet1.xml': strToU8(sheet),
  });
}

describe('amounts whose unit only the number format shows', () => {
  const engine = useEngine();

  async function load(header: string, amount: string, style: number) {
    const files = (await tinyWith({ name: 'fund_balances.xlsx', bytes: balances(header, amount, style) })).filter((f) => f.name !== 'fund_balances.csv');
    const report = await loadDataset(engine(), files);
    const errors = report.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p));
    return { report, errors };
  }
  const opening = async (): Promise<string> =>
    String((await engine().query("SELECT CAST(opening_balance AS VARCHAR) AS v FROM fund_balances WHERE region_code = '150100' AND fund = 'resident'"))[0]?.v);

  it('refuses an amount typed in 万元 (shown 60.32万元) rather than reading 60.32 yuan', async () => {
    const { report, errors } = await load('opening_balance', '60.32', 1);
    expect(report.ok).toBe(false);
    expect(errors).toEqual([expect.stringMatching(/^fund_balances\.xlsx · fund_balances · 第2行 · opening_balance · 年初累计结余"60\.32万元"在单元格里写了单位/)]);
  });

  it('reads it in 万元 where the header says so', async () => {
    const { report, errors } = await load('年初累计结余（万元）', '60.32', 1);
    expect(errors).toEqual([]);
    expect(report.ok).toBe(true);
    expect(await opening()).toBe('603200.00');
  });

  it('keeps a yuan amount the format shows in 万 by moving the point (603160.59 shown 60.3161万)', async () => {
    const { report, errors } = await load('opening_balance', '603160.59', 2);
    expect(errors).toEqual([]);
    expect(report.ok).toBe(true);
    expect(await opening()).toBe('603160.59');
  });
});
