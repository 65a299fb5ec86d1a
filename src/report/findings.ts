// 问题与建议: the findings of a quarterly situation report, one sentence per
// problem, built only from the numbers of the Analysis (and of the previous
// quarter and the same quarter last year). Which problems exist is decided
// by the alerts (the policy's bands); the sentence then states the figure,
// its quarter-on-quarter and year-on-year change, and the line it crossed.
import { fundNoun } from '../domain/messages/words';
import { FUND_LABEL, RULE_LABEL } from '../domain/labels';
import type { Lang } from '../domain/lang';
import { renderMessage } from '../domain/messages/render';
import { formatCount, formatPercent, sum, type Decimal } from '../domain/money';
import { balanceRateText, formatMoney, formatRate, restateMoney } from '../domain/moneyUnit';
import { fixedBeside } from '../domain/money';
import { overdrawnInFull } from '../domain/monthsPayableText';
import { quarterLabel } from '../domain/quarter';
import { RULE_IDS } from '../domain/policy/rules';
import { SEVERITIES, type Alert, type Analysis, type Fund, type RegionCode, type RuleId, type Severity } from '../domain/types';
import {
  buildModel,
  coverageTriple,
  statusLastYear,
  statusLastYearToDate,
  statusNow,
  statusPrevious,
  growth,
  type ReportModel,
} from './model';
import { growthText, monthsChange, percentagePoints, pointsChange } from './text';

export type FindingTopic = RuleId | 'gap_sharing' | 'clear';

export interface Finding {
  severity: Severity | null;
  topic: FindingTopic;
  regionCode: RegionCode;
  fund: Fund | null;
  /** The fact, one sentence in the report's language. */
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
  lang: Lang = 'zh',
): Finding[] {
  const m = buildModel(analysis, previous, lastYear, regionCode);
  const en = lang === 'en';
  // The report speaks about the region and its direct children; enrollment
  // shortfalls are named down to the county (DOMAIN.md: "any region below 99%").
  const near = new Set([regionCode, ...m.children.map((c) => c.code)]);
  const alerts = analysis.alerts.filter((a) => m.subtree.has(a.regionCode));
  const out: Finding[] = [];

  for (const a of alerts.filter((x) => x.rule === 'coverage')) out.push(coverageFinding(m, a, lang));

  const fundAlerts = alerts.filter((a) => near.has(a.regionCode) && a.fund !== null && FUND_RULES_HERE.has(a.rule));
  for (const key of uniqueKeys(fundAlerts)) {
    const [code, fund] = key.split('|') as [RegionCode, Fund];
    const mine = fundAlerts.filter((a) => a.regionCode === code && a.fund === fund);
    const deficit = deficitFinding(m, code, fund, mine, lang);
    if (deficit) out.push(deficit);
    const months = mine.find((a) => a.rule === 'months_payable');
    if (months) out.push(monthsFinding(m, months, lang));
    const rate = mine.find((a) => a.rule === 'balance_rate');
    // A negative rate is already said by the deficit sentence.
    if (rate && !rate.value.isNegative()) out.push(balanceRateFinding(m, rate, lang));
    const gap = mine.find((a) => a.rule === 'growth_gap');
    if (gap) out.push(growthGapFinding(m, gap, lang));
  }

  const sharing = gapSharingFinding(m, lang);
  if (sharing) out.push(sharing);

  for (const a of alerts.filter((x) => near.has(x.regionCode) && x.rule !== 'coverage' && !FUND_RULES_HERE.has(x.rule))) {
    out.push({ severity: a.severity, topic: a.rule, regionCode: a.regionCode, fund: a.fund, text: renderMessage(a.text, lang, 'reader'), proposal: null });
  }

  if (out.length === 0) {
    // No alerts because nothing was measured is not "every indicator is clear".
    const measured = analysis.coverage.some((c) => m.subtree.has(c.regionCode)) || analysis.funds.some((f) => m.subtree.has(f.regionCode));
    const period = quarterLabel(analysis.quarter, lang);
    out.push({
      severity: null,
      topic: 'clear',
      regionCode,
      fund: null,
      text: !measured
        ? en
          ? `${m.region.name} ${period}: no enrollment or fund figures were loaded for it or the regions below (${m.subtree.size} regions), so no indicator could be judged.`
          : `${m.region.name} ${period}本级及下级（${m.subtree.size} 个地区）没有参保或基金收支数据，各项指标无法判断是否触及预警线。`
        : en
          ? `${m.region.name} ${period}: no indicator reached a warning line (${m.subtree.size} regions at this level and below, 0 alerts).`
          : `${m.region.name} ${period}各项指标均未触及预警线（本级及下级共 ${m.subtree.size} 个地区，预警 0 条）。`,
      proposal: null,
    });
  }
  // Each sentence reads in one money unit, from its largest figure: the sentences built here put each figure in
  // its own unit (formatMoney) and are restated; an alert's is said so already, and restating leaves it as it is.
  return out
    .map((f) => ({ ...f, text: restateMoney(f.text, lang), proposal: f.proposal === null ? null : restateMoney(f.proposal, lang) }))
    .sort(compareFindings);
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

function who(m: ReportModel, code: RegionCode, lang: Lang = 'zh'): string {
  // A county is named with its city so a reader of the province report can place it.
  return m.placedName(code, (owner, name) => (lang === 'en' ? `${name} (${owner})` : `${owner}${name}`));
}

function subject(m: ReportModel, code: RegionCode, fund: Fund, lang: Lang = 'zh'): string {
  return lang === 'en' ? `${who(m, code, lang)} ${fundNoun(fund)}` : `${who(m, code)} ${FUND_LABEL[fund].zh}`;
}

/** Sentence: parts joined by commas, with a full stop. */
function sentence(parts: readonly string[], lang: Lang): string {
  return lang === 'en' ? `${parts.join(', ')}.` : `${parts.join('，')}。`;
}

/** "较上季度下降 1.21 个月" / "down 1.21 months from last quarter" ("unchanged from last quarter"). */
function versus(change: string, against: 'previous' | 'lastYear', lang: Lang): string {
  if (lang === 'en') return `${change} from ${against === 'previous' ? 'last quarter' : 'the same quarter last year'}`;
  return `${against === 'previous' ? '较上季度' : '较上年同期'}${change}`;
}

function coverageFinding(m: ReportModel, a: Alert, lang: Lang): Finding {
  const en = lang === 'en';
  const t = coverageTriple(m, a.regionCode);
  const now = t.now;
  const parts: string[] = [];
  if (now && now.rate !== null) {
    parts.push(
      en
        ? `${who(m, a.regionCode, lang)} recipient enrollment rate ${formatRate(now.rate, 2, [a.threshold])} (enrolled ${formatCount(now.enrolled)} / recipients ${formatCount(now.recipients)})`
        : `${who(m, a.regionCode)} 救助对象参保率 ${formatRate(now.rate, 2, [a.threshold])}（已参保 ${formatCount(now.enrolled)} 人 / 救助对象 ${formatCount(now.recipients)} 人）`,
    );
    if (t.previous?.rate) parts.push(versus(pointsChange(now.rate, t.previous.rate, lang), 'previous', lang));
    if (t.lastYear?.rate) parts.push(versus(pointsChange(now.rate, t.lastYear.rate, lang), 'lastYear', lang));
  } else {
    parts.push(en ? `${who(m, a.regionCode, lang)} recipient enrollment rate ${formatRate(a.value, 2, [a.threshold])}` : `${who(m, a.regionCode)} 救助对象参保率 ${formatRate(a.value, 2, [a.threshold])}`);
  }
  const below = a.value.lt(a.threshold);
  parts.push(en ? `${below ? 'below' : 'above'} ${formatPercent(a.threshold)}` : `${below ? '低于' : '高于'} ${formatPercent(a.threshold)}`);
  const unenrolled = now ? now.recipients - now.enrolled : null;
  return {
    severity: a.severity,
    topic: 'coverage',
    regionCode: a.regionCode,
    fund: null,
    text: sentence(parts, lang),
    proposal:
      unenrolled !== null && unenrolled > 0
        ? en
          ? `Have ${m.name(a.regionCode)} enroll its ${formatCount(unenrolled)} unenrolled recipients with a subsidy.`
          : `督促${m.name(a.regionCode)}为 ${formatCount(unenrolled)} 名未参保救助对象办理资助参保。`
        : null,
  };
}

function monthsFinding(m: ReportModel, a: Alert, lang: Lang): Finding {
  const en = lang === 'en';
  const fund = a.fund as Fund;
  const now = statusNow(m, a.regionCode, fund);
  const months = now?.monthsPayable ?? a.value;
  // Beside the line it is told against (2.996 months is not "3.00 months, below the 3-month line").
  const shown = fixedBeside(months, 2, [a.threshold]);
  // Below zero the balance is overdrawn: 已透支, the computed figure in brackets.
  const parts = [
    en
      ? `${subject(m, a.regionCode, fund, lang)} months payable ${overdrawnInFull(months, `${shown} months`, lang)}`
      : `${subject(m, a.regionCode, fund)} 累计结余可支付月数 ${overdrawnInFull(months, `${shown} 个月`, lang)}`,
  ];
  const prev = statusPrevious(m, a.regionCode, fund)?.monthsPayable;
  const last = statusLastYear(m, a.regionCode, fund)?.monthsPayable;
  if (prev) parts.push(versus(monthsChange(months, prev, lang), 'previous', lang));
  if (last) parts.push(versus(monthsChange(months, last, lang), 'lastYear', lang));
  const below = months.lt(a.threshold);
  const line = a.threshold.toString();
  if (en) parts.push(below ? `below the ${line}-month warning line` : `above ${line} months, more balance than needed`);
  else parts.push(below ? `低于 ${line} 个月警戒线` : `超过 ${line} 个月，结余偏多`);
  let proposal: string | null = null;
  if (below && now?.accumulatedBalance && months.gt(0)) {
    // Monthly expenditure = balance ÷ months; reaching the line needs (line − months) × that.
    const monthly = now.accumulatedBalance.div(months);
    const needed = a.threshold.minus(months).times(monthly);
    proposal = en
      ? `${m.name(a.regionCode)} needs about ${formatMoney(needed, lang)} more balance (at an average monthly expenditure of ${formatMoney(monthly, lang)}) to get back to ${line} months; tighten spending control and pay the fiscal subsidies in full.`
      : `${m.name(a.regionCode)} 需增加约 ${formatMoney(needed, lang)} 结余（按月均支出 ${formatMoney(monthly, lang)} 计）方能回到 ${line} 个月，建议加强支出管控、足额落实财政补助。`;
  } else if (!below) {
    proposal = en
      ? `${m.name(a.regionCode)} may use the balance as the benefits it must guarantee require.`
      : `${m.name(a.regionCode)} 可结合待遇保障需要合理使用结余。`;
  }
  return { severity: a.severity, topic: 'months_payable', regionCode: a.regionCode, fund, text: sentence(parts, lang), proposal };
}

function deficitFinding(m: ReportModel, code: RegionCode, fund: Fund, mine: readonly Alert[], lang: Lang): Finding | null {
  const en = lang === 'en';
  const auto = (d: Decimal): string => formatMoney(d, lang);
  const rules = mine.filter((a) => a.rule === 'current_deficit' || a.rule === 'accumulated_negative');
  const now = statusNow(m, code, fund);
  if (rules.length === 0 || now === undefined) return null;
  const severity = SEVERITIES.find((s) => rules.some((a) => a.severity === s)) ?? null;
  const parts: string[] = [];
  if (now.ytdCurrentBalance.isNegative()) {
    parts.push(
      en
        ? `${subject(m, code, fund, lang)} spent more than it took in year to date: income ${auto(now.ytdIncome)}, expenditure ${auto(now.ytdExpenditure)}, current balance ${auto(now.ytdCurrentBalance)}`
        : `${subject(m, code, fund)} 年初至今收不抵支：收入 ${auto(now.ytdIncome)}，支出 ${auto(now.ytdExpenditure)}，当期结余 ${auto(now.ytdCurrentBalance)}`,
    );
    if (now.balanceRate) parts.push(en ? `current balance rate ${balanceRateText(now.balanceRate)}` : `当期结余率 ${balanceRateText(now.balanceRate)}`);
    const last = statusLastYearToDate(m, code, fund);
    if (last) parts.push(en ? `same period last year current balance ${auto(last.ytdCurrentBalance)}` : `上年同期当期结余 ${auto(last.ytdCurrentBalance)}`);
  } else {
    const q = now.currentBalance;
    parts.push(
      en
        ? `${subject(m, code, fund, lang)} current balance this quarter ${auto(q)} (income ${auto(now.income)}, expenditure ${auto(now.expenditure)}), still ${auto(now.ytdCurrentBalance)} in surplus year to date`
        : `${subject(m, code, fund)} 本季度当期结余 ${auto(q)}（收入 ${auto(now.income)}，支出 ${auto(now.expenditure)}），年初至今仍结余 ${auto(now.ytdCurrentBalance)}`,
    );
  }
  if (now.accumulatedBalance?.isNegative()) {
    parts.push(en ? `the accumulated balance is already negative (${auto(now.accumulatedBalance)})` : `累计结余已为负（${auto(now.accumulatedBalance)}）`);
  }
  return {
    severity,
    topic: 'current_deficit',
    regionCode: code,
    fund,
    text: sentence(parts, lang),
    proposal: now.ytdCurrentBalance.isNegative() ? deficitProposal(m, code, fund, now.ytdCurrentBalance.negated(), lang) : null,
  };
}

/**
 * Gap sharing is a pool's (a city's account and its counties'): a pool's or
 * a county's gap is assigned by it. Above the pools (the province) the
 * deficit nets pools in surplus against pools in deficit, so the proposal
 * names the pools whose gaps are to be assigned and their sum instead.
 */
function deficitProposal(m: ReportModel, code: RegionCode, fund: Fund, deficit: Decimal, lang: Lang): string {
  const en = lang === 'en';
  const auto = (d: Decimal): string => formatMoney(d, lang);
  const pools = m.analysis.sharing.filter((s) => s.fund === fund && s.gap.gt(0) && s.cityCode !== code && m.subtree.has(s.cityCode));
  const above = m.analysis.regions.find((r) => r.code === code)?.level === 'province' && pools.length > 0;
  if (!above) {
    return en
      ? `Analyse why ${m.name(code)}'s expenditure grew; assign the gap of ${auto(deficit)} by the gap-sharing rules.`
      : `分析${m.name(code)}支出增长原因，缺口 ${auto(deficit)} 按缺口分担办法落实弥补责任。`;
  }
  const names = pools.map((s) => m.name(s.cityCode));
  const total = sum(pools.map((s) => s.gap));
  return en
    ? `Analyse why ${m.name(code)}'s expenditure grew; the ${pools.length} pool(s) in deficit year to date (${names.join(', ')}; gaps ${auto(total)} in all) assign their gaps by the gap-sharing rules.`
    : `分析${m.name(code)}支出增长原因；年初至今收不抵支的 ${pools.length} 个统筹区（${names.join('、')}，缺口合计 ${auto(total)}）按缺口分担办法落实弥补责任。`;
}

function balanceRateFinding(m: ReportModel, a: Alert, lang: Lang): Finding {
  const en = lang === 'en';
  const fund = a.fund as Fund;
  const parts = [
    en
      ? `${subject(m, a.regionCode, fund, lang)} current balance rate year to date ${formatRate(a.value, 2, [a.threshold])}`
      : `${subject(m, a.regionCode, fund)} 年初至今当期结余率 ${formatRate(a.value, 2, [a.threshold])}`,
  ];
  const last = statusLastYearToDate(m, a.regionCode, fund)?.balanceRate;
  if (last) {
    parts.push(
      en
        ? `same period last year ${formatPercent(last)}, ${versus(pointsChange(a.value, last, lang), 'lastYear', lang)}`
        : `上年同期 ${formatPercent(last)}，较上年同期${pointsChange(a.value, last)}`,
    );
  }
  parts.push(en ? `below ${formatPercent(a.threshold)}` : `低于 ${formatPercent(a.threshold)}`);
  return { severity: a.severity, topic: 'balance_rate', regionCode: a.regionCode, fund, text: sentence(parts, lang), proposal: null };
}

function growthGapFinding(m: ReportModel, a: Alert, lang: Lang): Finding {
  const fund = a.fund as Fund;
  const now = statusNow(m, a.regionCode, fund);
  const last = statusLastYear(m, a.regionCode, fund);
  const e = growth(now?.ytdExpenditure, last?.ytdExpenditure);
  const i = growth(now?.ytdIncome, last?.ytdIncome);
  const parts = [`${subject(m, a.regionCode, fund)} 年初至今`];
  const head = e !== null && i !== null ? `支出同比${growthText(e)}，收入同比${growthText(i)}，` : '';
  const headEn = e !== null && i !== null ? `expenditure ${growthText(e, lang)} and income ${growthText(i, lang)} year on year, ` : '';
  return {
    severity: a.severity,
    topic: 'growth_gap',
    regionCode: a.regionCode,
    fund,
    text:
      lang === 'en'
        ? `${subject(m, a.regionCode, fund, lang)} year to date: ${headEn}expenditure growing ${percentagePoints(a.value, lang)} faster than income, more than ${percentagePoints(a.threshold, lang)}.`
        : `${parts[0]}${head}支出增速高于收入增速 ${percentagePoints(a.value)}，超过 ${percentagePoints(a.threshold)}。`,
    proposal: null,
  };
}

/** The largest gap the balance could not cover, with its chain. */
function gapSharingFinding(m: ReportModel, lang: Lang): Finding | null {
  const cities = new Set([m.region.code, ...m.children.map((c) => c.code)]);
  const open = m.analysis.sharing
    .filter((g) => cities.has(g.cityCode) && g.rest.gt(0))
    .sort((x, y) => y.rest.comparedTo(x.rest) || x.cityCode.localeCompare(y.cityCode));
  const g = open[0];
  if (g === undefined) return null;
  const self = sum(g.countySelf.map((c) => c.amount));
  const selfNames = g.countySelf.filter((c) => c.amount.gt(0)).map((c) => m.name(c.regionCode));
  // A city without counties (东莞市, a 省直辖县 listed as a city) bears the rest itself: no county to name or assign.
  const alone = !g.figures.hasCounties;
  const w = m.words;
  // Pools: cities and the units the province runs (海南's 儋州市 and 五指山市 alike).
  const others = open.length > 1 ? `；另有 ${open.length - 1} 个统筹区基金缺口需分担` : '';
  const auto = (d: Decimal): string => formatMoney(d, lang);
  const said =
    lang === 'en'
      ? {
          text:
            `${subject(m, g.cityCode, g.fund, lang)} ${g.year} gap ${auto(g.gap)}, covered by the accumulated balance ${auto(g.coveredByBalance)}, ` +
            `remaining ${auto(g.rest)}: ` +
            (alone
              ? `no counties${self.gt(0) ? `, its own shortfall ${auto(self)}` : ''}, so it bears ${auto(g.cityShare)} itself`
              : `counties' own shortfall ${auto(self)}${selfNames.length > 0 ? ` (${selfNames.join(', ')})` : ''}, ` +
                `city share ${auto(g.cityShare)}, county shares ${auto(sum(g.countyShares.map((c) => c.amount)))}`) +
            `${open.length > 1 ? `; fund gaps of ${open.length - 1} more pools to be shared` : ''}.`,
          proposal: alone
            ? `Have ${m.name(g.cityCode)} cover ${auto(g.rest)} itself by the gap-sharing rules.`
            : `Assign the shares to ${m.name(g.cityCode)} and its counties by the gap-sharing rules, ${auto(g.rest)} in total.`,
        }
      : {
          text:
            `${subject(m, g.cityCode, g.fund)} ${g.year}年缺口 ${auto(g.gap)}，累计结余弥补 ${auto(g.coveredByBalance)}，` +
            `剩余 ${auto(g.rest)}：` +
            (alone
              ? `无下辖${w.county}，${self.gt(0) ? `本级应缴未缴 ${auto(self)}，余 ${auto(g.cityShare)} 由本级承担` : `由本级承担 ${auto(g.cityShare)}`}`
              : `${w.county}自身原因 ${auto(self)}${selfNames.length > 0 ? `（${selfNames.join('、')}）` : ''}，` +
                `${w.city}本级 ${auto(g.cityShare)}，各${w.county}分担 ${auto(sum(g.countyShares.map((c) => c.amount)))}`) +
            `${others}。`,
          proposal: alone
            ? `按缺口分担办法由${m.name(g.cityCode)}本级弥补，合计 ${auto(g.rest)}。`
            : `按缺口分担办法向${m.name(g.cityCode)}本级及所属${w.county}下达分担任务，合计 ${auto(g.rest)}。`,
        };
  return { severity: null, topic: 'gap_sharing', regionCode: g.cityCode, fund: g.fund, ...said };
}

/** "红色 · 累计结余可支付月数" for list headings. */
export function findingLabel(f: Finding, lang: Lang = 'zh'): string {
  if (f.topic === 'gap_sharing') return lang === 'en' ? 'Gap sharing' : '缺口分担';
  if (f.topic === 'clear') return lang === 'en' ? 'Overall' : '总体情况';
  return RULE_LABEL[f.topic][lang];
}

