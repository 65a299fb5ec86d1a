// Another province's data on the page (the sample moved to 湖南省,
// test/fixtures/otherProvince.ts): its levels read 地市 and 县区 on every page
// that names them, never Inner Mongolia's 盟市 and 旗县; the province is 省级, 全省.
// Inner Mongolia's own words, and a municipality's (市级, 统筹区, 区县, 全市).
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { APP_TIMEOUT, setupBrowser } from './harness';
import { byTestId, loadFiles, waitForDashboard, waitForView } from './dashboard';
import { waitForPage } from './pages';
import { HUNAN, writeSampleAsProvince } from '../fixtures/otherProvince';

const browser = setupBrowser('level-words');

const INNER_MONGOLIA_WORDS = /盟市|旗县|自治区|全区/;

describe('the level words of a province other than Inner Mongolia', () => {
  it('the overview, sharing and allocation pages say 地市, 县区 and 全省, not 盟市, 旗县 and 全区', async () => {
    const dir = writeSampleAsProvince(await mkdtemp(join(tmpdir(), 'fundwatch-level-words-')), HUNAN);
    const page = await browser().open();
    await waitForDashboard(page);
    await loadFiles(page, (await readdir(dir)).map((f) => join(dir, f)));
    await waitForView(page, { region: '430000' });
    const overview = byTestId(page, 'dashboard');
    await expect.poll(() => overview.textContent(), { timeout: APP_TIMEOUT }).toContain('湖南省');
    expect(await page.locator('body').innerText()).not.toMatch(INNER_MONGOLIA_WORDS);

    // 乌兰察布市 (430900) has the largest gap, so the page opens on it; the rule names both levels whatever the fund.
    await byTestId(page, 'tab-sharing').click();
    const sharing = await waitForPage(page, 'sharing');
    await expect.poll(() => sharing.getAttribute('data-city'), { timeout: APP_TIMEOUT }).toBe('430900');
    const rule = (await byTestId(page, 'sharing-rule').textContent()) ?? '';
    expect(rule).toContain('县区自身原因造成的缺口由该县区全额承担，其余由地市本级承担');
    expect(rule).toContain('在各县区间分摊');
    expect(rule).toContain('分担规则（全省默认）');
    expect(await page.locator('body').innerText()).not.toMatch(INNER_MONGOLIA_WORDS);

    await byTestId(page, 'tab-allocation').click();
    const allocation = await waitForPage(page, 'allocation');
    await byTestId(page, 'alloc-row').first().waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    expect(await allocation.locator('th').allInnerTexts()).toContain('地市');
    expect(await allocation.textContent()).toContain('2024 年度 · 省级 → 地市');
    expect(await page.locator('body').innerText()).not.toMatch(INNER_MONGOLIA_WORDS);
  });
});

// The sample's own province, an autonomous region: its header read 内蒙古自治区 省级, its income by source 省级 ·
// 市级 · 县级, and 对账 listed 来源级次 省级 under a lead that says 中央、自治区.
describe('Inner Mongolia’s own level words', () => {
  it('the overview, 对账 and 因素法分配 say 自治区, 盟市级 and 旗县级, never 省级', async () => {
    const page = await browser().open();
    await waitForDashboard(page);
    const meta = page.locator('.title-meta');
    await expect.poll(() => meta.textContent(), { timeout: APP_TIMEOUT }).toMatch(/^自治区 · 2024年第4季度 · /);
    const trendHeads = (await page.locator('.card-trend th').allTextContents()).join('|');
    for (const level of ['中央', '自治区', '盟市级', '旗县级']) expect(trendHeads).toContain(level);
    expect(await page.locator('body').textContent()).not.toContain('省级');

    await byTestId(page, 'tab-reconciliation').click();
    const reconciliation = await waitForPage(page, 'reconciliation');
    await expect.poll(() => reconciliation.textContent(), { timeout: APP_TIMEOUT }).toContain('未载入文件');
    // The money booked as the autonomous region's with no document: its level in the region's words.
    expect(await reconciliation.locator('td').allTextContents()).toContain('自治区');
    expect(await page.locator('body').textContent()).not.toContain('省级');

    await byTestId(page, 'tab-allocation').click();
    const allocation = await waitForPage(page, 'allocation');
    await byTestId(page, 'alloc-row').first().waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    await expect.poll(async () => (await allocation.locator('th').allTextContents()).join('|'), { timeout: APP_TIMEOUT }).toContain('自治区（万元）');
    expect(await page.locator('body').textContent()).not.toContain('省级');
  });
});

// A municipality (sweep 30, D3): 重庆's pools were 地市, its own level 省级. The official list's layout
// (test/browser/fixtures/generic-names: 500100 市辖区 and 500200 县 grouping the districts and counties).
describe('a municipality’s own level words', () => {
  it('the overview, sharing and policy pages say 市级, 统筹区, 区县 and 全市', async () => {
    const fixture = fileURLToPath(new URL('./fixtures/generic-names/', import.meta.url));
    const page = await browser().open();
    await waitForDashboard(page);
    await loadFiles(page, (await readdir(fixture)).map((f) => join(fixture, f)));
    await waitForView(page, { region: '500000' });
    const meta = page.locator('.title-meta');
    await expect.poll(() => meta.textContent(), { timeout: APP_TIMEOUT }).toMatch(/^市级 · 2024年第4季度 · /);
    const PROVINCE_WORDS = /地市|县区|省级|全省/;
    expect(await page.locator('body').innerText()).not.toMatch(PROVINCE_WORDS);

    // 重庆市·县 (城口县's gap) is the only pool with one.
    await byTestId(page, 'tab-sharing').click();
    const sharing = await waitForPage(page, 'sharing');
    await expect.poll(() => sharing.getAttribute('data-city'), { timeout: APP_TIMEOUT }).toBe('500200');
    const rule = (await byTestId(page, 'sharing-rule').textContent()) ?? '';
    expect(rule).toContain('分担规则（全市默认）');
    expect(rule).toContain('区县自身原因造成的缺口由该区县全额承担，其余由统筹区本级承担');
    expect(await page.locator('body').innerText()).not.toMatch(PROVINCE_WORDS);

    await byTestId(page, 'tab-policy').click();
    const policy = await waitForPage(page, 'policy');
    await expect.poll(() => policy.innerText(), { timeout: APP_TIMEOUT }).toContain('全市默认：统筹区分担比例');
    expect(await policy.innerText()).toContain('其余部分市级承担比例 · 一类地区');
    expect(await page.locator('body').innerText()).not.toMatch(PROVINCE_WORDS);
  });
});

