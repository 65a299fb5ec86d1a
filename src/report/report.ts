// 季度形势分析: the quarterly situation report of DOMAIN.md as one
// self-contained HTML document — inline CSS, inline SVG charts, the data of
// each chart as inert JSON, no script and no outside reference at all — so
// it opens offline in any browser, prints to A4, and reads on a phone.
import { FUND_LABEL } from '../domain/labels';
import { formatPercent } from '../domain/money';
import { resolvePolicy } from '../domain/policy';
import type { Policy, PolicyFile } from '../domain/policyTypes';
import { parseQuarter, quarterLabel } from '../domain/quarter';
import { FUNDS, SEVERITIES, type Analysis, type RegionCode } from '../domain/types';
import type { SvgChart } from './charts';
import type { SectionContext } from './context';
import { findings } from './findings';
import { esc, jsonBlock } from './html';
import { buildModel, coverageTriple, statusNow } from './model';
import { assistanceSection, riskSection } from './sections/assistance';
import { enrollmentSection } from './sections/enrollment';
import { balanceSection, expenditureSection, incomeSection } from './sections/funds';
import { gapSection } from './sections/gap';
import { problemsSection } from './sections/problems';
import { reportCss } from './style';
import { monthsFigure } from './text';

export interface ReportInput {
  analysis: Analysis;
  /** The previous quarter's Analysis, for quarter-on-quarter changes of coverage. */
  previous: Analysis | null;
  /** The same quarter last year. */
  lastYear: Analysis | null;
  regionCode: RegionCode;
  /** Where the data came from, e.g. "示例数据（data/sample）". */
  datasetLabel: string;
  /** The policy file the analysis used (targets and bands). */
  policyFile: PolicyFile;
  generatedAt?: Date;
}

export interface RenderedReport {
  html: string;
  charts: SvgChart[];
}

/** True when the label says the data are the built-in fictional sample. */
export function isSampleLabel(label: string): boolean {
  return /示例|sample/i.test(label);
}

/** "2025-01-02 08:30"（北京时间）: the report's readers are in UTC+8 wherever it was generated. */
export function beijingTime(d: Date): string {
  const t = new Date(d.getTime() + 8 * 3600_000).toISOString();
  return `${t.slice(0, 10)} ${t.slice(11, 16)}`;
}

export function renderReport(input: ReportInput): string {
  return renderReportParts(input).html;
}

export function renderReportParts(input: ReportInput): RenderedReport {
  const { analysis, previous, lastYear, regionCode } = input;
  const policy: Policy = resolvePolicy(input.policyFile, parseQuarter(analysis.quarter).year);
  const m = buildModel(analysis, previous, lastYear, regionCode);
  const ctx: SectionContext = { m, policy, charts: [] };
  const list = findings(analysis, previous, lastYear, regionCode);
  const generated = beijingTime(input.generatedAt ?? new Date());
  const title = `${m.region.name} ${quarterLabel(analysis.quarter)} 医疗保障基金运行形势分析`;

  const sections = [
    enrollmentSection(ctx, 1),
    incomeSection(ctx, 2),
    expenditureSection(ctx, 3),
    balanceSection(ctx, 4),
    assistanceSection(ctx, 5),
    riskSection(ctx, 6),
    gapSection(ctx, 7),
    problemsSection(list, 8),
  ];

  const counts = SEVERITIES.map((s) => list.filter((f) => f.severity === s).length);
  const cov = coverageTriple(m, regionCode).now;
  const summary = [
    cov?.rate ? `救助对象参保率 ${formatPercent(cov.rate)}` : null,
    ...FUNDS.map((f) => {
      const mp = statusNow(m, regionCode, f)?.monthsPayable;
      return mp ? `${FUND_LABEL[f].zh}可支付 ${monthsFigure(mp)} 个月` : null;
    }),
    `问题 ${list.filter((f) => f.severity !== null).length} 项（红色 ${counts[0]}、橙色 ${counts[1]}、黄色 ${counts[2]}、蓝色 ${counts[3]}）`,
  ].filter((x): x is string => x !== null);

  const sample = isSampleLabel(input.datasetLabel);
  const meta = {
    title,
    quarter: analysis.quarter,
    region_code: regionCode,
    region_name: m.region.name,
    dataset: input.datasetLabel,
    sample,
    generated_at: generated,
    charts: ctx.charts.map((c) => c.id),
    findings: list.map((f) => ({ severity: f.severity, topic: f.topic, region_code: f.regionCode, fund: f.fund, text: f.text, proposal: f.proposal })),
  };

  const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="FundWatch">
<title>${esc(title)}</title>
<style>${reportCss(`${m.region.name} · ${quarterLabel(analysis.quarter)} 医疗保障基金运行形势分析${sample ? ' · 示例数据' : ''}`)}</style>
</head>
<body>
<main>
<header class="title-block">
<p class="region">${esc(m.region.name)}</p>
<h1>${esc(quarterLabel(analysis.quarter))} 医疗保障基金运行形势分析</h1>
${sample ? '<p class="meta"><span class="sample-label">示例数据</span> 虚构数据，仅供演示，非真实统计</p>' : ''}
<p class="meta">数据：${esc(input.datasetLabel)}</p>
<p class="meta">生成时间：${esc(generated)}（北京时间） · FundWatch 医保基金风险预警看板</p>
</header>
<div class="summary"><p>${esc(`${m.region.name} ${quarterLabel(analysis.quarter)}：${summary.join('；')}。`)}</p></div>
${sections.join('\n')}
<footer class="report-end">— 完 —&#12288;本报告由 FundWatch 根据所载数据自动生成，文中每个数字均可由附带的数据复核。</footer>
</main>
${jsonBlock('report', meta)}
</body>
</html>
`;
  return { html, charts: ctx.charts };
}
