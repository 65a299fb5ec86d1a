// What a screen-reader and keyboard user gets in English (an English,
// keyboard and screen-reader walk, ?lang=en): each refused field described
// by its own message, in its own unit, and only the field that is wrong;
// region names in Chinese for the speech engine; KPI figures and their units
// read apart; a chart read once, by its label; the big screen's rolling
// alerts can be paused, and entering the big screen puts the focus in it.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { byTestId } from './dashboard';
import { APP_TIMEOUT, setupBrowser } from './harness';
import { waitForPage } from './pages';

const browser = setupBrowser('screenReader');

/** The texts an input's aria-describedby points at (each id resolved), joined. */
async function description(input: Locator): Promise<string> {
  return input.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent ?? `(no element #${id})`)
      .join(' | '),
  );
}

/** The invalid inputs of the page, by test id and path. */
async function invalidFields(page: Page): Promise<string[]> {
  return page.$$eval('input[aria-invalid="true"]', (els) => els.map((e) => e.getAttribute('data-path') ?? e.getAttribute('data-testid') ?? '?'));
}

describe('refused fields, described by their messages', () => {
  it('stress: the refused field points at its line of the summary', async () => {
    const page = await browser().open('?page=stress&q=2024Q4&r=150000&f=resident&lang=en');
    await byTestId(page, 'page-stress').waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    const field = byTestId(page, 'stress-expenditure');
    await field.fill('ten percent');
    await byTestId(page, 'stress-apply').click();
    await expect.poll(() => field.getAttribute('aria-invalid'), { timeout: APP_TIMEOUT }).toBe('true');
    expect(await description(field)).toMatch(/^Expenditure change \(%\): "ten percent" is not a number/);
    expect(await byTestId(page, 'stress-income').getAttribute('aria-describedby')).toBeNull();
  });

  it('allocation: each refused field points at its message; the new-value input has a name and is marked invalid', async () => {
    const page = await browser().open('?page=allocation&q=2024Q4&r=150000&f=resident&pot=assistance&lang=en');
    await waitForPage(page, 'allocation');
    await byTestId(page, 'alloc-row').first().waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    const weight = byTestId(page, 'alloc-performance-weight');
    await weight.fill('20');
    await expect.poll(() => weight.getAttribute('aria-invalid'), { timeout: APP_TIMEOUT }).toBe('true');
    const error = await page.locator('[data-testid="alloc-error"][data-field="performancePercent"]').textContent();
    expect(await description(weight)).toBe(error);
    // Named by its label, not by label and message run together.
    expect(await page.getByRole('textbox', { name: 'Performance weight %', exact: true }).count()).toBe(1);
    await weight.fill('10');

    const value = byTestId(page, 'alloc-change-value');
    expect(await page.getByRole('textbox', { name: "Change one city's factor · New value", exact: true }).count()).toBe(1);
    // Its city options are Chinese names: in Chinese for the speech engine.
    expect(await byTestId(page, 'alloc-change-region').locator('option').nth(1).getAttribute('lang')).toBe('zh-CN');
    await byTestId(page, 'alloc-change-region').selectOption({ index: 1 });
    await value.fill('-3');
    await expect.poll(() => value.getAttribute('aria-invalid'), { timeout: APP_TIMEOUT }).toBe('true');
    expect(await description(value)).toContain('"-3"');
  });

  it('policy: 150 in the enrollment target is refused at that field only, in percent', async () => {
    const page = await browser().open('?page=policy&q=2024Q4&r=150000&f=resident&lang=en');
    await waitForPage(page, 'policy');
    const target = byTestId(page, 'policy-coverage-target');
    await target.fill('150');
    await byTestId(page, 'policy-apply').click();
    await expect.poll(() => target.getAttribute('aria-invalid'), { timeout: APP_TIMEOUT }).toBe('true');
    expect(await description(target)).toBe('Enter a percentage between 0 and 100');
    // The yellow band's start, still showing 99, is not refused.
    expect(await invalidFields(page)).toEqual(['thresholds.coverage.0.lt']);
    expect(await page.locator('[data-testid="policy-error"]').allTextContents()).toEqual(['Enter a percentage between 0 and 100']);
    expect(await byTestId(page, 'policy-refused').textContent()).not.toContain('1.5');
    expect(await page.getByRole('textbox', { name: 'Enrollment rate target (below it: red) (%)', exact: true }).count()).toBe(1);
  });
});

/** The Chinese text a screen reader reads out with no zh language on it (hidden text and drawings aside). */
function unmarkedChinese(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const left: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || !/\p{Script=Han}/u.test(n.textContent ?? '')) continue;
      // A section's heading is left as it is: marked, its CJK run's line box overlapped the next line where it wraps.
      if (el.closest('[lang^="zh"], [aria-hidden="true"], noscript, script, style, svg, [hidden], section > header h2, .card h2')) continue;
      if (el.getClientRects().length === 0) continue;
      left.push(n.textContent ?? '');
    }
    return left;
  });
}

describe('the English overview for a screen reader', () => {
  it('region names in Chinese, units apart from figures, charts read once by a label in percent', async () => {
    const page = await browser().open('?q=2024Q4&r=150000&f=resident&lang=en');
    const months = byTestId(page, 'kpi-months-payable');
    await months.waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    await page.locator('[data-testid="region-link"]').first().waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    // Region names: the title, the table links and the alert subjects.
    const zh = (l: Locator) => l.evaluateAll((els) => els.map((e) => e.closest('[lang^="zh"]') !== null));
    expect(await byTestId(page, 'region-title').locator('span[lang="zh-CN"]').textContent()).toBe('内蒙古自治区');
    const links = await zh(page.locator('[data-testid="region-link"] > *'));
    expect(links.length).toBeGreaterThan(0);
    expect(links.every(Boolean)).toBe(true);
    const subjects = await zh(page.locator('.alert-region > *'));
    expect(subjects.length).toBeGreaterThan(0);
    expect(subjects.every(Boolean)).toBe(true);

    // "8.51 months", "116 alerts": a space in the text read, not a margin.
    expect(await months.locator('.kpi-value').ariaSnapshot()).toMatch(/\d months/);
    expect(await byTestId(page, 'kpi-alerts').locator('.kpi-value').ariaSnapshot()).toMatch(/\d alerts?\b/);

    const coverage = byTestId(page, 'chart-coverage');
    expect(await coverage.getAttribute('aria-label')).toMatch(/target line 99%$/);
    // One img, named; its drawing's names and ticks not read a second time.
    const snapshot = await coverage.ariaSnapshot();
    expect(snapshot).not.toMatch(/乌海市|95%/);
    expect(await byTestId(page, 'chart-tiles').getAttribute('aria-label')).toMatch(/coloured by [a-z]/);

    // Every Chinese text read out is marked, inside English sentences too (an alert's explanation, a card's
    // "Regions under 内蒙古自治区", the alert scope): 46 such text nodes were not.
    expect(await unmarkedChinese(page)).toEqual([]);
  });

  it('the alerts, gap sharing, reconciliation and allocation pages mark their Chinese too: group heads, steps, cases, total rows', async () => {
    for (const name of ['alerts', 'sharing', 'reconciliation', 'allocation'] as const) {
      const page = await browser().open(`?page=${name}&q=2024Q4&r=150000&f=resident&lang=en`);
      const shown = await waitForPage(page, name);
      await expect.poll(async () => (await shown.locator('[lang="zh-CN"]').count()) > 0, { timeout: APP_TIMEOUT }).toBe(true);
      await page.locator('main[aria-busy="true"]').waitFor({ state: 'detached', timeout: APP_TIMEOUT }).catch(() => undefined);
      expect(await unmarkedChinese(page), name).toEqual([]);
    }
  });
});

describe('the big screen from the keyboard', () => {
  it('Enter on "Big screen" puts the focus on its title; the worst alerts pause and resume; Esc gives the focus back', async () => {
    const page = await browser().open('?q=2024Q4&r=150000&f=resident&lang=en');
    const button = byTestId(page, 'bigscreen-button');
    await button.waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    await button.focus();
    await page.keyboard.press('Enter');
    await byTestId(page, 'bigscreen').waitFor({ timeout: APP_TIMEOUT });
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName), { timeout: APP_TIMEOUT }).toBe('bs-title');

    // A KPI's unit read apart from its figure.
    expect(await page.locator('.bs-kpi-value').first().ariaSnapshot()).toMatch(/\d %|\d [a-z]|\d\.\d+%/);
    expect(await page.locator('.bs-kpi-unit').evaluateAll((els) => els.every((e) => (e.textContent ?? '').startsWith(' ')))).toBe(true);

    const alerts = byTestId(page, 'bs-alerts');
    const pause = byTestId(page, 'bs-alerts-pause');
    expect(await pause.innerText()).toBe('Pause the list');
    const heading = async () => (await alerts.locator('h2').textContent()) ?? '';
    // Reached by Tab, pressed with Enter.
    await pause.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => alerts.getAttribute('data-paused')).toBe('true');
    expect(await pause.innerText()).toBe('Resume the list');
    const held = await heading();
    await page.waitForTimeout(7000);
    expect(await heading()).toBe(held);
    await page.keyboard.press('Enter');
    await expect.poll(() => alerts.getAttribute('data-paused')).toBe('false');
    await expect.poll(heading, { timeout: 10_000 }).not.toBe(held);

    // Esc leaves, and the focus goes back to the button that opened the big screen (it was left on <body>).
    await page.keyboard.press('Escape');
    await button.waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName), { timeout: APP_TIMEOUT }).toBe('bigscreen-button');
  });
});
