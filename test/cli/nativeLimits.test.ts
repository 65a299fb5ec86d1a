// The command line on native DuckDB as a user runs it (scripts/run-cli.mjs):
// a file that is not what its name says and data beyond the memory limit
// end with a precise message and exit code 1, no stack trace, and the
// engine's temp folder (registered files, spill) is gone afterwards.
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliWith, ROOT } from './runCli';

const TINY = join(ROOT, 'test/fixtures/tiny');
const SAMPLE = join(ROOT, 'data/sample');

describe('the native CLI at its limits', () => {
  const temp = mkdtempSync(join(tmpdir(), 'fundwatch-cli-native-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('refuses a roster.csv that is a fund-flow file, naming each missing column, and leaves no temp files', async () => {
    const data = join(temp, 'not-a-roster');
    cpSync(TINY, data, { recursive: true });
    copyFileSync(join(TINY, 'fund_flows.csv'), join(data, 'roster.csv'));
    const own = join(temp, 'tmp-roster');
    mkdirSync(own);
    const run = await cliWith({ TMPDIR: own }, 'analyze', '--data', data, '--json');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    // Extra columns are only a notice (offices add 备注 and 序号); the roster's own missing columns are the errors.
    const header = '应为：表头为 quarter,person_id,region_code,category,source,enrolled（或中文 季度,身份证号,区划代码,救助类别,数据来源,是否参保）';
    expect(lines.slice(0, -1)).toEqual([
      `roster.csv · 第1行 · person_id · 缺少列"person_id"（身份证号） · ${header}`,
      `roster.csv · 第1行 · category · 缺少列"category"（救助类别） · ${header}`,
      `roster.csv · 第1行 · source · 缺少列"source"（数据来源） · ${header}`,
      `roster.csv · 第1行 · enrolled · 缺少列"enrolled"（是否参保） · ${header}`,
    ]);
    expect(lines.at(-1)).toBe(`数据未加载：${data} 有错误（见上），请修正后重试`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(own)).toEqual([]);
  });

  it('ends with the memory limit and what to do when the data needs more than FUNDWATCH_MEMORY_LIMIT', async () => {
    const own = join(temp, 'tmp-memory');
    mkdirSync(own);
    const run = await cliWith({ TMPDIR: own, FUNDWATCH_MEMORY_LIMIT: '16MB' }, 'analyze', '--data', SAMPLE, '--json');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/the data needs more memory than the limit of 16MB \(set FUNDWATCH_MEMORY_LIMIT, e\.g\. FUNDWATCH_MEMORY_LIMIT=8GB, or free disk space in .* for spilling\) — Out of Memory Error/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(own)).toEqual([]);
  });

  it('refuses a FUNDWATCH_MEMORY_LIMIT that is not a size', async () => {
    const run = await cliWith({ FUNDWATCH_MEMORY_LIMIT: 'lots' }, 'analyze', '--data', TINY, '--json');
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe('错误：FUNDWATCH_MEMORY_LIMIT="lots" is not a memory size (expected e.g. 3GB or 512MB)');
  });

  it('runs the tiny fixture within a small limit (the data fits)', async () => {
    const run = await cliWith({ FUNDWATCH_MEMORY_LIMIT: '256MB' }, 'analyze', '--data', TINY, '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ quarter: '2024Q4' });
  });
});
