// 分配明细 (因素法分配), defined once for the screen and its export
// (view/table.ts): each city's factors as given, its parts and amount exact to
// the fen, its exact share, and the scenario when one is set.
import { texts, type Lang } from '../../../domain/lang';
import type { LevelWords } from '../../../domain/levelWords';
import type { Allocation, FactorRow } from '../../../domain/allocateByFactors';
import type { AllocationResult } from '../../../domain/types';
import { FACTOR_LABEL, POT_FACTORS, type ScenarioRow } from '../allocationScenario';
import { tableSpec, type Column, type TableSpec } from '../table';

const TEXT = texts(
  {
    regionCode: '区划代码',
    city: (w: LevelWords) => w.city,
    factorPart: '因素部分',
    performancePart: '绩效部分',
    base: '基准金额',
    baseExport: '基准金额',
    share: '占比',
    scenario: '情景金额',
    scenarioExport: '情景金额',
    difference: '差额',
  },
  {
    regionCode: 'Region code',
    city: () => 'City',
    factorPart: 'Factor part',
    performancePart: 'Performance part',
    base: 'Baseline',
    baseExport: 'Baseline amount',
    share: 'Share',
    scenario: 'Scenario',
    scenarioExport: 'Scenario amount',
    difference: 'Difference',
  },
);

export interface AllocationRow {
  row: Allocation;
  factor: FactorRow | undefined;
  /** The scenario's amount for the city, when the scenario computes. */
  scenario: ScenarioRow | undefined;
}

/** Every amount to the fen in 元, the scenario's difference too (its total reads so under the table). */
export function allocationSpec(
  allocation: AllocationResult,
  scenario: (regionCode: string) => ScenarioRow | undefined,
  name: (code: string) => string,
  lang: Lang,
  words: LevelWords,
): TableSpec<AllocationRow> {
  const t = TEXT[lang];
  const factors = POT_FACTORS[allocation.pot].map(
    (f): Column<AllocationRow> => ({ key: `factor_${f}`, head: FACTOR_LABEL[f][lang], kind: 'number', value: ({ factor }) => factor?.[f] ?? null }),
  );
  const rows = allocation.rows.map((row, i): AllocationRow => ({ row, factor: allocation.factors[i], scenario: scenario(row.regionCode) }));
  return tableSpec(rows, ({ row }) => row.regionCode, [
    { key: 'region_code', head: t.regionCode, kind: 'text', only: 'export', value: ({ row }) => row.regionCode },
    { key: 'region', head: t.city(words), kind: 'text', rowHeader: {}, value: ({ row }) => name(row.regionCode) },
    ...factors,
    { key: 'factor_part', head: t.factorPart, kind: 'money', exact: true, value: ({ row }) => row.factorPart },
    { key: 'performance_part', head: t.performancePart, kind: 'money', exact: true, value: ({ row }) => row.performancePart },
    { key: 'amount', head: t.base, exportHead: t.baseExport, kind: 'money', exact: true, value: ({ row }) => row.amount },
    { key: 'share', head: t.share, kind: 'rate', value: ({ row }) => row.share },
    { key: 'scenario', head: t.scenario, exportHead: t.scenarioExport, kind: 'money', exact: true, value: (r) => r.scenario?.scenario ?? null },
    {
      key: 'difference',
      head: t.difference,
      kind: 'money',
      // To the fen, as the amounts it is the change of: one unit for the whole table.
      exact: true,
      signed: true,
      only: 'screen',
      value: (r) => r.scenario?.difference ?? null,
    },
  ]);
}
