// 二、基金收入 三、基金支出 四、结余与可支付月数: per fund, the region's
// year-to-date figures with their year-on-year change, a table by child
// region, the quarterly trend (with the projection) and months payable.
import { buildAllocationBarsOption } from '../../charts/options/allocationBars';
import { chartHeightFor } from '../../charts/options/chartOption';
import { buildFundTrendOption } from '../../charts/options/fundTrend';
import { buildMonthsPayableOption, type MonthsPayableBar } from '../../charts/options/monthsPayable';
import { forecastFor } from '../../domain/forecast';
import { balanceRateOf } from '../../domain/fundStatus';
import { EXPENDITURE_ITEM_LABEL, FUND_LABEL, levelName, POT_LABEL, SEVERITY_LABEL } from '../../domain/labels';
import { texts, type Lang } from '../../domain/lang';
import type { LevelWords } from '../../domain/levelWords';
import { messagesMoneyUnit, renderMessage } from '../../domain/messages/render';
import { fixed, formatPercent, moneyString, type Decimal } from '../../domain/money';
import { balanceRateText } from '../../domain/moneyUnit';
import { formatMoney } from '../../domain/moneyUnit';
import { compareQuarters } from '../../domain/quarter';
import { EXPENDITURE_ITEMS, FUNDS, SOURCE_LEVELS, type Analysis, type ExpenditureItem, type Fund, type FundStatus, type Quarter, type RegionCode, type SourceLevel } from '../../domain/types';
import { figure, type SectionContext } from '../context';
import { para, table, tablesTogether, type TableSpec } from '../html';
import {
  change,
  growth,
  ownPart,
  statusLastYear,
  statusLastYearToDate,
  statusNow,
  statusPrevious,
  ytdExpenditureByItem,
  ytdIncomeBySource,
} from '../model';
import { growthText, monthsCell, signedGrowth, signedNumber } from '../text';
import { sectionOpen, subheading } from './heading';
import { severityOf } from '../../domain/policy/severity';
import type { Policy } from '../../domain/policy/types';

/** Row colour by the policy's months-payable severity (never a literal threshold). */
function severityClass(value: Decimal | null, policy: Policy): string | undefined {
  const severity = severityOf('months_payable', value, policy);
  return severity === null ? undefined : `sev-${severity}`;
}

const TRANSFER_RULES = new Set(['transfer_late', 'transfer_not_received', 'advance_ratio']);

function share(part: Decimal, total: Decimal): string {
  return total.isZero() ? '—' : formatPercent(part.div(total));
}

/** A money cell: table() prints it in its column's unit (named in the head), '—' when unknown. */
function wan(d: Decimal | null | undefined): { text: string; money: Decimal | null } {
  return { text: '—', money: d ?? null };
}

type Side = 'income' | 'expenditure';

const TEXT = texts(
  {
    income: '基金收入',
    expenditure: '基金支出',
    balance: '结余与可支付月数',
    noFunds: (name: string) => `${name} 本季度没有基金收支数据（fund_flows.csv）。`,
    fundSide: (fund: string, side: Side) => `${fund}${side === 'income' ? '收入' : '支出'}`,
    lead: (name: string, fund: string, side: Side, ytd: string, growth: string | null, last: string, quarter: string) => {
      const word = side === 'income' ? '收入' : '支出';
      return `${name} ${fund} 年初至今${word} ${ytd}` + (growth === null ? '' : `，同比${growth}（上年同期 ${last}）`) + `；本季度${word} ${quarter}。`;
    },
    bySource: '按资金来源级次（年初至今）',
    source: '来源级次',
    byItem: '按支出项目（年初至今）',
    item: '项目',
    ytd: '本年累计',
    share: '占比',
    lastYear: '上年同期',
    yoy: '同比',
    qoq: '环比',
    total: '合计',
    regionTotal: (name: string) => `${name}合计`,
    own: (name: string) => `${name}本级`,
    transfers: '资金下达与到账情况',
    noTransfers: (name: string, below: boolean) => `截至本季度末，${name} ${below ? '及所属地区' : ''}资金下达超时、未到账、提前下达比例偏低的情况均为 0 起。`,
    alert: '预警',
    region: '地区',
    situation: '情况',
    allocation: (year: string) => `${year}年补助资金因素法分配`,
    allocationChart: (pot: string, total: string) => `${pot} ${total} 分配结果`,
    allocationFailed: (pot: string, reason: string) => `${pot}：${reason}。`,
    byChild: (side: Side) => `分地区${side === 'income' ? '收入' : '支出'}`,
    ytdSide: (side: Side) => `本年累计${side === 'income' ? '收入' : '支出'}`,
    quarterSide: (side: Side) => `本季度${side === 'income' ? '收入' : '支出'}`,
    trend: (name: string, fund: string, forecast: boolean) => `${name} ${fund} 分季度收支与累计结余${forecast ? '（虚线为预测）' : ''}`,
    fundBalance: (fund: string) => `${fund}结余`,
    balanceCaption: '分地区结余（年初至今）',
    ownBalanceCaption: '结余（年初至今）',
    currentBalance: '当期结余',
    balanceRate: '结余率',
    accumulated: '累计结余',
    months: '可支付月数',
    monthsQoq: '较上季度（月）',
    monthsYoy: '较上年同期（月）',
    monthsChart: (fund: string) => `${fund} 累计结余可支付月数`,
  },
  {
    income: 'Fund income',
    expenditure: 'Fund expenditure',
    balance: 'Balances and months payable',
    noFunds: (name: string) => `${name} has no fund flows this quarter (fund_flows.csv).`,
    fundSide: (fund: string, side: Side) => `${fund}: ${side}`,
    lead: (name: string, fund: string, side: Side, ytd: string, growth: string | null, last: string, quarter: string) =>
      `${name} ${fund}: ${side} year to date ${ytd}` +
      (growth === null ? '' : `, ${growth} year on year (same period last year ${last})`) +
      `; ${side} this quarter ${quarter}.`,
    bySource: 'By source level (year to date)',
    source: 'Source level',
    byItem: 'By expenditure item (year to date)',
    item: 'Item',
    // Table heads stay short (they do not wrap): YoY / QoQ as in English financial tables.
    ytd: 'Year to date',
    share: 'Share',
    lastYear: 'Last year',
    yoy: 'YoY',
    qoq: 'QoQ',
    total: 'Total',
    regionTotal: (name: string) => `${name} total`,
    own: (name: string) => `${name} own account`,
    transfers: 'Transfers issued and received',
    noTransfers: (name: string, below: boolean) =>
      `By the end of this quarter, ${name}${below ? ' and the regions below it' : ''} had 0 late transfers, 0 transfers not received and 0 low advance notice ratios.`,
    alert: 'Alert',
    region: 'Region',
    situation: 'Situation',
    allocation: (year: string) => `Factor allocation of ${year} subsidy funds`,
    allocationChart: (pot: string, total: string) => `${pot} ${total}: allocation`,
    allocationFailed: (pot: string, reason: string) => `${pot}: ${reason}.`,
    byChild: (side: Side) => `${side === 'income' ? 'Income' : 'Expenditure'} by region`,
    ytdSide: (side: Side) => `${side === 'income' ? 'Income' : 'Expenditure'}, YTD`,
    quarterSide: (side: Side) => `${side === 'income' ? 'Income' : 'Expenditure'}, quarter`,
    trend: (name: string, fund: string, forecast: boolean) =>
      `${name} ${fund}: quarterly income, expenditure and accumulated balance${forecast ? ' (dashed: projection)' : ''}`,
    fundBalance: (fund: string) => `${fund}: balance`,
    balanceCaption: 'Balances by region (year to date)',
    ownBalanceCaption: 'Balances (year to date)',
    currentBalance: 'Current balance',
    balanceRate: 'Balance rate',
    accumulated: 'Accumulated',
    months: 'Months payable',
    monthsQoq: 'QoQ (months)',
    monthsYoy: 'YoY (months)',
    monthsChart: (fund: string) => `${fund}: months payable`,
  },
);

/** The year-to-date lead sentence of the income or expenditure subsection. */
function flowLead(ctx: SectionContext, fund: Fund, side: Side): string {
  const { m, lang } = ctx;
  const now = statusNow(m, m.region.code, fund);
  if (!now) return '';
  const last = statusLastYearToDate(m, m.region.code, fund);
  const ytd = side === 'income' ? now.ytdIncome : now.ytdExpenditure;
  const lastYtd = last === undefined ? undefined : side === 'income' ? last.ytdIncome : last.ytdExpenditure;
  const g = growth(ytd, lastYtd);
  const money = (d: Decimal | undefined): string => (d === undefined ? '' : formatMoney(d, lang));
  return para(
    TEXT[lang].lead(
      m.region.name,
      FUND_LABEL[fund][lang],
      side,
      money(ytd),
      g === null ? null : growthText(g, lang),
      money(lastYtd),
      money(side === 'income' ? now.income : now.expenditure),
    ),
  );
}

/** What each side of the flows is broken down by: income by source level, expenditure by item. */
const BREAKDOWN: Record<
  'income' | 'expenditure',
  {
    id: string;
    caption: 'bySource' | 'byItem';
    head: 'source' | 'item';
    keys: readonly string[];
    label: (key: string, lang: Lang, words: LevelWords) => string;
    ytd: (analysis: Analysis, code: RegionCode, fund: Fund, quarter: Quarter) => Readonly<Record<string, Decimal>>;
    total: (status: FundStatus) => Decimal;
  }
> = {
  income: {
    id: 'income-source',
    caption: 'bySource',
    head: 'source',
    keys: SOURCE_LEVELS,
    label: (key, lang, words) => levelName(key as SourceLevel, lang, words),
    ytd: ytdIncomeBySource,
    total: (s) => s.ytdIncome,
  },
  expenditure: {
    id: 'expenditure-item',
    caption: 'byItem',
    head: 'item',
    keys: EXPENDITURE_ITEMS,
    label: (key, lang) => EXPENDITURE_ITEM_LABEL[key as ExpenditureItem][lang],
    ytd: ytdExpenditureByItem,
    total: (s) => s.ytdExpenditure,
  },
};

/**
 * One subsection per fund for one side of the flows: its lead, the year to
 * date by source (income) or by item (expenditure) against last year, the
 * children, and for income the trend. Returns the last subsection's number.
 */
function fundFlows(ctx: SectionContext, side: 'income' | 'expenditure', parts: string[]): number {
  const { m, lang } = ctx;
  const t = TEXT[lang];
  const q = m.analysis.quarter;
  let sub = 0;
  for (const fund of FUNDS) {
    const now = statusNow(m, m.region.code, fund);
    if (!now) continue;
    const last = statusLastYearToDate(m, m.region.code, fund);
    parts.push(subheading(++sub, t.fundSide(FUND_LABEL[fund][lang], side), lang));
    parts.push(flowLead(ctx, fund, side));
    const by = BREAKDOWN[side];
    // The breakdown and the same side by region, one under the other, share one unit: their totals are
    // the same figure (the region's year to date), which read 15.41 billion above 15,406.76 million.
    const specs = [
      breakdownTable(ctx, {
        id: `table-${by.id}-${fund}`,
        caption: t[by.caption],
        head: t[by.head],
        side,
        keys: by.keys,
        label: (k) => by.label(k, lang, m.words),
        now: by.ytd(m.analysis, m.region.code, fund, q),
        last: last ? by.ytd(m.analysis, m.region.code, fund, last.quarter) : null,
        total: by.total(now),
        lastTotal: last ? by.total(last) : undefined,
      }),
      ...(m.children.length > 0 ? [byChildFlowTable(ctx, fund, side)] : []),
    ];
    parts.push(...tablesTogether(specs));
    if (side === 'income') parts.push(trendFigure(ctx, fund));
  }
  // A quarter of enrollment only (fund flows not yet in): the section says so rather than standing empty.
  if (sub === 0) parts.push(para(t.noFunds(m.region.name)));
  return sub;
}

export function incomeSection(ctx: SectionContext, n: number): string {
  const { m, lang } = ctx;
  const t = TEXT[lang];
  const parts = [sectionOpen(n, 'income', t.income, lang)];
  let sub = fundFlows(ctx, 'income', parts);

  parts.push(subheading(++sub, t.transfers, lang));
  const transfers = m.analysis.alerts.filter((a) => TRANSFER_RULES.has(a.rule) && m.subtree.has(a.regionCode));
  if (transfers.length === 0) {
    parts.push(para(t.noTransfers(m.region.name, m.children.length > 0)));
  } else {
    // One money unit down the list (messagesMoneyUnit), a sentence that would read 0.00–0.09 in it in its own.
    const unit = messagesMoneyUnit(transfers.map((a) => a.text), lang);
    parts.push(
      table({
        lang,
        id: 'table-transfers',
        head: [t.alert, { text: t.region, column: 'name' }, t.situation],
        rows: transfers.map((a) => ({
          region: a.regionCode,
          cls: `sev-${a.severity}`,
          cells: [SEVERITY_LABEL[a.severity][lang], m.name(a.regionCode), renderMessage(a.text, lang, 'reader', unit)],
        })),
      }),
    );
  }

  const pots = m.analysis.allocation.filter((r) => r.rows.length > 0 || r.error !== undefined);
  if (pots.length > 0) {
    parts.push(subheading(++sub, t.allocation(String(pots[0]?.year ?? '')), lang));
    for (const res of pots) {
      const potName = POT_LABEL[res.pot][lang];
      if (res.error) {
        parts.push(para(t.allocationFailed(potName, renderMessage(res.error, lang))));
        continue;
      }
      const bars = res.rows.map((r) => ({ key: r.regionCode, name: m.name(r.regionCode), base: r.amount, scenario: null }));
      const data = { year: res.year, pot: res.pot, total: moneyString(res.total), rows: res.rows.map((r) => ({ region_code: r.regionCode, name: m.name(r.regionCode), amount: moneyString(r.amount) })) };
      parts.push(
        figure(ctx, `allocation-${res.pot}`, t.allocationChart(potName, formatMoney(res.total, lang)), buildAllocationBarsOption({ bars }, lang), data, chartHeightFor(bars.length)),
      );
    }
  }
  parts.push('</section>');
  return parts.join('\n');
}

export function expenditureSection(ctx: SectionContext, n: number): string {
  const parts = [sectionOpen(n, 'expenditure', TEXT[ctx.lang].expenditure, ctx.lang)];
  fundFlows(ctx, 'expenditure', parts);
  parts.push('</section>');
  return parts.join('\n');
}

interface Breakdown<K extends string> {
  id: string;
  caption: string;
  head: string;
  side: 'income' | 'expenditure';
  keys: readonly K[];
  label: (key: K) => string;
  now: Record<K, Decimal>;
  last: Record<K, Decimal> | null;
  total: Decimal;
  lastTotal: Decimal | undefined;
}

/** Year to date by source (income) or item (expenditure): amount, share, last year, YoY; the rows that have any, then the total. */
function breakdownTable<K extends string>(ctx: SectionContext, b: Breakdown<K>): TableSpec {
  const t = TEXT[ctx.lang];
  return {
    lang: ctx.lang,
    id: b.id,
    caption: b.caption,
    head: [b.head, { text: t.ytd, num: true }, { text: t.share, num: true }, { text: t.lastYear, num: true }, { text: t.yoy, num: true }],
    rows: [
      ...b.keys.filter((k) => !b.now[k].isZero() || (b.last && !b.last[k].isZero())).map((k) => ({
        cells: [
          b.label(k),
          { ...wan(b.now[k]), num: true, col: `${b.side}-${k}` },
          { text: share(b.now[k], b.total), num: true },
          { ...wan(b.last?.[k]), num: true },
          { text: signedGrowth(growth(b.now[k], b.last?.[k])), num: true },
        ],
      })),
      {
        total: true,
        cells: [
          t.total,
          { ...wan(b.total), num: true, col: b.side },
          { text: '100.00%', num: true },
          { ...wan(b.lastTotal), num: true },
          { text: signedGrowth(growth(b.total, b.lastTotal)), num: true },
        ],
      },
    ],
  };
}

/** Income or expenditure by child: year to date with YoY, the quarter alone with QoQ; the region's own account (本级) above its total. */
function byChildFlowTable(ctx: SectionContext, fund: Fund, side: 'income' | 'expenditure'): TableSpec {
  const { m, lang } = ctx;
  const t = TEXT[lang];
  const pick = (s: { ytdIncome: Decimal; ytdExpenditure: Decimal }): Decimal => (side === 'income' ? s.ytdIncome : s.ytdExpenditure);
  const pickQ = (s: { income: Decimal; expenditure: Decimal }): Decimal => (side === 'income' ? s.income : s.expenditure);
  // The own account's row is no region of its own (no data-region): its class says what it is.
  const row = (code: RegionCode, kind: 'child' | 'own' | 'total', figures: { ytd: Decimal; last: Decimal | undefined; quarter: Decimal; previous: Decimal | undefined }) => ({
    ...(kind === 'own' ? { cls: 'own-account' } : { region: code }),
    total: kind === 'total',
    cells: [
      kind === 'child' ? m.name(code) : kind === 'own' ? t.own(m.name(code)) : t.regionTotal(m.name(code)),
      { ...wan(figures.ytd), num: true, col: `ytd-${side}` },
      { text: signedGrowth(growth(figures.ytd, figures.last)), num: true, col: 'yoy' },
      { ...wan(figures.quarter), num: true, col: `quarter-${side}` },
      { text: signedGrowth(growth(figures.quarter, figures.previous)), num: true, col: 'qoq' },
    ],
  });
  const figuresOf = (code: RegionCode) => {
    const now = statusNow(m, code, fund);
    if (!now) return null;
    const last = statusLastYearToDate(m, code, fund);
    const prev = statusPrevious(m, code, fund);
    return { ytd: pick(now), last: last ? pick(last) : undefined, quarter: pickQ(now), previous: prev ? pickQ(prev) : undefined };
  };
  const rows = m.children.flatMap((c) => {
    const figures = figuresOf(c.code);
    return figures ? [row(c.code, 'child', figures)] : [];
  });
  const own = (at: (code: RegionCode) => FundStatus | undefined, value: (s: FundStatus) => Decimal): Decimal | undefined => ownPart(m, at, value) ?? undefined;
  const ownYtd = own((code) => statusNow(m, code, fund), pick);
  const ownQuarter = own((code) => statusNow(m, code, fund), pickQ);
  if (m.children.length > 0 && ownYtd !== undefined && ownQuarter !== undefined && !(ownYtd.isZero() && ownQuarter.isZero())) {
    const last = own((code) => statusLastYearToDate(m, code, fund), pick);
    const previous = own((code) => statusPrevious(m, code, fund), pickQ);
    rows.push(row(m.region.code, 'own', { ytd: ownYtd, last, quarter: ownQuarter, previous }));
  }
  const total = figuresOf(m.region.code);
  if (total) rows.push(row(m.region.code, 'total', total));
  return {
    lang,
    id: `table-${side}-region-${fund}`,
    caption: t.byChild(side),
    // The quarter is part of the year to date: one unit for both.
    head: [{ text: t.region, column: 'name' }, { text: t.ytdSide(side), num: true, unitGroup: 'flow' }, { text: t.yoy, num: true }, { text: t.quarterSide(side), num: true, unitGroup: 'flow' }, { text: t.qoq, num: true }],
    rows,
  };
}

/**
 * The region's own account (本级) in the balance table, above its total: its
 * balances are the total's less its children's (ownPart). Its months payable
 * is not derived so (a ratio of its own trailing expenditure, which the
 * analysis keeps only summed): the total's row says the pool's.
 */
function ownBalanceRow(ctx: SectionContext, fund: Fund) {
  const { m, lang } = ctx;
  if (m.children.length === 0) return [];
  const at = (code: RegionCode): FundStatus | undefined => statusNow(m, code, fund);
  const income = ownPart(m, at, (s) => s.ytdIncome);
  const current = ownPart(m, at, (s) => s.ytdCurrentBalance);
  const accumulated = ownPart(m, at, (s) => s.accumulatedBalance);
  const expenditure = ownPart(m, at, (s) => s.ytdExpenditure);
  if (income === undefined || income === null || current === undefined || current === null || expenditure === undefined || expenditure === null) return [];
  if (income.isZero() && expenditure.isZero() && (accumulated === null || accumulated === undefined || accumulated.isZero())) return [];
  const rate = balanceRateOf(income, current);
  return [
    {
      cls: 'own-account',
      cells: [
        TEXT[lang].own(m.name(m.region.code)),
        { ...wan(current), num: true, col: 'current-balance' },
        { text: rate ? balanceRateText(rate) : '—', num: true, col: 'balance-rate' },
        { ...wan(accumulated ?? null), num: true, col: 'accumulated-balance' },
        { text: '—', num: true, col: 'months', cls: 'wraps' },
        { text: '—', num: true, col: 'months-qoq' },
        { text: '—', num: true, col: 'months-yoy' },
      ],
    },
  ];
}

function trendFigure(ctx: SectionContext, fund: Fund): string {
  const { m } = ctx;
  const history = m.analysis.history
    .filter((s) => s.regionCode === m.region.code && s.fund === fund)
    .sort((a, b) => compareQuarters(a.quarter, b.quarter));
  const forecast = forecastFor(m.analysis.forecasts, m.region.code, fund);
  const points = history.map((s) => ({ quarter: s.quarter, income: s.income, incomeBySource: s.incomeBySource, expenditure: s.expenditure, accumulatedBalance: s.accumulatedBalance }));
  const data = {
    region_code: m.region.code,
    fund,
    points: history.map((s) => ({
      quarter: s.quarter,
      income: moneyString(s.income),
      expenditure: moneyString(s.expenditure),
      income_by_source: Object.fromEntries(SOURCE_LEVELS.map((l) => [l, moneyString(s.incomeBySource[l])])),
      accumulated_balance: s.accumulatedBalance === null ? null : moneyString(s.accumulatedBalance),
      months_payable: s.monthsPayable === null ? null : fixed(s.monthsPayable, 2),
    })),
    forecast: (forecast?.points ?? []).map((p) => ({ quarter: p.quarter, accumulated_balance: moneyString(p.accumulatedBalance), months_payable: p.monthsPayable === null ? null : fixed(p.monthsPayable, 2) })),
    forecast_method: (ctx.lang === 'en' ? forecast?.methodEn : forecast?.method) ?? null,
  };
  return figure(
    ctx,
    `trend-${fund}`,
    TEXT[ctx.lang].trend(m.region.name, FUND_LABEL[fund][ctx.lang], forecast !== undefined),
    buildFundTrendOption({ points, forecast: forecast?.points, words: m.words }, ctx.lang),
    data,
    340,
  );
}

export function balanceSection(ctx: SectionContext, n: number): string {
  const { m, policy, lang } = ctx;
  const t = TEXT[lang];
  const parts = [sectionOpen(n, 'balance', t.balance, lang)];
  let sub = 0;
  for (const fund of FUNDS) {
    const own = statusNow(m, m.region.code, fund);
    if (!own) continue;
    parts.push(subheading(++sub, t.fundBalance(FUND_LABEL[fund][lang]), lang));
    const codes = [...m.children.map((c) => c.code), m.region.code];
    // A region with none below it (东莞市, a city without counties; a county) has one row, its own: no 合计 of nothing, no 分地区.
    const alone = m.children.length === 0;
    const rows = codes.flatMap((code) => {
      const now = statusNow(m, code, fund);
      if (!now) return [];
      const prev = statusPrevious(m, code, fund);
      const last = statusLastYear(m, code, fund);
      const months = now.monthsPayable;
      const rnd = (d: Decimal | null | undefined): Decimal | null => (d === null || d === undefined ? null : d.toDecimalPlaces(2));
      return [
        ...(code === m.region.code ? ownBalanceRow(ctx, fund) : []),
        {
          region: code,
          total: code === m.region.code && !alone,
          cls: code === m.region.code && !alone ? undefined : severityClass(months, policy),
          cells: [
            code === m.region.code && !alone ? t.regionTotal(m.name(code)) : m.name(code),
            { ...wan(now.ytdCurrentBalance), num: true, col: 'current-balance' },
            { text: now.balanceRate ? balanceRateText(now.balanceRate) : '—', num: true, col: 'balance-rate' },
            { ...wan(now.accumulatedBalance), num: true, col: 'accumulated-balance' },
            { text: monthsCell(months, lang), num: true, col: 'months', cls: 'wraps' },
            { text: signedNumber(change(rnd(months), rnd(prev?.monthsPayable)), 2), num: true, col: 'months-qoq' },
            { text: signedNumber(change(rnd(months), rnd(last?.monthsPayable)), 2), num: true, col: 'months-yoy' },
          ],
        },
      ];
    });
    parts.push(
      table({
        lang,
        id: `table-balance-${fund}`,
        caption: alone ? t.ownBalanceCaption : t.balanceCaption,
        head: [
          { text: t.region, column: 'name' },
          { text: t.currentBalance, num: true },
          { text: t.balanceRate, num: true },
          { text: t.accumulated, num: true },
          { text: t.months, num: true },
          { text: t.monthsQoq, num: true },
          { text: t.monthsYoy, num: true },
        ],
        rows,
      }),
    );
    const bars: MonthsPayableBar[] =
      m.children.length > 0
        ? m.children.flatMap((c) => {
            const s = statusNow(m, c.code, fund);
            return s ? [{ key: c.code, name: c.name, monthsPayable: s.monthsPayable, accumulatedBalance: s.accumulatedBalance }] : [];
          })
        : m.analysis.history
            .filter((s) => s.regionCode === m.region.code && s.fund === fund)
            .sort((a, b) => compareQuarters(a.quarter, b.quarter))
            .map((s) => ({ key: s.quarter, name: s.quarter, monthsPayable: s.monthsPayable, accumulatedBalance: s.accumulatedBalance }));
    const data = {
      quarter: m.analysis.quarter,
      fund,
      bars: bars.map((b) => ({
        key: b.key,
        name: b.name,
        months_payable: b.monthsPayable === null ? null : fixed(b.monthsPayable, 2),
        accumulated_balance: b.accumulatedBalance === null ? null : moneyString(b.accumulatedBalance),
      })),
    };
    parts.push(
      figure(ctx, `months-${fund}`, t.monthsChart(FUND_LABEL[fund][lang]), buildMonthsPayableOption({ bars, policy }, lang), data, 340),
    );
  }
  if (sub === 0) parts.push(para(t.noFunds(m.region.name)));
  parts.push('</section>');
  return parts.join('\n');
}
