// analyze --scenario: the stress arrays of DESIGN.md, and the refusal of bad values.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnalysisJson } from '../../src/domain/analysis';
import type { StressJson } from '../../src/domain/stress';
import { cli, ROOT } from './runCli';

const SAMPLE = join(ROOT, 'data/sample');

describe('analyze --scenario', () => {
  it('adds stress and stress_summary to the JSON, and nothing else changes', async () => {
    const [plain, run] = await Promise.all([
      cli('analyze', '--data', SAMPLE, '--json'),
      cli('analyze', '--data', SAMPLE, '--json', '--scenario', 'income=-0.10,expenditure=0.10,insured=-0.05,delay=1'),
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const base = JSON.parse(plain.stdout) as AnalysisJson & Partial<StressJson>;
    const doc = JSON.parse(run.stdout) as AnalysisJson & StressJson;
    expect(base.stress).toBeUndefined();
    expect(Object.keys(doc)).toEqual([...Object.keys(base), 'stress', 'stress_summary']);
    expect({ ...doc, stress: undefined, stress_summary: undefined }).toEqual({ ...base, stress: undefined, stress_summary: undefined });
    // 12 cities and the province, two funds, four quarters each.
    expect(doc.stress).toHaveLength(104);
    expect(doc.stress_summary).toHaveLength(26);
    expect(Object.keys(doc.stress[0] ?? {})).toEqual([
      'region_code',
      'fund',
      'quarter',
      'baseline_balance',
      'scenario_balance',
      'baseline_months',
      'scenario_months',
    ]);
    for (const row of doc.stress) {
      expect(row.baseline_balance).toMatch(/^-?\d+\.\d{2}$/);
      expect(row.scenario_balance).toMatch(/^-?\d+\.\d{2}$/);
    }
    // The same pool as test/engine/stress.sample.test.ts with all four shocks.
    expect(doc.stress_summary.filter((s) => s.first_red_quarter !== null)).toEqual([
      { region_code: '150900', fund: 'assistance', first_red_quarter: '2025Q1', buffer: '72741401.52' },
      { region_code: '150900', fund: 'resident', first_red_quarter: '2025Q1', buffer: '820476537.49' },
    ]);
    // The baseline is the seasonal forecast: 乌兰察布市's resident fund from its 2024Q4 balance.
    const q1 = doc.stress.find((s) => s.region_code === '150900' && s.fund === 'resident' && s.quarter === '2025Q1');
    expect(q1).toMatchObject({ baseline_balance: '1109991789.70', baseline_months: '6.86' });
  });

  it('the summary without --json ends with the scenario and the pools that cross into red, saying where the baseline is red too', async () => {
    const [run, baseline] = await Promise.all([
      cli('analyze', '--data', SAMPLE, '--scenario', 'expenditure_up_10'),
      // The baseline on its own: a scenario that shocks nothing.
      cli('analyze', '--data', SAMPLE, '--json', '--scenario', 'expenditure=0'),
    ]);
    expect(run.code).toBe(0);
    // Both of 乌兰察布市's funds are red in the baseline from the same quarters as under the scenario:
    // the scenario raises their buffers, it does not push them into red.
    const red = (JSON.parse(baseline.stdout) as StressJson).stress_summary.filter((s) => s.first_red_quarter !== null);
    expect(red.map((s) => [s.region_code, s.fund, s.first_red_quarter])).toEqual([
      ['150900', 'assistance', '2025Q1'],
      ['150900', 'resident', '2025Q3'],
    ]);
    expect(run.stdout.trim().split('\n').slice(-3)).toEqual([
      '压力测试 · 支出增长10%（上级补助 0%，支出 +10%，参保人数 0%，补助延迟 0 个季度）',
      '  乌兰察布市 城乡医疗救助基金：2025年第1季度跌入红色档（基准预测亦自该季度起），需缓冲 65,991,153.44元',
      '  乌兰察布市 城乡居民医保基金：2025年第3季度跌入红色档（基准预测亦自该季度起），需缓冲 646,096,719.90元',
    ]);
  });

  it('refuses bad values with the parameter and its range, no stack trace, exit code 2', async () => {
    const run = await cli('analyze', '--data', SAMPLE, '--json', '--scenario', 'income=-1.5,expenditure=ten percent,delay=7', '--lang', 'en');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toEqual([
      'The stress scenario --scenario "income=-1.5,expenditure=ten percent,delay=7" is refused; nothing was computed:',
      '  income: -1.5 is outside the allowed range -100% to 100%',
      '  expenditure: "ten percent" is not a number: write a ratio such as 0.10 (10%); allowed -100% to 100%',
      '  delay: 7 is outside the allowed range 0 to 3',
    ]);
    expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });
});
