// What `analyze --compare OLD` adds to the summary without --json: per
// table the rows added, removed and changed, how many indicators moved, and
// the alerts new, resolved and changed in severity (each listed).
import { SEVERITY_LABEL } from '../domain/labels';
import { texts, type Lang } from '../domain/lang';
import type { Revisions } from '../domain/revisions';
import { alertReading } from '../domain/revisionsReading';

const TEXT = texts(
  {
    head: (dir: string, q: string, old: string) => `与 ${dir} 比对（本次 ${q}，比对 ${old}）：`,
    table: (table: string, added: number, removed: number, changed: number) => `  ${table}：新增 ${added} 行，删除 ${removed} 行，修改 ${changed} 个值`,
    unchanged: '  各表均无变化',
    indicators: (n: number) => `  指标变化 ${n} 项（参保率、累计结余、可支付月数；--json 查看全部）`,
    alerts: (added: number, resolved: number, changed: number) => `  预警：新增 ${added} 条，解除 ${resolved} 条，级别变化 ${changed} 条`,
    added: '新增',
    resolved: '解除',
    severity: (from: string, to: string) => `${from}→${to}`,
    none: '无',
  },
  {
    head: (dir: string, q: string, old: string) => `Compared with ${dir} (this ${q}, compared ${old}):`,
    table: (table: string, added: number, removed: number, changed: number) => `  ${table}: ${added} rows added, ${removed} removed, ${changed} values changed`,
    unchanged: '  No table changed',
    indicators: (n: number) => `  ${n} indicators moved (enrollment rate, accumulated balance, months payable; --json lists them)`,
    alerts: (added: number, resolved: number, changed: number) => `  Alerts: ${added} new, ${resolved} resolved, ${changed} changed in severity`,
    added: 'new',
    resolved: 'resolved',
    severity: (from: string, to: string) => `${from}→${to}`,
    none: 'none',
  },
);

export function revisionLines(r: Revisions, dir: string, lang: Lang): string[] {
  const t = TEXT[lang];
  const changedTables = r.tables.filter((x) => x.added.length + x.removed.length + x.changed.length > 0);
  const lines = [t.head(dir, r.quarter, r.comparedQuarter ?? t.none)];
  if (changedTables.length === 0) lines.push(t.unchanged);
  for (const x of changedTables) lines.push(t.table(x.table, x.added.length, x.removed.length, x.changed.length));
  lines.push(t.indicators(r.indicators.length), t.alerts(r.alerts.new.length, r.alerts.resolved.length, r.alerts.changed.length));
  for (const a of r.alerts.new) lines.push(`    ${t.added} · ${SEVERITY_LABEL[a.severity][lang]} · ${alertReading(a, lang)}`);
  for (const a of r.alerts.resolved) lines.push(`    ${t.resolved} · ${SEVERITY_LABEL[a.severity][lang]} · ${alertReading(a, lang)}`);
  for (const c of r.alerts.changed) {
    lines.push(`    ${t.severity(SEVERITY_LABEL[c.before.severity][lang], SEVERITY_LABEL[c.after.severity][lang])} · ${alertReading(c.after, lang)}`);
  }
  return lines;
}
