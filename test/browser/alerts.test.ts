// 预警清单 on the sample: all of `analyze`'s alerts, filters that filter and
// live in the address bar, and links that open the view explaining an alert.
import { describe, expect, it } from 'vitest';
import { setupBrowser, APP_TIMEOUT } from './harness';
import { byTestId, urlParams, waitForDashboard } from './dashboard';
import { SAMPLE_DIR, cliAnalysis } from './cliAnalysis';
import { attrs, waitForCount, waitForPage } from './pages';

const browser = setupBrowser('alerts');

describe('alerts page', () => {
  it('lists every alert of the quarter and filters by severity and rule', async () => {
    const cli = await cliAnalysis(SAMPLE_DIR, '2024Q4');
    const page = await browser().open('?page=alerts&q=2024Q4&r=150000&f=resident');
    await waitForPage(page, 'alerts');
    const alerts = byTestId(page, 'alert');
    await waitForCount(alerts, cli.alerts.length);
    const keys = (a: { rule: string; severity: string; region_code: string }) => `${a.rule}|${a.severity}|${a.region_code}`;
    const shown = await Promise.all(
      (await alerts.all()).map(async (el) =>
        [await el.getAttribute('data-rule'), await el.getAttribute('data-severity'), await el.getAttribute('data-region')].join('|'),
      ),
    );
    expect(shown.sort()).toEqual(cli.alerts.map(keys).sort());
    // Worst first.
    const order = ['red', 'orange', 'yellow', 'blue'];
    const severities = (await attrs(alerts, 'data-severity')).map((s) => order.indexOf(s));
    expect(severities).toEqual([...severities].sort((a, b) => a - b));

    const reds = cli.alerts.filter((a) => a.severity === 'red').length;
    expect(await byTestId(page, 'count-red').getAttribute('data-count')).toBe(String(reds));
    await byTestId(page, 'filter-severity').selectOption('red');
    await waitForCount(alerts, reds);
    expect(new Set(await attrs(alerts, 'data-severity'))).toEqual(new Set(['red']));
    expect(urlParams(page).get('sev')).toBe('red');

    await byTestId(page, 'filter-severity').selectOption('');
    await byTestId(page, 'filter-rule').selectOption('coverage');
    await waitForCount(alerts, cli.alerts.filter((a) => a.rule === 'coverage').length);
    expect(new Set(await attrs(alerts, 'data-rule'))).toEqual(new Set(['coverage']));
    expect(urlParams(page).get('rule')).toBe('coverage');
    expect(urlParams(page).get('sev')).toBeNull();

    // Reload: the filters come back from the address.
    await page.reload();
    await waitForPage(page, 'alerts');
    await waitForCount(alerts, cli.alerts.filter((a) => a.rule === 'coverage').length);
    expect(await byTestId(page, 'filter-rule').inputValue()).toBe('coverage');
  });

  it('filters by fund and by region with everything below it', async () => {
    const cli = await cliAnalysis(SAMPLE_DIR, '2024Q4');
    const page = await browser().open('?page=alerts&q=2024Q4&r=150000&f=resident&af=assistance&ar=150900');
    await waitForPage(page, 'alerts');
    const alerts = byTestId(page, 'alert');
    // 乌兰察布市 and its counties (codes 1509xx); alerts of no fund (coverage) concern both funds.
    const want = (cli.alerts as { region_code: string; fund?: string | null }[]).filter(
      (a) => a.region_code.startsWith('1509') && (a.fund ?? null) !== 'resident',
    );
    await waitForCount(alerts, want.length);
    expect((await attrs(alerts, 'data-region')).every((r) => r.startsWith('1509'))).toBe(true);
    expect((await attrs(alerts, 'data-fund')).every((f) => f === 'assistance' || f === '')).toBe(true);
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
