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
import type { Label } from './lang';
import type { Pot } from './allocateByFactors';
import type { TransferKind } from './inputTypes';
import LABELS from './labels.json';

export type { Label } from './lang';

// The funds' and severities' names live with the message catalogues, which say them inside alert sentences.
export { FUND_LABEL, SEVERITY_LABEL } from './messages/words';

/** A superior transfer document's kind (transfers.csv `kind`). */
export const TRANSFER_KIND_LABEL: Record<TransferKind, Label> = LABELS.transferKind;

export const CATEGORY_LABEL: Record<Category, Label> = LABELS.category;

/** Where income comes from. Inner Mongolia's 自治区 is shown as the generic 省级. */
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

/** An administrative level reads as the source level of the same name. */
export const LEVEL_LABEL: Record<Level, Label> = {
  province: SOURCE_LEVEL_LABEL.province,
  city: SOURCE_LEVEL_LABEL.city,
  county: SOURCE_LEVEL_LABEL.county,
};

/** The two subsidy pots the province allocates to cities by the factor method. */
export const POT_LABEL: Record<Pot, Label> = LABELS.pot;
