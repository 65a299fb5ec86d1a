// 居民医保财政补助分担 on the allocation page: per-capita 670 yuan (2024) ×
// insured at 2024Q4, central 80%, the province 30/50/70% of the rest by tier,
// city + county the remainder — recomputed here from the CSV files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { setupBrowser, APP_TIMEOUT } from './harness';
import { byTestId } from './dashboard';
import { SAMPLE_DIR } from './cliAnalysis';
import { waitForPage, yuanText } from './pages';

const browser = setupBrowser('subsidy');

function csvRows(name: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(join(SAMPLE_DIR, name), 'utf8').trim().split('\n');
  const cols = (header ?? '').split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [cols[i], v])));
}

describe('subsidy split', () => {
  it('splits 670 yuan × insured into central, province by tier and city + county, to the fen', async () => {
    const regions = new Map(csvRows('regions.csv').map((r) => [r.region_code, r]));
    const insured = csvRows('resident_enrollment.csv').filter((r) => r.quarter === '2024Q4');
    // In fen: 670 × n yuan = 67,000·n fen; central 80% = 53,600·n; the rest
    // 13,400·n; the province takes 30/50/70% of it by the county's tier
    // (inherited from its city): all whole fen, no rounding.
    const provinceShare: Record<string, bigint> = { '1': 3n, '2': 5n, '3': 7n };
    let total = 0n;
    let central = 0n;
    let province = 0n;
    for (const r of insured) {
      const n = BigInt(r.insured ?? '0');
      const county = regions.get(r.region_code ?? '');
      const tier = county?.tier || regions.get(county?.parent_code ?? '')?.tier || '';
      total += 67_000n * n;
      central += 53_600n * n;
      province += (13_400n * n * (provinceShare[tier] ?? 0n)) / 10n;
    }

    const page = await browser().open('?page=allocation&q=2024Q4&r=150000&f=resident&pot=assistance');
    await waitForPage(page, 'allocation');
    const row = page.locator('[data-testid="subsidy-split-row"][data-region="150000"]');
    await row.waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    expect(await row.getAttribute('data-total')).toBe(yuanText(total));
    expect(await row.getAttribute('data-central')).toBe(yuanText(central));
    expect(await row.getAttribute('data-province')).toBe(yuanText(province));
    expect(await row.getAttribute('data-city-county')).toBe(yuanText(total - central - province));
    // One row per city plus the province total.
    expect(await byTestId(page, 'subsidy-split-row').count()).toBe(13);
    expect(await byTestId(page, 'subsidy-demand-row').count()).toBe(13);
  });
});
