// One money unit per page (or per chart and its table), on the sample's
// 2024Q4 in both languages: the units named by a page's table heads, chart
// axes and lines, gathered as the page draws them. A user walk found the
// county page's 可支付月数 in 亿元 beside its trend in 万元, the English trend
// axis in billion beside its table in million, the gap-sharing picker in 亿元
// under a 万元 headline, and 压力测试's 当前累计结余 in 万元 beside its
// 所需缓冲 in 亿元.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../src/domain/lang';
import { LEAGUE_BANNER_WORDS } from '../../src/domain/levelWords';
import { moneyWithUnitShown, type MoneyUnit } from '../../src/domain/moneyUnit';
import { rankStress, redMonthsThreshold, stressTests } from '../../src/domain/stress';
import { defaultPreset, presetScenario } from '../../src/domain/stressScenario';
import { FUNDS, type Analysis } from '../../src/domain/types';
import { buildGapWaterfallOption } from '../../src/charts/options/gapWaterfall';
import { buildStressBandOption } from '../../src/charts/options/stressBand';
import type { ChartOption } from '../../src/charts/options/chartOption';
import { analyze } from '../../src/engine/queries/analyze';
import { loadDataset } from '../../src/engine/ingest/load';
import { readDatasetDir } from '../../src/engine/formats/nodeFiles';
import { fundTrendChart, monthsPayableChart } from '../../src/app/view/overviewCharts';
import { buildRegionTree, type RegionTree } from '../../src/app/view/regionTree';
import { sharingCities, sharingPageUnit } from '../../src/app/view/sharingView';
import { inUnit, screenMoney, type TableSpec } from '../../src/app/view/table';
import { monthsPayableSpec, trendLevels, trendSpec } from '../../src/app/view/tables/overview';
import { sharingSpec } from '../../src/app/view/tables/sharing';
import { stressMoneyUnit, stressQuartersSpec, stressRankSpec } from '../../src/app/view/tables/stress';
import { sharingStepLines } from '../../src/report/sharingSteps';
import { useEngine } from '../engine/harness';

const SAMPLE = join(import.meta.dirname, '../../data/sample');

const LABELS: Record<Lang, readonly string[]> = {
  zh: ['元', '万元', '亿元'],
  en: ['yuan', 'thousand yuan', 'million yuan', 'billion yuan'],
};

/** The unit labels a table's rounded money heads name, as DataTable draws them (screenMoney). */
function headUnits<R>(spec: TableSpec<R>, lang: Lang): string[] {
  return [...screenMoney(spec, lang).units.values()].map((u) => u.label);
}

/** The unit each money axis of a chart names ("收支（万元）", "Balance (million yuan)", "万元"). */
function axisUnits(option: ChartOption, lang: Lang): string[] {
  const list = (a: unknown): { name?: string }[] => (a === undefined ? [] : Array.isArray(a) ? a : [a]) as { name?: string }[];
  const names = [...list(option.xAxis), ...list(option.yAxis)].map((a) => a.name ?? '');
  // Longest label first: "万元" ends with "元".
  const byLength = [...LABELS[lang]].sort((a, b) => b.length - a.length);
  return names.flatMap((n) => byLength.filter((u) => n === u || n.endsWith(lang === 'zh' ? `（${u}）` : `(${u})`)).slice(0, 1));
}

/** The money units a sentence prints ("1,796.06万元", "17.96 million yuan"). */
function sentenceUnits(text: string, lang: Lang): string[] {
  const pattern = lang === 'zh' ? /[\d.]+(万元|亿元|元)/g : /[\d.]+ (thousand yuan|million yuan|billion yuan|yuan)/g;
  return [...text.matchAll(pattern)].map((m) => m[1]!);
}

const one = (units: readonly string[]): string[] => [...new Set(units)];

describe('one money unit per page (sample, 2024Q4)', () => {
  const engine = useEngine();
  let analysis: Analysis;
  let tree: RegionTree;

  beforeAll(async () => {
    const report = await loadDataset(engine(), await readDatasetDir(SAMPLE));
    if (!report.ok || !report.policyFile) throw new Error(JSON.stringify(report.problems.slice(0, 5)));
    analysis = await analyze(engine(), '2024Q4', report.policyFile);
    tree = buildRegionTree(analysis.regions);
  }, 120_000);

  for (const lang of LANGS) {
    it(`overview: 可支付月数 and 基金收支趋势, charts and tables, in one unit for every region and fund (${lang})`, () => {
      const seen = new Set<string>();
      for (const region of analysis.regions) {
        for (const fund of FUNDS) {
          const months = monthsPayableChart(analysis, tree, region.code, fund, analysis.policy, lang);
          const trend = fundTrendChart(analysis, tree, region.code, fund, lang);
          const units = [
            ...headUnits(monthsPayableSpec(months.bars, months.byQuarter, analysis.policy, lang, months.unit), lang),
            ...headUnits(trendSpec(trend.points, trendLevels(trend.points), lang, trend.unit), lang),
            ...axisUnits(trend.option, lang),
          ];
          expect(one(units), `${region.code} ${region.name} ${fund}`).toHaveLength(1);
          seen.add(units[0]!);
        }
      }
      // Not one unit for every page: each page's figures choose it.
      expect(seen.size).toBeGreaterThan(0);
    });

    it(`overview: 集宁区's (a county's) months table and trend table name the same unit (${lang})`, () => {
      const county = analysis.regions.find((r) => r.name === '集宁区')!;
      const months = monthsPayableChart(analysis, tree, county.code, 'resident', analysis.policy, lang);
      const trend = fundTrendChart(analysis, tree, county.code, 'resident', lang);
      const monthsHeads = headUnits(monthsPayableSpec(months.bars, months.byQuarter, analysis.policy, lang, months.unit), lang);
      const trendHeads = headUnits(trendSpec(trend.points, trendLevels(trend.points), lang, trend.unit), lang);
      expect(monthsHeads).toEqual([trendHeads[0]]);
      expect(axisUnits(trend.option, lang)).toEqual([trendHeads[0], trendHeads[0]]);
    });

    it(`缺口分担: the picker, the gap line, the waterfall, the table and the steps in the page's unit, whichever city (${lang})`, () => {
      const name = (code: string) => tree.byCode.get(code)?.name ?? code;
      for (const fund of FUNDS) {
        const offered = sharingCities(analysis, tree, fund);
        const unit: MoneyUnit = sharingPageUnit(offered, lang);
        const picker = offered.filter((c) => c.sharing?.gap.gt(0)).flatMap((c) => sentenceUnits(moneyWithUnitShown(c.sharing!.gap, unit), lang));
        expect(one(picker), `${fund} picker`).toEqual([unit.label]);
        for (const c of offered) {
          const s = c.sharing;
          if (!s || !s.gap.gt(0)) continue;
          const parts = [
            { key: 'balance' as const, label: 'b', amount: s.coveredByBalance },
            { key: 'city' as const, label: 'c', amount: s.cityShare },
            ...s.countyShares.map((r) => ({ key: 'county' as const, label: name(r.regionCode), amount: r.amount })),
          ];
          const table = inUnit(sharingSpec([{ key: 'gap', step: 'gap', regionCode: s.cityCode, amount: s.gap }, ...parts.map((p) => ({ key: p.key, step: p.key, regionCode: s.cityCode, amount: p.amount }))], name, lang), unit);
          const units = [
            // The exact column reads 元 to the fen and says so in its head; the rounded one reads in the page's unit.
            ...headUnits(table, lang).filter((u) => u !== LABELS[lang][0]),
            ...axisUnits(buildGapWaterfallOption({ gap: s.gap, parts, unit }, lang), lang),
            ...sharingStepLines(s, name, lang, LEAGUE_BANNER_WORDS, unit).flatMap((l) => sentenceUnits(l.text, lang)),
          ];
          expect(one(units), `${s.cityCode} ${fund}`).toEqual([unit.label]);
        }
      }
    });

    it(`压力测试: 当前累计结余, 所需缓冲, the chart and its quarters in one unit (${lang})`, () => {
      const preset = defaultPreset(analysis.policy)!;
      const results = stressTests(analysis.history, analysis.quarter, analysis.policy, analysis.regions, presetScenario(preset));
      const unit = stressMoneyUnit(results, lang);
      const red = redMonthsThreshold(analysis.policy)?.value ?? null;
      const rank = inUnit(stressRankSpec(rankStress(results), (c) => c, '', lang), unit);
      expect(one(headUnits(rank, lang))).toEqual([unit.label]);
      for (const r of results) {
        const units = [...headUnits(inUnit(stressQuartersSpec(r, lang), unit), lang), ...axisUnits(buildStressBandOption({ result: r, redMonths: red, unit }, lang), lang)];
        expect(one(units), `${r.regionCode} ${r.fund}`).toEqual([unit.label]);
      }
    });
  }
});
