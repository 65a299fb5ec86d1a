// 五、医疗救助资助参保: what subsidising the recipients' enrollment should
// cost (subsidyDemand) against what was paid, by category and by region.
// 六、风险排名: children ranked by their alerts, worst first.
import { CATEGORY_LABEL, FUND_LABEL } from '../../domain/labels';
import { fixed, formatCount, formatPercent, formatWan, formatYuan, moneyString, type Decimal } from '../../domain/money';
import { FUNDS, SEVERITIES, type Severity } from '../../domain/types';
import type { SectionContext } from '../context';
import { jsonBlock, para, table } from '../html';
import { statusNow } from '../model';
import { signedNumber } from '../text';
import { sectionOpen, subheading } from './heading';

function wan(d: Decimal): string {
  return formatWan(d).replace('万元', '');
}

export function assistanceSection(ctx: SectionContext, n: number): string {
  const { m } = ctx;
  const parts = [sectionOpen(n, 'assistance', '医疗救助资助参保')];
  const rowOf = (code: string) => m.analysis.subsidyDemand.find((r) => r.regionCode === code);
  const own = rowOf(m.region.code);
  if (!own) {
    parts.push(para(`${m.region.name} 本季度没有资助参保数据（assistance_enrollment.csv）。`));
    parts.push('</section>');
    return parts.join('\n');
  }
  const diff = own.paid.minus(own.demand.total);
  parts.push(
    para(
      `${m.region.name} 按各类救助对象人数和资助标准测算，年初至今应资助参保 ${formatWan(own.demand.total)}，实际资助 ${formatWan(own.paid)}，` +
        `${diff.isZero() ? '两者相等' : diff.isNegative() ? `少于测算 ${formatWan(diff.abs())}` : `多于测算 ${formatWan(diff)}`}。`,
      'lead',
    ),
  );
  parts.push(subheading(1, '分类别资助标准与测算'));
  parts.push(
    table({
      id: 'table-subsidy-category',
      head: ['救助类别', { text: '人数', num: true }, { text: '人均资助（元）', num: true }, { text: '测算金额（万元）', num: true }],
      rows: [
        ...own.demand.byCategory.map((c) => ({
          cells: [CATEGORY_LABEL[c.category].zh, { text: formatCount(c.persons), num: true }, { text: formatYuan(c.standard).replace('元', ''), num: true }, { text: wan(c.amount), num: true }],
        })),
        { cls: 'total', cells: ['合计', { text: formatCount(own.demand.byCategory.reduce((s, c) => s + c.persons, 0)), num: true }, '', { text: wan(own.demand.total), num: true }] },
      ],
    }),
  );
  if (m.children.length > 0) {
    parts.push(subheading(2, '分地区测算与实际资助'));
    const codes = [...m.children.map((c) => c.code), m.region.code];
    parts.push(
      table({
        id: 'table-subsidy-region',
        caption: '年初至今，万元',
        head: ['地区', { text: '测算应资助', num: true }, { text: '实际资助', num: true }, { text: '差额', num: true }, { text: '实际 ÷ 测算', num: true }],
        rows: codes.flatMap((code) => {
          const r = rowOf(code);
          if (!r) return [];
          const d = r.paid.minus(r.demand.total);
          return [
            {
              region: code,
              cls: code === m.region.code ? 'total' : undefined,
              cells: [
                code === m.region.code ? `${m.name(code)}合计` : m.name(code),
                { text: wan(r.demand.total), num: true, col: 'demand' },
                { text: wan(r.paid), num: true, col: 'paid' },
                { text: signedNumber(d.div(10_000), 2), num: true },
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
  const { m } = ctx;
  const parts = [sectionOpen(n, 'risk', '地区风险排名')];
  if (m.children.length === 0) {
    parts.push(para(`${m.region.name} 没有下级地区可排名。`));
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
      const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
      for (const a of m.analysis.alerts) if (codes.has(a.regionCode)) counts[a.severity] += 1;
      return { region: c, counts };
    })
    .sort((a, b) => SEVERITIES.reduce((acc, s) => acc || b.counts[s] - a.counts[s], 0) || a.region.code.localeCompare(b.region.code));
  parts.push(
    para(
      `按本级及下级地区预警条数排序（红色优先，其次橙色、黄色、蓝色）。预警最多的是${ranked[0]?.region.name ?? ''}（红色 ${ranked[0]?.counts.red ?? 0} 条）。`,
    ),
  );
  parts.push(
    table({
      id: 'table-risk',
      head: [
        { text: '排名', num: true },
        '地区',
        { text: '红色', num: true },
        { text: '橙色', num: true },
        { text: '黄色', num: true },
        { text: '蓝色', num: true },
        ...FUNDS.map((f) => ({ text: `${FUND_LABEL[f].zh.replace('城乡', '').replace('基金', '')}可支付月数`, num: true })),
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
            return { text: mp ? fixed(mp, 2) : '—', num: true, col: `months-${f}` };
          }),
        ],
      })),
    }),
  );
  parts.push('</section>');
  return parts.join('\n');
}
