// Display names of the domain's codes, Chinese first (the product's
// language) and English for the CLI and for readers without Chinese.
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

export type { Label } from './lang';

// The funds' and severities' names live with the message catalogues, which say them inside alert sentences.
export { FUND_LABEL, SEVERITY_LABEL } from './messages/words';

/** A superior transfer document's kind (transfers.csv `kind`). */
export const TRANSFER_KIND_LABEL: Record<TransferKind, Label> = {
  advance: { zh: '提前下达', en: 'Advance notice' },
  formal: { zh: '正式下达', en: 'Formal budget' },
  supplementary: { zh: '追加下达', en: 'Supplementary' },
};

export const CATEGORY_LABEL: Record<Category, Label> = {
  tekun: { zh: '特困人员', en: 'Persons in extreme poverty' },
  orphan: { zh: '孤儿', en: 'Orphans' },
  de_facto_orphan: { zh: '事实无人抚养儿童', en: 'De facto orphans' },
  dibao: { zh: '低保对象', en: 'Minimum-living-allowance recipients' },
  fanpin: { zh: '返贫致贫人口', en: 'Persons fallen (back) into poverty' },
  dibao_edge: { zh: '低保边缘家庭成员', en: 'Members of near-dibao households' },
  monitored: { zh: '防止返贫监测帮扶对象', en: 'Persons monitored against relapse into poverty' },
};

/** Where income comes from. Inner Mongolia's 自治区 is shown as the generic 省级. */
export const SOURCE_LEVEL_LABEL: Record<SourceLevel, Label> = {
  central: { zh: '中央', en: 'Central' },
  province: { zh: '省级', en: 'Province' },
  city: { zh: '市级', en: 'City' },
  county: { zh: '县级', en: 'County' },
  individual: { zh: '个人缴费', en: 'Individuals' },
  other: { zh: '其他', en: 'Other' },
};

export const INCOME_ITEM_LABEL: Record<IncomeItem, Label> = {
  fiscal_subsidy: { zh: '财政补助', en: 'Fiscal subsidy' },
  individual_contribution: { zh: '个人缴费', en: 'Individual contributions' },
  interest: { zh: '利息收入', en: 'Interest' },
  donation: { zh: '社会捐赠', en: 'Donations' },
  lottery: { zh: '彩票公益金', en: 'Lottery funds' },
  other: { zh: '其他收入', en: 'Other income' },
};

export const EXPENDITURE_ITEM_LABEL: Record<ExpenditureItem, Label> = {
  enrollment_subsidy: { zh: '资助参保', en: 'Enrollment subsidies' },
  inpatient: { zh: '住院', en: 'Inpatient' },
  outpatient: { zh: '门诊', en: 'Outpatient' },
  chronic_outpatient: { zh: '门诊慢特病', en: 'Chronic and special disease outpatient' },
  critical_illness: { zh: '大病保险', en: 'Critical illness insurance' },
  emergency: { zh: '疾病应急救助', en: 'Emergency medical assistance' },
  other: { zh: '其他支出', en: 'Other expenditure' },
};

/** Both item lists in one table; `other` exists on both sides and reads 其他. */
export const ITEM_LABEL: Record<IncomeItem | ExpenditureItem, Label> = {
  ...INCOME_ITEM_LABEL,
  ...EXPENDITURE_ITEM_LABEL,
  other: { zh: '其他', en: 'Other' },
};

export const DIRECTION_LABEL: Record<Direction, Label> = {
  income: { zh: '收入', en: 'Income' },
  expenditure: { zh: '支出', en: 'Expenditure' },
};

export const RULE_LABEL: Record<RuleId, Label> = {
  coverage: { zh: '救助对象参保率', en: 'Recipient enrollment rate' },
  current_deficit: { zh: '当期结余', en: 'Current balance' },
  balance_rate: { zh: '当期结余率', en: 'Current balance rate' },
  accumulated_negative: { zh: '累计结余', en: 'Accumulated balance' },
  months_payable: { zh: '累计结余可支付月数', en: 'Months payable' },
  growth_gap: { zh: '支出收入增速差', en: 'Growth gap' },
  budget_execution: { zh: '预算执行序时进度', en: 'Budget execution' },
  transfer_late: { zh: '资金拨付时效', en: 'Transfer timeliness' },
  transfer_not_received: { zh: '资金到账', en: 'Transfer arrival' },
  advance_ratio: { zh: '提前下达比例', en: 'Advance notice ratio' },
  reconciliation: { zh: '资金到账核对', en: 'Reconciliation of superior funds' },
  forecast: { zh: '预测预警', en: 'Forecast warning' },
};

export const LEVEL_LABEL: Record<Level, Label> = {
  province: { zh: '省级', en: 'Province' },
  city: { zh: '市级', en: 'City' },
  county: { zh: '县级', en: 'County' },
};

/** The two subsidy pots the province allocates to cities by the factor method. */
export const POT_LABEL: Record<Pot, Label> = {
  assistance: { zh: '医疗救助补助资金', en: 'Medical assistance subsidy' },
  emergency: { zh: '疾病应急救助补助资金', en: 'Emergency medical assistance subsidy' },
};
