// Which file is which table (src/engine/formats/files.ts).
import { describe, expect, it } from 'vitest';
import { IGNORED_LISTED, sortFiles } from '../../src/engine/formats/files';
import { formatProblem } from '../../src/engine/ingest/problems';
import { message } from '../../src/domain/messages/codes';

const file = (name: string) => ({ name, bytes: new TextEncoder().encode('year,region_code,fund,opening_balance\n') });
/** A file whose header names no table: only its name could make it one (headerTable.test.ts reads headers). */
const unnamed = (name: string) => ({ name, bytes: new TextEncoder().encode('a,b\n') });

describe('sortFiles', () => {
  it('names a table given twice by the paths of both files when their names are the same (a copy in a subfolder)', () => {
    const sorted = sortFiles([file('regions.csv'), file('fund_balances.csv'), file('旧/fund_balances.csv')]);
    expect(sorted.sources.map((s) => s.file)).toEqual(['regions.csv', 'fund_balances.csv']);
    expect(sorted.problems.map((p) => formatProblem(p))).toEqual(['旧/fund_balances.csv · 同一张表出现了两次（已有 fund_balances.csv） · 应为：每张表只提供一个文件或工作表']);
  });

  it('keeps base names when the names differ', () => {
    const sorted = sortFiles([file('data/regions.csv'), file('data/fund_balances.csv'), file('data/年初结余.csv')]);
    expect(sorted.problems.map((p) => formatProblem(p))).toEqual(['年初结余.csv · 同一张表出现了两次（已有 fund_balances.csv） · 应为：每张表只提供一个文件或工作表']);
  });

  it('names the first files not of the contract one by one and the rest of 10,000 (a ZIP of a photo archive) in one line', () => {
    const junk = Array.from({ length: 10_000 }, (_, i) => file(`照片/${String(i).padStart(5, '0')}.jpg`));
    const sorted = sortFiles([file('regions.csv'), ...junk]);
    const lines = sorted.problems.map((p) => formatProblem(p));
    expect(lines).toHaveLength(IGNORED_LISTED + 1);
    expect(lines[0]).toMatch(/^00000\.jpg · 不是数据契约中的文件，已忽略 · 应为：/);
    expect(lines[IGNORED_LISTED - 1]).toMatch(/^00019\.jpg · 不是数据契约中的文件，已忽略 · /);
    expect(lines[IGNORED_LISTED]).toMatch(/^00020\.jpg · 它和其后 9,979 个文件都不是数据契约中的文件，已忽略（未逐一列出） · 应为：以下表名之一/);
    expect(formatProblem(sorted.problems[IGNORED_LISTED]!, 'en')).toMatch(/^00020\.jpg · Neither this nor the 9,979 files after it are files of the data contract; ignored/);
    // One more than the listed is named, not summed up.
    expect(sortFiles([file('regions.csv'), ...junk.slice(0, IGNORED_LISTED + 1)]).problems.map((p) => formatProblem(p)).at(-1)).toMatch(/^00020\.jpg · 不是数据契约中的文件/);
  });

  it('says a refused workbook once: not also its table as missing (the file is there)', () => {
    const sorted = sortFiles([{ name: 'regions.xlsx', unreadable: message('xlsx.compound_file') }, file('fund_balances.csv')]);
    expect(sorted.problems.map((p) => [formatProblem(p), p.severity])).toEqual([
      ['regions.xlsx · 设置了打开密码的工作簿，或旧版 .xls 文件（无法读取）：请取消密码（文件 → 信息 → 保护工作簿）或另存为 .xlsx · 应为：Excel 保存的 .xlsx 工作簿', 'error'],
    ]);
  });

  it('says what to save an office format that is not read as: .xls, WPS .et, .xlsm, .xlsb, .ods, Excel\'s "Unicode text" .txt', () => {
    const names = ['fund_flows.xls', 'budgets.et', 'obligations.XLSM', 'transfers.xlsb', 'allocation_totals.ods', 'budgets.numbers', 'fund_balances.txt', 'region_tiles.doc'];
    // The .xls and .et as Excel and WPS write them: compound (OLE) files.
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const sorted = sortFiles([file('regions.csv'), ...names.map((n) => (/\.(xls|et)$/i.test(n) ? { name: n, bytes: ole } : file(n)))]);
    expect(sorted.problems.map((p) => [p.file, formatProblem(p).split(' · ')[1], p.severity])).toEqual([
      ['fund_flows.xls', '旧版 Excel 工作簿（.xls）不能读取，已忽略：请在 Excel 中另存为"Excel 工作簿（*.xlsx）"', 'warning'],
      ['budgets.et', 'WPS 表格文件（.et）不能读取，已忽略：请在 WPS 中另存为"Excel 工作簿（*.xlsx）"', 'warning'],
      ['obligations.XLSM', '启用宏的工作簿（.xlsm）不读取，已忽略：请另存为"Excel 工作簿（*.xlsx）"（宏不会运行）', 'warning'],
      ['transfers.xlsb', 'Excel 二进制工作簿（.xlsb）不能读取，已忽略：请另存为"Excel 工作簿（*.xlsx）"', 'warning'],
      ['allocation_totals.ods', 'OpenDocument 表格（.ods）不能读取，已忽略：请另存为"Excel 工作簿（*.xlsx）"', 'warning'],
      ['budgets.numbers', 'Apple Numbers 文稿（.numbers）不能读取，已忽略：请在 Numbers 中选择"文件 → 导出为 → Excel"，存为 .xlsx', 'warning'],
      ['fund_balances.txt', '文本文件（.txt，如 Excel 的"Unicode 文本"）不读取，已忽略：请在 Excel 中另存为"CSV UTF-8（逗号分隔）"', 'warning'],
      ['region_tiles.doc', '不支持该文件格式，已忽略', 'warning'],
    ]);
    expect(formatProblem(sorted.problems[0]!, 'en')).toBe(
      'fund_flows.xls · An old Excel workbook (.xls) cannot be read; the file was ignored: save it in Excel as "Excel Workbook (*.xlsx)" · expected: fund_flows.csv, fund_flows.xlsx or fund_flows.parquet',
    );
  });

  it('says what an .xls really holds when it is not an old workbook: a web page, CSV text, a renamed .xlsx (business systems\' "导出 Excel")', () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]);
    const sorted = sortFiles([
      file('regions.csv'),
      { name: 'fund_flows.xls', bytes: ole },
      { name: 'budgets.xls', bytes: bytes('\ufeff  <html><body><table><tr><td>year</td></tr></table></body></html>') },
      { name: 'obligations.xls', bytes: bytes('year,region_code,fund,kind,due,paid\n2024,150102,resident,county_match,1.00,1.00\n') },
      { name: 'transfers.et', bytes: zip },
    ]);
    expect(sorted.problems.map((p) => [p.file, formatProblem(p).split(' · ')[1]])).toEqual([
      ['fund_flows.xls', '旧版 Excel 工作簿（.xls）不能读取，已忽略：请在 Excel 中另存为"Excel 工作簿（*.xlsx）"'],
      ['budgets.xls', '这个 .xls 文件其实是网页（HTML）表格（业务系统"导出 Excel"常见），不能读取，已忽略：请用 Excel 或 WPS 打开，另存为"Excel 工作簿（*.xlsx）"'],
      ['obligations.xls', '这个 .xls 文件其实是文本（CSV），已忽略：请把扩展名改为 .csv，或用 Excel 打开后另存为"Excel 工作簿（*.xlsx）"'],
      ['transfers.et', '这个文件其实是 .xlsx 工作簿，只是扩展名不对，已忽略：请把扩展名改为 .xlsx'],
    ]);
    expect(formatProblem(sorted.problems[1]!, 'en').split(' · ')[1]).toBe(
      'This .xls file is really a web page (an HTML table, as business systems\' "export to Excel" write); it was ignored: open it in Excel or WPS and save it as "Excel Workbook (*.xlsx)"',
    );
    expect(formatProblem(sorted.problems[2]!, 'en').split(' · ')[1]).toBe('This .xls file is really text (CSV); it was ignored: rename it to .csv, or open it in Excel and save it as "Excel Workbook (*.xlsx)"');
    expect(formatProblem(sorted.problems[3]!, 'en').split(' · ')[1]).toBe('This file is really an .xlsx workbook with the wrong extension; it was ignored: rename it to .xlsx');
  });

  it('names a second policy.json by its path', () => {
    const policy = (name: string) => ({ name, bytes: new TextEncoder().encode('{}') });
    const sorted = sortFiles([file('regions.csv'), policy('policy.json'), policy('备份/policy.json')]);
    expect(sorted.problems.map((p) => formatProblem(p))).toEqual(['备份/policy.json · 同一张表出现了两次（已有 policy.json） · 应为：每张表只提供一个文件或工作表']);
  });

  it("reads a copy's name as its table's: a second download, a Windows copy, a copied sheet", () => {
    const sorted = sortFiles([file('regions (1).csv'), file('fund_balances - 副本.csv'), file('行政区划 (2)/x.txt'), file('基金收支（2）.csv'), file('budgets - Copy (3).csv')]);
    expect(sorted.sources.map((s) => `${s.file} → ${s.spec.name}`)).toEqual([
      'regions (1).csv → regions',
      'fund_balances - 副本.csv → fund_balances',
      '基金收支（2）.csv → fund_flows',
      'budgets - Copy (3).csv → budgets',
    ]);
  });

  it("reads Apple Numbers' exports as their sheet's table: a sheet `regions - 表格 1`, a CSV `budgets-Table 2.csv`", () => {
    const sorted = sortFiles([file('regions - 表格 1.csv'), file('budgets-Table 2.csv'), file('基金收支 — 表格 1.csv'), unnamed('表格 1.csv')]);
    expect(sorted.sources.map((s) => `${s.file} → ${s.spec.name}`)).toEqual([
      'regions - 表格 1.csv → regions',
      'budgets-Table 2.csv → budgets',
      '基金收支 — 表格 1.csv → fund_flows',
    ]);
    expect(sorted.problems.map((p) => formatProblem(p))).toEqual([expect.stringMatching(/^表格 1\.csv · 不是数据契约中的文件/)]);
  });

  it('reads a label with a slash (旗县/县区应缴应配) as a file or sheet can be named after it: ／, 、 or no slash', () => {
    // A slash is allowed in neither a file's name nor an Excel sheet's: the label as written cannot name one.
    const sorted = sortFiles([file('旗县县区应缴应配.csv'), file('a/旗县／县区应缴应配.csv'), file('b/旗县、县区应缴应配.csv'), unnamed('县区应缴应配.csv')]);
    expect(sorted.sources.map((s) => `${s.file} → ${s.spec.name}`)).toEqual(['旗县县区应缴应配.csv → obligations']);
    expect(sorted.problems.map((p) => formatProblem(p)).slice(0, 3)).toEqual([
      expect.stringMatching(/^旗县／县区应缴应配\.csv · 同一张表出现了两次（已有 旗县县区应缴应配\.csv）/),
      expect.stringMatching(/^旗县、县区应缴应配\.csv · 同一张表出现了两次（已有 旗县县区应缴应配\.csv）/),
      expect.stringMatching(/^县区应缴应配\.csv · 不是数据契约中的文件/),
    ]);
  });

  it('refuses a table given by a file and its copy, naming both', () => {
    const sorted = sortFiles([file('regions.csv'), file('regions (1).csv')]);
    expect(sorted.problems.map((p) => formatProblem(p))).toEqual(['regions (1).csv · 同一张表出现了两次（已有 regions.csv） · 应为：每张表只提供一个文件或工作表']);
  });
});
