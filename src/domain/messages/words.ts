// What both catalogues need to word a message the same way: a money unit's
// powers of ten, a size in megabytes, the names of funds and severities.
import type { Label } from '../lang';
import LABELS from '../labels.json';
import type { Fund, Severity } from '../vocabulary';
import type { UnitName } from './codes';

// The names are data (labels.json, with the other codes' names); labels.ts re-exports these two.
export const FUND_LABEL: Readonly<Record<Fund, Label>> = LABELS.fund;

/** A fund as the data names it (assistance, resident) in the reader's words; any other text as it is. */
export function fundWord(fund: string, lang: 'zh' | 'en'): string {
  return (FUND_LABEL as Readonly<Record<string, Label | undefined>>)[fund]?.[lang] ?? fund;
}

/**
 * Where superior money comes from (中央 / 省级): the source levels' own words,
 * so that a province that is not an autonomous region (湖南省) does not read
 * 自治区资金; 省级 is the national word for every provincial level.
 */
export const ORIGIN_LEVEL_LABEL: Readonly<Record<'central' | 'province', Label>> = { central: LABELS.sourceLevel.central, province: LABELS.sourceLevel.province };

/** The fund's English name inside a sentence ("resident basic medical insurance fund"). */
export function fundNoun(fund: Fund): string {
  const en = FUND_LABEL[fund].en;
  return en.charAt(0).toLowerCase() + en.slice(1);
}

export const SEVERITY_LABEL: Readonly<Record<Severity, Label>> = LABELS.severity;

/** Fund flow items by code (资助参保, 利息收入…); `other` as its income name. */
export const ITEM_LABEL: Readonly<Record<string, Label>> = { ...LABELS.expenditureItem, ...LABELS.incomeItem };

/** The factor method's two pots (医疗救助补助资金 / 疾病应急救助补助资金). */
export const POT_LABEL: Readonly<Record<'assistance' | 'emergency', Label>> = LABELS.pot;

/** Powers of ten from the unit to the yuan. */
export const UNIT_DIGITS: Readonly<Record<UnitName, 0 | 4 | 8>> = { 元: 0, 万元: 4, 亿元: 8 };

/** A whole number of bytes as whole megabytes, half up, in integer arithmetic: `64 MB`. */
export function mib(bytes: number): string {
  const mb = 2n ** 20n;
  return `${(BigInt(bytes - (bytes % 1)) + mb / 2n) / mb} MB`;
}

/**
 * `bytes` in MB, or to the byte when `other` — the size it is set against —
 * would read the same in MB (a part of 512 MiB over a limit 24 bytes under it).
 */
export function mibBeside(bytes: number, other: number): string {
  return mib(bytes) === mib(other) ? `${grouped(bytes)} B` : mib(bytes);
}

/** A count with thousands separators, the same in both languages: `1,001`. */
export function grouped(n: number): string {
  return n.toLocaleString('en-US');
}

/** `s` for a count other than one. */
export function plural(n: number): string {
  return n === 1 ? '' : 's';
}
