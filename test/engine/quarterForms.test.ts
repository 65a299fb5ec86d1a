// The quarter forms the loader reads in the data (stage.ts, in SQL) and the
// command line's --quarter reads (quarterFromText): one set, read alike.
import { describe, expect, it } from 'vitest';
import { quarterFromText } from '../../src/engine/contract/quarterForms';
import { parseArgs, UsageError } from '../../src/cli/args';

describe('quarterFromText', () => {
  it('reads the forms office tables write', () => {
    const forms: [string, string][] = [
      ['2024Q4', '2024Q4'],
      ['2024q4', '2024Q4'],
      ['2024-Q4', '2024Q4'],
      ['2024 q4', '2024Q4'],
      ['2024年第4季度', '2024Q4'],
      ['2024年第四季度', '2024Q4'],
      ['2024年度第Ⅳ季度', '2024Q4'],
      ['2024年4季度', '2024Q4'],
      ['２０２４年第一季度', '2024Q1'],
      ['2024－Q2', '2024Q2'],
      ['2024年10-12月', '2024Q4'],
      ['2024年7～9月份', '2024Q3'],
    ];
    for (const [text, quarter] of forms) expect([text, quarterFromText(text)]).toEqual([text, quarter]);
  });

  it('reads nothing from a month, a year or a quarter that is no quarter', () => {
    for (const text of ['2024-4', '2024', '2024Q5', '2024年第五季度', '2024年9-11月', '']) expect([text, quarterFromText(text)]).toEqual([text, null]);
  });
});

describe('--quarter', () => {
  it('takes the forms the data may write, and refuses a second, different one', () => {
    expect(parseArgs(['analyze', '--data', 'd', '--quarter', '2024年第四季度']).quarter).toBe('2024Q4');
    expect(parseArgs(['analyze', '--data', 'd', '--quarter', '2024Q4', '--quarter', '2024年第4季度']).quarter).toBe('2024Q4');
    expect(() => parseArgs(['analyze', '--data', 'd', '--quarter', '2024Q4', '--quarter', '2023Q4'])).toThrow(new UsageError('--quarter 只能给一次（已有 2024Q4）'));
    expect(() => parseArgs(['analyze', '--data', 'd', '--quarter', '2024-4'])).toThrow(UsageError);
  });
});
