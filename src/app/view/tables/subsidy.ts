// 补助测算's tables, defined once for the screen and the export
// (view/table.ts): who pays the resident fiscal subsidy of each region, and
// the recipients' enrollment subsidies due against paid (screen only). The
// region itself comes last, as the total of its children (the spec's total row).
import { CATEGORY_LABEL } from '../../../domain/labels';
import { texts, type Lang } from '../../../domain/lang';
import { cityAndCounty, type LevelWords } from '../../../domain/levelWords';
import { formatCount, formatNumber } from '../../../domain/money';
import type { RegionCode, SubsidyDemandRow, SubsidySplitRow } from '../../../domain/types';
import { tableSpec, type Column, type TableSpec } from '../table';

const TEXT = texts(
  {
    regionCode: '区划代码',
    region: '地区',
    totalRow: (name: string) => `${name}（合计）`,
    tier: '地区类别',
    tierOf: (tier: string) => `${tier} 类`,
    insured: '参保人数',
    insuredExport: '参保人数',
    perCapita: '人均补助',
    total: '补助总额',
    central: '中央',
    province: (w: LevelWords) => w.province,
    cityCounty: (w: LevelWords) => cityAndCounty(w, '+'),
    persons: (persons: string, standard: string) => `${persons} 人 × ${standard} 元`,
    demandTotal: '应资助合计',
    paid: '实际资助',
    gap: '差额',
  },
  {
    regionCode: 'Region code',
    region: 'Region',
    totalRow: (name: string) => `${name} (total)`,
    tier: 'Tier',
    tierOf: (tier: string) => `Tier ${tier}`,
    insured: 'Insured',
    insuredExport: 'Insured persons',
    perCapita: 'Per capita',
    total: 'Total subsidy',
    central: 'Central',
    province: () => 'Province',
    cityCounty: () => 'City + county',
    persons: (persons: string, standard: string) => `${persons} persons × ${standard} yuan`,
    demandTotal: 'Total due',
    paid: 'Paid',
    gap: 'Difference',
  },
);

/** The row's name on screen: the region itself reads as the total. */
function rowName(name: (code: RegionCode) => string, total: RegionCode, lang: Lang) {
  return (code: RegionCode): string => (code === total ? TEXT[lang].totalRow(name(code)) : name(code));
}

/** 财政补助分担: exact yuan in the export; the parts add up to the total. */
export function subsidySplitSpec(
  rows: readonly SubsidySplitRow[],
  total: RegionCode,
  name: (code: RegionCode) => string,
  lang: Lang,
  words: LevelWords,
): TableSpec<SubsidySplitRow> {
  const t = TEXT[lang];
  const shownName = rowName(name, total, lang);
  return tableSpec(rows, (r) => r.regionCode, [
    { key: 'region_code', head: t.regionCode, kind: 'text', only: 'export', value: (r) => r.regionCode },
    { key: 'shown_name', head: t.region, kind: 'text', only: 'screen', rowHeader: {}, value: (r) => shownName(r.regionCode) },
    { key: 'name', head: t.region, kind: 'text', only: 'export', value: (r) => name(r.regionCode) },
    { key: 'tier', head: t.tier, kind: 'number', value: (r) => r.tier, shown: (tier) => t.tierOf(tier.toString()) },
    { key: 'insured', head: t.insured, exportHead: t.insuredExport, kind: 'count', value: (r) => r.insured },
    { key: 'per_capita', head: t.perCapita, kind: 'money', only: 'export', value: (r) => r.perCapita },
    // The three shares add up to the total: one unit for the four, so they add up by eye too.
    { key: 'total', head: t.total, kind: 'money', unitGroup: 'split', value: (r) => r.split.total },
    { key: 'central', head: t.central, kind: 'money', unitGroup: 'split', value: (r) => r.split.central },
    { key: 'province', head: t.province(words), kind: 'money', unitGroup: 'split', value: (r) => r.split.province },
    { key: 'city_county', head: t.cityCounty(words), kind: 'money', unitGroup: 'split', value: (r) => r.split.cityCounty },
  ], (r) => r.regionCode === total);
}

/** 应资助与实际资助: each category's amount due (persons × standard on hover), the total due, paid, and the difference. */
export function subsidyDemandSpec(rows: readonly SubsidyDemandRow[], total: SubsidyDemandRow, name: (code: RegionCode) => string, lang: Lang): TableSpec<SubsidyDemandRow> {
  const t = TEXT[lang];
  const shownName = rowName(name, total.regionCode, lang);
  const categories = total.demand.byCategory.map(
    ({ category }): Column<SubsidyDemandRow> => ({
      key: `category_${category}`,
      head: CATEGORY_LABEL[category][lang],
      kind: 'money',
      value: (r) => r.demand.byCategory.find((c) => c.category === category)?.amount ?? null,
      hover: (r) => {
        const c = r.demand.byCategory.find((x) => x.category === category);
        return c ? t.persons(formatCount(c.persons), formatNumber(c.standard, 2)) : '';
      },
    }),
  );
  return tableSpec(rows, (r) => r.regionCode, [
    { key: 'name', head: t.region, kind: 'text', rowHeader: {}, value: (r) => shownName(r.regionCode) },
    ...categories,
    // One unit for the table (domain tableMoneyUnits), chosen from the cities (the total row reads in it), so a row
    // reads across: in English 2.14 million beside 10.40 thousand read before. Due and paid stay a group: where a
    // category or the difference keeps a unit of its own (a shortfall of a few yuan would read 0.00 in the
    // table's), the two compared side by side still share one.
    { key: 'demand', head: t.demandTotal, kind: 'money', unitGroup: 'due', value: (r) => r.demand.total },
    { key: 'paid', head: t.paid, kind: 'money', unitGroup: 'due', value: (r) => r.paid },
    { key: 'gap', head: t.gap, kind: 'money', value: (r) => r.demand.total.minus(r.paid) },
  ], (r) => r.regionCode === total.regionCode);
}
