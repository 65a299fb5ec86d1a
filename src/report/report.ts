// 季度形势分析: the quarterly situation report of DOMAIN.md as one
// self-contained HTML document — inline CSS, inline SVG charts, the data of
// each chart as inert JSON, no script and no outside reference at all — so
// it opens offline in any browser, prints to A4, and reads on a phone.
import { fundNoun } from '../domain/messages/words';
import { FUND_LABEL, SEVERITY_LABEL } from '../domain/labels';
import { langTag, texts, type Lang } from '../domain/lang';
import { formatPercent } from '../domain/money';
import type { LevelWords } from '../domain/levelWords';
import { quarterLabel } from '../domain/quarter';
import type { Revisions } from '../domain/revisions';
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
import { stressSection } from './sections/stress';
import { defaultPreset, presetScenario, type StressScenario } from '../domain/stressScenario';
import type { Policy } from '../domain/policy/types';
import { revisionsSection } from './sections/revisions';
import { reconciliationSection } from './sections/reconciliation';
import { reportCss } from './style';
import { monthsFigure } from './text';
import { isOverdrawn, monthsPayableInFull } from '../domain/monthsPayableText';

/**
 * The report is one self-contained file: it may load nothing at all (no
 * script, no request), whoever opens it and wherever it is hosted.
 */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

export interface ReportInput {
  analysis: Analysis;
  /** The previous quarter's Analysis, for quarter-on-quarter changes of coverage. */
  previous: Analysis | null;
  /** The same quarter last year. */
  lastYear: Analysis | null;
  regionCode: RegionCode;
  /** Where the data came from, e.g. "示例数据（data/sample）". */
  datasetLabel: string;
  generatedAt?: Date;
  /** The report's language; default Chinese (byte for byte the report before English existed). Region names stay as loaded. */
  lang?: Lang;
  /** The stress scenario of the 压力测试 section; default the policy's default preset (支出增长10%). */
  scenario?: StressScenario;
  /** Changes since an earlier submission (版本比对), when one was compared: a section of their own. */
  revisions?: Revisions | null;
}

export interface RenderedReport {
  html: string;
  charts: SvgChart[];
}

/** How the report names the built-in sample as its data source: "示例数据（data/sample）" / "Sample data (data/sample)". */
export function sampleDatasetLabel(name: string, lang: Lang = 'zh'): string {
  return lang === 'en' ? `Sample data (${name})` : `示例数据（${name}）`;
}

/** True when the label says the data are the built-in fictional sample (in either language). */
export function isSampleLabel(label: string): boolean {
  return /示例|sample/i.test(label);
}

/** "2025-01-02 08:30"（北京时间）: the report's readers are in UTC+8 wherever it was generated. */
export function beijingTime(d: Date): string {
  const t = new Date(d.getTime() + 8 * 3600_000).toISOString();
  return `${t.slice(0, 10)} ${t.slice(11, 16)}`;
}

const TEXT = texts(
  {
    heading: '医疗保障基金运行形势分析',
    title: (region: string, quarter: string) => `${region} ${quarter} 医疗保障基金运行形势分析`,
    sample: '示例数据',
    sampleNote: '虚构数据，仅供演示，非真实统计',
    data: '数据：',
    generated: (at: string) => `生成时间：${at}（北京时间） · FundWatch 医保基金风险预警看板`,
    coverage: (rate: string) => `救助对象参保率 ${rate}`,
    months: (fund: string, months: string) => `${fund}可支付 ${months} 个月`,
    overdrawn: (fund: string, inFull: string) => `${fund}${inFull}`,
    problems: (total: number, counts: number[], alerts: number) =>
      `问题 ${total} 项（红色 ${counts[0] ?? 0}、橙色 ${counts[1] ?? 0}、黄色 ${counts[2] ?? 0}、蓝色 ${counts[3] ?? 0}），本级及下级预警共 ${alerts} 条`,
    below: (n: number, words: LevelWords) => `（其中${words.county}级参保率以外的预警 ${n} 条见各${words.city}的报告）`,
    summary: (region: string, quarter: string, parts: string[]) => `${region} ${quarter}：${parts.join('；')}。`,
    end: '— 完 —&#12288;本报告由 FundWatch 根据所载数据自动生成，文中每个数字均可由附带的数据复核。',
  },
  {
    heading: 'Medical security fund situation analysis',
    title: (region: string, quarter: string) => `${region} ${quarter} medical security fund situation analysis`,
    sample: 'Sample data',
    sampleNote: 'Fictional data for demonstration only, not real statistics',
    data: 'Data: ',
    generated: (at: string) => `Generated: ${at} (Beijing time) · FundWatch medical fund risk dashboard`,
    coverage: (rate: string) => `recipient enrollment rate ${rate}`,
    months: (fund: string, months: string) => `${fund} ${months} months payable`,
    overdrawn: (fund: string, inFull: string) => `${fund} ${inFull}`,
    problems: (total: number, counts: number[], alerts: number) =>
      `${total} problems (${SEVERITIES.map((s, i) => `${SEVERITY_LABEL[s].en.toLowerCase()} ${counts[i] ?? 0}`).join(', ')}) from ${alerts} alerts here and below`,
    below: (n: number, _words: LevelWords) => ` (${n} of them, county alerts other than enrollment, are in each city's report)`,
    summary: (region: string, quarter: string, parts: string[]) => `${region} ${quarter}: ${parts.join('; ')}.`,
    end: '— End —&#8195;This report was generated by FundWatch from the data it carries; every figure in it can be checked against the embedded data.',
  },
);

function defaultScenario(policy: Policy): StressScenario | null {
  const preset = defaultPreset(policy);
  return preset === undefined ? null : presetScenario(preset);
}

export function renderReport(input: ReportInput): string {
  return renderReportParts(input).html;
}

export function renderReportParts(input: ReportInput): RenderedReport {
  const { analysis, previous, lastYear, regionCode } = input;
  const lang = input.lang ?? 'zh';
  const t = TEXT[lang];
  // The policy the analysis was computed with: targets and bands for charts and colours.
  const policy = analysis.policy;
  const m = buildModel(analysis, previous, lastYear, regionCode);
  const ctx: SectionContext = { m, policy, lang, charts: [] };
  const list = findings(analysis, previous, lastYear, regionCode, lang);
  const generated = beijingTime(input.generatedAt ?? new Date());
  const quarter = quarterLabel(analysis.quarter, lang);
  const title = t.title(m.region.name, quarter);

  const sections = [
    enrollmentSection(ctx, 1),
    incomeSection(ctx, 2),
    expenditureSection(ctx, 3),
    balanceSection(ctx, 4),
    assistanceSection(ctx, 5),
    riskSection(ctx, 6),
    gapSection(ctx, 7),
    reconciliationSection(ctx, 8),
    stressSection(ctx, 9, input.scenario ?? defaultScenario(policy)),
    problemsSection(list, 10, lang),
  ];
  if (input.revisions) {
    const names = new Map(analysis.regions.map((r) => [r.code, r.name]));
    sections.push(revisionsSection(input.revisions, sections.length + 1, (code) => names.get(code) ?? code, lang));
  }

  const counts = SEVERITIES.map((s) => list.filter((f) => f.severity === s).length);
  // Found by stop 33's walk: the province's 23 problems beside 乌兰察布市's 73 could not be told apart. The report
  // makes problems of the region's and its children's alerts (findings.ts); a fund alert further down is its city's.
  const near = new Set([regionCode, ...m.children.map((c) => c.code)]);
  const fundAlertsBelow = analysis.alerts.filter((a) => m.subtree.has(a.regionCode) && !near.has(a.regionCode) && a.rule !== 'coverage').length;
  const cov = coverageTriple(m, regionCode).now;
  const summary = [
    cov?.rate ? t.coverage(formatPercent(cov.rate)) : null,
    ...FUNDS.map((f) => {
      const mp = statusNow(m, regionCode, f)?.monthsPayable;
      if (!mp) return null;
      const fund = lang === 'en' ? fundNoun(f) : FUND_LABEL[f].zh;
      return isOverdrawn(mp) ? t.overdrawn(fund, monthsPayableInFull(mp, lang)) : t.months(fund, monthsFigure(mp));
    }),
    // The dashboard counts alerts; the report groups them into problems and names the county-level ones only
    // under a county's report: both figures, so that a reader can tell one from the other.
    t.problems(
      list.filter((f) => f.severity !== null).length,
      counts,
      analysis.alerts.filter((a) => m.subtree.has(a.regionCode)).length,
    ) + (fundAlertsBelow > 0 ? t.below(fundAlertsBelow, m.words) : ''),
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
<html lang="${langTag(lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="FundWatch">
<title>${esc(title)}</title>
<style>${reportCss(`${m.region.name} · ${quarter} ${t.heading}${sample ? ` · ${t.sample}` : ''}`, lang)}</style>
</head>
<body>
<main>
<header class="title-block">
<p class="region">${esc(m.region.name)}</p>
<h1>${esc(quarter)} ${esc(t.heading)}</h1>
${sample ? `<p class="meta"><span class="sample-label">${esc(t.sample)}</span> ${esc(t.sampleNote)}</p>` : ''}
<p class="meta">${esc(t.data)}${esc(input.datasetLabel)}</p>
<p class="meta">${esc(t.generated(generated))}</p>
</header>
<div class="summary"><p>${esc(t.summary(m.region.name, quarter, summary))}</p></div>
${sections.join('\n')}
<footer class="report-end">${t.end}</footer>
</main>
${jsonBlock('report', meta)}
</body>
</html>
`;
  return { html, charts: ctx.charts };
}
