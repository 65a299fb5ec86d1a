// 五、医疗救助资助参保: what subsidising the recipients' enrollment should
// cost (subsidyDemand) against what was paid, by category and by region.
// 六、风险排名: children ranked by their alerts, worst first.
import { alertsInScope, countBySeverity } from '../../domain/alerts/scope';
import { formatMoney } from '../../domain/moneyUnit';
import { CATEGORY_LABEL, FUND_LABEL, SEVERITY_LABEL } from '../../domain/labels';
import { texts } from '../../domain/lang';
import { formatCount, formatPercent, formatYuan, moneyString, type Decimal } from '../../domain/money';
import { FUNDS, SEVERITIES, type Fund } from '../../domain/types';
import { monthsCell } from '../text';
import type { SectionContext } from '../context';
import { jsonBlock, para, table } from '../html';
import { statusNow } from '../model';
import { sectionOpen, subheading } from './heading';

/** A money cell: table() prints it in its column's unit (named in the head). */
function wan(d: Decimal): { text: string; money: Decimal } {
  return { text: '—', money: d };
}

const TEXT = texts(
  {
    title: '医疗救助资助参保',
    noData: (name: string) => `${name} 本季度没有资助参保数据（assistance_enrollment.csv）。`,
    lead: (name: string, demand: string, paid: string, diff: { kind: 'equal' | 'less' | 'more'; amount: string }) =>
      `${name} 按各类救助对象人数和资助标准测算，年初至今应资助参保 ${demand}，实际资助 ${paid}，` +
      `${diff.kind === 'equal' ? '两者相等' : diff.kind === 'less' ? `少于测算 ${diff.amount}` : `多于测算 ${diff.amount}`}。`,
    byCategory: '分类别资助标准与测算',
    category: '救助类别',
    persons: '人数',
    perCapita: '人均资助（元）',
    amount: '测算金额',
    total: '合计',
    byRegion: '分地区测算与实际资助',
    regionCaption: '年初至今；差额 = 测算应资助 − 实际资助',
    region: '地区',
    demand: '测算应资助',
    paid: '实际资助',
    difference: '差额',
    ratio: '实际 ÷ 测算',
    regionTotal: (name: string) => `${name}合计`,
    risk: '地区风险排名',
    noChildren: (name: string) => `${name} 没有下级地区可排名。`,
    riskLead: (name: string, red: number) =>
      `按本级及下级地区预警条数排序（红色优先，其次橙色、黄色、蓝色）。预警最多的是${name}（红色 ${red} 条）。`,
    riskNone: '按本级及下级地区预警条数排序（红色优先，其次橙色、黄色、蓝色）。本季度各下级地区均无预警。',
    rank: '排名',
    fundMonths: (fund: Fund) => `${FUND_LABEL[fund].zh.replace('城乡', '').replace('基金', '')}可支付月数`,
  },
  {
    title: 'Enrollment subsidies for assistance recipients',
    noData: (name: string) => `${name} has no enrollment subsidy data this quarter (assistance_enrollment.csv).`,
    lead: (name: string, demand: string, paid: string, diff: { kind: 'equal' | 'less' | 'more'; amount: string }) =>
      `${name}: by the number of recipients in each category and the subsidy standards, enrollment subsidies due year to date ${demand}, paid ${paid}, ` +
      `${diff.kind === 'equal' ? 'the two are equal' : diff.kind === 'less' ? `${diff.amount} less than due` : `${diff.amount} more than due`}.`,
    byCategory: 'Subsidy standards and amounts due by category',
    category: 'Category',
    persons: 'Persons',
    perCapita: 'Subsidy per person (yuan)',
    amount: 'Amount due',
    total: 'Total',
    byRegion: 'Due and paid by region',
    regionCaption: 'Year to date; difference = due − paid',
    region: 'Region',
    demand: 'Due',
    paid: 'Paid',
    difference: 'Difference',
    ratio: 'Paid ÷ due',
    regionTotal: (name: string) => `${name} total`,
    risk: 'Regions ranked by risk',
    noChildren: (name: string) => `${name} has no regions below it to rank.`,
    riskLead: (name: string, red: number) =>
      `Ranked by the alerts of each region and the regions below it (red first, then orange, yellow, blue). Most alerts: ${name} (${red} red).`,
    riskNone: 'Ranked by the alerts of each region and the regions below it (red first, then orange, yellow, blue). No region below has an alert this quarter.',
    rank: 'Rank',
    fundMonths: (fund: Fund) => `Months (${fund === 'assistance' ? 'assistance' : 'resident'})`,
  },
);

export function assistanceSection(ctx: SectionContext, n: number): string {
  const { m, lang } = ctx;
  const t = TEXT[lang];
  const parts = [sectionOpen(n, 'assistance', t.title, lang)];
  const rowOf = (code: string) => m.analysis.subsidyDemand.find((r) => r.regionCode === code);
  const own = rowOf(m.region.code);
  if (!own) {
    parts.push(para(t.noData(m.region.name)));
    parts.push('</section>');
    return parts.join('\n');
  }
  const diff = own.paid.minus(own.demand.total);
  const money = (d: Decimal): string => formatMoney(d, lang);
  parts.push(
    para(
      t.lead(m.region.name, money(own.demand.total), money(own.paid), {
        kind: diff.isZero() ? 'equal' : diff.isNegative() ? 'less' : 'more',
        amount: money(diff.abs()),
      }),
      'lead',
    ),
  );
  parts.push(subheading(1, t.byCategory, lang));
  parts.push(
    table({
      lang,
      id: 'table-subsidy-category',
      head: [t.category, { text: t.persons, num: true }, { text: t.perCapita, num: true }, { text: t.amount, num: true }],
      rows: [
        ...own.demand.byCategory.map((c) => ({
          cells: [
            CATEGORY_LABEL[c.category][lang],
            { text: formatCount(c.persons), num: true },
            { text: formatYuan(c.standard, lang).replace(lang === 'en' ? ' yuan' : '元', ''), num: true },
            { ...wan(c.amount), num: true },
          ],
        })),
        { total: true, cells: [t.total, { text: formatCount(own.demand.byCategory.reduce((s, c) => s + c.persons, 0)), num: true }, '', { ...wan(own.demand.total), num: true }] },
      ],
    }),
  );
  if (m.children.length > 0) {
    parts.push(subheading(2, t.byRegion, lang));
    const codes = [...m.children.map((c) => c.code), m.region.code];
    parts.push(
      table({
        lang,
        id: 'table-subsidy-region',
        caption: t.regionCaption,
        // Due and paid are compared: one unit. The difference keeps its own (as on screen), or a shortfall of a few yuan would read 0.00.
        head: [{ text: t.region, column: 'name' }, { text: t.demand, num: true, unitGroup: 'due' }, { text: t.paid, num: true, unitGroup: 'due' }, { text: t.difference, num: true }, { text: t.ratio, num: true }],
        rows: codes.flatMap((code) => {
          const r = rowOf(code);
          if (!r) return [];
          // As on screen (app/view/tables/subsidy.ts): due − paid, a shortfall positive.
          const d = r.demand.total.minus(r.paid);
          return [
            {
              region: code,
              total: code === m.region.code,
              cells: [
                code === m.region.code ? t.regionTotal(m.name(code)) : m.name(code),
                { ...wan(r.demand.total), num: true, col: 'demand' },
                { ...wan(r.paid), num: true, col: 'paid' },
                { ...wan(d), signed: true, num: true },
                { text: r.demand.total.isZero() ? '—' : formatPercent(r.paid.div(r.demand.total)), num: true },
              ],
            },
          ];
        }),
      }),
    );
    parts.push(
      jsonBlock(
        'subsidy',
        codes.flatMap((code) => {
          const r = rowOf(code);
          return r ? [{ region_code: code, demand: moneyString(r.demand.total), paid: moneyString(r.paid) }] : [];
        }),
      ),
    );
  }
  parts.push('</section>');
  return parts.join('\n');
}

export function riskSection(ctx: SectionContext, n: number): string {
  const { m, lang } = ctx;
  const t = TEXT[lang];
  const parts = [sectionOpen(n, 'risk', t.risk, lang)];
  if (m.children.length === 0) {
    parts.push(para(t.noChildren(m.region.name)));
    parts.push('</section>');
    return parts.join('\n');
  }
  // Everything below a child counts for it: a city answers for its counties.
  const within = (code: string): Set<string> => {
    const out = new Set<string>([code]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const r of m.analysis.regions) {
        if (r.parentCode !== null && out.has(r.parentCode) && !out.has(r.code)) {
          out.add(r.code);
          grew = true;
        }
      }
    }
    return out;
  };
  const ranked = m.children
    .map((c) => {
      const codes = within(c.code);
      // The one count of alerts (domain/alerts/scope.ts): the region and below, both funds.
      const counts = countBySeverity(alertsInScope(m.analysis.alerts, codes, null));
      return { region: c, counts };
    })
    .sort((a, b) => SEVERITIES.reduce((acc, s) => acc || b.counts[s] - a.counts[s], 0) || a.region.code.localeCompare(b.region.code));
  // "Most alerts: X (0 red)" would name a region for having none.
  const top = ranked[0];
  const anyAlert = top !== undefined && SEVERITIES.some((s) => top.counts[s] > 0);
  parts.push(para(anyAlert ? t.riskLead(top.region.name, top.counts.red) : t.riskNone));
  parts.push(
    table({
      id: 'table-risk',
      head: [
        { text: t.rank, num: true },
        { text: t.region, column: 'name' },
        ...SEVERITIES.map((s) => ({ text: SEVERITY_LABEL[s][lang], num: true })),
        ...FUNDS.map((f) => ({ text: t.fundMonths(f), num: true })),
      ],
      rows: ranked.map((r, i) => ({
        region: r.region.code,
        cls: r.counts.red > 0 ? 'sev-red' : undefined,
        cells: [
          { text: String(i + 1), num: true },
          r.region.name,
          ...SEVERITIES.map((s) => ({ text: String(r.counts[s]), num: true, col: s })),
          ...FUNDS.map((f) => {
            const mp = statusNow(m, r.region.code, f)?.monthsPayable;
            return { text: monthsCell(mp, lang), num: true, col: `months-${f}`, cls: 'wraps' };
          }),
        ],
      })),
    }),
  );
  parts.push('</section>');
  return parts.join('\n');
}
