// The snapshot file in a real browser (Debian Chromium, fresh profile):
// opened from file:// it makes no request but the file itself, shows every
// chart, and prints to a sensible number of A4 pages.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleReport, type SampleReport } from './sampleReport';

let r: SampleReport;
let context: BrowserContext;
let profile = '';

beforeAll(async () => {
  r = await sampleReport();
  profile = await mkdtemp(join(tmpdir(), 'fundwatch-report-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
    locale: 'zh-CN',
  });
}, 120_000);

afterAll(async () => {
  await context?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
});

describe('the report file in Chromium', () => {
  it('opens with zero network requests and shows every chart; prints to 3–30 A4 pages', async () => {
    const url = pathToFileURL(r.file).href;
    const requests: string[] = [];
    const page = await context.newPage();
    page.on('request', (req) => requests.push(req.url()));
    await page.goto(url);
    expect(requests.filter((u) => u !== url && !u.startsWith('data:'))).toEqual([]);
    expect(await page.locator('figure.chart svg').count()).toBe(8);
    // Charts are drawn, not empty: the coverage ranking names its cities.
    expect(await page.locator('#chart-coverage svg text', { hasText: '乌兰察布市' }).count()).toBeGreaterThan(0);
    // A phone: one column, the page itself does not scroll sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const pdf = await page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(30);
    expect(requests.filter((u) => u !== url && !u.startsWith('data:'))).toEqual([]);
    await page.close();
  }, 120_000);
});
