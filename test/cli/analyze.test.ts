// The analyze command as a user runs it (npm run analyze → scripts/run-cli.mjs).
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import type { AnalysisJson } from '../../src/domain/analysis';

const ROOT = join(import.meta.dirname, '../..');
const TINY = join(ROOT, 'test/fixtures/tiny');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function cli(...args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)('node', [join(ROOT, 'scripts/run-cli.mjs'), ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('analyze command', () => {
  const temp = mkdtempSync(join(tmpdir(), 'fundwatch-cli-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('prints the analyze --json document of the tiny fixture', async () => {
    const run = await cli('analyze', '--data', TINY, '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as AnalysisJson;
    expect(doc.quarter).toBe('2024Q4'); // the latest quarter by default
    // Hand-computed in test/engine/tiny.test.ts.
    expect(doc.coverage.find((c) => c.region_code === '150100' && c.category === null)).toMatchObject({ recipients: 1000, enrolled: 986, rate: '0.986000' });
    expect(doc.funds.find((f) => f.region_code === '150100' && f.fund === 'resident')).toMatchObject({
      income: '6400000.10',
      expenditure: '5500000.09',
      current_balance: '900000.01',
      accumulated_balance: '4801234.57',
      months_payable: '10.48',
    });
    expect(doc.funds.find((f) => f.region_code === '150100' && f.fund === 'assistance')).toMatchObject({ accumulated_balance: '155000.50', months_payable: '4.65' });
  });

  it('analyses an earlier quarter on request', async () => {
    const run = await cli('analyze', '--data', TINY, '--quarter', '2024Q2', '--json');
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as AnalysisJson;
    // 150100 resident 2024 H1: income 3,200,000 + 1,100,000 + 1,100,000; expenditure 1,000,000 + 150,000.10 + 1,200,000
    expect(doc.funds.find((f) => f.region_code === '150100' && f.fund === 'resident')).toMatchObject({
      quarter: '2024Q2',
      income: '5400000.00',
      expenditure: '2350000.10',
      current_balance: '3049999.90',
      // 3,901,234.56 + 3,049,999.90
      accumulated_balance: '6951234.46',
    });
    expect(doc.coverage).toEqual([]); // no enrollment rows for 2024Q2
  });

  it('prints a human summary without --json', async () => {
    const run = await cli('analyze', '--data', TINY);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('内蒙古自治区 救助对象参保率 99.07%');
    expect(run.stdout).toContain('低于参保目标的盟市（1）：呼和浩特市 98.60%');
  });

  it('exits 1 with file · row · column · problem, and no stack trace, on bad data', async () => {
    const bad = join(temp, 'bad');
    cpSync(TINY, bad, { recursive: true });
    appendFileSync(join(bad, 'assistance_enrollment.csv'), '2024Q4,150102.0,orphan,1,1,1,400.00\n');
    const run = await cli('analyze', '--data', bad, '--json');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('assistance_enrollment.csv · 第10行 · region_code · 区划代码"150102.0"带了小数点');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 1 for a quarter without data and 2 for usage errors and report', async () => {
    expect((await cli('analyze', '--data', TINY, '--quarter', '2022Q1')).code).toBe(1);
    const usage = await cli('analyze', '--quarter', '2024Q9', '--data', TINY);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('2024Q9');
    const report = await cli('report', '--data', TINY);
    expect(report.code).toBe(2);
    expect(report.stderr).toContain('not yet implemented');
  });
});
