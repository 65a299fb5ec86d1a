// Display names of the domain's codes, Chinese first (the product's
// language) and English for the CLI and for readers without Chinese. The
// names are data (labels.json, one table a code list); each table is typed
// here against its code list, so a code without a name does not compile.
import type {
  Category,
  Direction,
  ExpenditureItem,
  IncomeItem,
  Level,
  RuleId,
  SourceLevel,
} from './types';
import type { Label, Lang } from './lang';
import type { LevelWords } from './levelWords';
import type { Pot } from './allocateByFactors';
import type { TransferKind } from './inputTypes';
import LABELS from './labels.json';

export type { Label } from './lang';

// The funds' and severities' names live with the message catalogues, which say them inside alert sentences.
export { FUND_LABEL, SEVERITY_LABEL } from './messages/words';

/** A superior transfer document's kind (transfers.csv `kind`). */
export const TRANSFER_KIND_LABEL: Record<TransferKind, Label> = LABELS.transferKind;

export const CATEGORY_LABEL: Record<Category, Label> = LABELS.category;

/** Where income comes from, in the national words (省级, 市级, 县级); a dataset's own words come from `levelName`. */
export const SOURCE_LEVEL_LABEL: Record<SourceLevel, Label> = LABELS.sourceLevel;

/** Where superior money comes from (中央 / 省级); kept with the messages, which say it too. */
export { ORIGIN_LEVEL_LABEL } from './messages/words';

export const INCOME_ITEM_LABEL: Record<IncomeItem, Label> = LABELS.incomeItem;

export const EXPENDITURE_ITEM_LABEL: Record<ExpenditureItem, Label> = LABELS.expenditureItem;

/** Both item lists in one table; `other` exists on both sides and reads 其他. */
export const ITEM_LABEL: Record<IncomeItem | ExpenditureItem, Label> = {
  ...INCOME_ITEM_LABEL,
  ...EXPENDITURE_ITEM_LABEL,
  other: { zh: '其他', en: 'Other' },
};

export const DIRECTION_LABEL: Record<Direction, Label> = LABELS.direction;

export const RULE_LABEL: Record<RuleId, Label> = LABELS.rule;

/**
 * A level — where money comes from, or a region's rank — as the dataset's
 * province says it: 中央 · 自治区 · 盟市级 · 旗县级 in Inner Mongolia, 省级 ·
 * 市级 · 县级 in a province (levelWords). English says Province, City, County
 * everywhere; individuals and other as their labels.
 */
export function levelName(level: SourceLevel | Level, lang: Lang, words: LevelWords): string {
  if (lang === 'zh') {
    if (level === 'province') return words.province;
    if (level === 'city') return words.cityLevel;
    if (level === 'county') return words.countyLevel;
  }
  return SOURCE_LEVEL_LABEL[level][lang];
}

/** The two subsidy pots the province allocates to cities by the factor method. */
export const POT_LABEL: Record<Pot, Label> = LABELS.pot;
