// 问题与建议: the findings of a quarterly situation report, one sentence per
// problem, built only from the numbers of the Analysis (and of the previous
// quarter and the same quarter last year). Which problems exist is decided
// by the alerts (the policy's bands); the sentence then states the figure,
// its quarter-on-quarter and year-on-year change, and the line it crossed.
import { percentagePoints } from '../domain/alerts/growthGap';
import { FUND_LABEL, RULE_LABEL } from '../domain/labels';
import { formatAuto, formatCount, formatPercent, sum } from '../domain/money';
import { quarterLabel } from '../domain/quarter';
import { RULE_IDS } from '../domain/rules';
import { SEVERITIES, type Alert, type Analysis, type Fund, type RegionCode, type RuleId, type Severity } from '../domain/types';
import {
  buildModel,
  coverageTriple,
  statusLastYear,
  statusNow,
  statusPrevious,
  growth,
  type ReportModel,
} from './model';
import { growthText, monthsChange, monthsFigure, pointsChange } from './text';

export type FindingTopic = RuleId | 'gap_sharing' | 'clear';

export interface Finding {
  severity: Severity | null;
  topic: FindingTopic;
  regionCode: RegionCode;
  fund: Fund | null;
  /** The fact, one Chinese sentence. */
  text: string;
  /** What to do about it, with the figure that sizes the task; null when the numbers suggest nothing specific. */
  proposal: string | null;
}

/** Rules whose sentence is built here; every other alert keeps its own (number-filled) message. */
const FUND_RULES_HERE: ReadonlySet<RuleId> = new Set(['months_payable', 'current_deficit', 'accumulated_negative', 'balance_rate', 'growth_gap']);

export function findings(
  analysis: Analysis,
  previous: Analysis | null,
  lastYear: Analysis | null,
  regionCode: RegionCode,
): Finding[] {
  const m = buildModel(analysis, previous, lastYear, regionCode);
  // The report speaks about the region and its direct children; enrollment
  // shortfalls are named down to the county (DOMAIN.md: "any region below 99%").
  const near = new Set([regionCode, ...m.children.map((c) => c.code)]);
  const alerts = analysis.alerts.filter((a) => m.subtree.has(a.regionCode));
  const out: Finding[] = [];

  for (const a of alerts.filter((x) => x.rule === 'coverage')) out.push(coverageFinding(m, a));

  const fundAlerts = alerts.filter((a) => near.has(a.regionCode) && a.fund !== null && FUND_RULES_HERE.has(a.rule));
  for (const key of uniqueKeys(fundAlerts)) {
    const [code, fund] = key.split('|') as [RegionCode, Fund];
    const mine = fundAlerts.filter((a) => a.regionCode === code && a.fund === fund);
    const deficit = deficitFinding(m, code, fund, mine);
    if (deficit) out.push(deficit);
    const months = mine.find((a) => a.rule === 'months_payable');
    if (months) out.push(monthsFinding(m, months));
    const rate = mine.find((a) => a.rule === 'balance_rate');
    // A negative rate is already said by the deficit sentence.
    if (rate && !rate.value.isNegative()) out.push(balanceRateFinding(m, rate));
    const gap = mine.find((a) => a.rule === 'growth_gap');
    if (gap) out.push(growthGapFinding(m, gap));
  }

  const sharing = gapSharingFinding(m);
  if (sharing) out.push(sharing);

  for (const a of alerts.filter((x) => near.has(x.regionCode) && x.rule !== 'coverage' && !FUND_RULES_HERE.has(x.rule))) {
    out.push({ severity: a.severity, topic: a.rule, regionCode: a.regionCode, fund: a.fund, text: a.message, proposal: null });
  }

  if (out.length === 0) {
    out.push({
      severity: null,
      topic: 'clear',
      regionCode,
      fund: null,
      text: `${m.region.name} ${quarterLabel(analysis.quarter)}各项指标均未触及预警线（本级及下级共 ${m.subtree.size} 个地区，预警 0 条）。`,
      proposal: null,
    });
  }
  return out.sort(compareFindings);
}

function uniqueKeys(alerts: readonly Alert[]): string[] {
  return [...new Set(alerts.map((a) => `${a.regionCode}|${a.fund ?? ''}`))];
}

const TOPIC_ORDER: FindingTopic[] = ['coverage', 'current_deficit', ...RULE_IDS.filter((r) => r !== 'coverage' && r !== 'current_deficit'), 'gap_sharing', 'clear'];

function compareFindings(a: Finding, b: Finding): number {
  const sev = (s: Severity | null): number => (s === null ? SEVERITIES.length : SEVERITIES.indexOf(s));
  return (
    sev(a.severity) - sev(b.severity) ||
    TOPIC_ORDER.indexOf(a.topic) - TOPIC_ORDER.indexOf(b.topic) ||
    a.regionCode.localeCompare(b.regionCode) ||
    (a.fund ?? '').localeCompare(b.fund ?? '')
  );
}

function who(m: ReportModel, code: RegionCode): string {
  const parent = m.parentName(code);
  // A county is named with its city so a reader of the province report can place it.
  return code !== m.region.code && !m.children.some((c) => c.code === code) && parent !== null ? `${parent}${m.name(code)}` : m.name(code);
}

function subject(m: ReportModel, code: RegionCode, fund: Fund): string {
  return `${who(m, code)} ${FUND_LABEL[fund].zh}`;
}

function coverageFinding(m: ReportModel, a: Alert): Finding {
  const t = coverageTriple(m, a.regionCode);
  const now = t.now;
  const parts: string[] = [];
  if (now && now.rate !== null) {
    parts.push(
      `${who(m, a.regionCode)} 救助对象参保率 ${formatPercent(now.rate)}（已参保 ${formatCount(now.enrolled)} 人 / 救助对象 ${formatCount(now.recipients)} 人）`,
    );
    if (t.previous?.rate) parts.push(`较上季度${pointsChange(now.rate, t.previous.rate)}`);
    if (t.lastYear?.rate) parts.push(`较上年同期${pointsChange(now.rate, t.lastYear.rate)}`);
  } else {
    parts.push(`${who(m, a.regionCode)} 救助对象参保率 ${formatPercent(a.value)}`);
  }
  parts.push(`${a.value.lt(a.threshold) ? '低于' : '高于'} ${formatPercent(a.threshold)}`);
  const unenrolled = now ? now.recipients - now.enrolled : null;
  return {
    severity: a.severity,
    topic: 'coverage',
    regionCode: a.regionCode,
    fund: null,
    text: `${parts.join('，')}。`,
    proposal:
      unenrolled !== null && unenrolled > 0
        ? `督促${m.name(a.regionCode)}为 ${formatCount(unenrolled)} 名未参保救助对象办理资助参保。`
        : null,
  };
}

function monthsFinding(m: ReportModel, a: Alert): Finding {
  const fund = a.fund as Fund;
  const now = statusNow(m, a.regionCode, fund);
  const months = now?.monthsPayable ?? a.value;
  const parts = [`${subject(m, a.regionCode, fund)} 累计结余可支付月数 ${monthsFigure(months)} 个月`];
  const prev = statusPrevious(m, a.regionCode, fund)?.monthsPayable;
  const last = statusLastYear(m, a.regionCode, fund)?.monthsPayable;
  if (prev) parts.push(`较上季度${monthsChange(months, prev)}`);
  if (last) parts.push(`较上年同期${monthsChange(months, last)}`);
  const below = months.lt(a.threshold);
  parts.push(below ? `低于 ${a.threshold.toString()} 个月警戒线` : `超过 ${a.threshold.toString()} 个月，结余偏多`);
  let proposal: string | null = null;
  if (below && now?.accumulatedBalance && months.gt(0)) {
    // Monthly expenditure = balance ÷ months; reaching the line needs (line − months) × that.
    const monthly = now.accumulatedBalance.div(months);
    proposal = `${m.name(a.regionCode)} 需增加约 ${formatAuto(a.threshold.minus(months).times(monthly))} 结余（按月均支出 ${formatAuto(monthly)} 计）方能回到 ${a.threshold.toString()} 个月，建议加强支出管控、足额落实财政补助。`;
  } else if (!below) {
    proposal = `${m.name(a.regionCode)} 可结合待遇保障需要合理使用结余。`;
  }
  return { severity: a.severity, topic: 'months_payable', regionCode: a.regionCode, fund, text: `${parts.join('，')}。`, proposal };
}

function deficitFinding(m: ReportModel, code: RegionCode, fund: Fund, mine: readonly Alert[]): Finding | null {
  const rules = mine.filter((a) => a.rule === 'current_deficit' || a.rule === 'accumulated_negative');
  const now = statusNow(m, code, fund);
  if (rules.length === 0 || now === undefined) return null;
  const severity = SEVERITIES.find((s) => rules.some((a) => a.severity === s)) ?? null;
  const parts: string[] = [];
  if (now.ytdCurrentBalance.isNegative()) {
    parts.push(
      `${subject(m, code, fund)} 年初至今收不抵支：收入 ${formatAuto(now.ytdIncome)}，支出 ${formatAuto(now.ytdExpenditure)}，当期结余 ${formatAuto(now.ytdCurrentBalance)}`,
    );
    if (now.balanceRate) parts.push(`当期结余率 ${formatPercent(now.balanceRate)}`);
    const last = statusLastYear(m, code, fund);
    if (last) parts.push(`上年同期当期结余 ${formatAuto(last.ytdCurrentBalance)}`);
  } else {
    const q = now.currentBalance;
    parts.push(`${subject(m, code, fund)} 本季度当期结余 ${formatAuto(q)}（收入 ${formatAuto(now.income)}，支出 ${formatAuto(now.expenditure)}），年初至今仍结余 ${formatAuto(now.ytdCurrentBalance)}`);
  }
  if (now.accumulatedBalance?.isNegative()) parts.push(`累计结余已为负（${formatAuto(now.accumulatedBalance)}）`);
  return {
    severity,
    topic: 'current_deficit',
    regionCode: code,
    fund,
    text: `${parts.join('，')}。`,
    proposal: now.ytdCurrentBalance.isNegative()
      ? `分析${m.name(code)}支出增长原因，缺口 ${formatAuto(now.ytdCurrentBalance.negated())} 按缺口分担办法落实弥补责任。`
      : null,
  };
}

function balanceRateFinding(m: ReportModel, a: Alert): Finding {
  const fund = a.fund as Fund;
  const parts = [`${subject(m, a.regionCode, fund)} 年初至今当期结余率 ${formatPercent(a.value)}`];
  const last = statusLastYear(m, a.regionCode, fund)?.balanceRate;
  if (last) parts.push(`上年同期 ${formatPercent(last)}，较上年同期${pointsChange(a.value, last)}`);
  parts.push(`低于 ${formatPercent(a.threshold)}`);
  return { severity: a.severity, topic: 'balance_rate', regionCode: a.regionCode, fund, text: `${parts.join('，')}。`, proposal: null };
}

function growthGapFinding(m: ReportModel, a: Alert): Finding {
  const fund = a.fund as Fund;
  const now = statusNow(m, a.regionCode, fund);
  const last = statusLastYear(m, a.regionCode, fund);
  const e = growth(now?.ytdExpenditure, last?.ytdExpenditure);
  const i = growth(now?.ytdIncome, last?.ytdIncome);
  const parts = [`${subject(m, a.regionCode, fund)} 年初至今`];
  const head = e !== null && i !== null ? `支出同比${growthText(e)}，收入同比${growthText(i)}，` : '';
  return {
    severity: a.severity,
    topic: 'growth_gap',
    regionCode: a.regionCode,
    fund,
    text: `${parts[0]}${head}支出增速高于收入增速 ${percentagePoints(a.value)}，超过 ${percentagePoints(a.threshold)}。`,
    proposal: null,
  };
}

/** The largest gap the balance could not cover, with its chain. */
function gapSharingFinding(m: ReportModel): Finding | null {
  const cities = new Set([m.region.code, ...m.children.map((c) => c.code)]);
  const open = m.analysis.sharing
    .filter((g) => cities.has(g.cityCode) && g.rest.gt(0))
    .sort((x, y) => y.rest.comparedTo(x.rest) || x.cityCode.localeCompare(y.cityCode));
  const g = open[0];
  if (g === undefined) return null;
  const self = sum(g.countySelf.map((c) => c.amount));
  const selfNames = g.countySelf.filter((c) => c.amount.gt(0)).map((c) => m.name(c.regionCode));
  const others = open.length > 1 ? `；另有 ${open.length - 1} 个盟市基金缺口需分担` : '';
  return {
    severity: null,
    topic: 'gap_sharing',
    regionCode: g.cityCode,
    fund: g.fund,
    text:
      `${subject(m, g.cityCode, g.fund)} ${g.year}年缺口 ${formatAuto(g.gap)}，累计结余弥补 ${formatAuto(g.coveredByBalance)}，` +
      `剩余 ${formatAuto(g.rest)}：旗县自身原因 ${formatAuto(self)}${selfNames.length > 0 ? `（${selfNames.join('、')}）` : ''}，` +
      `盟市本级 ${formatAuto(g.cityShare)}，各旗县分担 ${formatAuto(sum(g.countyShares.map((c) => c.amount)))}${others}。`,
    proposal: `按缺口分担办法向${m.name(g.cityCode)}本级及所属旗县下达分担任务，合计 ${formatAuto(g.rest)}。`,
  };
}

/** "红色 · 累计结余可支付月数" for list headings. */
export function findingLabel(f: Finding): string {
  if (f.topic === 'gap_sharing') return '缺口分担';
  if (f.topic === 'clear') return '总体情况';
  return RULE_LABEL[f.topic].zh;
}

