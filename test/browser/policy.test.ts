// 政策参数 on the sample: an edited coverage band recomputes every page
// (the overview's alert count changes), an invalid value is refused with its
// reason and changes nothing, reset restores the file, download saves the edit.
import { appendFile, cp, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_TIMEOUT, downloadText, setupBrowser } from './harness';
import { byTestId, kpiValue, loadFiles, waitForDashboard, waitForKpi } from './dashboard';
import { SAMPLE_DIR, cliAnalysis } from './cliAnalysis';
import { waitForPage } from './pages';

const browser = setupBrowser('policy');

/** A 6-decimal rate string ("0.997620") or bound ("0.995") as integer millionths, so comparisons are exact. */
function millionths(text: string): number {
  const [int = '0', frac = ''] = text.split('.');
  return Number(int) * 1_000_000 + Number(frac.padEnd(6, '0').slice(0, 6));
}

/** Severity of a rate under coverage bands red < lo, yellow lo ≤ x < hi (the default file: 0.99 / 0.995). */
function coverageSeverity(rate: string, lo: string, hi: string): string | null {
  if (millionths(rate) < millionths(lo)) return 'red';
  if (millionths(rate) < millionths(hi)) return 'yellow';
  return null;
}

describe('policy page', () => {
  it('makes 99.5%–99.8% red for the session: the overview alert count changes; reset brings it back', async () => {
    const cli = await cliAnalysis(SAMPLE_DIR, '2024Q4');
    const overall = cli.coverage.filter((c) => c.category === null && c.rate !== null);
    const before = overall.filter((c) => coverageSeverity(c.rate ?? '1', '0.99', '0.995') !== null).length;
    const after = overall.filter((c) => coverageSeverity(c.rate ?? '1', '0.998', '0.999') !== null).length;
    // The sample's province is at 0.997620 and most counties at 99.55%–100%: the stricter bands catch more.
    expect(after).toBeGreaterThan(before);

    const page = await browser().open('?q=2024Q4&r=150000&f=resident');
    await waitForDashboard(page);
    const original = Number(await kpiValue(page, 'kpi-alerts'));
    // The KPI counts the province's resident and fund-less alerts; only coverage alerts change.
    const expected = String(original - before + after);

    await byTestId(page, 'tab-policy').click();
    await waitForPage(page, 'policy');
    // The target is the red band's upper bound (one field); the yellow band's start moves with it.
    expect(await byTestId(page, 'policy-coverage-target').getAttribute('data-path')).toBe('thresholds.coverage.0.lt');
    // Percentages as people type them: 99.8 and 99.9% (the file keeps 0.998 and 0.999).
    await byTestId(page, 'policy-coverage-target').fill('99.8');
    await page.locator('input[data-path="thresholds.coverage.1.lt"]').fill('99.9%');
    await byTestId(page, 'policy-apply').click();
    await byTestId(page, 'policy-edited').waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    expect(await byTestId(page, 'policy-edited').textContent()).toContain('已修改（本次会话）');

    await byTestId(page, 'tab-overview').click();
    await waitForDashboard(page);
    await waitForKpi(page, 'kpi-alerts', expected);

    // The edit downloads as a policy.json that carries it.
    await byTestId(page, 'tab-policy').click();
    await waitForPage(page, 'policy');
    const [download] = await Promise.all([page.waitForEvent('download'), byTestId(page, 'policy-download').click()]);
    expect(download.suggestedFilename()).toBe('policy.json');
    // In fundwatch-policy/2 (the sample's /1 file was turned into it when read): the target is the red band's bound.
    const saved = JSON.parse(await downloadText(download)) as {
      schema: string;
      years: { year: number; coverage_target?: string; thresholds?: { coverage?: unknown } }[];
    };
    expect(saved.schema).toBe('fundwatch-policy/2');
    expect(saved.years.find((y) => y.year === 2024)?.thresholds?.coverage).toEqual([
      { severity: 'red', lt: '0.998' },
      { severity: 'yellow', gte: '0.998', lt: '0.999' },
    ]);
    expect(saved.years.some((y) => y.coverage_target !== undefined)).toBe(false);

    await byTestId(page, 'policy-reset').click();
    await expect.poll(() => byTestId(page, 'policy-edited').count(), { timeout: APP_TIMEOUT }).toBe(0);
    expect(await byTestId(page, 'policy-coverage-target').inputValue()).toBe('99');
    await byTestId(page, 'tab-overview').click();
    await waitForDashboard(page);
    await waitForKpi(page, 'kpi-alerts', String(original));
  });

  it('refuses "abc" with the reason next to the field, and nothing is recomputed', async () => {
    const page = await browser().open('?page=policy&q=2024Q4&r=150000&f=resident');
    await waitForPage(page, 'policy');
    await byTestId(page, 'policy-coverage-target').fill('abc');
    await byTestId(page, 'policy-apply').click();
    const error = page.locator('[data-testid="policy-error"][data-path="thresholds.coverage.0.lt"]');
    await error.waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    expect(await error.textContent()).toContain('请输入百分数');
    // The refusal names the field.
    expect(await byTestId(page, 'policy-refused').textContent()).toContain('参保率目标（低于即红色预警）（%）：请输入百分数');
    expect(await byTestId(page, 'policy-edited').count()).toBe(0);
    expect(await byTestId(page, 'page-policy').getAttribute('data-edited')).toBe('false');

    await byTestId(page, 'tab-overview').click();
    await waitForDashboard(page);
    const cli = await cliAnalysis(SAMPLE_DIR, '2024Q4');
    const province = cli.coverage.find((c) => c.region_code === '150000' && c.category === null);
    expect(await kpiValue(page, 'kpi-coverage')).toBe(province?.rate);
  });

  it('gives a city without counties a line saying it bears its gap itself, in place of its two sharing settings', async () => {
    // The sample with one more city that has no counties (a 东莞 or 儋州 of another province).
    const dir = await mkdtemp(join(tmpdir(), 'fundwatch-countyless-'));
    await cp(SAMPLE_DIR, dir, { recursive: true });
    await appendFile(join(dir, 'regions.csv'), '159901,测试新区,city,150000,3\n');
    const page = await browser().open('?q=2024Q4&r=150000&f=resident');
    await waitForDashboard(page);
    await loadFiles(page, (await readdir(dir)).map((f) => join(dir, f)));
    await byTestId(page, 'tab-policy').click();
    await waitForPage(page, 'policy');
    const note = page.locator('[data-testid="policy-note"][data-path="sharing.cities.159901"]');
    await note.waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    expect(await note.innerText()).toBe('测试新区\n无下辖旗县：缺口在结余弥补后全部由本级承担，无需分担设置');
    expect(await page.locator('[data-path^="sharing.cities.159901."]').count()).toBe(0);
    // A city with counties keeps both settings.
    expect(await page.locator('[data-path="sharing.cities.150900.city_ratio"]').count()).toBe(1);
    expect(await page.locator('[data-path="sharing.cities.150900.county_basis"]').count()).toBe(1);
  });
});
