// Issue 16, "one unit per column, chart and sentence", on the sample
// (data/sample, 2024Q4) and on a province ten times its size, in both languages: every chart option the pages and
// the report build (fund trend and months payable for every region and fund,
// the gap waterfall of every city with a gap, the allocation bars, every
// pool's stress band), every
// table of the report, the gap-sharing steps and every alert sentence as the
// page shows it. Fails when an axis, a tooltip, a column or a sentence mixes
// money units, or a money figure shows more than two decimals.
import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/runtime/engine';
import { createNativeEngine } from '../../src/engine/runtime/native';
import { writeProvince10x } from '../../scripts/bench/province10x';
import type { CallbackItem, ChartOption } from '../../src/charts/options/chartOption';
import { SEVERITY_MARK } from '../../src/charts/palette';
import { buildAllocationBarsOption } from '../../src/charts/options/allocationBars';
import { buildGapWaterfallOption } from '../../src/charts/options/gapWaterfall';
import { buildStressBandOption } from '../../src/charts/options/stressBand';
import { redMonthsThreshold, stressTests } from '../../src/domain/stress';
import { defaultPreset, presetScenario } from '../../src/domain/stressScenario';
import { LANGS, type Lang } from '../../src/domain/lang';
import { Dec, sum } from '../../src/domain/money';
import { FUNDS, type Analysis } from '../../src/domain/types';
import { analyze } from '../../src/engine/queries/analyze';
import { loadDataset } from '../../src/engine/ingest/load';
import { readDatasetDir } from '../../src/engine/formats/nodeFiles';
import { alertMessage, alertsMoneyUnit } from '../../src/app/view/alertsView';
import { summaryLines } from '../../src/cli/summary';
import { fundTrendChart, monthsPayableChart } from '../../src/app/view/overviewCharts';
import { buildRegionTree, type RegionTree } from '../../src/app/view/regionTree';
import { renderReportParts } from '../../src/report/report';
import { sharingStepLines } from '../../src/report/sharingSteps';
import { useEngine } from '../engine/harness';
import { datasetLevelWords, LEAGUE_BANNER_WORDS } from '../../src/domain/levelWords';

const SAMPLE = join(import.meta.dirname, '../../data/sample');

/** A money figure with its unit, as sentences and tooltips print it. */
const MONEY: Record<Lang, RegExp> = {
  zh: /(-?[\d,]+(?:\.(\d+))?)(元|万元|亿元)/g,
  en: /(-?[\d,]+(?:\.(\d+))?) (yuan|thousand yuan|million yuan|billion yuan)/g,
};
const UNIT_LABELS: Record<Lang, readonly string[]> = {
  zh: ['元', '万元', '亿元'],
  en: ['yuan', 'thousand yuan', 'million yuan', 'billion yuan'],
};

/**
 * The units a text prints money in, and any figure with more than two
 * decimals. `exactYuan` brackets ("（17,960,565.39元）") are the exact figure
 * to the fen, allowed beside the rounded one: they are dropped first.
 */
function moneyIn(text: string, lang: Lang): { units: Set<string>; tooPrecise: string[] } {
  const rounded = text.replace(/[（(][-\d,.]+ ?(元|yuan)[）)]/g, '');
  const units = new Set<string>();
  const tooPrecise: string[] = [];
  for (const m of rounded.matchAll(MONEY[lang])) {
    // "9.00 months" / "个月" never match; "元" alone inside "万元" is handled by the alternation order of the match.
    units.add(m[3]!);
    if ((m[2] ?? '').length > 2) tooPrecise.push(m[0]);
  }
  return { units, tooPrecise };
}

function expectOneUnit(text: string, lang: Lang, where: string): void {
  const { units, tooPrecise } = moneyIn(text, lang);
  expect(units.size, `${where}: mixes ${[...units].join(' / ')} in «${text}»`).toBeLessThanOrEqual(1);
  expect(tooPrecise, `${where}: more than two decimals in «${text}»`).toEqual([]);
}

type Formatter = (p: unknown) => string;
interface AxisLike {
  name?: string;
}

function axes(option: ChartOption): AxisLike[] {
  const list = (a: unknown): AxisLike[] => (a === undefined ? [] : Array.isArray(a) ? (a as AxisLike[]) : [a as AxisLike]);
  return [...list(option.xAxis), ...list(option.yAxis)];
}

/** Every axis names at most one money unit; every tooltip and bar label keeps one unit, two decimals. */
function checkChart(option: ChartOption, count: number, lang: Lang, where: string): void {
  for (const axis of axes(option)) {
    const name = axis.name ?? '';
    // The unit is the whole name or its bracketed tail: "万元", "收支（万元）", "Accumulated balance (million yuan)".
    const named = UNIT_LABELS[lang].filter((u) => name === u || name.endsWith(lang === 'zh' ? `（${u}）` : `(${u})`));
    expect(named.length, `${where}: axis «${name}»`).toBeLessThanOrEqual(1);
  }
  const tooltip = option.tooltip as { trigger?: string; formatter?: Formatter } | undefined;
  const series = (option.series ?? []) as { label?: { formatter?: Formatter } }[];
  for (let i = 0; i < count; i++) {
    const item = { dataIndex: i, seriesIndex: 0 } as CallbackItem;
    if (tooltip?.formatter) {
      const text = tooltip.formatter(tooltip.trigger === 'axis' ? [item] : item);
      expectOneUnit(text, lang, `${where} tooltip ${i}`);
    }
    for (const s of series) {
      const label = s.label?.formatter;
      if (typeof label === 'function') {
        const text = label(item);
        // A bare figure, or the word a months-payable bar below zero says (domain/monthsPayableText), after the
        // band's shape a months-payable bar starts with (palette.ts: read without colour on paper).
        expect(text, `${where} label ${i}`).toMatch(new RegExp(`^([${Object.values(SEVERITY_MARK).join('')}] )?(-?[\\d,]+(\\.\\d{1,2})?|已透支|overdrawn)$`));
      }
    }
  }
}

interface HtmlTable {
  id: string;
  head: string[];
  rows: string[][];
}

function tablesOf(html: string): HtmlTable[] {
  const cellText = (s: string) => s.replace(/<[^>]+>/g, '').trim();
  return [...html.matchAll(/<table(?: id="([^"]*)")?>([\s\S]*?)<\/table>/g)].map((m) => {
    const body = m[2]!;
    const head = [...(/<thead>([\s\S]*?)<\/thead>/.exec(body)?.[1] ?? '').matchAll(/<th[^>]*>([\s\S]*?)<\/th>/g)].map((c) => cellText(c[1]!));
    const rows = [...(/<tbody>([\s\S]*?)<\/tbody>/.exec(body)?.[1] ?? '').matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((r) =>
      [...r[1]!.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((c) => cellText(c[1]!)),
    );
    return { id: m[1] ?? '', head, rows };
  });
}

interface Quarters {
  analysis: Analysis;
  previous: Analysis;
  lastYear: Analysis;
}

async function analyzeQuarters(engine: Engine, dir: string): Promise<Quarters> {
  const report = await loadDataset(engine, await readDatasetDir(dir));
  if (!report.ok || !report.policyFile) throw new Error(JSON.stringify(report.problems.slice(0, 5)));
  return {
    analysis: await analyze(engine, '2024Q4', report.policyFile),
    previous: await analyze(engine, '2024Q3', report.policyFile),
    lastYear: await analyze(engine, '2023Q4', report.policyFile),
  };
}

/** The walk over every chart, sentence and report table, for a dataset's 2024Q4. */
function walkEveryPart(get: () => Quarters & { tree: RegionTree }): void {
  const name = (code: string): string => get().tree.byCode.get(code)?.name ?? code;
  for (const lang of LANGS) {
    it(`charts keep one unit per axis and tooltip (${lang})`, () => {
      const withChildren = get().analysis.regions.filter((r) => get().analysis.regions.some((c) => c.parentCode === r.code));
      for (const region of get().analysis.regions) {
        for (const fund of FUNDS) {
          const trend = fundTrendChart(get().analysis, get().tree, region.code, fund, lang);
          checkChart(trend.option, trend.points.length, lang, `trend ${region.code} ${fund}`);
        }
      }
      for (const region of withChildren) {
        for (const fund of FUNDS) {
          const months = monthsPayableChart(get().analysis, get().tree, region.code, fund, get().analysis.policy, lang);
          checkChart(months.option, months.bars.length, lang, `months ${region.code} ${fund}`);
        }
      }
      for (const s of get().analysis.sharing.filter((x) => x.gap.gt(0))) {
        const parts = [
          { key: 'balance' as const, label: 'b', amount: s.coveredByBalance },
          { key: 'county_self' as const, label: 's', amount: sum(s.countySelf.map((r) => r.amount)) },
          { key: 'city' as const, label: 'c', amount: s.cityShare },
          ...s.countyShares.map((r) => ({ key: 'county' as const, label: name(r.regionCode), amount: r.amount })),
        ];
        checkChart(buildGapWaterfallOption({ gap: s.gap, parts }, lang), parts.length + 1, lang, `waterfall ${s.cityCode} ${s.fund}`);
      }
      // 压力测试: every pool's band chart under the policy's default preset (支出增长10%), as the page and the report draw it.
      const preset = defaultPreset(get().analysis.policy);
      if (preset === undefined) throw new Error('the policy has no default stress preset');
      const red = redMonthsThreshold(get().analysis.policy);
      const results = stressTests(get().analysis.history, get().analysis.quarter, get().analysis.policy, get().analysis.regions, presetScenario(preset));
      expect(results.length).toBe(26);
      for (const r of results) {
        const option = buildStressBandOption({ result: r, redMonths: red?.value ?? null }, lang);
        checkChart(option, r.points.length, lang, `stress ${r.regionCode} ${r.fund}`);
      }
      for (const a of get().analysis.allocation.filter((x) => !x.error)) {
        const bars = a.rows.map((r) => ({ key: r.regionCode, name: name(r.regionCode), base: r.amount, scenario: null }));
        checkChart(buildAllocationBarsOption({ bars }, lang), bars.length, lang, `allocation ${a.pot}`);
      }
    });

    it(`sentences keep one unit: gap-sharing steps and alerts (${lang})`, () => {
      for (const s of get().analysis.sharing) {
        for (const line of sharingStepLines(s, name, lang, datasetLevelWords(get().analysis.regions))) {
          expectOneUnit(line.text, lang, `step ${s.cityCode} ${s.fund} ${line.key}`);
          // Regions by name, never by code.
          expect(line.text, `step ${s.cityCode} ${line.key}`).not.toMatch(/\b\d{6}\b/);
        }
      }
      for (const a of get().analysis.alerts) expectOneUnit(alertMessage(a, lang), lang, `alert ${a.rule} ${a.regionCode}`);
    });

    it(`every report table keeps one unit per column, named in the head, two decimals (${lang})`, () => {
      for (const regionCode of [get().analysis.regions.find((r) => r.parentCode === null)!.code, '150900']) {
        const { html } = renderReportParts({ analysis: get().analysis, previous: get().previous, lastYear: get().lastYear, regionCode, datasetLabel: 'sample', lang, generatedAt: new Date(0) });
        const tables = tablesOf(html);
        expect(tables.length).toBeGreaterThan(5);
        for (const t of tables) {
          t.head.forEach((head, i) => {
            const unit = UNIT_LABELS[lang].find((u) => head.endsWith(lang === 'zh' ? `（${u}）` : `(${u})`));
            if (!unit) return;
            for (const row of t.rows) {
              const text = row[i] ?? '';
              // The cell is a bare figure: no unit of its own, at most two decimals.
              expect(text, `${t.id} «${head}»`).toMatch(/^([+−-]?[\d,]+(\.\d{1,2})?|—|)$/);
            }
          });
          for (const row of t.rows) for (const c of row) expectOneUnit(c, lang, `${t.id} cell`);
        }
      }
    });
  }

}

describe('one money unit per column, chart and sentence (sample, 2024Q4)', () => {
  const engine = useEngine();
  let analysis: Analysis;
  let tree: RegionTree;
  let quarters: Quarters;

  beforeAll(async () => {
    quarters = await analyzeQuarters(engine(), SAMPLE);
    analysis = quarters.analysis;
    tree = buildRegionTree(analysis.regions);
  }, 120_000);

  const name = (code: string): string => tree.byCode.get(code)?.name ?? code;
  walkEveryPart(() => ({ ...quarters, tree }));

  it('prints the known figures of data/README.md in one unit', () => {
    const ulanqab = analysis.sharing.find((s) => s.cityCode === '150900' && s.fund === 'assistance')!;
    const zh = sharingStepLines(ulanqab, name, 'zh', LEAGUE_BANNER_WORDS);
    const en = sharingStepLines(ulanqab, name, 'en', LEAGUE_BANNER_WORDS);
    // Gap 17,960,565.39 = expenditure 113,013,148.33 − income 95,052,582.94 yuan: every step in the
    // unit of the gap the page heads them with (a county's 15.32万元 would read 0.00亿元); the exact
    // formula stays on hover.
    expect(zh[0]!.text).toBe('支出 11,301.31万元 − 收入 9,505.26万元，缺口 1,796.06万元（无赤字则为零）');
    expect(en[0]!.text).toBe('Expenditure 113.01 million yuan − income 95.05 million yuan: a gap of 17.96 million yuan (zero without a deficit)');
    // 12,309,907.97 yuan covered by the balance, 5,650,657.42 left.
    expect(zh[1]!.text).toContain('累计结余 1,230.99万元 先行弥补');
    expect(zh[1]!.text).toContain('剩余缺口 565.07万元');
    expect(en[1]!.text).toContain('covers 12.31 million yuan first');
    // 商都县 makes up 462,080.36 of its own shortfall; the city bears 50% of the rest.
    expect(zh[2]!.text).toContain('商都县 46.21万元');
    expect(zh[3]!.text).toBe('盟市本级承担 518.86万元 × 50% = 259.43万元');
    expect(zh[4]!.text).toContain('集宁区 15.32万元');
    expect(zh[4]!.text).toContain('丰镇市 9.89万元');

    // 乌兰察布市 resident fund: 2.30 months payable, accumulated balance 372,022,608.13 yuan (3.72亿元).
    const months = analysis.alerts.find((a) => a.rule === 'months_payable' && a.regionCode === '150900' && a.fund === 'resident')!;
    expect(alertMessage(months, 'zh')).toContain('累计结余 3.72亿元 ÷ 近4个季度月均支出 1.62亿元 = 2.30 个月');
    expect(alertMessage(months, 'en')).toContain('accumulated balance 372.02 million yuan ÷');
  });

  it('the alert list reads in one unit (million yuan / 万元), a sentence that would read 0.00–0.09 in it in its own', () => {
    // The English walk: 凉城县 -950.87 thousand yuan beside -16.46 million yuan, and 乌兰察布市's resident
    // income 1,650.74 million yuan in one alert and 1.65 billion yuan in the next.
    const find = (rule: string, code: string, fund: string) => analysis.alerts.find((a) => a.rule === rule && a.regionCode === code && a.fund === fund)!;
    const en = alertsMoneyUnit(analysis.alerts, 'en');
    expect(en?.label).toBe('million yuan');
    expect(alertMessage(find('current_deficit', '150925', 'assistance'), 'en')).toContain('= -950.87 thousand yuan');
    expect(alertMessage(find('current_deficit', '150925', 'assistance'), 'en', en)).toContain('income 5.12 million yuan − expenditure 6.07 million yuan = -0.95 million yuan');
    expect(alertMessage(find('current_deficit', '150925', 'resident'), 'en', en)).toContain('= -16.46 million yuan');
    expect(alertMessage(find('current_deficit', '150900', 'resident'), 'en', en)).toContain('income 1,650.74 million yuan − expenditure 1,940.99 million yuan');
    expect(alertMessage(find('growth_gap', '150900', 'resident'), 'en')).toContain('(1.65 billion yuan ÷');
    expect(alertMessage(find('growth_gap', '150900', 'resident'), 'en', en)).toContain('(1,650.74 million yuan ÷');
    // Chinese: 万元 down the list, 乌兰察布市's 16.51亿元 reading 165,073.85万元 in both.
    const zh = alertsMoneyUnit(analysis.alerts, 'zh');
    expect(zh?.label).toBe('万元');
    expect(alertMessage(find('current_deficit', '150900', 'resident'), 'zh', zh)).toContain('收入 165,073.85万元 − 支出 194,098.75万元');
    expect(alertMessage(find('growth_gap', '150900', 'resident'), 'zh', zh)).toContain('收入同比增长 2.68%（165,073.85万元 ÷');
    // The terminal summary's alerts are such a list too: 16.51亿元 read beside 万元 deficits of its counties.
    const alertLines = summaryLines(analysis, 'zh').filter((l) => l.startsWith('  ['));
    expect(alertLines.join('\n')).toContain('乌兰察布市 城乡居民医保基金 年初至今当期结余 = 收入 165,073.85万元 − 支出 194,098.75万元 = -29,024.90万元');
    for (const line of alertLines) expect([...moneyIn(line, 'zh').units].filter((u) => u !== '万元'), line).toEqual([]);
    // Every other sentence keeps its own unit only because a figure of it would read 0.00–0.09 in the list's
    // (康巴什区's monthly expenditure 57.45 thousand yuan is 0.06 million).
    for (const [lang, unit, label] of [['en', en, 'million yuan'], ['zh', zh, '万元']] as const) {
      const own = analysis.alerts.filter((a) => {
        const { units } = moneyIn(alertMessage(a, lang, unit), lang);
        return units.size > 0 && !(units.size === 1 && units.has(label));
      });
      expect(own.length, lang).toBeLessThanOrEqual(3);
      for (const a of own) {
        const figures = [...alertMessage(a, lang).matchAll(MONEY[lang])].map((m) => ({ n: new Dec(m[1]!.replace(/,/g, '')), u: m[3]! }));
        const perUnit: Record<string, number> = { 元: 1, 万元: 1e4, 亿元: 1e8, yuan: 1, 'thousand yuan': 1e3, 'million yuan': 1e6, 'billion yuan': 1e9 };
        const inYuan = figures.map((f) => f.n.times(perUnit[f.u]!).abs());
        expect(inYuan.some((y) => !y.isZero() && y.lt(lang === 'en' ? 95000 : 950)), alertMessage(a, lang)).toBe(true);
      }
    }
  });
});

// The same walk at province scale: ten times the sample's counties (the
// bench's generator), analysed on native DuckDB (the same SQL; parity is
// tested in test/cli/parity10x.test.ts) to keep the suite quick.
describe('one money unit per column, chart and sentence (10× province, 2024Q4)', () => {
  let quarters: Quarters;
  let tree: RegionTree;
  let dir = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'fundwatch-units-'));
    expect(writeProvince10x(join(import.meta.dirname, '../..'), dir)).toBe(1030);
    const engine = await createNativeEngine();
    try {
      quarters = await analyzeQuarters(engine, dir);
    } finally {
      await engine.close();
    }
    tree = buildRegionTree(quarters.analysis.regions);
  }, 240_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  walkEveryPart(() => ({ ...quarters, tree }));
});
