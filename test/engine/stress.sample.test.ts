// Stress scenarios on the generated sample's real history: a zero scenario is
// the baseline exactly for every pool and fund, the baseline is the seasonal
// forecast where both project the same quarters, and 支出增长10% takes
// 乌兰察布市 (150900, the planted deficit city) into the red band.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fundForecasts } from '../../src/domain/forecast';
import { moneyString } from '../../src/domain/money';
import { DEFAULT_POLICY_FILE, resolvePolicy } from '../../src/domain/policy/policy';
import { stressTests } from '../../src/domain/stress';
import { presetScenario, ZERO_SCENARIO } from '../../src/domain/stressScenario';
import type { Analysis } from '../../src/domain/types';
import { analyze } from '../../src/engine/queries/analyze';
import { loadDataset } from '../../src/engine/ingest/load';
import { readDatasetDir } from '../../src/engine/formats/nodeFiles';
import { useEngine } from './harness';

const SAMPLE = join(import.meta.dirname, '../../data/sample');

describe('stress scenarios on the sample', () => {
  const engine = useEngine();
  const analyses = new Map<string, Analysis>();
  const policy = resolvePolicy(DEFAULT_POLICY_FILE, 2024);

  beforeAll(async () => {
    const files = (await readDatasetDir(SAMPLE)).filter((f) => f.name !== 'policy.json');
    const report = await loadDataset(engine(), files);
    if (!report.ok) throw new Error(JSON.stringify(report.problems.slice(0, 5)));
    for (const q of ['2024Q2', '2024Q4']) analyses.set(q, await analyze(engine(), q, DEFAULT_POLICY_FILE));
  });

  it.each(['2024Q2', '2024Q4'])('a zero scenario equals the baseline exactly for every pool and fund (from %s)', (quarter) => {
    const a = analyses.get(quarter) as Analysis;
    const results = stressTests(a.history, quarter, policy, a.regions, ZERO_SCENARIO);
    expect(results).toHaveLength(26); // 12 cities + the province, two funds each
    for (const r of results) {
      expect(r.points).toHaveLength(4);
      for (const p of r.points) {
        expect(p.scenarioBalance.toString()).toBe(p.baselineBalance.toString());
        expect(p.scenarioMonths?.toString()).toBe(p.baselineMonths?.toString());
      }
      expect(r.firstRedQuarter).toBe(r.baselineFirstRed);
      expect(r.buffer.toString()).toBe(r.baselineBuffer.toString());
    }
  });

  it('the baseline is the seasonal forecast over the quarters both project', () => {
    for (const quarter of ['2024Q2', '2024Q4']) {
      const a = analyses.get(quarter) as Analysis;
      const forecasts = fundForecasts(a.history, quarter, policy, a.regions);
      for (const r of stressTests(a.history, quarter, policy, a.regions, ZERO_SCENARIO)) {
        const f = forecasts.find((x) => x.regionCode === r.regionCode && x.fund === r.fund);
        expect(f).toBeDefined();
        for (const fp of f?.points ?? []) {
          const p = r.points.find((x) => x.quarter === fp.quarter);
          expect(p && moneyString(p.baselineBalance)).toBe(moneyString(fp.accumulatedBalance));
        }
      }
    }
  });

  it('支出增长10% from 2024Q4: only 乌兰察布市 crosses into red', () => {
    const a = analyses.get('2024Q4') as Analysis;
    const preset = policy.stress.presets.find((p) => p.name === '支出增长10%');
    if (preset === undefined) throw new Error('no preset');
    const red = stressTests(a.history, '2024Q4', policy, a.regions, presetScenario(preset)).filter((r) => r.firstRedQuarter !== null);
    expect(red.map((r) => [r.regionCode, r.fund, r.firstRedQuarter, moneyString(r.buffer)])).toEqual([
      ['150900', 'assistance', '2025Q1', '65991153.44'],
      ['150900', 'resident', '2025Q3', '646096719.90'],
    ]);
  });
});
