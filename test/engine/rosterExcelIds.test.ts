// Found by the sweep of unseen input: an ID card number (18 digits) that a
// spreadsheet took for a number. Excel and WPS keep 15 significant digits:
// saved as CSV the cell reads "1.50102E+17", in an XLSX it is the number
// 1.50102199001011E+17. Two persons whose IDs differ only in the last digits
// become one, and the roster's deduplication merged them silently: three
// recipients (one not enrolled) counted as two, both enrolled. Such a roster
// is refused, naming the cell, its masked ID and the way to fix it.
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { DatasetFile } from '../../src/engine/formats/files';
import { loadDataset } from '../../src/engine/ingest/load';
import { formatProblem } from '../../src/engine/ingest/problems';
import { csv, loadWithoutRosterReach, tinyWith, useEngine } from './harness';

const HEADER = 'quarter,person_id,region_code,category,source,enrolled';

/** A roster workbook whose person_id cells are number cells holding what Excel stores. */
function rosterWorkbook(ids: readonly string[]): DatasetFile {
  const text = (ref: string, v: string): string => `<c r="${ref}" t="inlineStr"><is><t>${v}</t></is></c>`;
  const rows = [
    `<row r="1">${HEADER.split(',').map((h, i) => text(`${'ABCDEF'[i]}1`, h)).join('')}</row>`,
    ...ids.map((id, k) => {
      const r = k + 2;
      return `<row r="${r}">${text(`A${r}`, '2024Q4')}<c r="B${r}"><v>${id}</v></c>${text(`C${r}`, '150102')}${text(`D${r}`, 'dibao')}${text(`E${r}`, 'civil_affairs')}${text(`F${r}`, k === 0 ? 'false' : 'true')}</row>`;
    }),
  ];
  const bytes = zipSync({
    'xl/workbook.xml': strToU8('<workbook><sheets><sheet name="roster" r:id="rId1"/></sheets></workbook>'),
    'xl/_rels/workbook.xml.rels': strToU8('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'),
    'xl/worksheets/sheet1.xml': strToU8(`<worksheet><sheetData>${rows.join('')}</sheetData></worksheet>`),
  });
  return { name: 'roster.xlsx', bytes };
}

describe('ID card numbers a spreadsheet turned into numbers', () => {
  const engine = useEngine();

  const problems = async (files: DatasetFile[], lang: 'zh' | 'en' = 'zh'): Promise<string[]> => {
    const report = await loadDataset(engine(), files);
    expect(report.ok).toBe(false);
    return report.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p, lang));
  };

  it('refuses a CSV roster whose IDs read in scientific notation, naming the row and the masked ID', async () => {
    const roster = [HEADER, '2024Q4,150102199001011234,150102,tekun,civil_affairs,true', '2024Q4,1.50102E+17,150102,dibao,civil_affairs,false', '2024Q4,1.5E+17,150102,dibao,civil_affairs,true', '2024Q4,P-7,150102,dibao,civil_affairs,true'].join('\n');
    const files = await tinyWith(csv('roster.csv', roster));
    expect(await problems(files)).toEqual([
      'roster.csv · 第3行 · person_id · 身份证号"1.50****E+17"是科学计数法：表格软件把它当成了数字，只留下前15位 · 应为：身份证号以文本保存（单元格格式设为“文本”，从原始名单重新导出）',
      'roster.csv · 第4行 · person_id · 身份证号"1.5****E+17"是科学计数法：表格软件把它当成了数字，只留下前15位 · 应为：身份证号以文本保存（单元格格式设为“文本”，从原始名单重新导出）',
    ]);
    expect((await problems(files, 'en'))[0]).toBe(
      'roster.csv · row 3 · person_id · ID number "1.50****E+17" is in scientific notation: a spreadsheet took it for a number and kept only its first 15 digits · expected: ID numbers stored as text (format the cells as Text and export again from the original list)',
    );
  });

  it('refuses an XLSX roster whose IDs are number cells of more than 15 digits, instead of merging the persons', async () => {
    // 150102199001011234 and …1255 as Excel stores them: the same number.
    const files = await tinyWith(rosterWorkbook(['1.50102199001011E+17', '1.50102199001011E+17', '150102900101123']));
    expect(await problems(files)).toEqual([
      'roster.xlsx · roster · 第2行 · person_id · 身份证号"1.50****E+17"是科学计数法：表格软件把它当成了数字，只留下前15位 · 应为：身份证号以文本保存（单元格格式设为“文本”，从原始名单重新导出）',
      'roster.xlsx · roster · 第3行 · person_id · 身份证号"1.50****E+17"是科学计数法：表格软件把它当成了数字，只留下前15位 · 应为：身份证号以文本保存（单元格格式设为“文本”，从原始名单重新导出）',
    ]);
  });

  // Found by the sweep of real rosters: a CSV saved from a column formatted as a number (0) shows all 18 digits,
  // the last three zeros: 150102199001011234 and 150102199001011255 both 150102199001011000.
  it('refuses a CSV roster whose IDs a spreadsheet filled with zeros, instead of merging the persons', async () => {
    const ids = ['150102199001011234', '150102199001011255', '150102199001012321', '150103198512240417', '150103198512240433', '150202197703150028'];
    const zeroFilled = ids.map((id) => `${id.slice(0, 15)}000`);
    const roster = (list: readonly string[]): string =>
      [HEADER, ...list.map((id, i) => `2024Q4,${id},${id.slice(0, 6)},dibao,civil_affairs,${i % 2 === 0 ? 'true' : 'false'}`)].join('\n');
    expect(await problems(await tinyWith(csv('roster.csv', roster(zeroFilled))))).toEqual([
      'roster.csv · person_id · 6 行（共 6 行）的身份证号以 000 结尾（如第2行 150102****1000、第3行 150102****1000、第4行 150102****2000、第5行 150103****0000、第6行 150103****0000）：表格软件把身份证号当成数字保存，只保留了前 15 位，后三位成了 000，不同的人会被当作同一人 · 应为：身份证号以文本保存（单元格格式设为“文本”，从原始名单重新导出）',
    ]);
    // The same persons with their own IDs load; so does a real list where one ID in 1,100 ends in 000.
    const own = await loadWithoutRosterReach(engine(), await tinyWith(csv('roster.csv', roster(ids))));
    expect(own.ok).toBe(true);
    const real = Array.from({ length: 40 }, (_, i) => `1501021990010${String(1000 + i * 7).padStart(4, '0')}${i % 10}`);
    real.push('150102199001011000', '150102199001012000', '150102199001013000');
    const mostlyReal = await loadWithoutRosterReach(engine(), await tinyWith(csv('roster.csv', roster(real))));
    expect(mostlyReal.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('still reads a 15-digit ID held exactly in a number cell', async () => {
    const report = await loadDataset(engine(), await tinyWith(rosterWorkbook(['150102900101123', '150102900101124'])));
    expect(report.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(report.ok).toBe(true);
  });
});
