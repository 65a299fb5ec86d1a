// `npm run report` on the sample: the file's numbers are analyze --json's,
// and the file is self-contained (size, no outside reference, no script).
import { appendFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, beforeAll } from 'vitest';
import type { AnalysisJson } from '../../src/domain/analysis';
import { cell, cli, embedded, ROOT, SAMPLE, sampleReport, type SampleReport } from '../report/sampleReport';

const TINY = join(ROOT, 'test/fixtures/tiny');

let r: SampleReport;
beforeAll(async () => {
  r = await sampleReport();
}, 120_000);

const CHARTS = [
  'coverage',
  'trend-assistance',
  'trend-resident',
  'allocation-assistance',
  'allocation-emergency',
  'months-assistance',
  'months-resident',
  'gap-150900-assistance',
  'stress-150900-assistance',
];

describe('report command on the sample, 2024Q4', () => {
  it('writes the file and prints its size', () => {
    const bytes = Buffer.byteLength(r.html, 'utf8');
    expect(r.stdout).toContain(`${bytes} 字节`);
    expect(bytes).toBeLessThan(2 * 1024 * 1024);
  });

  it('is self-contained: no http(s) text, no script but JSON data, an <svg> per chart', () => {
    expect(r.html).not.toMatch(/https?:\/\//);
    expect(r.html).not.toMatch(/\b(src|href)=/);
    const scripts = r.html.match(/<script[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) expect(s).toMatch(/^<script type="application\/json" id="data-[\w-]+">$/);
    for (const id of CHARTS) {
      expect(r.html).toMatch(new RegExp(`<figure class="chart" id="chart-${id}"><figcaption>[^<]*</figcaption><svg `));
    }
    expect(embedded<{ charts: string[] }>(r.html, 'report').charts).toEqual(CHARTS);
  });

  it('the summary counts the problems listed and the alerts they come from, as analyze --json counts them', () => {
    const findings = r.html.slice(r.html.indexOf('<ol class="findings">'));
    // A note (提示, no severity) is listed but is no problem.
    const items = findings.slice(0, findings.indexOf('</ol>'));
    const problems = (items.match(/<li class="finding sev-/g) ?? []).length - (items.match(/<li class="finding sev-info"/g) ?? []).length;
    expect(problems).toBeGreaterThan(0);
    expect(r.json.alerts.length).toBeGreaterThan(problems);
    expect(r.html).toMatch(new RegExp(`问题 ${problems} 项（红色 \\d+、橙色 \\d+、黄色 \\d+、蓝色 \\d+），本级及下级预警共 ${r.json.alerts.length} 条`));
    // Found by stop 33's walk: the counties' fund alerts are their cities' problems, not the province's: said with their count.
    const counties = new Set(readFileSync(join(SAMPLE, 'regions.csv'), 'utf8').split(/\r?\n/).filter((l) => l.split(',')[2] === 'county').map((l) => l.split(',')[0]));
    const below = r.json.alerts.filter((a) => counties.has(a.region_code) && a.rule !== 'coverage').length;
    expect(below).toBeGreaterThan(0);
    expect(r.html).toContain(`本级及下级预警共 ${r.json.alerts.length} 条（其中旗县级参保率以外的预警 ${below} 条见各盟市的报告）`);
  });

  it('title block: province, quarter, 示例数据', () => {
    expect(r.html).toContain('<title>内蒙古自治区 2024年第4季度 医疗保障基金运行形势分析</title>');
    expect(r.html).toContain('<span class="sample-label">示例数据</span>');
    for (const h of ['一、参保情况', '二、基金收入', '三、基金支出', '四、结余与可支付月数', '五、医疗救助资助参保', '六、地区风险排名', '七、基金缺口分担', '八、资金到账核对', '九、压力测试', '十、问题与建议']) {
      expect(r.html).toContain(`${h}</h2>`);
    }
  });

  it('压力测试: the default preset 支出增长10%, the same first red quarters and buffers as analyze --scenario', async () => {
    const run = await cli('analyze', '--data', SAMPLE, '--quarter', '2024Q4', '--json', '--scenario', 'expenditure_up_10');
    expect(run.code).toBe(0);
    const cliSummary = (JSON.parse(run.stdout) as { stress_summary: { region_code: string; fund: string; first_red_quarter: string | null; buffer: string }[] }).stress_summary;
    const data = embedded<{ scenario: string; stress_summary: typeof cliSummary }>(r.html, 'stress');
    expect(data.scenario).toBe('income=0,expenditure=0.1,insured=0,delay=0');
    // The province report covers the province and its 12 cities: every pool.
    expect(data.stress_summary).toEqual(cliSummary);
    expect(r.html).toContain('情景：支出增长10%（上级补助 0%，支出 +10%，参保人数 0%，补助延迟 0 个季度）');
    // One unit in the sentence (亿元, from the larger buffer); the exact yuan on hover in the table.
    // Both red in the baseline from the same quarters (test/cli/stress.test.ts): said beside each.
    expect(r.html).toContain(
      '乌兰察布市城乡医疗救助基金自2025年第1季度起（基准预测亦自该季度起），需缓冲 0.66亿元；乌兰察布市城乡居民医保基金自2025年第3季度起（基准预测亦自该季度起），需缓冲 6.46亿元',
    );
    expect(r.html).toContain('title="65,991,153.44元"');
    expect(r.html).toContain('title="646,096,719.90元"');
  });

  it("coverage: the chart's data and the table cells are analyze's", () => {
    const json = r.json;
    const cities = json.coverage.filter((c) => c.level === 'city' && c.category === null);
    const chart = embedded<{ bars: { region_code: string; recipients: number; enrolled: number; rate: string }[] }>(r.html, 'coverage');
    expect(chart.bars).toHaveLength(12);
    for (const bar of chart.bars) {
      expect(cities.find((c) => c.region_code === bar.region_code)).toMatchObject({ recipients: bar.recipients, enrolled: bar.enrolled, rate: bar.rate });
    }
    // Province 769,444 / 771,280 = 0.997620 (data/README.md) → 99.76%.
    expect(json.coverage.find((c) => c.region_code === '150000' && c.category === null)?.rate).toBe('0.997620');
    expect(r.html).toContain('参保率 99.76%');
    // 乌兰察布 0.996990 → 99.70%; 兴安盟 0.995536 → 99.55%.
    expect(cell(r.html, 'table-coverage-region', '150900', 'rate')).toBe('99.70%');
    expect(cell(r.html, 'table-coverage-region', '152200', 'rate')).toBe('99.55%');
    // 科尔沁右翼中旗 6,387 − 6,246 = 141 not enrolled.
    expect(cell(r.html, 'table-coverage-below', '152222', 'unenrolled')).toBe('141');
  });

  it("months payable: 乌兰察布 2.30 in the chart data, the table and analyze", () => {
    const months = (code: string, fund: string) => r.json.funds.find((f) => f.region_code === code && f.fund === fund)?.months_payable;
    expect(months('150900', 'resident')).toBe('2.30');
    const bars = embedded<{ bars: { key: string; months_payable: string | null; accumulated_balance: string | null }[] }>(r.html, 'months-resident').bars;
    for (const b of bars) {
      const f = r.json.funds.find((x) => x.region_code === b.key && x.fund === 'resident');
      expect(b).toMatchObject({ months_payable: f?.months_payable, accumulated_balance: f?.accumulated_balance });
    }
    expect(cell(r.html, 'table-balance-resident', '150900', 'months')).toBe('2.30');
    // 2024Q3 4.92 → −2.62; 2023Q4 4.72 → −2.42 (data/README.md story 2).
    expect(cell(r.html, 'table-balance-resident', '150900', 'months-qoq')).toBe('−2.62');
    expect(cell(r.html, 'table-balance-resident', '150900', 'months-yoy')).toBe('−2.42');
    expect(cell(r.html, 'table-balance-resident', '150000', 'months')).toBe(months('150000', 'resident'));
    expect(cell(r.html, 'table-balance-resident', '150600', 'months')).toBe('15.80');
  });

  it("the gap chain: the waterfall's data equal analyze's sharing, and the steps table in yuan", () => {
    const gap = embedded<AnalysisJson['sharing'][number]>(r.html, 'gap-150900-assistance');
    const expected = r.json.sharing.find((s) => s.city_code === '150900' && s.fund === 'assistance');
    expect(gap).toEqual(expected);
    expect(gap).toMatchObject({ gap: '17960565.39', covered_by_balance: '12309907.97', city_share: '2594288.53' });
    const table = 'table-gap-counties-150900-assistance';
    expect(cell(r.html, table, '150923', 'self')).toBe('462,080.36');
    expect(cell(r.html, table, '150923', 'share')).toBe('186,173.24');
    expect(cell(r.html, 'table-gaps', '150900', 'rest')).toBe('5,650,657.42');
  });

  it('the trend data are the province history of analyze (YTD sums of the quarters)', () => {
    const trend = embedded<{ points: { quarter: string; income: string; expenditure: string }[] }>(r.html, 'trend-resident');
    expect(trend.points[0]?.quarter).toBe('2022Q1');
    expect(trend.points.at(-1)?.quarter).toBe('2024Q4');
    const fen = (t: string) => BigInt(t.replace('.', ''));
    const ytd = trend.points.filter((p) => p.quarter.startsWith('2024'));
    const province = r.json.funds.find((f) => f.region_code === '150000' && f.fund === 'resident');
    expect(ytd.reduce((s, p) => s + fen(p.income), 0n)).toBe(fen(province?.income ?? '0'));
    expect(ytd.reduce((s, p) => s + fen(p.expenditure), 0n)).toBe(fen(province?.expenditure ?? '0'));
    // 2024 quarter balances of data/README.md: Q1 +8,094,413,244.55 … Q4 −2,813,823,759.04.
    expect(fen(ytd[0]?.income ?? '0') - fen(ytd[0]?.expenditure ?? '0')).toBe(809441324455n);
    expect(fen(ytd[3]?.income ?? '0') - fen(ytd[3]?.expenditure ?? '0')).toBe(-281382375904n);
  });

  it('资金到账核对: the three planted cases of the sample, the same rows as analyze --json', () => {
    expect(r.html).toContain('24 个统筹区、基金与来源级次中，3 处入账与到账不一致');
    const rows = /<table id="table-reconciliation">([\s\S]*?)<\/table>/.exec(r.html)?.[1] ?? '';
    const regions = [...rows.matchAll(/<tr data-region="(\d{6})"/g)].map((m) => m[1]);
    expect(regions).toHaveLength(r.json.reconciliation.length);
    expect(regions.slice(0, 3).sort()).toEqual(r.json.reconciliation.filter((x) => x.difference !== '0.00').map((x) => x.city_code).sort());
    // Ranked by |difference|: 包头市 −8,907,631.73, 呼和浩特市 −6,666,935.23, 乌海市 +187,293.31 (in 万元, exact yuan on hover).
    expect(regions.slice(0, 3)).toEqual(['150200', '150100', '150300']);
    expect(cell(r.html, 'table-reconciliation', '150200', 'difference')).toBe('−890.76');
    expect(cell(r.html, 'table-reconciliation', '150100', 'difference')).toBe('−666.69');
    expect(cell(r.html, 'table-reconciliation', '150300', 'difference')).toBe('+18.73');
    expect(rows).toContain('title="-8,907,631.73元"');
  });

  it('findings state 乌兰察布 months payable with both changes', () => {
    expect(r.html).toContain('乌兰察布市 城乡居民医保基金 累计结余可支付月数 2.30 个月，较上季度下降 2.62 个月，较上年同期下降 2.42 个月，低于 3 个月警戒线。');
  });

  it('a city report with --region', async () => {
    const city = await sampleReport('2024Q4', '--region', '150900');
    expect(city.html).toContain('<title>乌兰察布市 2024年第4季度 医疗保障基金运行形势分析</title>');
    // Counties of the city in the balance table: 集宁区 150902.
    expect(city.html).toContain('data-region="150902"');
  }, 120_000);

  it('a county report shows the pool of its city: its gap sharing, reconciliation and stress', async () => {
    // 卓资县 150921 belongs to 乌兰察布市 150900, whose assistance gap leaves 5,650,657.42 to share
    // (the city report's table): the county carries part of it; its city's documents are in transfers.csv.
    const county = await sampleReport('2024Q4', '--region', '150921');
    expect(county.html).not.toContain('所属盟市年初至今均无基金缺口');
    expect(cell(county.html, 'table-gaps', '150900', 'rest')).toBe('5,650,657.42');
    expect(county.html).not.toContain('未载入上级资金下达文件');
    expect(county.html).toContain('<table id="table-reconciliation">');
    expect(county.html).not.toContain('没有可测试的统筹区');
  }, 120_000);

  it('a city without documents of its own, while transfers.csv holds others, is not told that no documents were loaded', async () => {
    // The tiny dataset with one document, to 呼和浩特市 150100; 包头市 150200 booked central money but holds none.
    const dir = mkdtempSync(join(tmpdir(), 'fundwatch-report-transfers-'));
    cpSync(TINY, dir, { recursive: true });
    writeFileSync(
      join(dir, 'transfers.csv'),
      'transfer_id,year,fund,from_level,to_region_code,kind,amount,issued_date,received_date,source_transfer_id\nT1,2024,resident,central,150100,formal,1000.00,2024-03-01,2024-03-05,\n',
    );
    const out = join(dir, 'report.html');
    expect((await cli('report', '--data', dir, '--quarter', '2024Q4', '--region', '150200', '--out', out)).code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).not.toContain('未载入上级资金下达文件');
    expect(html).toContain('transfers.csv 中没有包头市及所属地区 2024年的上级资金下达文件，无法核对到账与入账。');
  }, 120_000);

  it('data that begin mid-year: no year-on-year growth of a year to date last year only partly held', async () => {
    // The tiny dataset without its 2023Q1 and 2023Q2 rows: 2023's "year to date" at Q3 is 2023Q3 alone
    // (income 500,000, expenditure 1,000,000), against 2024 Q1–Q3; a growth of it would compare one quarter with three.
    const dir = mkdtempSync(join(tmpdir(), 'fundwatch-report-midyear-'));
    cpSync(TINY, dir, { recursive: true });
    const flows = readFileSync(join(dir, 'fund_flows.csv'), 'utf8').split('\n').filter((l) => !/^2023Q[12],/.test(l));
    writeFileSync(join(dir, 'fund_flows.csv'), flows.join('\n'));
    const out = join(dir, 'report.html');
    expect((await cli('report', '--data', dir, '--quarter', '2024Q3', '--out', out)).code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('内蒙古自治区 城乡居民医保基金 年初至今收入');
    expect(html).not.toMatch(/城乡居民医保基金 年初至今(收入|支出) [^；]*同比/);
    expect(cell(html, 'table-income-region-resident', '150100', 'yoy')).toBe('—');
  }, 120_000);

  it('zero recipients: the enrollment section says there were none, not that there are no data', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fundwatch-report-zero-'));
    cpSync(TINY, dir, { recursive: true });
    writeFileSync(join(dir, 'assistance_enrollment.csv'), 'quarter,region_code,category,recipients,enrolled,subsidized,subsidy_amount\n2024Q4,150102,tekun,0,0,0,0.00\n');
    const out = join(dir, 'report.html');
    expect((await cli('report', '--data', dir, '--quarter', '2024Q4', '--out', out)).code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).not.toContain('没有救助对象参保数据');
    expect(html).toContain('内蒙古自治区 本季度救助对象 0 人，无法计算参保率。');
    // No rate anywhere: nothing can be said to be at or above the target.
    expect(html).not.toContain('参保率均不低于');
    expect(html).toContain('内蒙古自治区 及所属地区本季度没有可计算的参保率，无法判断是否低于目标。');
  }, 120_000);

  it('a quarter with enrollment but no fund flows: the fund sections say so instead of standing empty', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fundwatch-report-noflows-'));
    cpSync(TINY, dir, { recursive: true });
    appendFileSync(join(dir, 'assistance_enrollment.csv'), '2025Q1,150102,tekun,100,100,100,0.00\n');
    const out = join(dir, 'report.html');
    expect((await cli('report', '--data', dir, '--quarter', '2025Q1', '--out', out)).code).toBe(0);
    const html = readFileSync(out, 'utf8');
    const section = (id: string): string => new RegExp(`<section class="report-section" id="${id}">([\\s\\S]*?)</section>`).exec(html)?.[1] ?? '';
    for (const id of ['expenditure', 'balance']) expect(section(id), id).toContain('内蒙古自治区 本季度没有基金收支数据（fund_flows.csv）。');
    expect(section('income')).toContain('内蒙古自治区 本季度没有基金收支数据（fund_flows.csv）。');
  }, 120_000);

  it('names the regions near a code the data have not: its city\'s (a grouping code, a typo), else the province and cities', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'fundwatch-region-')), 'r.html');
    const grouping = await cli('report', '--data', SAMPLE, '--quarter', '2024Q4', '--region', '150999', '--out', out);
    expect(grouping.code).toBe(1);
    expect(grouping.stderr).toContain('数据中没有区划 150999（可用：150900 乌兰察布市、150902 集宁区、');
    const far = await cli('report', '--data', SAMPLE, '--quarter', '2024Q4', '--region', '440300', '--out', out, '--lang', 'en');
    expect(far.code).toBe(1);
    expect(far.stderr).toContain('The data have no region 440300 (there are: 150000 内蒙古自治区, 150100 呼和浩特市, ');
  }, 120_000);

  it('usage errors exit 2', async () => {
    expect((await cli('report', '--data', SAMPLE)).code).toBe(2); // no --out
    expect((await cli('report', '--data', SAMPLE, '--out', '/tmp/x.html', '--region', '15')).code).toBe(2);
  });
});
