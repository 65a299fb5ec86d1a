// What the report page needs besides the numbers: which regions a report can
// be about, which quarters it compares with, and what the file is called —
// the same choices `npm run report` makes, so both give the same document.
import type { Lang } from '../../domain/lang';
import { previousQuarter, quarterLabel, sameQuarterLastYear } from '../../domain/quarter';
import type { Quarter, Region, RegionCode } from '../../domain/types';
import { sampleDatasetLabel } from '../../report/report';
import { safeFileName } from '../data/download';
import type { RegionTree } from './regionTree';

/** The province and its cities: the levels 季度形势分析 is written for. */
export function reportRegions(tree: RegionTree): Region[] {
  return tree.root === null ? [] : [tree.root, ...tree.childrenOf(tree.root.code)];
}

/** The report region for the region on screen: itself when offered, else its city, else the top. */
export function reportRegionFor(tree: RegionTree, regionCode: RegionCode): RegionCode | null {
  const offered = new Set(reportRegions(tree).map((r) => r.code));
  if (offered.has(regionCode)) return regionCode;
  const city = tree.pathTo(regionCode).find((r) => offered.has(r.code) && r.code !== tree.root?.code);
  return city?.code ?? tree.root?.code ?? null;
}

export interface Comparisons {
  previous: Quarter | null;
  lastYear: Quarter | null;
}

/** The quarters the report compares with, when the data reach back that far (as the CLI does). */
export function comparisonQuarters(quarter: Quarter, quarters: readonly Quarter[]): Comparisons {
  const previous = previousQuarter(quarter);
  const lastYear = sameQuarterLastYear(quarter);
  return { previous: quarters.includes(previous) ? previous : null, lastYear: quarters.includes(lastYear) ? lastYear : null };
}

/**
 * What the report is, in its language: `内蒙古自治区_2024年第4季度_形势分析.html`,
 * `内蒙古自治区_2024_Q4_situation-analysis.html` — by name as every export is, the two languages apart.
 */
export function reportFileName(regionName: string, quarter: Quarter, lang: Lang): string {
  const what = lang === 'en' ? 'situation-analysis' : '形势分析';
  return `${safeFileName(`${regionName}_${quarterLabel(quarter, lang)}_${what}`)}.html`;
}

/** Where the data came from, as the report states it; the built-in sample is marked 示例数据 / Sample data like the CLI marks data/sample. */
export function reportDatasetLabel(name: string, isSample: boolean, lang: Lang = 'zh'): string {
  return isSample ? sampleDatasetLabel(name, lang) : name;
}
