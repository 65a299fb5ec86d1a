// A problem the engine finds is data: where it is, and two messages (code and
// the values quoted from the file). Only the edges turn them into sentences.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/engine/ingest/load';
import { capProblems, formatProblem, MAX_PROBLEMS_PER_FILE, problemText, type Problem } from '../../src/engine/ingest/problems';
import { message } from '../../src/domain/messages/codes';
import { csv, TINY_DIR, tinyWith, useEngine } from './harness';

const HAN = /\p{Script=Han}/u;

describe('a problem found by the engine', () => {
  const engine = useEngine();

  it('comes back as codes and quoted values, never as text, and reads the same as before at the edge', async () => {
    const flows = readFileSync(join(TINY_DIR, 'fund_flows.csv'), 'utf8');
    const report = await loadDataset(engine(), await tinyWith(csv('fund_flows.csv', `${flows}2024Q4,150102,assistance,expenditure,inpatient,,12.345\n`)));
    expect(report.ok).toBe(false);
    const [bad] = report.problems;
    expect(bad).toEqual({
      file: 'fund_flows.csv',
      row: 41,
      column: 'amount',
      severity: 'error',
      problem: { code: 'cell.too_many_decimals', params: { value: '12.345', unit: null, decimals: 2 } },
      expected: { code: 'cell.expected', params: { kind: 'money', signed: false, values: [] } },
    });
    // No sentence anywhere in the record: its only Chinese would be a value quoted from the file.
    expect(JSON.stringify(bad)).not.toMatch(HAN);
    expect(formatProblem(bad as Problem)).toBe('fund_flows.csv · 第41行 · amount · 金额"12.345"超过两位小数 · 应为：以元为单位、最多两位小数的非负金额，如 1234.56');
    expect(formatProblem(bad as Problem, 'en')).toBe(
      'fund_flows.csv · row 41 · amount · Amount "12.345" has more than two decimals · expected: a non-negative amount in yuan with at most two decimals, e.g. 1234.56',
    );
  });
});

describe('capProblems', () => {
  const one = (row: number): Problem => ({ file: 'a.csv', row, column: 'x', severity: 'warning', problem: message('file.empty'), expected: message('file.empty') });

  it('keeps the first problems of a file and counts the rest in one more message', () => {
    const capped = capProblems(Array.from({ length: MAX_PROBLEMS_PER_FILE + 2 }, (_, i) => one(i + 2)));
    expect(capped).toHaveLength(MAX_PROBLEMS_PER_FILE + 1);
    expect(capped.at(-1)).toEqual({
      file: 'a.csv',
      row: null,
      column: null,
      severity: 'warning',
      problem: { code: 'problem.more', params: { count: 2 } },
      expected: { code: 'problem.fix_rest', params: {} },
    });
  });
});

describe('a problem whose value more rows share', () => {
  it('says how many, in the line and in the text the data page shows in its problem column', () => {
    const p: Problem = {
      file: 'assistance_enrollment.csv',
      row: 2,
      sameRows: 1236,
      column: 'category',
      ...{ problem: message('cell.invalid', { kind: 'enum', label: '救助类别', value: '困难群众' }), expected: message('cell.expected', { kind: 'enum', signed: false, values: ['tekun'] }) },
      severity: 'error',
    };
    expect(problemText(p, 'zh')).toBe('救助类别"困难群众"不是允许的取值（共 1,236 行同一取值，此为第一行）');
    expect(formatProblem(p, 'zh')).toBe('assistance_enrollment.csv · 第2行 · category · 救助类别"困难群众"不是允许的取值（共 1,236 行同一取值，此为第一行） · 应为：以下之一：tekun');
    expect(problemText(p, 'en')).toBe('"困难群众" is not an allowed value (the same value in 1,236 rows; this is the first)');
  });
});
