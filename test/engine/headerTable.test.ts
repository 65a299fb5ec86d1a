// A file named after no table is read as the table its header names
// (src/engine/formats/headerTable.ts, sortFiles): offices name files after
// the period and the report, and such a file was set aside while the
// overview said its data were missing.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { readWholeFiles, sortFiles } from '../../src/engine/formats/files';
import { csvHeadTable, HEAD_BYTES } from '../../src/engine/formats/headerTable';
import { formatProblem } from '../../src/engine/ingest/problems';

const SAMPLE = join(__dirname, '../../data/sample');
const csv = (name: string, text: string): { name: string; bytes: Uint8Array } => ({ name, bytes: new TextEncoder().encode(text) });
const FLOWS = 'quarter,region_code,fund,direction,item,source_level,amount\n2024Q4,150100,assistance,income,fiscal_subsidy,city,603160.59\n';

/** A workbook whose sheets are named `sheets[i][0]` and hold the rows after it, as inline strings. */
function workbook(name: string, sheets: readonly [string, readonly (readonly string[])[]][]): { name: string; bytes: Uint8Array } {
  const cell = (c: string, column: number, row: number): string => `<c r="${String.fromCharCode(65 + column)}${row}" t="inlineStr"><is><t>${c}</t></is></c>`;
  const files: Record<string, Uint8Array> = {
    'xl/workbook.xml': strToU8(
      `<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets.map(([sheet], i) => `<sheet name="${sheet}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships>${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`,
    ),
  };
  sheets.forEach(([, rows], i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(
      `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.map((r, n) => `<row r="${n + 1}">${r.map((c, j) => cell(c, j, n + 1)).join('')}</row>`).join('')}</sheetData></worksheet>`,
    );
  });
  return { name, bytes: zipSync(files) };
}

describe('csvHeadTable', () => {
  it("reads every sample file's table from its header alone", () => {
    const tables = readdirSync(SAMPLE).filter((f) => f.endsWith('.csv'));
    expect(tables.length).toBeGreaterThanOrEqual(10);
    for (const file of tables) expect([file, csvHeadTable(readFileSync(join(SAMPLE, file)).subarray(0, HEAD_BYTES))?.name]).toEqual([file, file.replace('.csv', '')]);
  });

  it('reads a header under a title line, in UTF-16 with tabs (Excel\'s "Unicode text"), and a head cut inside a character', () => {
    expect(csvHeadTable(new TextEncoder().encode(`2024年第四季度基金收支情况表\n单位：元\n${FLOWS}`))?.name).toBe('fund_flows');
    const tabs = FLOWS.replace(/,/g, '\t');
    expect(csvHeadTable(new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(tabs, 'utf16le'))]))?.name).toBe('fund_flows');
    const chinese = new TextEncoder().encode(`季度,区划代码,基金,收支方向,项目,来源级次,金额\n2024Q4,150100,救助,收入,财政补助,市级,1.00\n备注：呼和浩特市`);
    // The slice ends inside 市 (three bytes in UTF-8): still UTF-8, not taken for GB18030.
    expect(csvHeadTable(chinese.subarray(0, chinese.length - 1))?.name).toBe('fund_flows');
  });

  it('reads no table from a header that names none, or not every required column of one', () => {
    expect(csvHeadTable(new TextEncoder().encode('姓名,电话\n张三,123\n'))).toBeUndefined();
    expect(csvHeadTable(new TextEncoder().encode('quarter,region_code,fund,amount\n'))).toBeUndefined();
  });
});

describe('sortFiles, a file named after no table', () => {
  it('reads a CSV named for its period or its province as the table of its header, and says so', () => {
    for (const name of ['fund_flows_2024Q4.csv', '150000_fund_flows.csv', '基金收支表.csv']) {
      const sorted = sortFiles([csv('regions.csv', 'region_code,name,level\n'), csv(name, FLOWS)]);
      expect(sorted.sources.map((s) => [s.spec.name, s.file])).toEqual([
        ['regions', 'regions.csv'],
        ['fund_flows', name],
      ]);
      expect(sorted.problems.map((p) => [formatProblem(p), p.severity])).toEqual([
        [`${name} · 名称不是表名，按表头读作“基金收支”（fund_flows） · 应为：以表名命名的文件（fund_flows.csv、fund_flows.xlsx）或工作表；请核对读作的表是否正确`, 'warning'],
      ]);
      expect(formatProblem(sorted.problems[0]!, 'en')).toBe(
        `${name} · The name is not a table's: read as Fund income and expenditure (fund_flows) by its header · expected: a file or sheet named after its table (fund_flows.csv, fund_flows.xlsx); check that it is the table meant`,
      );
    }
  });

  it('reads a picked CSV (a Blob) by the head readWholeFiles reads of it', async () => {
    const loaded = await readWholeFiles([{ name: 'data/2024年第四季度基金收支.csv', blob: new Blob([FLOWS]) }]);
    expect(sortFiles(loaded).sources.map((s) => [s.spec.name, s.file, s.format])).toEqual([['fund_flows', '2024年第四季度基金收支.csv', 'csv']]);
  });

  it('reads a workbook named after no table by the header of each sheet named after none', async () => {
    const book = workbook('2024年第四季度基金收支情况表.xlsx', [
      ['说明', [['请按模板填写']]],
      ['Sheet1', [['2024年第四季度基金收支情况表'], FLOWS.split('\n')[0]!.split(','), FLOWS.split('\n')[1]!.split(',')]],
    ]);
    const sorted = sortFiles(await readWholeFiles([csv('regions.csv', 'region_code,name,level\n'), book]));
    expect(sorted.sources.map((s) => [s.spec.name, s.file, s.sheet])).toEqual([
      ['regions', 'regions.csv', null],
      ['fund_flows', '2024年第四季度基金收支情况表.xlsx', 'Sheet1'],
    ]);
    // The note sheet is passed over as before.
    expect(sorted.problems.map((p) => formatProblem(p))).toEqual([
      '2024年第四季度基金收支情况表.xlsx · Sheet1 · 名称不是表名，按表头读作“基金收支”（fund_flows） · 应为：以表名命名的文件（fund_flows.csv、fund_flows.xlsx）或工作表；请核对读作的表是否正确',
    ]);
    // A sheet named after no table whose header names none either is set aside as before.
    const other = sortFiles(await readWholeFiles([csv('regions.csv', 'region_code,name,level\n'), workbook('通讯录.xlsx', [['Sheet1', [['姓名', '电话']]]])]));
    expect(other.problems.map((p) => formatProblem(p).split(' · ').slice(0, 3).join(' · '))).toEqual(['通讯录.xlsx · Sheet1 · 工作表名不是数据契约中的表，已忽略']);
  });

  it('still sets aside a file whose header names no table', () => {
    const sorted = sortFiles([csv('regions.csv', 'region_code,name,level\n'), csv('联系人.csv', '姓名,电话\n张三,123\n')]);
    expect(sorted.sources.map((s) => s.spec.name)).toEqual(['regions']);
    expect(sorted.problems.map((p) => formatProblem(p).split(' · ').slice(0, 2).join(' · '))).toEqual(['联系人.csv · 不是数据契约中的文件，已忽略']);
  });
});
