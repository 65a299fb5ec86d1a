// `FUNDWATCH_DATA=DIR npm run build` bakes another folder in instead of the
// sample: the page opens on it (its name, no sample badge, its numbers as
// `analyze` computes them on the same folder, its first-screen pictures, and
// the warnings its load has, which the page's quick path for built-in data
// must not drop), and a folder that does not load stops the build with its
// problems.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from './buildApp';
import { REPO, cliAnalysis, coverageRate } from './cliAnalysis';
import { byTestId, kpiValue, waitForDashboard } from './dashboard';
import { APP_TIMEOUT, CONTEXT_OPTIONS, connectChromium } from './harness';
import { foreignRequests } from './requestLog';
import { serveStatic, type StaticServer } from './staticServer';

const TINY = join(REPO, 'test/fixtures/tiny');
// A transfer received before it was issued: a warning, not an error (engine/validate.ts).
const TRANSFERS =
  'transfer_id,year,fund,from_level,to_region_code,kind,amount,issued_date,received_date,source_transfer_id\n' +
  'T1,2024,assistance,central,150100,formal,100.00,2024-03-10,2024-03-01,\n';

let work = '';
let data = '';
let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
const requests: string[] = [];

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'fundwatch-builtin-'));
  data = join(work, 'data');
  // In the contract's own shape (UTF-8 without BOM, LF, the contract's column names): the shape
  // the page's quick path for built-in data takes (engine/prevalidated.ts).
  await mkdir(data);
  for (const name of await readdir(TINY)) {
    const text = (await readFile(join(TINY, name), 'utf8'))
      .replace(/^\ufeff/, '')
      .replace(/\r\n/g, '\n')
      .replace(/^年度,区划代码,基金,年初累计结余\n/, 'year,region_code,fund,opening_balance\n');
    await writeFile(join(data, name), text);
  }
  await writeFile(join(data, 'transfers.csv'), TRANSFERS);
  await buildApp(join(work, 'dist'), { data, dataName: '小样本 2024' });
  server = await serveStatic(join(work, 'dist'));
  browser = await connectChromium();
  context = await browser.newContext(CONTEXT_OPTIONS);
  context.on('request', (r) => requests.push(r.url()));
}, 240_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('a dataset built into the page', () => {
  it("opens on that dataset, named as the build said, with analyze's numbers", async () => {
    const page = await context.newPage();
    await page.goto(server.url);
    const view = await waitForDashboard(page);
    expect(view.quarter).toBe('2024Q4');
    await expect.poll(() => byTestId(page, 'dashboard').getAttribute('data-source'), { timeout: APP_TIMEOUT }).toBe('engine');
    expect(await page.locator('header.topbar').textContent()).toContain('小样本 2024');
    expect(await byTestId(page, 'sample-badge').count()).toBe(0);

    const analysis = await cliAnalysis(data, '2024Q4');
    // test/fixtures/tiny: 2,031 of 2,050 recipients enrolled.
    expect(coverageRate(analysis, '150000')).toBe('0.990732');
    expect(await kpiValue(page, 'kpi-coverage')).toBe('0.990732');
    // Its cities, not the sample's, in the ranking.
    const ranking = byTestId(page, 'chart-coverage');
    expect(await ranking.locator('svg text', { hasText: '呼和浩特市' }).count()).toBeGreaterThan(0);
    expect(await ranking.locator('svg text', { hasText: '乌兰察布市' }).count()).toBe(0);
    // The data page lists the warning the load found, as a full load does.
    await byTestId(page, 'tab-data').click();
    const warning = byTestId(page, 'data-loaded').locator('[data-testid="problem-row"][data-severity="warning"]');
    await warning.first().waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    expect(await warning.count()).toBe(1);
    expect(await warning.textContent()).toContain('到账日期 2024-03-01 早于下达日期 2024-03-10');
    expect(foreignRequests(requests, server.url)).toEqual([]);
    await page.close();
  });

  it('refuses, at build time, a folder that does not load, listing file, row, column and what was expected', async () => {
    const broken = join(REPO, 'test/fixtures/broken/csv-money-three-decimals');
    await expect(buildApp(join(work, 'broken-dist'), { data: broken })).rejects.toThrow(
      /fund_flows\.csv · 第3行 · amount · 金额"1000000\.005"超过两位小数 · 应为：/,
    );
  }, 120_000);
});
