import { describe, expect, it } from 'vitest';
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
});
