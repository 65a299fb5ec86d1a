// One setting per rule: with the enrollment target at 98% (the upper bound
// of the red coverage band, the only place it is written), every reader of
// it uses 98%: the alerts, `analyze --json`, the chart's target line and bar
// colours, the KPI card, the report and the command line's summary. Under
// the default 99% the same data is red where 98% makes it yellow.
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { KpiCards } from '../../src/app/components/KpiCards';
import { LangProvider } from '../../src/app/i18n/LangProvider';
import { coverageChart } from '../../src/app/view/overviewCharts';
import { buildRegionTree } from '../../src/app/view/regionTree';
import { summaryLines } from '../../src/cli/summary';
import { buildAnalysis, toAnalysisJson, type AnalysisInput } from '../../src/domain/analysis';
import { coverageTarget, DEFAULT_POLICY_FILE, parsePolicyFile } from '../../src/domain/policy/policy';
import type { PolicyFile } from '../../src/domain/policy/types';
import { severityOf } from '../../src/domain/policy/severity';
import type { Analysis, CoverageRow } from '../../src/domain/types';
import { renderReport } from '../../src/report/report';
import { SEVERITY_COLOR } from '../../src/charts/palette';

/** The default file with the red coverage band ending at 98% and yellow from there to 99%. */
function target98(): PolicyFile {
  const file = structuredClone(DEFAULT_POLICY_FILE);
  const first = file.years[0];
  if (!first?.thresholds) throw new Error('default policy without thresholds');
  first.thresholds.coverage = [
    { severity: 'red', lt: '0.98' },
    { severity: 'yellow', gte: '0.98', lt: '0.99' },
  ];
  return parsePolicyFile(file);
}

// 150921: 985 / 1,000 = 98.5% (red under 99%, yellow under 98%); 150922: 975 / 1,000 = 97.5% (red either way);
// the city and the province: 1,960 / 2,000 = 98%, exactly the target (not red under 98%).
function input(policyFile: PolicyFile): AnalysisInput {
  return {
    quarter: '2024Q4',
    regions: [
      { code: '150000', name: '内蒙古自治区', level: 'province', parentCode: null, tier: null },
      { code: '150900', name: '乌兰察布市', level: 'city', parentCode: '150000', tier: 3 },
      { code: '150921', name: '卓资县', level: 'county', parentCode: '150900', tier: 3 },
      { code: '150922', name: '化德县', level: 'county', parentCode: '150900', tier: 3 },
    ],
    coverageCounts: [
      { regionCode: '150000', level: 'province', category: null, recipients: 2000, enrolled: 1960 },
      { regionCode: '150900', level: 'city', category: null, recipients: 2000, enrolled: 1960 },
      { regionCode: '150921', level: 'county', category: null, recipients: 1000, enrolled: 985 },
      { regionCode: '150922', level: 'county', category: null, recipients: 1000, enrolled: 975 },
    ],
    fundTotals: [],
    openings: [],
    policyFile,
  };
}

const at98 = buildAnalysis(input(target98()));
const at99 = buildAnalysis(input(DEFAULT_POLICY_FILE));

function coverageRow(a: Analysis, code: string): CoverageRow {
  const row = a.coverage.find((c) => c.regionCode === code && c.category === null);
  if (!row) throw new Error(`no coverage row for ${code}`);
  return row;
}

describe('the enrollment target set to 98%', () => {
  it('is the policy the analysis carries', () => {
    expect(coverageTarget(at98.policy).toString()).toBe('0.98');
    expect(coverageTarget(at99.policy).toString()).toBe('0.99');
  });

  it('alerts: 97.5% red against the target 98%, 98.5% yellow, 98% itself yellow', () => {
    const coverage = toAnalysisJson(at98).alerts.filter((a) => a.rule === 'coverage');
    expect(coverage.map((a) => [a.region_code, a.severity, a.value, a.threshold])).toEqual([
      ['150922', 'red', '0.975000', '0.980000'],
      ['150000', 'yellow', '0.980000', '0.990000'],
      ['150900', 'yellow', '0.980000', '0.990000'],
      ['150921', 'yellow', '0.985000', '0.990000'],
    ]);
    expect(coverage[0]?.message).toBe('化德县 救助对象参保率 = 已参保 975 人 ÷ 救助对象 1,000 人 = 97.50%，低于目标 98.00%（红色）');
    expect(coverage[0]?.message_en).toBe('化德县 recipient enrollment rate = enrolled 975 ÷ recipients 1,000 = 97.50%, below the target 98.00% (red)');
    // Under the default 99% target every one of them is red.
    const red99 = toAnalysisJson(at99).alerts.filter((a) => a.rule === 'coverage' && a.severity === 'red');
    expect(red99.map((a) => [a.region_code, a.threshold])).toEqual([
      ['150000', '0.990000'],
      ['150900', '0.990000'],
      ['150921', '0.990000'],
      ['150922', '0.990000'],
    ]);
  });

  it('the chart: the target line at 98%, bars coloured by the same bands', () => {
    const tree = buildRegionTree(at98.regions);
    const { option } = coverageChart(at98, tree, '150900', at98.policy, 'zh');
    const series = (option as unknown as { series: { data: { itemStyle: { color: string } }[]; markLine: { data: unknown; label: { formatter: string } } }[] }).series[0];
    expect(series?.markLine.data).toEqual([{ xAxis: 0.98 }]);
    expect(series?.markLine.label.formatter).toBe('目标 98%');
    // Ranked best first: 98.5% yellow, 97.5% red.
    expect(series?.data.map((d) => d.itemStyle.color)).toEqual([SEVERITY_COLOR.yellow, SEVERITY_COLOR.red]);
    const at99Series = (coverageChart(at99, buildRegionTree(at99.regions), '150900', at99.policy, 'zh').option as unknown as {
      series: { markLine: { data: unknown } }[];
    }).series[0];
    expect(at99Series?.markLine.data).toEqual([{ xAxis: 0.99 }]);
  });

  describe('the KPI card', () => {
    beforeAll(() => {
      vi.stubGlobal('window', { location: { search: '' }, localStorage: { getItem: () => null } });
    });
    afterAll(() => {
      vi.unstubAllGlobals();
    });
    const card = (a: Analysis, code: string): string =>
      renderToStaticMarkup(
        <LangProvider>
          <KpiCards coverage={coverageRow(a, code)} status={undefined} policy={a.policy} alertCounts={{ red: 0, orange: 0, yellow: 0, blue: 0 }} alertScope="" fundLabel="" />
        </LangProvider>,
      );

    it('98.5% is yellow against 98% (red against 99%), and says the target is 98%', () => {
      expect(severityOf('coverage', coverageRow(at98, '150921').rate, at98.policy)).toBe('yellow');
      const html = card(at98, '150921');
      expect(html).toContain('class="kpi kpi-yellow" data-testid="kpi-coverage"');
      expect(html).toContain('目标 ≥ 98%');
      const html99 = card(at99, '150921');
      expect(html99).toContain('class="kpi kpi-red" data-testid="kpi-coverage"');
      expect(html99).toContain('目标 ≥ 99%');
    });
  });

  it('the report: the target 98% in the lead and the chart data, rows coloured by the same bands', () => {
    const html = renderReport({ analysis: at98, previous: null, lastYear: null, regionCode: '150900', datasetLabel: 'test', lang: 'zh', generatedAt: new Date(0) });
    expect(html).toContain('<script type="application/json" id="data-coverage">{"quarter":"2024Q4","target":"0.98",');
    expect(html).toContain('目标 98.00%');
    expect(html).not.toContain('目标 99.00%');
    expect(html).toContain('<tr data-region="150921" class="sev-yellow">');
    expect(html).toContain('<tr data-region="150922" class="sev-red">');
    const html99 = renderReport({ analysis: at99, previous: null, lastYear: null, regionCode: '150900', datasetLabel: 'test', lang: 'zh', generatedAt: new Date(0) });
    expect(html99).toContain('"target":"0.99"');
    expect(html99).toContain('<tr data-region="150921" class="sev-red">');
  });

  it('the command line summary: the target 98%', () => {
    const lines = summaryLines(at98);
    expect(lines.join('\n')).toContain('内蒙古自治区 救助对象参保率 98.00%（已参保 1,960 / 救助对象 2,000），目标 98.00%');
    expect(summaryLines(at99).join('\n')).toContain('目标 99.00%');
  });
});
