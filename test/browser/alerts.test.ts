// 预警清单 on the sample: all of `analyze`'s alerts, filters that filter and
// live in the address bar, and links that open the view explaining an alert.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ALERT_GROUPS_PER_PAGE } from '../../src/app/view/alertsView';
import { setupBrowser, APP_TIMEOUT } from './harness';
import { byTestId, urlParams, waitForDashboard } from './dashboard';
import { SAMPLE_DIR, cliAnalysis } from './cliAnalysis';
import { waitForPage } from './pages';

const browser = setupBrowser('alerts');

/** What the list shows, page after page: every alert as rule|severity|region|fund, and each group's severities (the group's own first). */
interface Listed {
  alerts: string[];
  groups: string[][];
  pages: number;
}

/**
 * Waits for the list to say it holds `total` alerts, then reads every page of
 * it by the 下一页 link (the list shows 10 groups of region × rule a page).
 */
async function readAllPages(page: Page, total: number): Promise<Listed> {
  await expect.poll(() => page.locator('#alerts-page-heading').textContent(), { timeout: APP_TIMEOUT }).toBe(`预警 ${total} 条`);
  const pager = byTestId(page, 'alert-pager');
  const pages = (await pager.count()) > 0 ? Number(await pager.getAttribute('data-pages')) : 1;
  const out: Listed = { alerts: [], groups: [], pages };
  for (let n = 1; ; n++) {
    // One read per page (a round trip per attribute took most of the test's time on a loaded machine).
    const groups = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid="alert-group"]')].map((g) => ({
        severity: g.getAttribute('data-severity') ?? '',
        alerts: [...g.querySelectorAll('[data-testid="alert"]')].map((a) => ['data-rule', 'data-severity', 'data-region', 'data-fund'].map((n) => a.getAttribute(n) ?? '')),
      })),
    );
    for (const group of groups) {
      out.groups.push([group.severity, ...group.alerts.map((a) => a[1] ?? '')]);
      out.alerts.push(...group.alerts.map((a) => a.join('|')));
    }
    if (n >= pages) break;
    await byTestId(page, 'alert-page-next').click();
    await expect.poll(() => byTestId(page, 'alert-page-of').textContent(), { timeout: APP_TIMEOUT }).toBe(`第 ${n + 1} / ${pages} 页`);
  }
  return out;
}

const ORDER = ['red', 'orange', 'yellow', 'blue'];
const rank = (s: string) => ORDER.indexOf(s);
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);

describe('alerts page', () => {
  it('lists every alert of the quarter, grouped and paged, and filters by severity and rule', async () => {
    const cli = await cliAnalysis(SAMPLE_DIR, '2024Q4');
    const page = await browser().open('?page=alerts&q=2024Q4&r=150000&f=resident');
    await waitForPage(page, 'alerts');
    const key = (a: { rule: string; severity: string; region_code: string; fund: string | null }) => `${a.rule}|${a.severity}|${a.region_code}|${a.fund ?? ''}`;
    // The page is short: one page of groups, and it says which alerts it shows of how many.
    await expect.poll(() => byTestId(page, 'alert-shown').textContent(), { timeout: APP_TIMEOUT }).toMatch(new RegExp(`^显示第 1–\\d+ 条 / 共 ${cli.alerts.length} 条`));
    expect(await byTestId(page, 'alert-group').count()).toBeLessThanOrEqual(ALERT_GROUPS_PER_PAGE);
    const listed = await readAllPages(page, cli.alerts.length);
    expect(listed.pages).toBeGreaterThan(1);
    expect([...listed.alerts].sort()).toEqual(cli.alerts.map(key).sort());
    // Worst group first; in a group, worst alert first, and the group takes its worst alert's colour.
    const groupRanks = listed.groups.map((g) => rank(g[0] ?? ''));
    expect(groupRanks).toEqual(sorted(groupRanks));
    for (const [head, ...items] of listed.groups) {
      expect(items[0]).toBe(head);
      expect(items.map(rank)).toEqual(sorted(items.map(rank)));
    }
    // Paging lives in the address; a new filter starts from the first page.
    expect(urlParams(page).get('pg')).toBe(String(listed.pages));

    const reds = cli.alerts.filter((a) => a.severity === 'red').length;
    expect(await byTestId(page, 'count-red').getAttribute('data-count')).toBe(String(reds));
    await byTestId(page, 'filter-severity').selectOption('red');
    const red = await readAllPages(page, reds);
    expect(red.alerts).toHaveLength(reds);
    expect(new Set(red.alerts.map((a) => a.split('|')[1]))).toEqual(new Set(['red']));
    expect(urlParams(page).get('sev')).toBe('red');

    await byTestId(page, 'filter-severity').selectOption('');
    await byTestId(page, 'filter-rule').selectOption('coverage');
    expect(urlParams(page).get('pg')).toBeNull();
    const coverage = cli.alerts.filter((a) => a.rule === 'coverage').length;
    const byRule = await readAllPages(page, coverage);
    expect(new Set(byRule.alerts.map((a) => a.split('|')[0]))).toEqual(new Set(['coverage']));
    expect(byRule.alerts).toHaveLength(coverage);
    expect(urlParams(page).get('rule')).toBe('coverage');
    expect(urlParams(page).get('sev')).toBeNull();

    // Reload: the filters and the page come back from the address.
    await page.reload();
    await waitForPage(page, 'alerts');
    expect((await readAllPages(page, coverage)).alerts).toHaveLength(coverage);
    expect(await byTestId(page, 'filter-rule').inputValue()).toBe('coverage');
    const second = await browser().open('?page=alerts&q=2024Q4&r=150000&f=resident&pg=2');
    await waitForPage(second, 'alerts');
    await expect.poll(() => byTestId(second, 'alert-page-of').textContent(), { timeout: APP_TIMEOUT }).toBe(`第 2 / ${listed.pages} 页`);
  });

  it('filters by fund and by region with everything below it', async () => {
    const cli = await cliAnalysis(SAMPLE_DIR, '2024Q4');
    const page = await browser().open('?page=alerts&q=2024Q4&r=150000&f=resident&af=assistance&ar=150900');
    await waitForPage(page, 'alerts');
    // 乌兰察布市 and its counties (codes 1509xx); alerts of no fund (coverage) concern both funds.
    const want = (cli.alerts as { region_code: string; fund?: string | null }[]).filter(
      (a) => a.region_code.startsWith('1509') && (a.fund ?? null) !== 'resident',
    );
    const listed = await readAllPages(page, want.length);
    expect(listed.alerts).toHaveLength(want.length);
    expect(listed.alerts.every((a) => (a.split('|')[2] ?? '').startsWith('1509'))).toBe(true);
    expect(listed.alerts.every((a) => ['assistance', ''].includes(a.split('|')[3] ?? '-'))).toBe(true);
    expect(await byTestId(page, 'alert-scope').textContent()).toBe('乌兰察布市 · 城乡医疗救助基金');
  });

  it('links a coverage alert to the overview of its county and a deficit to the sharing page of its city', async () => {
    const page = await browser().open('?page=alerts&q=2024Q4&r=150000&f=resident&rule=coverage&sev=red');
    await waitForPage(page, 'alerts');
    const coverage = page.locator('[data-testid="alert"][data-region="152222"]');
    await coverage.waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    await coverage.locator('[data-testid="alert-link"]').click();
    expect(await waitForDashboard(page)).toEqual({ quarter: '2024Q4', region: '152222', fund: 'resident' });

    const deficits = await browser().open('?page=alerts&q=2024Q4&r=150000&f=resident&rule=accumulated_negative&af=assistance');
    await waitForPage(deficits, 'alerts');
    const city = deficits.locator('[data-testid="alert"][data-region="150900"]');
    await city.waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    await city.locator('[data-testid="alert-link"]').click();
    const sharing = await waitForPage(deficits, 'sharing');
    expect(await sharing.getAttribute('data-city')).toBe('150900');
    expect(await sharing.getAttribute('data-fund')).toBe('assistance');
    expect(await byTestId(deficits, 'sharing-gap').getAttribute('data-value')).toBe('17960565.39');
  });
});
