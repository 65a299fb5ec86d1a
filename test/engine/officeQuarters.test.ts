// Quarters as Chinese tables write them: 2024年第4季度, 2024年第四季度,
// 2024年4季度, 2024-Q4, 2024q4, full-width ２０２４Ｑ４, 2024年度第四季度, 2024年第Ⅳ季度. They load as the same
// quarter as 2024Q4, so the analysis is the same to the fen; a form that
// could be a month (2024-4) or no quarter at all (2024年第5季度) is refused at
// its cell with the forms that are read.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toAnalysisJson } from '../../src/domain/analysis';
import { formatProblem } from '../../src/engine/ingest/problems';
import { loadDataset } from '../../src/engine/ingest/load';
import { analyze } from '../../src/engine/queries/analyze';
import { readDatasetDir } from '../../src/engine/formats/nodeFiles';
import { csv, SAMPLE_DIR as SAMPLE, sampleRewritten, useEngine } from './harness';


const FULL_WIDTH = '０１２３４５６７８９';
const NUMERALS = ['一', '二', '三', '四'];
const ROMAN = ['Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ'];

/** 2024Q4 in the i-th of the office forms. */
function officeQuarter(quarter: string, i: number): string {
  const year = quarter.slice(0, 4);
  const q = Number(quarter.slice(5));
  const forms = [
    `${year}年第${q}季度`,
    `${year}年第${NUMERALS[q - 1] ?? ''}季度`,
    `${year}年${q}季度`,
    `${year}-Q${q}`,
    `${year}q${q}`,
    `${[...quarter.slice(0, 4)].map((d) => FULL_WIDTH[Number(d)]).join('')}Ｑ${FULL_WIDTH[q] ?? ''}`,
    // Found by the helpers' sweep: a statistical report's 年度 and Roman numerals.
    `${year}年度第${NUMERALS[q - 1] ?? ''}季度`,
    `${year}年第${ROMAN[q - 1] ?? ''}季度`,
    // Excel's text formula in a CSV (="2024Q4", quoted as CSV quotes it), as codes and years are kept.
    `"=""${quarter}"""`,
    `"=""${year}年第${q}季度"""`,
    // A quarter as its three months (found by the sweep: 2024年10-12月 was refused).
    `${year}年${q * 3 - 2}-${q * 3}月`,
    `${year}年${String(q * 3 - 2).padStart(2, '0')}至${q * 3}月份`,
    quarter,
  ];
  return forms[i % forms.length] ?? quarter;
}


describe('quarters as offices write them', () => {
  const engine = useEngine();

  it('reads the sample with every quarter rewritten in office forms as the same dataset: the same analysis', async () => {
    const files = await readDatasetDir(SAMPLE);
    const plain = await loadDataset(engine(), files);
    expect(plain.ok).toBe(true);
    const policyFile = plain.policyFile;
    if (policyFile === null) throw new Error('no policy');
    const before = JSON.stringify(toAnalysisJson(await analyze(engine(), '2024Q4', policyFile)));

    const rewritten = ['fund_flows.csv', 'assistance_enrollment.csv', 'resident_enrollment.csv'];
    const office = [
      ...files.filter((f) => !rewritten.includes(f.name)),
      // The first column of each is the quarter.
      ...(await Promise.all(rewritten.map((name) => sampleRewritten(name, (cells, i) => void (cells[0] = officeQuarter(cells[0] ?? '', i)))))),
    ];
    const fundFlows = office.find((f) => f.name === 'fund_flows.csv');
    const text = fundFlows && 'bytes' in fundFlows ? new TextDecoder().decode(fundFlows.bytes) : '';
    expect(text).toContain('2024年第四季度');
    expect(text).toContain('２０２４Ｑ');
    expect(text).toContain('年度第');
    expect(text).toContain('Ⅳ');
    expect(text).toContain('"=""2024Q');
    expect(text).toContain('2024年10-12月');
    const report = await loadDataset(engine(), office);
    expect(report.problems).toEqual([]);
    expect(report.quarters).toEqual(plain.quarters);
    expect(JSON.stringify(toAnalysisJson(await analyze(engine(), '2024Q4', policyFile)))).toBe(before);
  });

  it('refuses 2024-4 (a month as much as a quarter) and 2024年第5季度 at their cells, naming the forms it reads', async () => {
    const files = await readDatasetDir(SAMPLE);
    const text = await readFile(join(SAMPLE, 'resident_enrollment.csv'), 'utf8');
    const [header = '', first = '', second = '', ...rest] = text.trimEnd().split('\n');
    const bad = [header, first.replace(/^\d{4}Q\d/, '2022-1'), second.replace(/^\d{4}Q\d/, '2022年第5季度'), (rest[0] ?? '').replace(/^\d{4}Q\d/, '2022年2-4月'), ...rest.slice(1)].join('\n');
    const report = await loadDataset(engine(), [...files.filter((f) => f.name !== 'resident_enrollment.csv'), csv('resident_enrollment.csv', bad)]);
    expect(report.ok).toBe(false);
    const lines = report.problems.map((p) => formatProblem(p, 'zh'));
    expect(lines).toContain('resident_enrollment.csv · 第2行 · quarter · 季度"2022-1"格式不对 · 应为：YYYYQn，如 2024Q4（也可写 2024年第4季度、2024-Q4）');
    expect(lines).toContain('resident_enrollment.csv · 第3行 · quarter · 季度"2022年第5季度"格式不对 · 应为：YYYYQn，如 2024Q4（也可写 2024年第4季度、2024-Q4）');
    // Months that are no quarter's own three.
    expect(lines).toContain('resident_enrollment.csv · 第4行 · quarter · 季度"2022年2-4月"格式不对 · 应为：YYYYQn，如 2024Q4（也可写 2024年第4季度、2024-Q4）');
  });
});
