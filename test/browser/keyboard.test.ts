// A keyboard user (an English walk's findings): the header's controls and the
// ten page tabs were 18 tab stops before any page's content, and on 压力测试 a
// pool's trend opened only on a row's mouse click — the two pools that go red
// (乌兰察布市) could not be reached. Now the first tab stop skips to the
// page's <main>, and each pool's name is a button that opens its trend.
import { describe, expect, it } from 'vitest';
import { byTestId, urlParams } from './dashboard';
import { APP_TIMEOUT, setupBrowser } from './harness';

const browser = setupBrowser('keyboard');

describe('keyboard', () => {
  it('the first Tab shows a skip link; Enter puts the focus on the page’s content', async () => {
    const page = await browser().open('?page=alerts&q=2024Q4&lang=en');
    await byTestId(page, 'page-alerts').waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    await page.keyboard.press('Tab');
    const skip = byTestId(page, 'skip-link');
    await expect.poll(() => skip.evaluate((a) => a === document.activeElement), { timeout: APP_TIMEOUT }).toBe(true);
    expect(await skip.innerText()).toBe('Skip to content');
    // Shown while focused: inside the window, not off to the left.
    const box = await skip.boundingBox();
    expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('page-alerts');
    // The next Tab is the first control of the page, not the header's quarter.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main')?.getAttribute('data-testid') ?? null)).toBe('page-alerts');
  });

  it('opens a pool’s trend on 压力测试 from the keyboard, by its name', async () => {
    const page = await browser().open('?page=stress&q=2024Q4&r=150000&f=resident');
    await byTestId(page, 'page-stress').waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    const button = page.locator('[data-testid="stress-row"][data-region="150900"][data-fund="assistance"] button');
    await button.waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    expect(await button.getAttribute('aria-label')).toBe('查看 乌兰察布市 城乡医疗救助基金 的余额走势');
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => urlParams(page).get('r'), { timeout: APP_TIMEOUT }).toBe('150900');
    await expect.poll(() => byTestId(page, 'stress-selected').getAttribute('data-region'), { timeout: APP_TIMEOUT }).toBe('150900');
    expect(await byTestId(page, 'stress-selected').getAttribute('data-fund')).toBe('assistance');
  });
});
