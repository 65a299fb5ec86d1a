// The gap-sharing steps said in words a reader knows: the rule in one line,
// money in one unit for all the steps and the gap they share out (a reader
// follows the gap from step to step: 1,796.06万元, then 0.18亿元, then
// 565.07万元 read as three sizes), regions by name. The domain (shareGap) gives the figures and codes; this is
// where they become sentences, in either language.
import { type Lang } from '../domain/lang';
import type { LevelWords } from '../domain/levelWords';
import { Dec, type Decimal } from '../domain/money';
import { moneyWithUnitShown, headlinePartsMoneyUnit, type MoneyUnit } from '../domain/moneyUnit';
import type { GapSharing, GapStepKey, RegionAmount } from '../domain/shareGap';

export interface StepLine {
  key: GapStepKey;
  text: string;
}

function percent(ratio: Decimal): string {
  return `${new Dec(ratio).times(100).toString()}%`;
}

/**
 * The one unit of a city's sharing: its gap, the steps and the parts, in the
 * gap's own unit (headlinePartsMoneyUnit: a county's share that is not zero
 * still reads with two digits, so 1.48万元 beside a 2.88亿元 gap brings 万元).
 */
export function sharingMoneyUnit(s: GapSharing, lang: Lang): MoneyUnit {
  return headlinePartsMoneyUnit(s.gap, sharingAmounts(s), lang);
}

/** Every amount a city's sharing says: the flows, the gap, each step and part. */
export function sharingAmounts(s: GapSharing): (Decimal | null)[] {
  const f = s.figures;
  return [
    f.expenditure,
    f.income,
    s.gap,
    s.coveredByBalance,
    s.rest,
    f.openingBalance,
    f.shortfallTotal,
    s.restAfterSelf,
    f.ratioShare,
    s.cityShare,
    f.countiesPart,
    ...s.countySelf.map((r) => r.amount),
    ...s.countyShares.map((r) => r.amount),
  ];
}

/**
 * One sentence per waterfall step. `name` turns a region code into its name; `w` names the levels in
 * Chinese; `unit` is the page's where the page chose one for all its money (the gap-sharing page).
 */
export function sharingStepLines(s: GapSharing, name: (code: string) => string, lang: Lang, w: LevelWords, unit: MoneyUnit = sharingMoneyUnit(s, lang)): StepLine[] {
  const f = s.figures;
  const zh = lang === 'zh';
  /** Money in the sharing's unit; a share that is not zero never reads 0.00. */
  const m = (d: Decimal): string => moneyWithUnitShown(d, unit);
  const list = (rows: readonly RegionAmount[], m: (d: Decimal) => string): string =>
    rows.map((r) => `${name(r.regionCode)} ${m(r.amount)}`).join(zh ? '、' : ', ');

  const lines: StepLine[] = [];

  {
    lines.push({
      key: 'gap',
      text: zh
        ? `支出 ${m(f.expenditure)} − 收入 ${m(f.income)}，缺口 ${m(s.gap)}（无赤字则为零）`
        : `Expenditure ${m(f.expenditure)} − income ${m(f.income)}: a gap of ${m(s.gap)} (zero without a deficit)`,
    });
  }
  {
    const opening = f.openingBalance === null ? (zh ? '未知，按 0 计' : 'unknown, taken as 0') : m(f.openingBalance);
    lines.push({
      key: 'balance',
      text: zh
        ? `累计结余 ${m(s.coveredByBalance)} 先行弥补（年初累计结余 ${opening}），剩余缺口 ${m(s.rest)}`
        : `The accumulated balance covers ${m(s.coveredByBalance)} first (opening balance ${opening}); ${m(s.rest)} of the gap remains`,
    });
  }
  {
    const selfTotal = s.rest.minus(s.restAfterSelf);
    const paying = s.countySelf.filter((r) => r.amount.gt(0));
    const who = paying.length === 0 ? '' : zh ? `：${list(paying, m)}` : `: ${list(paying, m)}`;
    const how = f.selfProportional
      ? zh
        ? `应缴未缴合计 ${m(f.shortfallTotal)} 超过剩余缺口，按应缴未缴额比例承担 ${m(selfTotal)}`
        : `Counties' shortfalls (due but unpaid) of ${m(f.shortfallTotal)} exceed the remaining gap: they bear ${m(selfTotal)} in proportion to them`
      : zh
        ? `${w.county}自身原因（应缴未缴）${m(selfTotal)} 由该${w.county}全额补足`
        : `Counties make up their own shortfall (due but unpaid) of ${m(selfTotal)} in full`;
    // The balance covered the whole gap: "shortfalls exceed the remaining gap, they bear 0.00 in proportion" read as a
    // share worked out; nothing is left to share (an English walk).
    const covered = s.rest.isZero() && s.gap.gt(0);
    lines.push({
      key: 'county_self',
      text: covered
        ? zh
          ? '累计结余已弥补全部缺口，无需分担'
          : 'The balance covers the whole gap: nothing is left to share'
        : !f.hasCounties
        ? selfTotal.gt(0)
          ? zh
            ? `无下辖${w.county}，本级应缴未缴 ${m(f.shortfallTotal)} 先由本级补足 ${m(selfTotal)}；余 ${m(s.restAfterSelf)} 由本级承担`
            : `No counties: its own shortfall (due but unpaid) of ${m(f.shortfallTotal)} makes up ${m(selfTotal)} first; it bears the remaining ${m(s.restAfterSelf)} itself`
          : zh
            ? `无下辖${w.county}，无应缴未缴；余 ${m(s.restAfterSelf)} 由本级承担`
            : `No counties and no shortfall of its own; it bears the remaining ${m(s.restAfterSelf)} itself`
        : zh
          ? `${how}${who}；余 ${m(s.restAfterSelf)} 由${w.city}与${w.county}分担`
          : `${how}${who}; ${m(s.restAfterSelf)} is left for the city and its counties to share`,
    });
  }
  {
    const base = zh
      ? `${w.city}本级承担 ${m(s.restAfterSelf)} × ${percent(f.cityRatio)} = ${m(f.ratioShare)}`
      : `The city bears ${m(s.restAfterSelf)} × ${percent(f.cityRatio)} = ${m(f.ratioShare)}`;
    // A pool without counties shares with no one: the city ratio splits nothing, so it is not quoted (a 50% and a
    // "county part" it bears as well read as a split that never happens).
    const alone = zh ? `无下辖${w.county}，余 ${m(s.restAfterSelf)} 全部由本级承担` : `With no counties, it bears all of the remaining ${m(s.restAfterSelf)} itself`;
    lines.push({ key: 'city', text: f.hasCounties ? base : alone });
  }
  {
    const basis =
      f.countyBasis === 'insured' ? (zh ? '参保人数' : 'insured persons') : zh ? '本年累计支出' : 'expenditure this year';
    const how = f.basisAllZero
      ? zh
        ? `各${w.county}${basis}均为零，平均分摊`
        : `every county's ${basis} is zero, so split equally`
      : zh
        ? `按各${w.county}${basis}比例分摊`
        : `split in proportion to each county's ${basis}`;
    lines.push({
      key: 'county',
      text: !f.hasCounties
        ? zh
          ? `无下辖${w.county}，${w.county}分担为零`
          : 'No counties: nothing for counties to share'
        : zh
          ? `各${w.county}分担 ${m(f.countiesPart)}，${how}（取整到分）：${list(s.countyShares, m)}`
          : `Counties share ${m(f.countiesPart)}, ${how} (to the fen): ${list(s.countyShares, m)}`,
    });
  }
  return lines;
}
