// Pieces every alert sentence shares. Region names are user data and go in
// as plain text: alerts are strings, never HTML, so the page escapes them.
import type { BoundKey, Classification } from '../bands';
import { FUND_LABEL, SEVERITY_LABEL } from '../labels';
import type { Fund, RegionCode } from '../types';

export type RegionName = (code: RegionCode) => string;

const COMPARISON: Record<BoundKey, string> = {
  lt: '低于',
  lte: '不高于',
  gt: '高于',
  gte: '不低于',
};

/** "低于" when the value lies below the threshold bound, "不低于" at or above an inclusive lower bound, etc. */
export function comparison(c: Classification): string {
  return COMPARISON[c.bound];
}

/** "（红色）" */
export function severityNote(c: Classification): string {
  return `（${SEVERITY_LABEL[c.severity].zh}）`;
}

/** "乌兰察布市 城乡居民医保基金" */
export function subject(regionName: RegionName, regionCode: RegionCode, fund: Fund): string {
  return `${regionName(regionCode)} ${FUND_LABEL[fund].zh}`;
}
