// Found by stop 44's sweep: a workbook's chart sheets (Excel's "Move chart → New sheet"), dialog and
// macro sheets were left out without a word, and a user looking at the workbook's tabs could not tell
// whether something was lost. They are said once per workbook that also has data sheets.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { DatasetFile } from '../../src/engine/formats/files';
import { loadDataset } from '../../src/engine/ingest/load';
import { formatProblem } from '../../src/engine/ingest/problems';
import { TINY_DIR, tinyWith, useEngine } from './harness';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A workbook of the given sheets: [name, relationship type], a worksheet holding tiny's fund_balances.csv. */
function workbook(name: string, sheets: readonly [string, string][]): DatasetFile {
  const lines = readFileSync(join(TINY_DIR, 'fund_balances.csv'), 'utf8').replace(/^\ufeff/, '').trimEnd().split(/\r?\n/).map((l) => l.split(','));
  const cell = (c: string, column: number, row: number): string => `<c r="${String.fromCharCode(65 + column)}${row}" t="inlineStr"><is><t>${c}</t></is></c>`;
  const data = `<worksheet><sheetData>${lines.map((r, i) => `<row r="${i + 1}">${r.map((c, j) => (c === '' ? '' : cell(c, j, i + 1))).join('')}</row>`).join('')}</sheetData></worksheet>`;
  const part = (type: string, i: number): string => `${type}s/sheet${i + 1}.xml`;
  const bytes = zipSync({
    'xl/workbook.xml': strToU8(`<workbook xmlns:r="r"><sheets>${sheets.map(([n], i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(`<Relationships>${sheets.map(([, type], i) => `<Relationship Id="rId${i + 1}" Type="${REL}/${type}" Target="${part(type, i)}"/>`).join('')}</Relationships>`),
    ...Object.fromEntries(sheets.map(([, type], i) => [`xl/${part(type, i)}`, strToU8(type === 'worksheet' ? data : `<${type}/>`)])),
  });
  return { name, bytes };
}

describe('chart, dialog and macro sheets in a workbook', () => {
  const engine = useEngine();
  const without = async (): Promise<DatasetFile[]> => (await tinyWith()).filter((f) => f.name !== 'fund_balances.csv');

  it('are said once, by name, beside the data sheet that is read', async () => {
    const book = workbook('fund_balances.xlsx', [
      ['图表1', 'chartsheet'],
      ['fund_balances', 'worksheet'],
      ['Macro1', 'xlMacrosheet'],
      ['对话框1', 'dialogsheet'],
    ]);
    const report = await loadDataset(engine(), [...(await without()), book]);
    expect(report.ok).toBe(true);
    expect(report.tables.fund_balances).toBe(7);
    const notices = report.problems.filter((p) => p.problem.code === 'file.sheets_not_data');
    expect(notices.map((p) => formatProblem(p))).toEqual([
      'fund_balances.xlsx · 图表"图表1"、宏表"Macro1"、对话框表"对话框1"没有数据，未读取；其他工作表照常读取 · 应为：数据放在普通工作表中',
    ]);
    expect(notices.map((p) => formatProblem(p, 'en'))).toEqual([
      'fund_balances.xlsx · Not read, no data: chart "图表1", macro sheet "Macro1", dialog sheet "对话框1"; the other sheets were read · expected: data in ordinary worksheets',
    ]);
  });

  it('are not said of a workbook without data sheets (nothing read from it: its own problem says so), nor of one without them', async () => {
    const only = await loadDataset(engine(), [...(await tinyWith()), workbook('charts.xlsx', [['图表1', 'chartsheet']])]);
    expect(only.problems.map((p) => p.problem.code)).not.toContain('file.sheets_not_data');
    const plain = await loadDataset(engine(), [...(await without()), workbook('fund_balances.xlsx', [['fund_balances', 'worksheet']])]);
    expect(plain.ok).toBe(true);
    expect(plain.problems).toEqual([]);
  });
});
