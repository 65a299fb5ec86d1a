// 七、缺口分担: every fund gap of the region's cities, the waterfall of the
// ones the balance could not cover, and each step in exact yuan.
import { buildGapWaterfallOption, type WaterfallPart } from '../../charts/options/gapWaterfall';
import { FUND_LABEL } from '../../domain/labels';
import { formatYuan, moneyString, sum } from '../../domain/money';
import type { GapSharing } from '../../domain/shareGap';
import { figure, type SectionContext } from '../context';
import { para, table } from '../html';
import { sectionOpen, subheading } from './heading';

const STEP_LABEL: Record<GapSharing['steps'][number]['key'], string> = {
  gap: '缺口',
  balance: '累计结余弥补',
  county_self: '旗县自身原因',
  city: '盟市本级分担',
  county: '各旗县分担',
};

function yuan(d: Parameters<typeof formatYuan>[0]): string {
  return formatYuan(d).replace('元', '');
}

export function gapSection(ctx: SectionContext, n: number): string {
  const { m } = ctx;
  const cities = new Set([m.region.code, ...m.children.map((c) => c.code)]);
  const gaps = m.analysis.sharing.filter((g) => cities.has(g.cityCode) && g.gap.gt(0));
  const parts = [sectionOpen(n, 'gap', '基金缺口分担')];
  if (gaps.length === 0) {
    parts.push(para(`${m.region.name} 所属盟市年初至今均无基金缺口（0 个）。`));
    parts.push('</section>');
    return parts.join('\n');
  }
  parts.push(
    table({
      id: 'table-gaps',
      caption: '年初至今，元',
      head: ['盟市', '基金', { text: '缺口', num: true }, { text: '累计结余弥补', num: true }, { text: '需分担', num: true }],
      rows: gaps.map((g) => ({
        region: g.cityCode,
        cells: [
          m.name(g.cityCode),
          FUND_LABEL[g.fund].zh,
          { text: yuan(g.gap), num: true, col: 'gap' },
          { text: yuan(g.coveredByBalance), num: true, col: 'covered-by-balance' },
          { text: yuan(g.rest), num: true, col: 'rest' },
        ],
      })),
    }),
  );
  let sub = 0;
  for (const g of gaps.filter((x) => x.rest.gt(0))) {
    const title = `${m.name(g.cityCode)} ${FUND_LABEL[g.fund].zh} ${g.year}年缺口分担`;
    parts.push(subheading(++sub, title));
    const self = sum(g.countySelf.map((c) => c.amount));
    const shares = sum(g.countyShares.map((c) => c.amount));
    const parts4: WaterfallPart[] = [
      { key: 'balance', label: STEP_LABEL.balance, amount: g.coveredByBalance },
      { key: 'county_self', label: STEP_LABEL.county_self, amount: self },
      { key: 'city', label: STEP_LABEL.city, amount: g.cityShare },
      { key: 'county', label: STEP_LABEL.county, amount: shares },
    ];
    const data = {
      city_code: g.cityCode,
      fund: g.fund,
      year: g.year,
      gap: moneyString(g.gap),
      covered_by_balance: moneyString(g.coveredByBalance),
      county_self: g.countySelf.map((c) => ({ region_code: c.regionCode, amount: moneyString(c.amount) })),
      city_share: moneyString(g.cityShare),
      county_shares: g.countyShares.map((c) => ({ region_code: c.regionCode, amount: moneyString(c.amount) })),
    };
    parts.push(figure(ctx, `gap-${g.cityCode}-${g.fund}`, `${title}（万元）`, buildGapWaterfallOption({ gap: g.gap, parts: parts4 }), data, 320));
    parts.push(
      table({
        id: `table-gap-steps-${g.cityCode}-${g.fund}`,
        head: ['步骤', { text: '金额（元）', num: true }, '计算'],
        rows: g.steps.map((s) => ({ cells: [STEP_LABEL[s.key], { text: yuan(s.amount), num: true, col: s.key }, s.formula] })),
      }),
    );
    parts.push(
      table({
        id: `table-gap-counties-${g.cityCode}-${g.fund}`,
        caption: '各旗县承担（元）',
        head: ['旗县', { text: '自身原因', num: true }, { text: '分担', num: true }, { text: '合计', num: true }],
        rows: [
          ...g.countyShares.map((c) => {
            const own = g.countySelf.find((x) => x.regionCode === c.regionCode)?.amount ?? c.amount.minus(c.amount);
            return {
              region: c.regionCode,
              cells: [m.name(c.regionCode), { text: yuan(own), num: true, col: 'self' }, { text: yuan(c.amount), num: true, col: 'share' }, { text: yuan(own.plus(c.amount)), num: true }],
            };
          }),
          { cls: 'total', cells: ['合计', { text: yuan(self), num: true }, { text: yuan(shares), num: true }, { text: yuan(self.plus(shares)), num: true }] },
        ],
      }),
    );
  }
  parts.push('</section>');
  return parts.join('\n');
}
