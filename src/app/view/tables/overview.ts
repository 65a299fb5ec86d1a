// The overview's tables (coverage ranking, months payable, fund trend), each
// defined once for the screen and its export (view/table.ts).
import type { CoverageBar } from '../../../charts/options/coverageRanking';
import type { FundTrendPoint } from '../../../charts/options/fundTrend';
import type { MonthsPayableBar } from '../../../charts/options/monthsPayable';
import { levelName } from '../../../domain/labels';
import { CITY_COUNTY_WORDS, type LevelWords } from '../../../domain/levelWords';
import { texts, type Lang } from '../../../domain/lang';
import { coverageTarget } from '../../../domain/policy/policy';
import type { Policy } from '../../../domain/policy/types';
import { severityOf } from '../../../domain/policy/severity';
import { SOURCE_LEVELS, type SourceLevel } from '../../../domain/types';
import type { MoneyUnit } from '../../../domain/moneyUnit';
import { codeAndName, inUnit, tableSpec, type Column, type TableSpec } from '../table';

const TEXT = texts(
  {
    regionCode: '区划代码',
    region: '地区',
    categoryCode: '类别代码',
    category: '救助类别',
    recipients: '救助对象（人）',
    enrolled: '已参保（人）',
    uninsured: '疑似未参保（人）',
    rate: '参保率',
    status: '状态',
    quarter: '季度',
    quarterName: '季度名称',
    accumulated: '累计结余',
    months: '可支付月数',
    monthsValue: (months: string) => `${months} 个月`,
    band: '档位',
    cannotCompute: '无法计算',
    income: '收入',
    expenditure: '支出',
    current: '当期结余',
  },
  {
    regionCode: 'Region code',
    region: 'Region',
    categoryCode: 'Category code',
    category: 'Recipient category',
    recipients: 'Recipients (persons)',
    enrolled: 'Enrolled (persons)',
    uninsured: 'Suspected uninsured (persons)',
    rate: 'Enrollment rate',
    status: 'Status',
    quarter: 'Quarter',
    quarterName: 'Quarter name',
    accumulated: 'Accumulated balance',
    months: 'Months payable',
    monthsValue: (months: string) => `${months} months`,
    band: 'Band',
    cannotCompute: 'Cannot compute',
    income: 'Income',
    expenditure: 'Expenditure',
    current: 'Current balance',
  },
);

/** A bar's code (a region's, a category's, a quarter's) and its name. */
const BAR = { code: (b: { key: string }) => b.key, name: (b: { name: string }) => b.name };

/** 救助对象参保率排名: a region's children (linked), or a county's recipient categories. */
export function coverageSpec(bars: readonly CoverageBar[], byRegion: boolean, policy: Policy, lang: Lang): TableSpec<CoverageBar> {
  const t = TEXT[lang];
  const target = coverageTarget(policy);
  return tableSpec(bars, (b) => b.key, [
    ...codeAndName<CoverageBar>('code', byRegion ? { code: t.regionCode, name: t.region } : { code: t.categoryCode, name: t.category }, BAR, byRegion),
    { key: 'recipients', head: t.recipients, kind: 'count', value: (b) => b.recipients },
    { key: 'enrolled', head: t.enrolled, kind: 'count', value: (b) => b.enrolled },
    { key: 'uninsured', head: t.uninsured, kind: 'count', value: (b) => b.recipients - b.enrolled },
    { key: 'rate', head: t.rate, kind: 'rate', value: (b) => b.rate, thresholds: [target] },
    { key: 'status', head: t.status, kind: 'severity', value: (b) => severityOf('coverage', b.rate, policy), only: 'screen' },
  ]);
}

/** 累计结余可支付月数: a region's children (linked), or one region's quarters. */
export function monthsPayableSpec(bars: readonly MonthsPayableBar[], byQuarter: boolean, policy: Policy, lang: Lang, unit?: MoneyUnit): TableSpec<MonthsPayableBar> {
  const t = TEXT[lang];
  return inUnit(tableSpec(bars, (b) => b.key, [
    ...codeAndName<MonthsPayableBar>('key', byQuarter ? { code: t.quarter, name: t.quarterName, nameOnScreen: t.quarter } : { code: t.regionCode, name: t.region }, BAR, !byQuarter),
    { key: 'balance', head: t.accumulated, kind: 'money', value: (b) => b.accumulatedBalance },
    { key: 'months', head: t.months, kind: 'months', places: 2, value: (b) => b.monthsPayable, shown: t.monthsValue },
    {
      key: 'band',
      head: t.band,
      kind: 'severity',
      value: (b) => severityOf('months_payable', b.monthsPayable, policy),
      // No band is the normal one (6–9 months by default); no months at all is another thing.
      computed: (b) => b.monthsPayable !== null,
      none: t.cannotCompute,
      only: 'screen',
    },
  ]), unit);
}

/** The source levels the trend shows: those paid into in some quarter. */
export function trendLevels(points: readonly FundTrendPoint[]): SourceLevel[] {
  return SOURCE_LEVELS.filter((level) => points.some((p) => !p.incomeBySource[level].isZero()));
}

/** 基金收支趋势: a quarter a row, income by the source levels that have any. */
export function trendSpec(
  points: readonly FundTrendPoint[],
  levels: readonly SourceLevel[],
  lang: Lang,
  unit?: MoneyUnit,
  words: LevelWords = CITY_COUNTY_WORDS,
): TableSpec<FundTrendPoint> {
  const t = TEXT[lang];
  const bySource = levels.map(
    (level): Column<FundTrendPoint> => ({
      key: `source_${level}`,
      head: levelName(level, lang, words),
      kind: 'money',
      unitGroup: 'flows',
      value: (p) => p.incomeBySource[level],
    }),
  );
  return inUnit(tableSpec(points, (p) => p.quarter, [
    { key: 'quarter', head: t.quarter, kind: 'text', value: (p) => p.quarter, rowHeader: {} },
    // One unit for the whole table: the sources add up to income, income − expenditure is the current
    // balance, and the accumulated balance moves by it. In a unit of its own (累计结余（亿元） beside
    // 当期结余（万元）) the stock and the flow that changes it read as different sizes.
    { key: 'income', head: t.income, kind: 'money', unitGroup: 'flows', value: (p) => p.income },
    ...bySource,
    { key: 'expenditure', head: t.expenditure, kind: 'money', unitGroup: 'flows', value: (p) => p.expenditure },
    { key: 'current', head: t.current, kind: 'money', unitGroup: 'flows', value: (p) => p.income.minus(p.expenditure) },
    { key: 'accumulated', head: t.accumulated, kind: 'money', unitGroup: 'flows', value: (p) => p.accumulatedBalance },
  ]), unit);
}
