// The short human summary `analyze` prints without --json: what a
// provincial official asks first (coverage, cities below target, alerts).
import { FUND_LABEL, SEVERITY_LABEL } from '../domain/labels';
import { decimal, formatAuto, formatCount, formatNumber, formatPercent, formatYuan, sum } from '../domain/money';
import { resolvePolicy } from '../domain/policy';
import type { PolicyFile } from '../domain/policyTypes';
import { parseQuarter, quarterLabel } from '../domain/quarter';
import { SEVERITIES, type Analysis } from '../domain/types';

/** Alerts listed by name in the summary; the rest are only counted. */
const TOP_ALERTS = 10;

export function summaryLines(a: Analysis, policyFile: PolicyFile): string[] {
  const target = decimal(resolvePolicy(policyFile, parseQuarter(a.quarter).year).coverage_target);
  const name = new Map(a.regions.map((r) => [r.code, r.name]));
  const lines = [`FundWatch · ${quarterLabel(a.quarter)}（${a.quarter}）`];

  const provinces = a.regions.filter((r) => r.level === 'province');
  for (const p of provinces) {
    const row = a.coverage.find((c) => c.regionCode === p.code && c.category === null);
    lines.push(
      row?.rate
        ? `${p.name} 救助对象参保率 ${formatPercent(row.rate)}（已参保 ${formatCount(row.enrolled)} / 救助对象 ${formatCount(row.recipients)}），目标 ${formatPercent(target)}`
        : `${p.name} 本季度没有救助对象参保数据`,
    );
  }
  const below = a.coverage.filter((c) => c.level === 'city' && c.category === null && c.rate !== null && c.rate.lt(target));
  lines.push(
    below.length === 0
      ? '低于参保目标的盟市：无'
      : `低于参保目标的盟市（${below.length}）：${below.map((c) => `${name.get(c.regionCode) ?? c.regionCode} ${formatPercent(c.rate ?? target)}`).join('，')}`,
  );

  for (const s of a.funds.filter((f) => f.level === 'province')) {
    const parts = [
      `${name.get(s.regionCode) ?? s.regionCode} ${FUND_LABEL[s.fund].zh}：年初至今收入 ${formatAuto(s.ytdIncome)}，支出 ${formatAuto(s.ytdExpenditure)}`,
    ];
    if (s.accumulatedBalance) parts.push(`累计结余 ${formatAuto(s.accumulatedBalance)}`);
    if (s.monthsPayable) parts.push(`可支付 ${formatNumber(s.monthsPayable, 1)} 个月`);
    lines.push(parts.join('，'));
  }

  lines.push(...gapLines(a, (code) => name.get(code) ?? code));

  const counts = SEVERITIES.map((sev) => `${SEVERITY_LABEL[sev].zh} ${a.alerts.filter((al) => al.severity === sev).length}`);
  lines.push(`预警 ${a.alerts.length} 条：${counts.join(' · ')}`);
  for (const al of a.alerts.slice(0, TOP_ALERTS)) lines.push(`  [${SEVERITY_LABEL[al.severity].zh}] ${al.message}`);
  if (a.alerts.length > TOP_ALERTS) lines.push(`  …… 另有 ${a.alerts.length - TOP_ALERTS} 条，用 --json 查看全部`);
  return lines;
}

/**
 * The fund gaps the balance could not cover, largest remainder first, each
 * with its chain (DOMAIN.md 缺口分担) in exact yuan; gaps the balance covers
 * in full are only counted: nobody has to pay for them.
 */
function gapLines(a: Analysis, regionName: (code: string) => string): string[] {
  const gaps = a.sharing.filter((s) => s.gap.gt(0));
  if (gaps.length === 0) return ['基金缺口：各盟市年初至今均无缺口'];
  const shared = gaps.filter((s) => s.rest.gt(0)).sort((x, y) => y.rest.comparedTo(x.rest) || y.gap.comparedTo(x.gap));
  const lines = [`基金缺口 ${gaps.length} 个，其中累计结余不足以弥补 ${shared.length} 个`];
  for (const g of shared) {
    const self = g.countySelf.filter((r) => r.amount.gt(0));
    const selfText = self.length === 0 ? '' : `（${self.map((r) => `${regionName(r.regionCode)} ${formatYuan(r.amount)}`).join('、')}）`;
    lines.push(
      `  ${regionName(g.cityCode)} ${FUND_LABEL[g.fund].zh} ${g.year} 年缺口 ${formatYuan(g.gap)} = ` +
        `累计结余弥补 ${formatYuan(g.coveredByBalance)} + 旗县自身原因 ${formatYuan(sum(g.countySelf.map((r) => r.amount)))}${selfText} + ` +
        `盟市承担 ${formatYuan(g.cityShare)} + 旗县分担 ${formatYuan(sum(g.countyShares.map((r) => r.amount)))}`,
    );
  }
  return lines;
}
