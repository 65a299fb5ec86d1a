// 二、基金收入 三、基金支出 四、结余与可支付月数: per fund, the region's
// year-to-date figures with their year-on-year change, a table by child
// region, the quarterly trend (with the projection) and months payable.
import { buildAllocationBarsOption } from '../../charts/options/allocationBars';
import { chartHeightFor } from '../../charts/options/chartOption';
import { buildFundTrendOption } from '../../charts/options/fundTrend';
import { buildMonthsPayableOption, type MonthsPayableBar } from '../../charts/options/monthsPayable';
import { forecastFor } from '../../domain/forecast';
import { EXPENDITURE_ITEM_LABEL, FUND_LABEL, SEVERITY_LABEL, SOURCE_LEVEL_LABEL } from '../../domain/labels';
import { fixed, formatPercent, formatWan, moneyString, type Decimal } from '../../domain/money';
import { compareQuarters } from '../../domain/quarter';
import { EXPENDITURE_ITEMS, FUNDS, SOURCE_LEVELS, type Fund } from '../../domain/types';
import { figure, type SectionContext } from '../context';
import { para, table } from '../html';
import {
  change,
  growth,
  statusLastYear,
  statusNow,
  statusPrevious,
  ytdExpenditureByItem,
  ytdIncomeBySource,
} from '../model';
import { growthText, signedGrowth, signedNumber } from '../text';
import { sectionOpen, subheading } from './heading';
import { classify } from '../../domain/bands';
import type { Band } from '../../domain/policyTypes';

/** Row colour by the policy's bands (never a literal threshold). */
function severityClass(value: Decimal | null, bands: readonly Band[]): string | undefined {
  const c = value === null ? null : classify(value, [...bands]);
  return c ? `sev-${c.severity}` : undefined;
}

const TRANSFER_RULES = new Set(['transfer_late', 'transfer_not_received', 'advance_ratio']);

function share(part: Decimal, total: Decimal): string {
  return total.isZero() ? '—' : formatPercent(part.div(total));
}

function wan(d: Decimal | null | undefined): string {
  return d === null || d === undefined ? '—' : formatWan(d).replace('万元', '');
}

export function incomeSection(ctx: SectionContext, n: number): string {
  const { m } = ctx;
  const q = m.analysis.quarter;
  const parts = [sectionOpen(n, 'income', '基金收入')];
  let sub = 0;
  for (const fund of FUNDS) {
    const now = statusNow(m, m.region.code, fund);
    if (!now) continue;
    const last = statusLastYear(m, m.region.code, fund);
    parts.push(subheading(++sub, `${FUND_LABEL[fund].zh}收入`));
    const g = growth(now.ytdIncome, last?.ytdIncome);
    parts.push(
      para(
        `${m.region.name} ${FUND_LABEL[fund].zh} 年初至今收入 ${formatWan(now.ytdIncome)}` +
          (g === null ? '' : `，同比${growthText(g)}（上年同期 ${formatWan(last?.ytdIncome as Decimal)}）`) +
          `；本季度收入 ${formatWan(now.income)}。`,
      ),
    );
    const bySource = ytdIncomeBySource(m.analysis, m.region.code, fund, q);
    const lastBySource = last ? ytdIncomeBySource(m.analysis, m.region.code, fund, last.quarter) : null;
    parts.push(
      table({
        id: `table-income-source-${fund}`,
        caption: '按资金来源级次（年初至今，万元）',
        head: ['来源级次', { text: '本年累计', num: true }, { text: '占比', num: true }, { text: '上年同期', num: true }, { text: '同比', num: true }],
        rows: [
          ...SOURCE_LEVELS.filter((l) => !bySource[l].isZero() || (lastBySource && !lastBySource[l].isZero())).map((l) => ({
            cells: [
              SOURCE_LEVEL_LABEL[l].zh,
              { text: wan(bySource[l]), num: true, col: `income-${l}` },
              { text: share(bySource[l], now.ytdIncome), num: true },
              { text: wan(lastBySource?.[l]), num: true },
              { text: signedGrowth(growth(bySource[l], lastBySource?.[l])), num: true },
            ],
          })),
          {
            cls: 'total',
            cells: ['合计', { text: wan(now.ytdIncome), num: true, col: 'income' }, { text: '100.00%', num: true }, { text: wan(last?.ytdIncome), num: true }, { text: signedGrowth(g), num: true }],
          },
        ],
      }),
    );
    if (m.children.length > 0) parts.push(byChildFlowTable(ctx, fund, 'income'));
    parts.push(trendFigure(ctx, fund));
  }

  parts.push(subheading(++sub, '资金下达与到账情况'));
  const transfers = m.analysis.alerts.filter((a) => TRANSFER_RULES.has(a.rule) && m.subtree.has(a.regionCode));
  if (transfers.length === 0) {
    parts.push(para(`截至本季度末，${m.region.name} 及所属地区资金下达超时、未到账、提前下达比例偏低的情况均为 0 起。`));
  } else {
    parts.push(
      table({
        id: 'table-transfers',
        head: ['预警', '地区', '情况'],
        rows: transfers.map((a) => ({ region: a.regionCode, cls: `sev-${a.severity}`, cells: [SEVERITY_LABEL[a.severity].zh, m.name(a.regionCode), a.message] })),
      }),
    );
  }

  const pots = m.analysis.allocation.filter((r) => r.rows.length > 0);
  if (pots.length > 0) {
    parts.push(subheading(++sub, `${pots[0]?.year ?? ''}年补助资金因素法分配`));
    for (const res of pots) {
      const potName = res.pot === 'assistance' ? '医疗救助补助资金' : '疾病应急救助补助资金';
      const bars = res.rows.map((r) => ({ key: r.regionCode, name: m.name(r.regionCode), base: r.amount, scenario: null }));
      const data = { year: res.year, pot: res.pot, total: moneyString(res.total), rows: res.rows.map((r) => ({ region_code: r.regionCode, name: m.name(r.regionCode), amount: moneyString(r.amount) })) };
      parts.push(
        figure(ctx, `allocation-${res.pot}`, `${potName} ${formatWan(res.total)} 分配结果`, buildAllocationBarsOption({ bars }), data, chartHeightFor(bars.length)),
      );
    }
  }
  parts.push('</section>');
  return parts.join('\n');
}

export function expenditureSection(ctx: SectionContext, n: number): string {
  const { m } = ctx;
  const q = m.analysis.quarter;
  const parts = [sectionOpen(n, 'expenditure', '基金支出')];
  let sub = 0;
  for (const fund of FUNDS) {
    const now = statusNow(m, m.region.code, fund);
    if (!now) continue;
    const last = statusLastYear(m, m.region.code, fund);
    const g = growth(now.ytdExpenditure, last?.ytdExpenditure);
    parts.push(subheading(++sub, `${FUND_LABEL[fund].zh}支出`));
    parts.push(
      para(
        `${m.region.name} ${FUND_LABEL[fund].zh} 年初至今支出 ${formatWan(now.ytdExpenditure)}` +
          (g === null ? '' : `，同比${growthText(g)}（上年同期 ${formatWan(last?.ytdExpenditure as Decimal)}）`) +
          `；本季度支出 ${formatWan(now.expenditure)}。`,
      ),
    );
    const byItem = ytdExpenditureByItem(m.analysis, m.region.code, fund, q);
    const lastByItem = last ? ytdExpenditureByItem(m.analysis, m.region.code, fund, last.quarter) : null;
    parts.push(
      table({
        id: `table-expenditure-item-${fund}`,
        caption: '按支出项目（年初至今，万元）',
        head: ['项目', { text: '本年累计', num: true }, { text: '占比', num: true }, { text: '上年同期', num: true }, { text: '同比', num: true }],
        rows: [
          ...EXPENDITURE_ITEMS.filter((i) => !byItem[i].isZero() || (lastByItem && !lastByItem[i].isZero())).map((i) => ({
            cells: [
              EXPENDITURE_ITEM_LABEL[i].zh,
              { text: wan(byItem[i]), num: true, col: `expenditure-${i}` },
              { text: share(byItem[i], now.ytdExpenditure), num: true },
              { text: wan(lastByItem?.[i]), num: true },
              { text: signedGrowth(growth(byItem[i], lastByItem?.[i])), num: true },
            ],
          })),
          {
            cls: 'total',
            cells: ['合计', { text: wan(now.ytdExpenditure), num: true, col: 'expenditure' }, { text: '100.00%', num: true }, { text: wan(last?.ytdExpenditure), num: true }, { text: signedGrowth(g), num: true }],
          },
        ],
      }),
    );
    if (m.children.length > 0) parts.push(byChildFlowTable(ctx, fund, 'expenditure'));
  }
  parts.push('</section>');
  return parts.join('\n');
}

/** Income or expenditure by child: year to date with YoY, the quarter alone with QoQ. */
function byChildFlowTable(ctx: SectionContext, fund: Fund, side: 'income' | 'expenditure'): string {
  const { m } = ctx;
  const pick = (s: { ytdIncome: Decimal; ytdExpenditure: Decimal }): Decimal => (side === 'income' ? s.ytdIncome : s.ytdExpenditure);
  const pickQ = (s: { income: Decimal; expenditure: Decimal }): Decimal => (side === 'income' ? s.income : s.expenditure);
  const codes = [...m.children.map((c) => c.code), m.region.code];
  const rows = codes.flatMap((code) => {
    const now = statusNow(m, code, fund);
    if (!now) return [];
    const prev = statusPrevious(m, code, fund);
    const last = statusLastYear(m, code, fund);
    return [
      {
        region: code,
        cls: code === m.region.code ? 'total' : undefined,
        cells: [
          code === m.region.code ? `${m.name(code)}合计` : m.name(code),
          { text: wan(pick(now)), num: true, col: `ytd-${side}` },
          { text: signedGrowth(growth(pick(now), last ? pick(last) : undefined)), num: true, col: 'yoy' },
          { text: wan(pickQ(now)), num: true, col: `quarter-${side}` },
          { text: signedGrowth(growth(pickQ(now), prev ? pickQ(prev) : undefined)), num: true, col: 'qoq' },
        ],
      },
    ];
  });
  const word = side === 'income' ? '收入' : '支出';
  return table({
    id: `table-${side}-region-${fund}`,
    caption: `分地区${word}（万元）`,
    head: ['地区', { text: `本年累计${word}`, num: true }, { text: '同比', num: true }, { text: `本季度${word}`, num: true }, { text: '环比', num: true }],
    rows,
  });
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
    forecast_method: forecast?.method ?? null,
  };
  return figure(
    ctx,
    `trend-${fund}`,
    `${m.region.name} ${FUND_LABEL[fund].zh} 分季度收支与累计结余${forecast ? '（虚线为预测）' : ''}`,
    buildFundTrendOption({ points, forecast: forecast?.points }),
    data,
    340,
  );
}

export function balanceSection(ctx: SectionContext, n: number): string {
  const { m, policy } = ctx;
  const parts = [sectionOpen(n, 'balance', '结余与可支付月数')];
  let sub = 0;
  for (const fund of FUNDS) {
    const own = statusNow(m, m.region.code, fund);
    if (!own) continue;
    parts.push(subheading(++sub, `${FUND_LABEL[fund].zh}结余`));
    const codes = [...m.children.map((c) => c.code), m.region.code];
    const rows = codes.flatMap((code) => {
      const now = statusNow(m, code, fund);
      if (!now) return [];
      const prev = statusPrevious(m, code, fund);
      const last = statusLastYear(m, code, fund);
      const months = now.monthsPayable;
      const rnd = (d: Decimal | null | undefined): Decimal | null => (d === null || d === undefined ? null : d.toDecimalPlaces(2));
      return [
        {
          region: code,
          cls: code === m.region.code ? 'total' : severityClass(months, policy.thresholds.months_payable),
          cells: [
            code === m.region.code ? `${m.name(code)}合计` : m.name(code),
            { text: wan(now.ytdCurrentBalance), num: true, col: 'current-balance' },
            { text: now.balanceRate ? formatPercent(now.balanceRate) : '—', num: true, col: 'balance-rate' },
            { text: wan(now.accumulatedBalance), num: true, col: 'accumulated-balance' },
            { text: months === null ? '—' : fixed(months, 2), num: true, col: 'months' },
            { text: signedNumber(change(rnd(months), rnd(prev?.monthsPayable)), 2), num: true, col: 'months-qoq' },
            { text: signedNumber(change(rnd(months), rnd(last?.monthsPayable)), 2), num: true, col: 'months-yoy' },
          ],
        },
      ];
    });
    parts.push(
      table({
        id: `table-balance-${fund}`,
        caption: '分地区结余（年初至今，万元）',
        head: [
          '地区',
          { text: '当期结余', num: true },
          { text: '结余率', num: true },
          { text: '累计结余', num: true },
          { text: '可支付月数', num: true },
          { text: '较上季度（月）', num: true },
          { text: '较上年同期（月）', num: true },
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
      figure(ctx, `months-${fund}`, `${FUND_LABEL[fund].zh} 累计结余可支付月数`, buildMonthsPayableOption({ bars, bands: policy.thresholds.months_payable }), data, 340),
    );
  }
  parts.push('</section>');
  return parts.join('\n');
}
