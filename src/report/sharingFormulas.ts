// The gap-sharing steps as exact formulas, to the fen: what the sharing
// page shows on hover for whoever checks the arithmetic (the sentences in a
// reader's unit are sharingSteps.ts). The domain (shareGap) gives only the
// figures and codes; the words are here, in either language.
import type { Lang } from '../domain/lang';
import type { LevelWords } from '../domain/levelWords';
import { moneyString, type Decimal } from '../domain/money';
import type { GapSharing, GapStepKey, RegionAmount } from '../domain/shareGap';
import type { SharingRule } from '../domain/policy/types';

export interface FormulaLine {
  key: GapStepKey;
  text: string;
}

const BASIS: Record<SharingRule['county_basis'], { zh: string; en: string }> = {
  expenditure: { zh: '本年累计支出', en: 'expenditure this year' },
  insured: { zh: '参保人数', en: 'insured persons' },
};

function percent(ratio: Decimal): string {
  return `${ratio.times(100).toString()}%`;
}

/**
 * One formula per waterfall step, in the steps' order. `region` writes a region
 * code (its name and code on the page); `w` names the levels in Chinese.
 */
export function sharingFormulaLines(s: GapSharing, region: (code: string) => string, lang: Lang, w: LevelWords): FormulaLine[] {
  const f = s.figures;
  const y = moneyString;
  const list = (rows: readonly RegionAmount[]): string => rows.map((r) => `${region(r.regionCode)} ${y(r.amount)}`).join(lang === 'en' ? ', ' : '、');
  const selfTotal = s.rest.minus(s.restAfterSelf);
  const paying = s.countySelf.filter((r) => r.amount.gt(0));
  const basis = BASIS[f.countyBasis][lang];
  if (lang === 'en') {
    const opening = f.openingBalance === null ? 'unknown, taken as 0' : y(f.openingBalance);
    const self = f.selfProportional
      ? `counties' own shortfall (due but unpaid) in total ${y(f.shortfallTotal)} > gap remaining ${y(s.rest)}, the remaining gap split in proportion to each county's shortfall`
      : `counties' own shortfall (due but unpaid) in total ${y(f.shortfallTotal)} ≤ gap remaining ${y(s.rest)}, made up in full by each county`;
    const how = f.basisAllZero ? `every county's ${basis} is zero, split equally` : `split in proportion to each county's ${basis}`;
    return [
      { key: 'gap', text: `gap = max(0, expenditure ${y(f.expenditure)} − income ${y(f.income)}) = ${y(s.gap)} yuan` },
      { key: 'balance', text: `covered by the accumulated balance = min(gap ${y(s.gap)}, max(0, opening balance ${opening})) = ${y(s.coveredByBalance)} yuan, gap remaining ${y(s.rest)} yuan` },
      {
        key: 'county_self',
        text: f.hasCounties
          ? `${self}${paying.length > 0 ? `: ${list(paying)}` : ''}; total ${y(selfTotal)} yuan, ${y(s.restAfterSelf)} yuan left for the city and its counties to share`
          : selfTotal.gt(0)
            ? `own shortfall (due but unpaid, no counties) = min(${y(f.shortfallTotal)}, gap remaining ${y(s.rest)}) = ${y(selfTotal)} yuan; ${y(s.restAfterSelf)} yuan left for itself`
            : `own shortfall = 0.00 yuan (no counties); ${y(s.restAfterSelf)} yuan left for itself`,
      },
      {
        key: 'city',
        text: f.hasCounties
          ? `city share = ${y(s.restAfterSelf)} × city ratio ${percent(f.cityRatio)} = ${y(f.ratioShare)} yuan`
          : `borne by itself = the remaining ${y(s.restAfterSelf)} yuan (no counties, no ratio applied), ${y(s.cityShare)} yuan in total`,
      },
      {
        key: 'county',
        text: f.hasCounties
          ? `county shares = ${y(s.restAfterSelf)} − ${y(f.ratioShare)} = ${y(f.countiesPart)} yuan, ${how}: ${list(s.countyShares)}`
          : 'county shares = 0.00 yuan (no counties)',
      },
    ];
  }
  const opening = f.openingBalance === null ? '未知，按 0 计' : y(f.openingBalance);
  const self = f.selfProportional
    ? `${w.county}自身原因缺口（应缴未缴）合计 ${y(f.shortfallTotal)} > 剩余缺口 ${y(s.rest)}，剩余缺口按应缴未缴额比例分摊`
    : `${w.county}自身原因缺口（应缴未缴）合计 ${y(f.shortfallTotal)} ≤ 剩余缺口 ${y(s.rest)}，由各${w.county}全额补足`;
  const how = f.basisAllZero ? `各${w.county}${basis}均为零，平均分摊` : `按各${w.county}${basis}比例分摊`;
  return [
    { key: 'gap', text: `缺口 = max(0, 支出 ${y(f.expenditure)} − 收入 ${y(f.income)}) = ${y(s.gap)} 元` },
    { key: 'balance', text: `累计结余弥补 = min(缺口 ${y(s.gap)}, max(0, 年初累计结余 ${opening})) = ${y(s.coveredByBalance)} 元，剩余缺口 ${y(s.rest)} 元` },
    {
      key: 'county_self',
      text: f.hasCounties
        ? `${self}${paying.length > 0 ? `：${list(paying)}` : ''}；合计 ${y(selfTotal)} 元，余 ${y(s.restAfterSelf)} 元由${w.city}与${w.county}分担`
        : selfTotal.gt(0)
          ? `本级自身原因缺口（应缴未缴，无下辖${w.county}）= min(${y(f.shortfallTotal)}, 剩余缺口 ${y(s.rest)}) = ${y(selfTotal)} 元；余 ${y(s.restAfterSelf)} 元由本级承担`
          : `本级自身原因缺口 = 0.00 元（无下辖${w.county}）；余 ${y(s.restAfterSelf)} 元由本级承担`,
    },
    {
      key: 'city',
      // Without counties the ratio splits nothing (sharingSteps.ts says it the same way).
      text: f.hasCounties
        ? `${w.city}承担 = ${y(s.restAfterSelf)} × ${w.city}分担比例 ${percent(f.cityRatio)} = ${y(f.ratioShare)} 元`
        : `本级承担 = 余下的 ${y(s.restAfterSelf)} 元（无下辖${w.county}，不按比例分担），合计 ${y(s.cityShare)} 元`,
    },
    {
      key: 'county',
      text: f.hasCounties
        ? `${w.county}分担 = ${y(s.restAfterSelf)} − ${y(f.ratioShare)} = ${y(f.countiesPart)} 元，${how}：${list(s.countyShares)}`
        : `${w.county}分担 = 0.00 元（无下辖${w.county}）`,
    },
  ];
}
