// Pieces every alert sentence shares, in both languages. Region names are
// user data and go in as plain text (as loaded, in either language): alerts
// are strings, never HTML, so the page escapes them.
import type { BoundKey, Classification } from '../policy/bands';
import { FUND_LABEL, SEVERITY_LABEL } from '../labels';
import type { Lang } from '../lang';
import { formatWan, type Decimal } from '../money';
import type { Fund, RegionCode } from '../types';

export type RegionName = (code: RegionCode) => string;

const COMPARISON: Record<Lang, Record<BoundKey, string>> = {
  zh: { lt: '低于', lte: '不高于', gt: '高于', gte: '不低于' },
  en: { lt: 'below', lte: 'at or below', gt: 'above', gte: 'at or above' },
};

/** "低于" / "below" when the value lies below the threshold bound, "不低于" / "at or above" at or above an inclusive lower bound, etc. */
export function comparison(c: Classification, lang: Lang = 'zh'): string {
  return COMPARISON[lang][c.bound];
}

/** "（红色）" / " (red)" */
export function severityNote(c: Classification, lang: Lang = 'zh'): string {
  return lang === 'en' ? ` (${SEVERITY_LABEL[c.severity].en.toLowerCase()})` : `（${SEVERITY_LABEL[c.severity].zh}）`;
}

/** "乌兰察布市 城乡居民医保基金" / "乌兰察布市 resident basic medical insurance fund" (the region name stays as loaded). */
export function subject(regionName: RegionName, regionCode: RegionCode, fund: Fund, lang: Lang = 'zh'): string {
  return lang === 'en' ? `${regionName(regionCode)} ${fundNoun(fund)}` : `${regionName(regionCode)} ${FUND_LABEL[fund].zh}`;
}

/** The fund's English name inside a sentence ("resident basic medical insurance fund"). */
export function fundNoun(fund: Fund): string {
  const en = FUND_LABEL[fund].en;
  return en.charAt(0).toLowerCase() + en.slice(1);
}

/** Money in English sentences: million yuan at the precision of 万元 with two decimals. */
export function wanEn(d: Decimal): string {
  return formatWan(d, 2, 'en');
}
