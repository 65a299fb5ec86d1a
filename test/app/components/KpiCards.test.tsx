// The coverage card of a region whose recipients are all zero (every county 0/0):
// the data are there, the rate cannot be computed; "no data" would say the opposite.
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { KpiCards } from '../../../src/app/components/KpiCards';
import { LangProvider } from '../../../src/app/i18n/LangProvider';
import { DEFAULT_POLICY_FILE, resolvePolicy } from '../../../src/domain/policy/policy';
import { Dec } from '../../../src/domain/money';
import type { CoverageRow, FundStatus } from '../../../src/domain/types';

const policy = resolvePolicy(DEFAULT_POLICY_FILE, 2024);
const card = (coverage: CoverageRow | undefined): string =>
  renderToStaticMarkup(
    <LangProvider>
      <KpiCards coverage={coverage} status={undefined} policy={policy} alertCounts={{ red: 0, orange: 0, yellow: 0, blue: 0 }} alertScope="" fundLabel="" />
    </LangProvider>,
  );
const coverageCard = (html: string): string => /data-testid="kpi-coverage"[\s\S]*?<\/section>|data-testid="kpi-coverage"[\s\S]*?<\/div>/.exec(html)?.[0] ?? '';

describe('the coverage KPI card', () => {
  beforeAll(() => vi.stubGlobal('window', { location: { search: '' }, localStorage: { getItem: () => null } }));
  afterAll(() => vi.unstubAllGlobals());

  it('0 recipients: 无法计算 with 0 / 0, not 无数据', () => {
    const html = coverageCard(card({ regionCode: '150100', level: 'city', category: null, recipients: 0, enrolled: 0, rate: null }));
    expect(html).toContain('无法计算');
    expect(html).not.toContain('无数据');
    expect(html).toContain('已参保 0 / 0 人');
  });

  it('no enrollment rows at all: 无数据', () => {
    expect(coverageCard(card(undefined))).toContain('无数据');
  });
});

describe('the money KPI cards: one card, one unit', () => {
  beforeAll(() => vi.stubGlobal('window', { location: { search: '' }, localStorage: { getItem: () => null } }));
  afterAll(() => vi.unstubAllGlobals());

  const zero = new Dec(0);
  const status = (over: Partial<FundStatus>): FundStatus => ({
    regionCode: '150100',
    level: 'city',
    fund: 'resident',
    quarter: '2024Q4',
    income: zero,
    expenditure: zero,
    incomeBySource: { central: zero, province: zero, city: zero, county: zero, individual: zero, other: zero },
    expenditureByItem: { enrollment_subsidy: zero, inpatient: zero, outpatient: zero, chronic_outpatient: zero, critical_illness: zero, emergency: zero, other: zero },
    currentBalance: zero,
    ytdIncome: zero,
    ytdExpenditure: zero,
    ytdCurrentBalance: zero,
    balanceRate: null,
    openingBalance: null,
    accumulatedBalance: null,
    monthsPayable: null,
    ...over,
  });
  const cards = (s: FundStatus): string =>
    renderToStaticMarkup(
      <LangProvider>
        <KpiCards coverage={undefined} status={s} policy={policy} alertCounts={{ red: 0, orange: 0, yellow: 0, blue: 0 }} alertScope="" fundLabel="" />
      </LangProvider>,
    );
  const section = (html: string, id: string): string => new RegExp(`data-testid="${id}"[\\s\\S]*?</section>`).exec(html)?.[0] ?? '';
  const text = (html: string): string => html.replace(/<[^>]+>/g, '');

  it('当期结余 reads in its own unit, its income and expenditure beside it in the same one', () => {
    // 123,456,789.00 − 120,000,000.00 = 3,456,789.00: 345.68万元 (as the alert about it says it), not 0.03亿元 beside 1.23亿元.
    const html = section(cards(status({ ytdIncome: new Dec('123456789.00'), ytdExpenditure: new Dec('120000000.00'), ytdCurrentBalance: new Dec('3456789.00') })), 'kpi-current-balance');
    expect(text(html)).toContain('345.68万元');
    expect(text(html)).toContain('收入 12,345.68万元\u00a0· 支出 12,000.00万元');
    expect(html).not.toContain('亿元');
    // The exact yuan stays in data-value and on hover.
    expect(html).toContain('data-value="3456789.00"');
    expect(html).toContain('title="3,456,789.00元"');
  });

  it('a larger unit only where a figure beside the headline would need more than seven integer digits', () => {
    // 3,000,000.00 of 162,900,000,000.00 income: in 万元 the income would read 16,290,000.00 (eight digits): 亿元 for all.
    const html = section(cards(status({ ytdIncome: new Dec('162900000000.00'), ytdExpenditure: new Dec('162897000000.00'), ytdCurrentBalance: new Dec('3000000.00') })), 'kpi-current-balance');
    expect(text(html)).toContain('0.03亿元');
    expect(text(html)).toContain('收入 1,629.00亿元\u00a0· 支出 1,628.97亿元');
    // Seven digits still read in the headline's unit: 300.00万元 beside 1,629,000.00万元.
    const seven = section(cards(status({ ytdIncome: new Dec('16290000000.00'), ytdExpenditure: new Dec('16287000000.00'), ytdCurrentBalance: new Dec('3000000.00') })), 'kpi-current-balance');
    expect(text(seven)).toContain('300.00万元');
    expect(text(seven)).toContain('收入 1,629,000.00万元\u00a0· 支出 1,628,700.00万元');
  });

  it('收入 and 支出 each stay whole with their figure; the dot ends the first, so a wrap never starts a line with it', () => {
    const html = section(cards(status({ ytdIncome: new Dec('16290000000.00'), ytdExpenditure: new Dec('15410000000.00'), ytdCurrentBalance: new Dec('880000000.00') })), 'kpi-current-balance');
    const pairs = [...html.matchAll(/<span class="kpi-pair">([\s\S]*?)<\/span>(?= <span class="kpi-pair">|<\/p>)/g)].map((m) => text(m[1] ?? ''));
    expect(pairs).toEqual(['收入 162.90亿元\u00a0·', '支出 154.10亿元']);
  });

  it('a deficit far smaller than the income reads with its digits, the income beside it in the same unit', () => {
    // 200,000,000.00 − 200,014,788.40 = −14,788.40: −1.48万元 beside 20,000.00万元, never −0.00亿元 nor −0.00015亿元.
    const html = section(cards(status({ ytdIncome: new Dec('200000000.00'), ytdExpenditure: new Dec('200014788.40'), ytdCurrentBalance: new Dec('-14788.40') })), 'kpi-current-balance');
    expect(text(html)).toContain('-1.48万元');
    expect(text(html)).toContain('收入 20,000.00万元\u00a0· 支出 20,001.48万元');
  });

  it('可支付月数 below zero reads 已透支, the computed figure small beside it, in the red band', () => {
    // −5,650,657.42 over an average monthly expenditure of 9,417,762.37: −0.60 months.
    const months = new Dec('-5650657.42').div('9417762.37');
    const html = section(cards(status({ accumulatedBalance: new Dec('-5650657.42'), monthsPayable: months })), 'kpi-months-payable');
    // A real space between the word and the figure (the screen reader's text), where the eye sees the margin it replaced.
    expect(text(html)).toContain('已透支 计算值 -0.60 个月');
    expect(text(html)).not.toMatch(/-0\.60个月/);
    expect(html).toContain('title="计算值 -0.60 个月"');
    expect(html).toContain('data-severity="red"');
    // The exact figure stays in data-value, as for every other card.
    expect(html).toContain('data-value="-0.60"');
  });

  it('可支付月数 reads with a real space before its unit (8.51 个月), not a margin alone', () => {
    const html = section(cards(status({ accumulatedBalance: new Dec('851'), monthsPayable: new Dec('8.51') })), 'kpi-months-payable');
    expect(text(html)).toContain('8.51 个月');
  });

  it('累计结余 reads in its own unit, its opening balance beside it in the same one', () => {
    // 150,000,000.00 opening + this year's = 9,800,000.00 accumulated: 980.00万元 beside 15,000.00万元, not 0.10亿元.
    const html = section(cards(status({ openingBalance: new Dec('150000000.00'), accumulatedBalance: new Dec('9800000.00') })), 'kpi-accumulated');
    expect(text(html)).toContain('980.00万元');
    expect(text(html)).toContain('年初结余 15,000.00万元');
  });
});

// The English walk: the overview's row read 882.17 million yuan / Income 16,288.93 million yuan beside 10.92 billion yuan.
describe('the two money KPI cards side by side: one unit where it fits', () => {
  const zero = new Dec(0);
  // The sample's province, resident fund: 16,288,930,000.00 − 15,406,760,000.00 = 882,170,000.00 this year;
  // 10,039,710,000.00 opening + 882,170,000.00 = 10,921,880,000.00 accumulated.
  const province: FundStatus = {
    regionCode: '150000',
    level: 'province',
    fund: 'resident',
    quarter: '2024Q4',
    income: zero,
    expenditure: zero,
    incomeBySource: { central: zero, province: zero, city: zero, county: zero, individual: zero, other: zero },
    expenditureByItem: { enrollment_subsidy: zero, inpatient: zero, outpatient: zero, chronic_outpatient: zero, critical_illness: zero, emergency: zero, other: zero },
    currentBalance: zero,
    ytdIncome: new Dec('16288930000.00'),
    ytdExpenditure: new Dec('15406760000.00'),
    ytdCurrentBalance: new Dec('882170000.00'),
    balanceRate: null,
    openingBalance: new Dec('10039710000.00'),
    accumulatedBalance: new Dec('10921880000.00'),
    monthsPayable: null,
  };
  const text = (lang: 'zh' | 'en'): string => {
    vi.stubGlobal('window', { location: { search: `?lang=${lang}` }, localStorage: { getItem: () => null } });
    try {
      return renderToStaticMarkup(
        <LangProvider>
          <KpiCards coverage={undefined} status={province} policy={policy} alertCounts={{ red: 0, orange: 0, yellow: 0, blue: 0 }} alertScope="" fundLabel="" />
        </LangProvider>,
      ).replace(/<[^>]+>/g, '');
    } finally {
      vi.unstubAllGlobals();
    }
  };

  it('English: million yuan on both cards, 10,921.88 million (not 10.92 billion)', () => {
    const en = text('en');
    expect(en).toContain('882.17 million yuan');
    expect(en).toContain('Income 16,288.93 million yuan');
    expect(en).toContain('10,921.88 million yuan');
    expect(en).toContain('Opening balance 10,039.71 million yuan');
    expect(en).not.toContain('billion');
  });

  it('Chinese: 亿元 on both, as before', () => {
    const zh = text('zh');
    expect(zh).toContain('8.82亿元');
    expect(zh).toContain('109.22亿元');
    expect(zh).toContain('年初结余 100.40亿元');
  });
});

describe('the alerts card', () => {
  beforeAll(() => vi.stubGlobal('window', { location: { search: '?lang=en' }, localStorage: { getItem: () => null } }));
  afterAll(() => vi.unstubAllGlobals());

  it('says one alert in the singular, in English', () => {
    const html = (red: number): string =>
      renderToStaticMarkup(
        <LangProvider>
          <KpiCards coverage={undefined} status={undefined} policy={policy} alertCounts={{ red, orange: 0, yellow: 0, blue: 0 }} alertScope="" fundLabel="" />
        </LangProvider>,
      ).replace(/<[^>]+>/g, '');
    // The text as read aloud: a real space between the count and its unit ("116 alerts", not "116alerts").
    expect(html(1)).toMatch(/\D1 alert(?!s)/);
    expect(html(1)).not.toMatch(/\D1 alerts/);
    expect(html(2)).toMatch(/\D2 alerts/);
  });
});
