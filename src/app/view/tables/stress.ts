// The stress page's tables (压力测试), each defined once for the screen and
// its export (view/table.ts): the pools ranked, every projected quarter of
// every pool (export only: the rows of `analyze --scenario … --json`'s
// `stress`), and the chosen pool's quarters.
import { FUND_LABEL } from '../../../domain/labels';
import { texts, type Lang } from '../../../domain/lang';
import type { Decimal } from '../../../domain/money';
import { pageMoneyUnit, type MoneyUnit } from '../../../domain/moneyUnit';
import { monthsPayableInFull } from '../../../domain/monthsPayableText';
import { quarterLabel } from '../../../domain/quarter';
import type { StressPoint, StressResult } from '../../../domain/stress';
import type { Quarter } from '../../../domain/types';
import { codeAndName, tableSpec, type TableSpec } from '../table';

const TEXT = texts(
  {
    regionCode: '区划代码',
    region: '地区',
    fund: '基金',
    scenario: '情景',
    opening: '当前累计结余',
    currentMonths: '当前可支付月数',
    baselineRed: '基准首个红色季度',
    firstRed: '情景首个红色季度',
    baselineBuffer: '基准所需缓冲',
    buffer: '情景所需缓冲',
    endMonths: '期末可支付月数（基准 → 情景）',
    none: '无',
    quarter: '季度',
    baselineBalance: '基准累计结余',
    scenarioBalance: '情景累计结余',
    baselineMonths: '基准可支付月数',
    scenarioMonths: '情景可支付月数',
  },
  {
    regionCode: 'Region code',
    region: 'Region',
    fund: 'Fund',
    scenario: 'Scenario',
    opening: 'Accumulated balance now',
    currentMonths: 'Months payable now',
    baselineRed: 'Baseline: first red quarter',
    firstRed: 'Scenario: first red quarter',
    baselineBuffer: 'Baseline: buffer needed',
    buffer: 'Scenario: buffer needed',
    endMonths: 'Months payable at the end (baseline → scenario)',
    none: 'none',
    quarter: 'Quarter',
    baselineBalance: 'Baseline accumulated balance',
    scenarioBalance: 'Scenario accumulated balance',
    baselineMonths: 'Baseline months payable',
    scenarioMonths: 'Scenario months payable',
  },
);

/**
 * 压力测试's one money unit, for the ranking, the chosen pool's chart, its quarters and its buffer:
 * chosen from every pool's figures, so that choosing another pool never changes it. Per column,
 * 当前累计结余 read 万元 beside 情景所需缓冲 in 亿元.
 */
export function stressMoneyUnit(results: readonly StressResult[], lang: Lang): MoneyUnit {
  const figures = results.flatMap((r) => [r.opening, r.buffer, ...r.points.flatMap((p) => [p.baselineBalance, p.scenarioBalance, p.scenarioRedLine])]);
  return pageMoneyUnit([{ body: figures, total: [] }], lang);
}

const key = (r: StressResult): string => `${r.regionCode}|${r.fund}`;
// A text cell has no hover: 已透支 keeps its computed figure in brackets.
const months = (d: Decimal | null, lang: Lang): string => (d === null ? '—' : monthsPayableInFull(d, lang, 2, (figure) => figure));

/** The pools in the order given (ranked); `scenario` names the scenario in every exported row. */
export function stressRankSpec(results: readonly StressResult[], name: (code: string) => string, scenario: string, lang: Lang): TableSpec<StressResult> {
  const t = TEXT[lang];
  const quarter = (q: Quarter | null): string => (q === null ? t.none : quarterLabel(q, lang));
  return tableSpec(results, key, [
    ...codeAndName<StressResult>('code', { code: t.regionCode, name: t.region }, { code: (r) => r.regionCode, name: (r) => name(r.regionCode) }, false),
    { key: 'fund', head: t.fund, kind: 'text', value: (r) => FUND_LABEL[r.fund][lang] },
    { key: 'scenario', head: t.scenario, kind: 'text', only: 'export', value: () => scenario },
    { key: 'opening', head: t.opening, kind: 'money', value: (r) => r.opening },
    // Beside the first red quarter of the projection (which starts next quarter): a pool red today says so here.
    { key: 'current_months', head: t.currentMonths, kind: 'text', only: 'screen', value: (r) => months(r.currentMonths, lang) },
    // On screen the quarter in words; in the export its code, as `analyze --json` writes it.
    { key: 'baseline_red_shown', head: t.baselineRed, kind: 'text', only: 'screen', value: (r) => quarter(r.baselineFirstRed) },
    { key: 'baseline_red', head: t.baselineRed, kind: 'text', only: 'export', value: (r) => r.baselineFirstRed },
    { key: 'first_red_shown', head: t.firstRed, kind: 'text', only: 'screen', value: (r) => quarter(r.firstRedQuarter) },
    { key: 'first_red', head: t.firstRed, kind: 'text', only: 'export', value: (r) => r.firstRedQuarter },
    { key: 'baseline_buffer', head: t.baselineBuffer, kind: 'money', only: 'export', value: (r) => r.baselineBuffer },
    { key: 'buffer', head: t.buffer, kind: 'money', value: (r) => r.buffer },
    {
      key: 'end_months',
      head: t.endMonths,
      kind: 'text',
      only: 'screen',
      value: (r) => `${months(r.points.at(-1)?.baselineMonths ?? null, lang)} → ${months(r.points.at(-1)?.scenarioMonths ?? null, lang)}`,
    },
  ]);
}

interface PoolPoint {
  result: StressResult;
  point: StressPoint;
}

/** Every projected quarter of every pool (the CLI's `stress` rows), for the export. */
export function stressDetailSpec(results: readonly StressResult[], name: (code: string) => string, lang: Lang): TableSpec<PoolPoint> {
  const t = TEXT[lang];
  const rows = results.flatMap((result) => result.points.map((point): PoolPoint => ({ result, point })));
  return tableSpec(rows, ({ result, point }) => `${key(result)}|${point.quarter}`, [
    { key: 'code', head: t.regionCode, kind: 'text', value: ({ result }) => result.regionCode },
    { key: 'name', head: t.region, kind: 'text', value: ({ result }) => name(result.regionCode) },
    { key: 'fund', head: t.fund, kind: 'text', value: ({ result }) => FUND_LABEL[result.fund][lang] },
    { key: 'quarter', head: t.quarter, kind: 'text', value: ({ point }) => point.quarter },
    { key: 'baseline_balance', head: t.baselineBalance, kind: 'money', value: ({ point }) => point.baselineBalance },
    { key: 'scenario_balance', head: t.scenarioBalance, kind: 'money', value: ({ point }) => point.scenarioBalance },
    { key: 'baseline_months', head: t.baselineMonths, kind: 'months', places: 2, value: ({ point }) => point.baselineMonths },
    { key: 'scenario_months', head: t.scenarioMonths, kind: 'months', places: 2, value: ({ point }) => point.scenarioMonths },
  ]);
}

/** The chosen pool's four quarters, on screen under its chart. */
export function stressQuartersSpec(result: StressResult, lang: Lang): TableSpec<StressPoint> {
  const t = TEXT[lang];
  return tableSpec(result.points, (p) => p.quarter, [
    { key: 'quarter', head: t.quarter, kind: 'text', rowHeader: {}, value: (p) => quarterLabel(p.quarter, lang) },
    { key: 'baseline_balance', head: t.baselineBalance, kind: 'money', value: (p) => p.baselineBalance },
    { key: 'scenario_balance', head: t.scenarioBalance, kind: 'money', value: (p) => p.scenarioBalance },
    { key: 'baseline_months', head: t.baselineMonths, kind: 'months', places: 2, value: (p) => p.baselineMonths },
    { key: 'scenario_months', head: t.scenarioMonths, kind: 'months', places: 2, value: (p) => p.scenarioMonths },
  ]);
}
