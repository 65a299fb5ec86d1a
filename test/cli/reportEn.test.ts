// `npm run report -- --lang en` on the sample: an English document whose
// numbers are analyze --json's, with Chinese left only in the data (region
// names, document numbers) and in the charts' SVG (drawn by src/charts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisJson } from '../../src/domain/analysis';
import { Dec } from '../../src/domain/money';
import { restateMoney } from '../../src/domain/moneyUnit';
import { CJK } from '../domain/alerts/sameNumbers';
import { cell, cli, embedded, SAMPLE, sampleReport, type SampleReport } from '../report/sampleReport';

let r: SampleReport;
beforeAll(async () => {
  r = await sampleReport('2024Q4', '--lang', 'en');
}, 120_000);

/** One column of a sample CSV (plain values: no quotes or commas in these columns). */
function column(file: string, name: string): string[] {
  const [head = '', ...rows] = readFileSync(join(SAMPLE, file), 'utf8').trim().split(/\r?\n/);
  const i = head.split(',').indexOf(name);
  return rows.map((row) => row.split(',')[i] ?? '');
}

/** Yuan text → the column's unit with two decimals, as the English tables show it ("12,345,678.90" in million → "12.35"). */
function inUnit(yuan: string | null | undefined, divisor: number): string {
  const n = new Dec(yuan ?? '0').div(divisor).toFixed(2, Dec.ROUND_HALF_UP);
  const [int = '', frac = ''] = n.split('.');
  return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`;
}

describe('report --lang en on the sample, 2024Q4', () => {
  it('is an English document: <html lang="en">, English title, headings, print footer', () => {
    expect(r.stdout).toMatch(/^Wrote .*report\.html \(\d+\.\d KB, \d+ bytes\)\n$/);
    expect(r.html).toContain('<html lang="en">');
    expect(r.html).toContain('<title>内蒙古自治区 2024 Q4 medical security fund situation analysis</title>');
    expect(r.html).toContain('<span class="sample-label">Sample data</span>');
    expect(r.html).toContain(`<p class="meta">Data: Sample data (${SAMPLE})</p>`);
    expect(r.html).toContain('"Page " counter(page) " of " counter(pages)');
    for (const h of ['1. Enrollment', '2. Fund income', '3. Fund expenditure', '4. Balances and months payable', '8. Reconciliation of higher-level funds', '9. Stress test', '10. Problems and proposals']) {
      expect(r.html).toContain(`<h2>${h}</h2>`);
    }
  });

  // Found by stop 33's presenter walk: "…any over- or under-payment reported upward.24 more booked money…".
  it('parts its sentences with a space: no "upward.24" where two sentences of a paragraph meet', () => {
    const text = r.html.replace(/<svg[\s\S]*?<\/svg>/g, '').replace(/<[^>]+>/g, ' ');
    expect([...text.matchAll(/[a-z)]\.\d/g)].map((m) => text.slice(Math.max(0, (m.index ?? 0) - 40), (m.index ?? 0) + 20))).toEqual([]);
    expect(text).toContain('city, fund and origin-level combinations');
  });

  it('has no Chinese outside region names, document numbers and the charts', () => {
    const names = [...column('regions.csv', 'name'), ...column('transfers.csv', 'transfer_id')].sort((a, b) => b.length - a.length);
    expect(names.length).toBeGreaterThan(100);
    let text = r.html.replace(/<svg[\s\S]*?<\/svg>/g, '');
    for (const n of names) text = text.split(n).join('');
    const left = [...text.matchAll(new RegExp(CJK.source, 'g'))].map((m) => text.slice(Math.max(0, (m.index ?? 0) - 30), (m.index ?? 0) + 10));
    expect(left).toEqual([]);
  });

  it("tables state analyze's numbers: months, coverage, balances in one unit per table, the gap chain in yuan", () => {
    const json: AnalysisJson = r.json;
    const fund = (code: string, f: string) => json.funds.find((x) => x.region_code === code && x.fund === f);
    expect(cell(r.html, 'table-balance-resident', '150900', 'months')).toBe(fund('150900', 'resident')?.months_payable);
    expect(cell(r.html, 'table-balance-resident', '150900', 'months')).toBe('2.30');
    expect(cell(r.html, 'table-balance-resident', '150900', 'months-qoq')).toBe('−2.62');
    for (const code of ['150100', '150900', '152200', '150000']) {
      // One unit per table: the cities' current balances (阿拉善盟 14.92 million) set million yuan, and the
      // accumulated balance reads in it too (10,921.88 for the province), where per column it read 10.92 billion
      // beside 882.17 million.
      expect(cell(r.html, 'table-balance-resident', code, 'accumulated-balance')).toBe(inUnit(fund(code, 'resident')?.accumulated_balance, 1_000_000));
      expect(cell(r.html, 'table-balance-resident', code, 'current-balance')).toBe(inUnit(fund(code, 'resident')?.current_balance, 1_000_000));
    }
    expect(cell(r.html, 'table-balance-resident', '150000', 'accumulated-balance')).toBe('10,921.88');
    expect(r.html).toMatch(/<table id="table-balance-resident">[\s\S]*?<th class="num">Current balance \(million yuan\)<\/th>[\s\S]*?Accumulated \(million yuan\)/);
    const rate = json.coverage.find((c) => c.region_code === '150900' && c.category === null)?.rate ?? '0';
    expect(cell(r.html, 'table-coverage-region', '150900', 'rate')).toBe(`${new Dec(rate).times(100).toFixed(2, Dec.ROUND_HALF_UP)}%`);
    expect(embedded(r.html, 'gap-150900-assistance')).toEqual(json.sharing.find((s) => s.city_code === '150900' && s.fund === 'assistance'));
    expect(cell(r.html, 'table-gap-counties-150900-assistance', '150923', 'self')).toBe('462,080.36');
  });

  it('findings in English with both changes, and the alerts of transfers in their English sentence', () => {
    expect(r.html).toContain(
      '乌兰察布市 resident basic medical insurance fund months payable 2.30 months, down 2.62 months from last quarter, ' +
        'down 2.42 months from the same quarter last year, below the 3-month warning line.',
    );
    const report = embedded<{ findings: { topic: string; text: string }[] }>(r.html, 'report');
    expect(report.findings.length).toBeGreaterThan(5);
    const transfer = r.json.alerts.find((a) => a.rule === 'transfer_late');
    expect(transfer).toBeDefined();
    // The report restates the record sentence's money in one unit (restateMoney), nothing else.
    const shown = restateMoney(transfer?.message_en ?? 'none', 'en');
    expect(r.html).toContain(shown.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
    expect(r.html).not.toContain(transfer?.message ?? 'none');
  });

  it('names every step of the gap chart on its axis (none hidden as overlapping)', () => {
    // Found by the province sweep: "Covered by the accumulated balance" was wider than its
    // slot, and ECharts dropped the next label, "Counties' own shortfall", from the SVG.
    const start = r.html.indexOf('id="chart-gap-150900-assistance"');
    const svg = r.html.slice(start, r.html.indexOf('</figure>', start));
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => (m[1] ?? '').replace(/&#39;|&apos;/g, "'"));
    expect(texts.slice(texts.indexOf('Gap'), texts.indexOf('Gap') + 5)).toEqual(['Gap', 'Covered by the balance', "Counties' own shortfall", 'City share', 'County shares']);
  });

  it('--lang accepts only zh and en', async () => {
    const bad = await cli('report', '--data', SAMPLE, '--out', '/tmp/x.html', '--lang', 'fr');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--lang "fr"');
  });
});
