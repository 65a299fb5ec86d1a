// Engine parity: the command line runs on native DuckDB (engine/native.ts,
// @duckdb/node-api 1.5) and the page on DuckDB-wasm (1.4.3, engine/node.ts
// under Node). The same CLI function (main: loader + analyze + output) runs
// here on both, on the sample and on a province ten times the sample
// (test/cli/parity10x.test.ts, its own file so that it runs beside this one),
// and must print exactly the same thing.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnalysisJson } from '../../src/domain/analysis';
import { both } from './bothEngines';

const ROOT = join(import.meta.dirname, '../..');
const SAMPLE = join(ROOT, 'data/sample');
const TINY = join(ROOT, 'test/fixtures/tiny');

describe('DuckDB-wasm and native DuckDB print the same analysis', () => {
  it('the sample, 2024Q4, as --json and as the summary', async () => {
    const json = await both('analyze', '--data', SAMPLE, '--quarter', '2024Q4', '--json');
    expect(json.native).toEqual(json.wasm);
    expect(json.native.code).toBe(0);
    const doc = JSON.parse(json.native.stdout) as AnalysisJson;
    // data/README.md's planted chain (also in analyze.test.ts).
    expect(doc.sharing.find((s) => s.city_code === '150900' && s.fund === 'assistance')).toMatchObject({
      gap: '17960565.39',
      covered_by_balance: '12309907.97',
      city_share: '2594288.53',
    });
    expect(doc.coverage.length).toBeGreaterThan(100);
    expect(doc.alerts.length).toBeGreaterThan(10);

    const summary = await both('analyze', '--data', SAMPLE, '--quarter', '2024Q4', '--lang', 'en');
    expect(summary.native).toEqual(summary.wasm);
    expect(summary.native.stdout).toContain('内蒙古自治区 recipient enrollment rate 99.76% (enrolled 769,444 / recipients 771,280)');
  }, 120_000);

  it('the tiny fixture at an earlier quarter', async () => {
    const { wasm, native } = await both('analyze', '--data', TINY, '--quarter', '2024Q2', '--json');
    expect(native).toEqual(wasm);
    const doc = JSON.parse(native.stdout) as AnalysisJson;
    expect(doc.funds.find((f) => f.region_code === '150100' && f.fund === 'resident')).toMatchObject({ income: '5400000.00', accumulated_balance: '6951234.46' });
  }, 60_000);
});

// Bad input: every case of the broken-input corpus is loaded into both engines by
// test/engine/brokenCorpus.test.ts, which requires the same problems from each.
