// The sharing page's rule line: how a pool's gap is covered, in the dataset's
// level words. A pool with counties shares what is left between itself (the
// city ratio) and its counties; a pool without counties (东莞市, 中山市, 儋州市,
// a unit the province runs such as 五指山市) shares with no one: it bears the
// rest itself, so its line quotes no ratio and no county split (the stop-44
// sweep: 东莞市's line said the county part "在各县区间分摊", among counties it has none of).
import { texts, type Lang } from '../../domain/lang';
import { perLevelWords } from '../../domain/levelWords';
import { Dec } from '../../domain/money';
import type { SharingRule } from '../../domain/policy/policy';

/** The rule in three runs: before the ratio, the ratio (shown bold; null where none applies), after it. */
export interface SharingRuleText {
  readonly before: string;
  readonly ratio: string | null;
  readonly after: string;
}

const TEXT = perLevelWords((w) => texts(
  {
    own: (own: boolean) => `分担规则${own ? `（该${w.city}自定）` : `（${w.whole}默认）`}：`,
    // The space after 其余 is what the page has always shown (a line break in the old JSX).
    before: `剩余缺口先由累计结余弥补，${w.county}自身原因造成的缺口由该${w.county}全额承担，其余由${w.city}本级承担 `,
    after: (basis: string) => `，${w.county}部分${basis}在各${w.county}间分摊（最大余数法取整到分）。`,
    alone: `剩余缺口先由累计结余弥补，本级应缴未缴部分由本级补足，其余全部由本级承担：无下辖${w.county}，不与${w.county}分担（${w.city}本级承担比例不适用）。`,
  },
  {
    own: (own: boolean) => `Sharing rule${own ? ' (set by this city)' : ' (provincial default)'}: `,
    before:
      'the remaining gap is first covered by the accumulated balance; a gap a county caused itself is borne in full by that county; of the rest the city bears ',
    after: (basis: string) => `, and the counties' part is split among the counties ${basis} (largest remainder, to the fen).`,
    alone:
      'the remaining gap is first covered by the accumulated balance; its own shortfall (due but unpaid) it makes up itself, and it bears all the rest itself: it has no counties to share with (the city ratio does not apply).',
  },
));

/**
 * The rule line of a pool: `own` where the pool has a rule of its own, `basis`
 * the county basis as the page says it (BASIS_LABEL), `hasCounties` whether
 * the pool has counties to share with.
 */
export function sharingRuleText(rule: Pick<SharingRule, 'city_ratio'>, basis: string, own: boolean, hasCounties: boolean, words: Parameters<typeof TEXT>[0], lang: Lang): SharingRuleText {
  const t = TEXT(words)[lang];
  if (!hasCounties) return { before: `${t.own(own)}${t.alone}`, ratio: null, after: '' };
  return { before: `${t.own(own)}${t.before}`, ratio: `${new Dec(rule.city_ratio).times(100).toString()}%`, after: t.after(basis) };
}

export type SharingStepKey = 'gap' | 'balance' | 'county_self' | 'city' | 'county';

const STEP_NAME = perLevelWords((w): Record<Lang, Record<SharingStepKey, string>> => ({
  zh: { gap: '缺口', balance: '累计结余弥补', county_self: `${w.county}自身原因缺口（全额自补）`, city: `${w.city}本级承担`, county: `${w.county}分担` },
  en: { gap: 'Gap', balance: 'Accumulated balance', county_self: 'Self-caused (county pays)', city: 'City share', county: 'County share' },
}));

/** A pool without counties: its own shortfall, then itself alone, as the report's steps say it (gap.ts). */
const ALONE_STEP_NAME = perLevelWords((w): Record<Lang, Record<SharingStepKey, string>> => ({
  zh: { ...STEP_NAME(w).zh, county_self: '本级应缴未缴', city: '本级承担', county: `无下辖${w.county}` },
  en: { ...STEP_NAME(w).en, county_self: 'Own shortfall', city: 'Borne by itself', county: 'No counties' },
}));

/** The names of the sharing steps (the table's and the steps' heads): a pool without counties has no county steps. */
export function sharingStepNames(words: Parameters<typeof STEP_NAME>[0], lang: Lang, hasCounties: boolean): Record<SharingStepKey, string> {
  return (hasCounties ? STEP_NAME : ALONE_STEP_NAME)(words)[lang];
}
