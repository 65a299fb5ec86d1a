import { describe, expect, it } from 'vitest';
import { Dec } from '../../../src/domain/money';
import { message, type Message, type MessageCode } from '../../../src/domain/messages/codes';
import { EN } from '../../../src/domain/messages/en';
import { renderMessage } from '../../../src/domain/messages/render';
import { ZH } from '../../../src/domain/messages/zh';
import { SAMPLES } from './samples';

const HAN = /\p{Script=Han}/u;
const CODES = Object.keys(SAMPLES) as MessageCode[];
const sample = (code: MessageCode): Message => ({ code, params: SAMPLES[code] }) as Message;

describe('the message catalogues', () => {
  it('say every code in both languages, and nothing else', () => {
    expect(Object.keys(ZH).sort()).toEqual([...CODES].sort());
    expect(Object.keys(EN).sort()).toEqual([...CODES].sort());
  });

  it('render every code to a sentence; the English has no Chinese of its own (the samples quote none)', () => {
    for (const code of CODES) {
      const zh = renderMessage(sample(code), 'zh');
      const en = renderMessage(sample(code), 'en');
      expect(zh, code).not.toBe('');
      expect(en, code).not.toBe('');
      // 万元 is the sample unit: the English names it in words, the Chinese as it is written.
      expect(en.replace(/万元/g, ''), code).not.toMatch(HAN);
    }
  });

  it('say a nested message in the same language', () => {
    const issue = message('policy.issue', { path: 'years[0].financing', year: 2024, reason: message('policy.missing') });
    const line = message('load.policy_invalid', { policyFile: 'policy.json', issue });
    expect(renderMessage(line, 'zh')).toBe('policy.json 有误：2024 年政策：years[0].financing: 缺少此项');
    expect(renderMessage(line, 'en')).toBe('policy.json is not valid: policy for 2024: years[0].financing: missing');
  });

  it('quote the values of the user file as they are', () => {
    const bad = message('cell.invalid', { kind: 'region_code', label: '区划代码', value: '15O102' });
    expect(renderMessage(bad, 'zh')).toBe('区划代码"15O102"不是6位数字');
    expect(renderMessage(bad, 'en')).toBe('Region code "15O102" is not six digits');
    const conflict = message('merge.conflict', { first: '150100', second: '150200', table: 'regions', key: 'region_code=150100', values: [{ column: 'name', a: '呼和浩特市', b: null }] });
    expect(renderMessage(conflict, 'zh')).toBe('报送"150100"与报送"150200"的 regions 中同一键（region_code=150100）的数据不同：name 呼和浩特市 ≠ (空)');
    expect(renderMessage(conflict, 'en')).toBe('Submissions "150100" and "150200" hold the same key of regions (region_code=150100) with different values: name 呼和浩特市 ≠ (empty)');
  });

  it('word counts: one problem, two problems', () => {
    expect(renderMessage(message('problem.more', { count: 1 }), 'en')).toBe('1 more problem not listed');
    expect(renderMessage(message('problem.more', { count: 2 }), 'en')).toBe('2 more problems not listed');
    expect(renderMessage(message('check.rows_merged', { merged: 1, row: 9, first: 3 }), 'en')).toMatch(/^1 row is identical/);
    expect(renderMessage(message('check.rows_merged', { merged: 2, row: 9, first: 3 }), 'zh')).toBe('2 行与前面某行完全相同（如第9行与第3行），已合并为一行，不重复计数');
  });

  it('print a figure that rounds onto its threshold with the decimals that keep it on its own side', () => {
    // 1,678 ÷ 1,695 = 98.997…%: two decimals would read "99.00%, below the target 99.00%".
    const coverage = message('alert.coverage', { ...SAMPLES['alert.coverage'], enrolled: 1678, recipients: 1695, rate: new Dec(1678).div(1695).toString() });
    expect(renderMessage(coverage, 'zh')).toContain('= 98.997%，低于目标 99.00%（红色）');
    expect(renderMessage(coverage, 'en')).toContain('= 98.997%, below the target 99.00% (red)');
    const rate = message('alert.balance_rate', { ...SAMPLES['alert.balance_rate'], comparison: 'lt', rate: '-0.00004', threshold: '0' });
    expect(renderMessage(rate, 'zh')).toContain('= -0.004%，低于 0.00%（红色）');
    const months = message('alert.months_payable', { ...SAMPLES['alert.months_payable'], months: '2.9961', threshold: '3' });
    expect(renderMessage(months, 'zh')).toContain('= 2.996 个月，低于 3 个月（红色）');
    expect(renderMessage(months, 'en')).toContain('= 2.996 months, below 3 months (red)');
    const forecast = message('alert.forecast_months', { ...SAMPLES['alert.forecast_months'], months: '2.9999', threshold: '3' });
    expect(renderMessage(forecast, 'zh')).toContain('= 2.9999 个月，低于 3 个月');
    const gap = message('alert.growth_gap', { ...SAMPLES['alert.growth_gap'], comparison: 'gt', gap: '0.100004', threshold: '0.1' });
    expect(renderMessage(gap, 'zh')).toContain('= 10.0004 个百分点，高于 10.00 个百分点');
    expect(renderMessage(gap, 'en')).toContain('= 10.0004 percentage points, above 10.00 percentage points');
    const ratio = message('alert.advance_ratio', { ...SAMPLES['alert.advance_ratio'], ratio: '0.89999', threshold: '0.9' });
    expect(renderMessage(ratio, 'zh')).toContain('= 89.999%，低于 90.00%');
    // Shown equal to a bound that holds for equal figures: "at or above 9 months" is true of 9.00.
    const blue = message('alert.months_payable', { ...SAMPLES['alert.months_payable'], comparison: 'gte', severity: 'blue', months: '9.0034', threshold: '9' });
    expect(renderMessage(blue, 'zh')).toContain('= 9.00 个月，不低于 9 个月（蓝色）');
    // Away from the threshold, two decimals as before.
    expect(renderMessage(message('alert.coverage', SAMPLES['alert.coverage']), 'zh')).toContain('= 98.58%，低于目标 99.00%');
  });

  it('a 12-digit statistical region code (统计用区划代码) is named as one, with the six digits it stands for', () => {
    const twelve = message('cell.invalid', { kind: 'region_code', label: '区划代码', value: '150102000000' });
    expect(renderMessage(twelve, 'zh')).toBe('区划代码"150102000000"是12位统计用区划代码，不是6位数字：县级及以上区划取前6位（150102）');
    expect(renderMessage(twelve, 'en')).toBe(
      'Region code "150102000000" is a 12-digit statistical code, not six digits: a county or higher is its first six (150102)',
    );
    // A 12-digit code of a township or village (its last six digits not all zero) is no region of the contract: plain refusal.
    expect(renderMessage(message('cell.invalid', { kind: 'region_code', label: '区划代码', value: '150102001000' }), 'zh')).toBe('区划代码"150102001000"不是6位数字');
  });
});
