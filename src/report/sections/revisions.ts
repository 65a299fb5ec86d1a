// 十一、与上次报送相比的变化 (after 八、资金到账核对, 九、压力测试 and 十、问题与建议): with a comparison loaded (analyze/report
// --compare, the 版本比对 page), what the new submission changed: rows per
// table, the indicators that moved and the alerts new, resolved or changed
// in severity.
import { FUND_LABEL, SEVERITY_LABEL } from '../../domain/labels';
import type { Lang } from '../../domain/lang';
import type { Indicator, Revisions } from '../../domain/revisions';
import { alertReading, indicatorReading } from '../../domain/revisionsReading';
import { esc } from '../html';
import { sectionOpen, subheading } from './heading';

const INDICATOR: Record<Indicator, { zh: string; en: string }> = {
  coverage: { zh: '救助对象参保率', en: 'Recipient enrollment rate' },
  accumulated_balance: { zh: '累计结余', en: 'Accumulated balance' },
  months_payable: { zh: '可支付月数', en: 'Months payable' },
};

/** Indicator rows shown in the report; the rest are counted (the page and --json list them all). */
const INDICATORS_SHOWN = 30;

export function revisionsSection(r: Revisions, n: number, regionName: (code: string) => string, lang: Lang = 'zh'): string {
  const en = lang === 'en';
  const th = (cells: string[]): string => `<tr>${cells.map((c) => `<th>${esc(c)}</th>`).join('')}</tr>`;
  const td = (cells: string[]): string => `<tr>${cells.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`;
  const intro = en
    ? `<p>This submission (${esc(r.quarter)}) against the earlier one (${esc(r.comparedQuarter ?? '—')}), rows matched by each table's key.</p>`
    : `<p>本次报送（${esc(r.quarter)}）与上次报送（${esc(r.comparedQuarter ?? '—')}）比较，各表按唯一键逐行比对。</p>`;
  const tables = r.tables.map((t) => td([t.table, String(t.added.length), String(t.removed.length), String(t.changed.length)]));
  const tableBlock =
    subheading(1, en ? 'Rows changed per table' : '各表数据变化', lang) +
    `<div class="table-wrap"><table data-table="revisions">${th(en ? ['Table', 'Rows added', 'Rows removed', 'Values changed'] : ['表', '新增行', '删除行', '修改值'])}${tables.join('')}</table></div>`;
  const moves = r.indicators.slice(0, INDICATORS_SHOWN).map((m) => {
    const read = indicatorReading(m.indicator, m.old, m.new, lang);
    return td([`${regionName(m.regionCode)}${m.fund === null ? '' : ` ${FUND_LABEL[m.fund][lang]}`}`, INDICATOR[m.indicator][lang], read.before, read.now, read.change]);
  });
  const more = r.indicators.length - moves.length;
  const indicatorBlock =
    subheading(2, en ? 'Indicators that moved' : '指标变化', lang) +
    (r.indicators.length === 0
      ? `<p>${en ? 'No indicator moved.' : '各项指标均无变化。'}</p>`
      : `<div class="table-wrap"><table data-table="revisions-indicators">${th(en ? ['Region', 'Indicator', 'Before', 'Now', 'Change'] : ['地区', '指标', '上次', '本次', '变化'])}${moves.join('')}</table></div>` +
        (more > 0 ? `<p>${en ? `${more} more not shown.` : `另有 ${more} 项未列出。`}</p>` : ''));
  const alertItems = [
    ...r.alerts.new.map((a) => `<li class="sev-${a.severity}">${esc(en ? 'New' : '新增')} · ${esc(SEVERITY_LABEL[a.severity][lang])} · ${esc(alertReading(a, lang))}</li>`),
    ...r.alerts.resolved.map((a) => `<li>${esc(en ? 'Resolved' : '解除')} · ${esc(SEVERITY_LABEL[a.severity][lang])} · ${esc(alertReading(a, lang))}</li>`),
    ...r.alerts.changed.map(
      (c) =>
        `<li class="sev-${c.after.severity}">${esc(en ? 'Severity' : '级别变化')} ${esc(SEVERITY_LABEL[c.before.severity][lang])} → ${esc(SEVERITY_LABEL[c.after.severity][lang])} · ${esc(alertReading(c.after, lang))}</li>`,
    ),
  ];
  const alertBlock =
    subheading(3, en ? 'Alerts' : '预警变化', lang) +
    (alertItems.length === 0 ? `<p>${en ? 'No alert changed.' : '预警无变化。'}</p>` : `<ul class="revisions-alerts">${alertItems.join('')}</ul>`);
  return `${sectionOpen(n, 'revisions', en ? 'Changes since the last submission' : '与上次报送相比的变化', lang)}${intro}${tableBlock}${indicatorBlock}${alertBlock}</section>`;
}
