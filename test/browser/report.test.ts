// 形势分析报告 page on the sample: the preview is the report, and the file it
// downloads is the one `npm run report` writes for the same data, quarter and
// region (only the generation time and the data label may differ), so its
// numbers are `analyze --json`'s.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Decimal from 'decimal.js';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { APP_TIMEOUT, downloadText, setupBrowser } from './harness';
import { byTestId } from './dashboard';
import { REPO, SAMPLE_DIR, cliAnalysis } from './cliAnalysis';
import type { AnalysisJsonWithPages } from './pages';

const browser = setupBrowser('report');

async function waitForReport(page: Page, region: string): Promise<void> {
  const root = byTestId(page, 'page-report');
  await root.waitFor({ state: 'visible', timeout: APP_TIMEOUT });
  await expect.poll(() => root.getAttribute('data-region'), { timeout: APP_TIMEOUT }).toBe(region);
  await expect.poll(() => root.getAttribute('data-state'), { timeout: APP_TIMEOUT }).toBe('ready');
}

async function cliReport(quarter: string, region: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'fundwatch-report-ui-'));
  try {
    const out = join(dir, 'report.html');
    await promisify(execFile)('node', [join(REPO, 'scripts/run-cli.mjs'), 'report', '--data', SAMPLE_DIR, '--quarter', quarter, '--region', region, '--out', out], { cwd: REPO });
    return await readFile(out, 'utf8');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * What legitimately differs between app and CLI: when, what the data are
 * called, and where chart text sits (the browser measures text with its fonts,
 * Node estimates): each chart is compared by its texts, in order.
 */
function withoutTimeAndLabel(html: string): string {
  return html
    .replace(/<svg\b[\s\S]*?<\/svg>/g, (svg) => `<svg>${[...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join('|')}</svg>`)
    .replace(/生成时间：\d{4}-\d{2}-\d{2} \d{2}:\d{2}/g, '生成时间：T')
    .replace(/"generated_at":"[^"]*"/g, '"generated_at":"T"')
    .replace(/数据：[^<]*<\/p>/g, '数据：D</p>')
    .replace(/"dataset":"[^"]*"/g, '"dataset":"D"');
}

function embedded<T>(html: string, id: string): T {
  const m = new RegExp(`<script type="application/json" id="data-${id}">([\\s\\S]*?)</script>`).exec(html);
  if (!m?.[1]) throw new Error(`no data-${id} block`);
  return JSON.parse(m[1]) as T;
}

describe('report page', () => {
  it('previews the province report and downloads the CLI report with analyze --json numbers', async () => {
    const page = await browser().open('?page=report&q=2024Q4&r=150000&f=resident');
    await waitForReport(page, '150000');
    const frame = page.frameLocator('[data-testid="report-preview"]');
    await expect.poll(() => frame.locator('h1').textContent(), { timeout: APP_TIMEOUT }).toBe('2024年第4季度 医疗保障基金运行形势分析');
    expect(await frame.locator('.title-block .region').textContent()).toBe('内蒙古自治区');
    // data/README.md: 乌兰察布市 resident fund, 2.30 months payable at 2024Q4.
    const months = frame.locator('#table-balance-resident tr[data-region="150900"] td[data-col="months"]');
    expect(await months.textContent()).toBe('2.30');

    const [download] = await Promise.all([page.waitForEvent('download'), byTestId(page, 'report-download').click()]);
    expect(download.suggestedFilename()).toBe('内蒙古自治区_2024年第4季度_形势分析.html');
    const html = await downloadText(download);

    // The command line's file for the same data, quarter and region: the same document but for time, label and text placement.
    const [cliHtml, cli] = await Promise.all([cliReport('2024Q4', '150000'), cliAnalysis(SAMPLE_DIR, '2024Q4') as Promise<AnalysisJsonWithPages>]);
    expect(withoutTimeAndLabel(html)).toBe(withoutTimeAndLabel(cliHtml));
    expect(html).toContain('示例数据');

    // Province coverage against analyze --json: 769,444 of 771,280 = 0.997620 → 99.76%.
    const province = cli.coverage.find((c) => c.region_code === '150000' && c.category === null);
    expect(province).toMatchObject({ recipients: 771280, enrolled: 769444, rate: '0.997620' });
    const total = /<table id="table-coverage-region">[\s\S]*?<tr class="total">([\s\S]*?)<\/tr>/.exec(html)?.[1] ?? '';
    expect(total).toContain('data-col="recipients">771,280<');
    expect(total).toContain('data-col="enrolled">769,444<');
    expect(total).toContain(`data-col="rate">${new Decimal(province?.rate ?? '0').times(100).toFixed(2)}%<`);
    expect(html).toContain('救助对象参保率 99.76%');

    // 乌兰察布市's assistance gap chain, as embedded in the file and as analyze prints it.
    const chain = embedded<Record<string, unknown>>(html, 'gap-150900-assistance');
    const sharing = cli.sharing.find((s) => s.city_code === '150900' && s.fund === 'assistance');
    expect(chain).toEqual(sharing);
    expect(chain.gap).toBe('17960565.39');

    // Self-contained: no outside reference, no script but inert JSON.
    expect(html).not.toMatch(/https?:/i);
    const scripts = html.match(/<script\b[^>]*>/gi) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.filter((s) => !/^<script type="application\/json" id="[^"]+">$/.test(s))).toEqual([]);
  });

  it('reports on a city picked in the selector, and a county on screen reports on its city', async () => {
    const page = await browser().open('?page=report&q=2024Q4&r=150923&f=resident');
    await waitForReport(page, '150900');
    expect(await byTestId(page, 'report-region').inputValue()).toBe('150900');
    const frame = page.frameLocator('[data-testid="report-preview"]');
    await expect.poll(() => frame.locator('.title-block .region').textContent(), { timeout: APP_TIMEOUT }).toBe('乌兰察布市');

    await byTestId(page, 'report-region').selectOption('150000');
    await waitForReport(page, '150000');
    expect(new URL(page.url()).searchParams.get('r')).toBe('150000');
    await expect.poll(() => frame.locator('.title-block .region').textContent(), { timeout: APP_TIMEOUT }).toBe('内蒙古自治区');

    // The print button prints the frame's document (the preview), not the app around it. The
    // frame may still be replaced by the region's report as it settles: its window is patched
    // and the button pressed again until a press reaches the patched window.
    const printOnce = async (): Promise<number | undefined> => {
      await page.evaluate(() => {
        const frameWindow = document.querySelector<HTMLIFrameElement>('[data-testid="report-preview"]')?.contentWindow as (Window & { printed?: number }) | null;
        if (!frameWindow) throw new Error('no preview frame');
        frameWindow.printed = 0;
        frameWindow.print = () => {
          frameWindow.printed = (frameWindow.printed ?? 0) + 1;
        };
      });
      await byTestId(page, 'report-print').click();
      return page.evaluate(
        () => (document.querySelector<HTMLIFrameElement>('[data-testid="report-preview"]')?.contentWindow as (Window & { printed?: number }) | null)?.printed,
      );
    };
    await expect.poll(printOnce, { timeout: APP_TIMEOUT }).toBe(1);
    // Ctrl+P prints the report too (the browser's own print took the app: its header, tabs and
    // buttons on the first sheet, the report cut at the frame's first page end).
    const printed = (): Promise<number | undefined> =>
      page.evaluate(() => (document.querySelector<HTMLIFrameElement>('[data-testid="report-preview"]')?.contentWindow as (Window & { printed?: number }) | null)?.printed);
    await page.keyboard.press('Control+P');
    expect(await printed()).toBe(2);
    // Printed from the browser's menu, the page is one line saying where the report prints from.
    await page.emulateMedia({ media: 'print' });
    const shown = (selector: string): Promise<boolean> => page.locator(selector).first().isVisible();
    expect(await shown('.topbar')).toBe(false);
    expect(await shown('[data-testid="page-tabs"]')).toBe(false);
    expect(await shown('[data-testid="report-preview"]')).toBe(false);
    expect(await page.locator('.report-print-hint').textContent()).toContain('打印 / 另存为 PDF');
    expect(await shown('.report-print-hint')).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(await shown('.report-print-hint')).toBe(false);
    // The frame may not run scripts.
    expect(await byTestId(page, 'report-preview').getAttribute('sandbox')).toBe('allow-same-origin allow-modals');
  });
});
