// 压力测试 on the sample: 支出增长10% shows the same first red quarters and
// buffers as `analyze --scenario … --json`'s stress_summary; the scenario
// lives in the address so a link reopens it; a bad value is refused.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { byTestId, urlParams } from './dashboard';
import { REPO, SAMPLE_DIR } from './cliAnalysis';
import { APP_TIMEOUT, setupBrowser } from './harness';
import { dataWords, expectNoChinese } from './langText';
import { attrs, waitForCount } from './pages';

const browser = setupBrowser('stress');

interface SummaryRow {
  region_code: string;
  fund: string;
  first_red_quarter: string | null;
  buffer: string;
}

async function cliSummary(scenario: string): Promise<SummaryRow[]> {
  const { stdout } = await promisify(execFile)(
    'npm',
    ['run', '--silent', 'analyze', '--', '--data', SAMPLE_DIR, '--quarter', '2024Q4', '--json', '--scenario', scenario],
    { cwd: REPO, maxBuffer: 256 * 1024 * 1024 },
  );
  return (JSON.parse(stdout.slice(stdout.indexOf('{'))) as { stress_summary: SummaryRow[] }).stress_summary;
}

const key = (r: { region: string; fund: string }) => `${r.region}|${r.fund}`;

describe('stress page', () => {
  it('支出增长10%: the same first red quarters and buffers as the command line, and a link reopens it', async () => {
    const cli = cliSummary('expenditure=0.10');
    const page = await browser().open('?page=stress&q=2024Q4&r=150000&f=resident');
    await byTestId(page, 'page-stress').waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    // The default preset of the policy is 支出增长10%; a click on it writes it into the address.
    const preset = byTestId(page, 'stress-preset-expenditure_up_10');
    await expect.poll(() => preset.getAttribute('aria-pressed'), { timeout: APP_TIMEOUT }).toBe('true');
    await preset.click();
    await expect.poll(() => urlParams(page).get('expenditure'), { timeout: APP_TIMEOUT }).toBe('0.1');

    const rows = byTestId(page, 'stress-row');
    await waitForCount(rows, 26);
    const [regions, funds, firstRed, buffers] = await Promise.all(
      ['data-region', 'data-fund', 'data-first-red', 'data-buffer'].map((a) => attrs(rows, a)),
    );
    const shown = (regions ?? []).map((region, i) => ({ region, fund: funds?.[i] ?? '', firstRed: firstRed?.[i] ?? '', buffer: buffers?.[i] ?? '' }));
    const expected = (await cli).map((r) => ({ region: r.region_code, fund: r.fund, firstRed: r.first_red_quarter ?? '', buffer: r.buffer }));
    const sort = (list: typeof shown) => [...list].sort((a, b) => key(a).localeCompare(key(b)));
    expect(sort(shown)).toEqual(sort(expected));
    // Ranked: the soonest crossing first. On the sample only 乌兰察布市 crosses (data/README.md's deficit city).
    expect(shown.slice(0, 2)).toEqual([
      { region: '150900', fund: 'assistance', firstRed: '2025Q1', buffer: '65991153.44' },
      { region: '150900', fund: 'resident', firstRed: '2025Q3', buffer: '646096719.90' },
    ]);
    await page.locator('[data-testid="chart-stress"][data-state="ready"]').waitFor({ state: 'attached', timeout: APP_TIMEOUT });

    // Each export label sits beside its own buttons (排名 → its CSV/XLSX, 逐季明细 → its own), not pulled apart by the header's wrapping.
    const sets = byTestId(page, 'stress-export-set');
    await waitForCount(sets, 2);
    for (const set of await sets.all()) {
      const label = await set.locator('.export-label').boundingBox();
      const buttons = await set.locator('.export-buttons').boundingBox();
      if (!label || !buttons) throw new Error('an export label or its buttons are not shown');
      expect(buttons.x - (label.x + label.width)).toBeGreaterThanOrEqual(0);
      expect(buttons.x - (label.x + label.width)).toBeLessThan(16);
      expect(Math.abs(buttons.y + buttons.height / 2 - (label.y + label.height / 2))).toBeLessThan(8);
    }

    // The link, opened afresh with the user's own values, shows that scenario.
    const link = `?page=stress&q=2024Q4&r=150900&f=resident&income=-0.1&expenditure=0.1&insured=-0.05&delay=1`;
    const again = await browser().open(link);
    const rowsAgain = byTestId(again, 'stress-row');
    await waitForCount(rowsAgain, 26);
    expect(await byTestId(again, 'stress-income').inputValue()).toBe('-10');
    expect(await byTestId(again, 'stress-delay').inputValue()).toBe('1');
    const selected = byTestId(again, 'stress-selected');
    expect(await selected.getAttribute('data-region')).toBe('150900');
    const all = await cliSummary('income=-0.10,expenditure=0.10,insured=-0.05,delay=1');
    const resident = all.find((r) => r.region_code === '150900' && r.fund === 'resident');
    expect(await again.locator('[data-testid="stress-row"][data-region="150900"][data-fund="resident"]').getAttribute('data-buffer')).toBe(resident?.buffer);
  });

  it('a pool whose balance goes far below zero: the axis labels do not run into each other', async () => {
    // 乌兰察布市's assistance fund is already overdrawn (−565.07万元) and falls to about −3,500万元 under
    // 支出增长10%: the value axis ends at −4,000, its widest label, level with the first quarter's label.
    const page = await browser().open('?page=stress&q=2024Q4&r=150900&f=assistance');
    const chart = page.locator('[data-testid="chart-stress"][data-state="ready"]:not(:has(.chart-picture))');
    await chart.waitFor({ state: 'attached', timeout: APP_TIMEOUT });
    const boxes = await chart.locator('svg text').evaluateAll((texts) =>
      texts.map((t) => {
        const r = t.getBoundingClientRect();
        return { text: t.textContent ?? '', left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      }),
    );
    expect(boxes.map((b) => b.text)).toEqual(expect.arrayContaining(['-4,000', '2024年第4季度']));
    // 1 px of tolerance, as everyPage.test.ts allows.
    const overlaps = boxes.flatMap((a, i) =>
      boxes.slice(i + 1).filter((b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1).map((b) => `${a.text} × ${b.text}`),
    );
    expect(overlaps).toEqual([]);
  });

  it('refuses a value out of range, naming the parameter and the range, and computes nothing', async () => {
    const page = await browser().open('?page=stress&q=2024Q4&r=150000&f=resident&income=-1.5');
    const refused = byTestId(page, 'stress-refused');
    await refused.waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    expect(await refused.textContent()).toContain('income: -1.5 超出允许范围 -100% 到 100%');
    expect(await byTestId(page, 'stress-row').count()).toBe(0);
    // Typed in the form: "ten percent" is refused too, in place.
    await byTestId(page, 'stress-income').fill('0');
    await byTestId(page, 'stress-expenditure').fill('ten percent');
    await byTestId(page, 'stress-apply').click();
    // In the form's terms (an English walk: "income: … write a ratio such as -0.10" under a field that takes percent): its label, a percentage.
    await expect.poll(async () => (await refused.textContent()) ?? '', { timeout: APP_TIMEOUT }).toContain('支出变动（%）："ten percent" 不是数字：请填百分数，如 10（即 10%）；允许 -100% 到 100%');
    expect(await refused.textContent()).not.toContain('比例');
  });
});

describe('stress page in English', () => {
  it('no Chinese but the data, preset names in English, the same buffers', async () => {
    const words = await dataWords(SAMPLE_DIR);
    const page = await browser().open('?page=stress&q=2024Q4&r=150900&f=resident&lang=en');
    const rows = byTestId(page, 'stress-row');
    await waitForCount(rows, 26);
    await page.locator('[data-testid="chart-stress"][data-state="ready"]').waitFor({ state: 'attached', timeout: APP_TIMEOUT });
    expect(await byTestId(page, 'stress-presets').textContent()).toContain('Expenditure +10%');
    expect(await byTestId(page, 'stress-scenario').textContent()).toContain('Expenditure +10% (higher-level subsidies 0%, expenditure +10%');
    expect(await page.locator('[data-testid="stress-row"][data-region="150900"][data-fund="resident"]').getAttribute('data-buffer')).toBe('646096719.90');
    await expectNoChinese(page, words);
  });
});
