// The short human summary `analyze` prints without --json: what a
// provincial official asks first (coverage, cities below target, alerts).
// Chinese by default, English with --lang en; region names stay as loaded.
import { FUND_LABEL, ORIGIN_LEVEL_LABEL, POT_LABEL, SEVERITY_LABEL } from '../domain/labels';
import { texts, type Lang } from '../domain/lang';
import { datasetLevelWords, perLevelWords, type LevelWords } from '../domain/levelWords';
import { messagesMoneyUnit, renderMessage } from '../domain/messages/render';
import { isOverdrawn, monthsPayableFigure, monthsPayableInFull } from '../domain/monthsPayableText';
import { formatCount, formatPercent, formatYuan, sum, type Decimal } from '../domain/money';
import { formatMoney, formatRate } from '../domain/moneyUnit';
import { coverageTarget } from '../domain/policy/policy';
import { inBandOf, severityOf } from '../domain/policy/severity';
import { quarterLabel } from '../domain/quarter';
import { compareReconciliation, isJudged } from '../domain/reconciliation';
import { SEVERITIES, type Analysis, type Fund } from '../domain/types';

/** One gap's chain, formatted, for the sentence of either language. */
interface GapSharingText {
  city: string;
  fund: string;
  year: number;
  gap: string;
  covered: string;
  self: string;
  selfList: string;
  cityShare: string;
  countyShares: string;
  /** The city has no counties (东莞市, a 省直辖县 listed as a city): it bears the rest itself, no county parts to list. */
  noCounties: boolean;
  /** The opening balance was not in the data: taken as 0, as the report says. */
  openingUnknown: boolean;
}

/** Counties below the target listed by name, lowest first; the rest are counted. */
const TOP_COUNTIES = 10;

/** Alerts listed by name in the summary; the rest are only counted. */
const TOP_ALERTS = 10;

const TEXT = perLevelWords((w) => texts(
  {
    head: (label: string, quarter: string) => `FundWatch · ${label}（${quarter}）`,
    coverage: (name: string, rate: string, enrolled: string, recipients: string, target: string) =>
      `${name} 救助对象参保率 ${rate}（已参保 ${enrolled} / 救助对象 ${recipients}），目标 ${target}`,
    noCoverage: (name: string) => `${name} 本季度没有救助对象参保数据`,
    noRecipients: (name: string) => `${name} 本季度救助对象 0 人，无法计算参保率`,
    noneBelow: `低于参保目标的${w.city}：无`,
    below: (n: number, list: string[]) => `低于参保目标的${w.city}（${n}）：${list.join('，')}`,
    noneBelowCounties: `低于参保目标的${w.county}：无`,
    belowCounties: (n: number, list: string[], more: number) => `低于参保目标的${w.county}（${n}）：${list.join('，')}${more > 0 ? ` 等（另有 ${more} 个，用 --json 查看全部）` : ''}`,
    fund: (name: string, fund: string, income: string, expenditure: string) => `${name} ${fund}：年初至今收入 ${income}，支出 ${expenditure}`,
    accumulated: (amount: string) => `累计结余 ${amount}`,
    months: (months: string) => `可支付 ${months} 个月`,
    join: '，',
    alerts: (n: number, counts: string[]) => `预警 ${n} 条：${counts.join(' · ')}`,
    more: (n: number) => `  …… 另有 ${n} 条，用 --json 查看全部`,
    noGaps: `基金缺口：各${w.city}年初至今均无缺口`,
    noCities: `基金缺口：数据中没有${w.city}，缺口分担（按${w.city}）无从计算；${w.province}收支见上`,
    noFunds: '本季度没有基金收支数据（fund_flows.csv）：收支、结余与基金缺口无从计算',
    gaps: (n: number, shared: number) => `基金缺口 ${n} 个，其中累计结余不足以弥补 ${shared} 个`,
    selfList: (items: string[]) => `（${items.join('、')}）`,
    allocationFailed: (year: number, pot: string, reason: string) => `${year} 年${pot}：${reason}`,
    reconciled: (n: number) => `资金到账核对：${n} 项（${w.city} · 基金 · 来源级次）入账与到账全部一致`,
    unreconciled: (n: number, total: number) => `资金到账核对：${total} 项（${w.city} · 基金 · 来源级次）中 ${n} 处入账与到账不一致`,
    noBookings: (n: number) => `资金到账核对：${n} 项（${w.city} · 基金 · 来源级次）有到账文件，但未载入其收支（fund_flows），入账不明，不核对`,
    reconciliation: (city: string, fund: string, level: string, received: string, booked: string, difference: string, docs: string) =>
      `  ${city} ${fund} ${level}资金：到账 ${received}，入账 ${booked}，差额 ${difference}（到账文件 ${docs}）`,
    levels: { central: ORIGIN_LEVEL_LABEL.central.zh, province: w.province },
    gap: (g: GapSharingText) =>
      `  ${g.city} ${g.fund} ${g.year} 年缺口 ${g.gap} = ` +
      (g.noCounties
        ? `累计结余弥补 ${g.covered} + ${g.selfList === '' ? '' : `本级应缴未缴 ${g.self} + `}${w.city}本级承担 ${g.cityShare}（无下辖${w.county}）`
        : `累计结余弥补 ${g.covered} + ${w.county}自身原因 ${g.self}${g.selfList} + ${w.city}承担 ${g.cityShare} + ${w.county}分担 ${g.countyShares}`) +
      (g.openingUnknown ? '（年初累计结余未知，按 0 计）' : ''),
  },
  {
    head: (label: string, quarter: string) => `FundWatch · ${label} (${quarter})`,
    coverage: (name: string, rate: string, enrolled: string, recipients: string, target: string) =>
      `${name} recipient enrollment rate ${rate} (enrolled ${enrolled} / recipients ${recipients}), target ${target}`,
    noCoverage: (name: string) => `${name} has no recipient enrollment data this quarter`,
    noRecipients: (name: string) => `${name} had 0 recipients this quarter: no enrollment rate`,
    noneBelow: 'Cities below the enrollment target: none',
    below: (n: number, list: string[]) => `Cities below the enrollment target (${n}): ${list.join(', ')}`,
    noneBelowCounties: 'Counties below the enrollment target: none',
    belowCounties: (n: number, list: string[], more: number) => `Counties below the enrollment target (${n}): ${list.join(', ')}${more > 0 ? ` and ${more} more (see --json)` : ''}`,
    fund: (name: string, fund: string, income: string, expenditure: string) =>
      `${name} ${fund}: income year to date ${income}, expenditure ${expenditure}`,
    accumulated: (amount: string) => `accumulated balance ${amount}`,
    months: (months: string) => `${months} months payable`,
    join: ', ',
    alerts: (n: number, counts: string[]) => `${n} alerts: ${counts.join(' · ')}`,
    more: (n: number) => `  … ${n} more, see --json for all`,
    noGaps: 'Fund gaps: no city has a gap year to date',
    noCities: 'Fund gaps: the data has no cities, so gap sharing (by city) cannot be computed; the province\'s income and expenditure are above',
    noFunds: 'No fund flows this quarter (fund_flows.csv): no income, balance or fund gap to report',
    gaps: (n: number, shared: number) => `${n} fund gaps, ${shared} of them not covered by the accumulated balance`,
    selfList: (items: string[]) => ` (${items.join(', ')})`,
    allocationFailed: (year: number, pot: string, reason: string) => `${pot} of ${year}: ${reason}`,
    reconciled: (n: number) => `Reconciliation of higher-level funds: all ${n} (city · fund · origin level) booked what they received`,
    unreconciled: (n: number, total: number) => `Reconciliation of higher-level funds: ${n} of ${total} (city · fund · origin level) booked a different amount from what they received`,
    noBookings: (n: number) => `Reconciliation of higher-level funds: ${n} (city · fund · origin level) have documents received but no fund flows loaded (fund_flows): what was booked is unknown, not reconciled`,
    reconciliation: (city: string, fund: string, level: string, received: string, booked: string, difference: string, docs: string) =>
      `  ${city} ${fund}, ${level} money: received ${received}, booked ${booked}, difference ${difference} (documents ${docs})`,
    levels: { central: 'central', province: 'province' },
    gap: (g: GapSharingText) =>
      `  ${g.city} ${g.fund} ${g.year} gap ${g.gap} = ` +
      (g.noCounties
        ? `covered by the accumulated balance ${g.covered} + ${g.selfList === '' ? '' : `its own shortfall ${g.self} + `}borne by the city itself ${g.cityShare} (no counties)`
        : `covered by the accumulated balance ${g.covered} + counties' own shortfall ${g.self}${g.selfList} + ` +
          `city share ${g.cityShare} + county shares ${g.countyShares}`) +
      (g.openingUnknown ? ' (opening balance unknown, taken as 0)' : ''),
  },
));

/**
 * A pot the factor method could not allocate (its scores add up to zero), one
 * line each: in the summary, and on stderr beside `--json`, whose document
 * has no allocation rows for it and had no other word of why.
 */
export function allocationFailures(a: Analysis, lang: Lang = 'zh'): string[] {
  const t = TEXT(datasetLevelWords(a.regions))[lang];
  return a.allocation.flatMap((res) => (res.error ? [t.allocationFailed(res.year, POT_LABEL[res.pot][lang], renderMessage(res.error, lang))] : []));
}

export function summaryLines(a: Analysis, lang: Lang = 'zh'): string[] {
  const words = datasetLevelWords(a.regions);
  const t = TEXT(words)[lang];
  const target = coverageTarget(a.policy);
  const name = new Map(a.regions.map((r) => [r.code, r.name]));
  const fundName = (f: Fund): string => FUND_LABEL[f][lang];
  const auto = (d: Decimal): string => formatMoney(d, lang);
  const lines = [t.head(quarterLabel(a.quarter, lang), a.quarter)];

  const provinces = a.regions.filter((r) => r.level === 'province');
  for (const p of provinces) {
    const row = a.coverage.find((c) => c.regionCode === p.code && c.category === null);
    lines.push(
      row?.rate
        ? t.coverage(p.name, formatRate(row.rate, 2, [target]), formatCount(row.enrolled), formatCount(row.recipients), formatPercent(target))
        : row?.recipients === 0
          ? t.noRecipients(p.name)
          : t.noCoverage(p.name),
    );
  }
  // Below the target = in the red coverage band, as the alerts say it.
  const belowAt = (level: 'city' | 'county') => a.coverage.filter((c) => c.level === level && c.category === null && severityOf('coverage', c.rate, a.policy) === 'red');
  const below = belowAt('city');
  const shown = (c: (typeof below)[number]): string => `${name.get(c.regionCode) ?? c.regionCode} ${formatRate(c.rate ?? target, 2, [target])}`;
  // No enrollment at the quarter at all: the line above says so, and "none below the target" would read as good news.
  const anyCoverage = a.coverage.some((c) => c.category === null && c.rate !== null);
  if (anyCoverage || below.length > 0) lines.push(below.length === 0 ? t.noneBelow : t.below(below.length, below.map(shown)));
  // The counties too: "no city below the target" while a county was at 97.52% read as all clear.
  const belowCounties = belowAt('county').sort((x, y) => (x.rate ?? target).cmp(y.rate ?? target));
  if (a.coverage.some((c) => c.level === 'county' && c.category === null && c.rate !== null)) {
    const listed = belowCounties.slice(0, TOP_COUNTIES);
    lines.push(belowCounties.length === 0 ? t.noneBelowCounties : t.belowCounties(belowCounties.length, listed.map(shown), belowCounties.length - listed.length));
  }


  for (const s of a.funds.filter((f) => f.level === 'province')) {
    const parts = [t.fund(name.get(s.regionCode) ?? s.regionCode, fundName(s.fund), auto(s.ytdIncome), auto(s.ytdExpenditure))];
    if (s.accumulatedBalance) parts.push(t.accumulated(auto(s.accumulatedBalance)));
    // Below zero: 已透支, the computed figure in brackets (domain/monthsPayableText).
    if (s.monthsPayable) parts.push(isOverdrawn(s.monthsPayable) ? monthsPayableInFull(s.monthsPayable, lang, 1) : t.months(monthsPayableFigure(s.monthsPayable, lang, 1, (figure) => figure, inBandOf('months_payable', s.monthsPayable, a.policy))));
    lines.push(parts.join(t.join));
  }

  // Without any fund flows at the quarter there is no gap to speak of, nor its absence.
  lines.push(...(a.funds.length === 0 ? [t.noFunds] : gapLines(a, (code) => name.get(code) ?? code, lang, words)));
  // Reconciliation of superior funds, when documents are loaded: the differences, largest first.
  const judged = a.reconciliation.filter(isJudged).sort(compareReconciliation);
  const differing = judged.filter((r) => !r.difference.isZero());
  if (judged.length > 0) lines.push(differing.length === 0 ? t.reconciled(judged.length) : t.unreconciled(differing.length, judged.length));
  const noBookings = a.reconciliation.filter((r) => r.hasDocuments && !r.hasBookings).length;
  if (noBookings > 0) lines.push(t.noBookings(noBookings));
  for (const r of differing) {
    lines.push(
      t.reconciliation(
        name.get(r.cityCode) ?? r.cityCode,
        fundName(r.fund),
        t.levels[r.level],
        formatYuan(r.received, lang),
        formatYuan(r.booked, lang),
        formatYuan(r.difference, lang),
        r.documents.map((d) => d.transferId).join(lang === 'en' ? ', ' : '、'),
      ),
    );
  }
  lines.push(...allocationFailures(a, lang));

  const counts = SEVERITIES.map((sev) => `${SEVERITY_LABEL[sev][lang]} ${a.alerts.filter((al) => al.severity === sev).length}`);
  lines.push(t.alerts(a.alerts.length, counts));
  // The alerts listed read in one money unit (messagesMoneyUnit), a sentence that would read 0.00–0.09 in it in its own.
  const top = a.alerts.slice(0, TOP_ALERTS);
  const unit = messagesMoneyUnit(top.map((al) => al.text), lang);
  for (const al of top) {
    lines.push(`  [${SEVERITY_LABEL[al.severity][lang]}] ${renderMessage(al.text, lang, 'reader', unit)}`);
  }
  if (a.alerts.length > TOP_ALERTS) lines.push(t.more(a.alerts.length - TOP_ALERTS));
  return lines;
}

/**
 * The fund gaps the balance could not cover, largest remainder first, each
 * with its chain (DOMAIN.md 缺口分担) in exact yuan; gaps the balance covers
 * in full are only counted: nobody has to pay for them.
 */
function gapLines(a: Analysis, regionName: (code: string) => string, lang: Lang, words: LevelWords): string[] {
  const t = TEXT(words)[lang];
  const yuan = (d: Decimal): string => formatYuan(d, lang);
  // No city at all (a province-only dataset): "no city has a gap" would read as "no gap anywhere".
  if (!a.regions.some((r) => r.level === 'city')) return [t.noCities];
  const gaps = a.sharing.filter((s) => s.gap.gt(0));
  if (gaps.length === 0) return [t.noGaps];
  const shared = gaps.filter((s) => s.rest.gt(0)).sort((x, y) => y.rest.comparedTo(x.rest) || y.gap.comparedTo(x.gap));
  const lines = [t.gaps(gaps.length, shared.length)];
  for (const g of shared) {
    const self = g.countySelf.filter((r) => r.amount.gt(0));
    lines.push(
      t.gap({
        city: regionName(g.cityCode),
        fund: FUND_LABEL[g.fund][lang],
        year: g.year,
        gap: yuan(g.gap),
        covered: yuan(g.coveredByBalance),
        self: yuan(sum(g.countySelf.map((r) => r.amount))),
        selfList: self.length === 0 ? '' : t.selfList(self.map((r) => `${regionName(r.regionCode)} ${yuan(r.amount)}`)),
        cityShare: yuan(g.cityShare),
        countyShares: yuan(sum(g.countyShares.map((r) => r.amount))),
        noCounties: !a.regions.some((r) => r.parentCode === g.cityCode),
        openingUnknown: g.figures.openingBalance === null,
      }),
    );
  }
  return lines;
}
