// The short human summary `analyze` prints without --json: what a
// provincial official asks first (coverage, cities below target, alerts).
import { FUND_LABEL, SEVERITY_LABEL } from '../domain/labels';
import { decimal, formatAuto, formatCount, formatNumber, formatPercent } from '../domain/money';
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

  const counts = SEVERITIES.map((sev) => `${SEVERITY_LABEL[sev].zh} ${a.alerts.filter((al) => al.severity === sev).length}`);
  lines.push(`预警 ${a.alerts.length} 条：${counts.join(' · ')}`);
  for (const al of a.alerts.slice(0, TOP_ALERTS)) lines.push(`  [${SEVERITY_LABEL[al.severity].zh}] ${al.message}`);
  if (a.alerts.length > TOP_ALERTS) lines.push(`  …… 另有 ${a.alerts.length - TOP_ALERTS} 条，用 --json 查看全部`);
  return lines;
}
