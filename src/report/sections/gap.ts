// 七、缺口分担: every fund gap of the region's cities, the waterfall of the
// ones the balance could not cover, and each step in exact yuan.
import { sharingStepLines } from '../sharingSteps';
import { buildGapWaterfallOption, type WaterfallPart } from '../../charts/options/gapWaterfall';
import { toSharingJson } from '../../domain/analysis';
import { FUND_LABEL } from '../../domain/labels';
import { texts, type Label } from '../../domain/lang';
import { cityAndCounty, perLevelWords } from '../../domain/levelWords';
import { formatYuan, sum } from '../../domain/money';
import type { GapSharing } from '../../domain/shareGap';
import { figure, type SectionContext } from '../context';
import { para, table } from '../html';
import { sectionOpen, subheading } from './heading';

const STEP_LABEL = perLevelWords((w): Record<GapSharing['steps'][number]['key'], Label> => ({
  gap: { zh: '缺口', en: 'Gap' },
  // Short enough in English for its slot on the chart's axis: a wider label hid the next one.
  balance: { zh: '累计结余弥补', en: 'Covered by the balance' },
  county_self: { zh: `${w.county}自身原因`, en: "Counties' own shortfall" },
  city: { zh: `${w.city}本级分担`, en: 'City share' },
  county: { zh: `各${w.county}分担`, en: 'County shares' },
}));

/** The steps of a pool without counties (a city that has none, a unit the province runs): its own shortfall, then itself alone. */
const ALONE_STEP_LABEL = perLevelWords((w): Record<GapSharing['steps'][number]['key'], Label> => ({
  ...STEP_LABEL(w),
  county_self: { zh: '本级应缴未缴', en: 'Own shortfall' },
  city: { zh: '本级承担', en: 'Borne by itself' },
  county: { zh: `无下辖${w.county}`, en: 'No counties' },
}));

/** Exact yuan without the unit (the caption names it); the same digits in both languages. */
function yuan(d: Parameters<typeof formatYuan>[0]): string {
  return formatYuan(d).replace('元', '');
}

const TEXT = perLevelWords((w) => texts(
  {
    title: '基金缺口分担',
    none: (name: string) => `${name} 所属${w.city}年初至今均无基金缺口（0 个）。`,
    noCities: (name: string) => `${name} 的数据中没有${w.city}：缺口分担（由累计结余、${cityAndCounty(w, '与')}弥补）按${w.city}计算，此处不适用；${name} 本级的收支与缺口见上文。`,
    caption: '年初至今，元',
    city: w.city,
    fund: '基金',
    gap: '缺口',
    covered: '累计结余弥补',
    rest: '需分担',
    heading: (city: string, fund: string, year: number) => `${city} ${fund} ${year}年缺口分担`,
    chart: (title: string) => title,
    step: '步骤',
    amount: '金额（元）',
    formula: '计算',
    counties: `各${w.county}承担（元）`,
    county: w.county,
    self: '自身原因',
    share: '分担',
    total: '合计',
  },
  {
    title: 'Sharing fund gaps',
    none: (name: string) => `No city of ${name} has a fund gap year to date (0).`,
    noCities: (name: string) => `The data of ${name} holds no city: gap sharing (by the balance, the city and its counties) is worked out per city and does not apply here; ${name}'s own income, expenditure and gap are above.`,
    caption: 'Year to date, yuan',
    city: 'City',
    fund: 'Fund',
    gap: 'Gap',
    covered: 'Covered by the balance',
    rest: 'To be shared',
    heading: (city: string, fund: string, year: number) => `${city} ${fund}: sharing the ${year} gap`,
    chart: (title: string) => title,
    step: 'Step',
    amount: 'Amount (yuan)',
    formula: 'Calculation',
    counties: 'What each county carries (yuan)',
    county: 'County',
    self: 'Own shortfall',
    share: 'Share',
    total: 'Total',
  },
));

export function gapSection(ctx: SectionContext, n: number): string {
  const { m, lang } = ctx;
  const t = TEXT(m.words)[lang];
  const gaps = m.analysis.sharing.filter((g) => m.pools.has(g.cityCode) && g.gap.gt(0));
  const parts = [sectionOpen(n, 'gap', t.title, lang)];
  if (gaps.length === 0) {
    // Without any city in the data, "no city has a gap" would read as "no gap anywhere".
    const cities = m.analysis.regions.some((r) => r.level === 'city' && m.pools.has(r.code));
    parts.push(para(cities ? t.none(m.region.name) : t.noCities(m.region.name)));
    parts.push('</section>');
    return parts.join('\n');
  }
  parts.push(
    table({
      id: 'table-gaps',
      caption: t.caption,
      head: [{ text: t.city, column: 'name' }, { text: t.fund, column: 'fund' }, { text: t.gap, num: true }, { text: t.covered, num: true }, { text: t.rest, num: true }],
      rows: gaps.map((g) => ({
        region: g.cityCode,
        cells: [
          m.name(g.cityCode),
          FUND_LABEL[g.fund][lang],
          { text: yuan(g.gap), num: true, col: 'gap' },
          { text: yuan(g.coveredByBalance), num: true, col: 'covered-by-balance' },
          { text: yuan(g.rest), num: true, col: 'rest' },
        ],
      })),
    }),
  );
  let sub = 0;
  for (const g of gaps.filter((x) => x.rest.gt(0))) {
    const title = t.heading(m.name(g.cityCode), FUND_LABEL[g.fund][lang], g.year);
    parts.push(subheading(++sub, title, lang));
    const self = sum(g.countySelf.map((c) => c.amount));
    const shares = sum(g.countyShares.map((c) => c.amount));
    const steps = (g.figures.hasCounties ? STEP_LABEL : ALONE_STEP_LABEL)(m.words);
    const parts4: WaterfallPart[] = [
      { key: 'balance', label: steps.balance[lang], amount: g.coveredByBalance },
      { key: 'county_self', label: steps.county_self[lang], amount: self },
      { key: 'city', label: steps.city[lang], amount: g.cityShare },
      { key: 'county', label: steps.county[lang], amount: shares },
    ];
    const data = toSharingJson(g);
    const stepLines = sharingStepLines(g, m.name, lang, m.words);
    parts.push(figure(ctx, `gap-${g.cityCode}-${g.fund}`, t.chart(title), buildGapWaterfallOption({ gap: g.gap, parts: parts4 }, ctx.lang), data, 320));
    parts.push(
      table({
        id: `table-gap-steps-${g.cityCode}-${g.fund}`,
        head: [t.step, { text: t.amount, num: true }, t.formula],
        // The rule in words, money in one unit per sentence and regions by name (sharingStepLines);
        // the amount column stays exact to the fen.
        rows: g.steps.map((s, i) => ({
          cells: [steps[s.key][lang], { text: yuan(s.amount), num: true, col: s.key }, stepLines[i]?.text ?? ''],
        })),
      }),
    );
    // A city without counties has no one to list: its share is the whole rest (the steps say so).
    if (g.countyShares.length === 0) continue;
    parts.push(
      table({
        id: `table-gap-counties-${g.cityCode}-${g.fund}`,
        caption: t.counties,
        head: [{ text: t.county, column: 'name' }, { text: t.self, num: true }, { text: t.share, num: true }, { text: t.total, num: true }],
        rows: [
          ...g.countyShares.map((c) => {
            const own = g.countySelf.find((x) => x.regionCode === c.regionCode)?.amount ?? c.amount.minus(c.amount);
            return {
              region: c.regionCode,
              cells: [m.name(c.regionCode), { text: yuan(own), num: true, col: 'self' }, { text: yuan(c.amount), num: true, col: 'share' }, { text: yuan(own.plus(c.amount)), num: true }],
            };
          }),
          { total: true, cells: [t.total, { text: yuan(self), num: true }, { text: yuan(shares), num: true }, { text: yuan(self.plus(shares)), num: true }] },
        ],
      }),
    );
  }
  parts.push('</section>');
  return parts.join('\n');
}
