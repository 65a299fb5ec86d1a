// The words Chinese tables write for a value-list column's codes. A file
// whose header is Chinese (救助类别, 基金) is written in Chinese throughout:
// 特困人员 for tekun, 民政 for civil_affairs, 收入 for income. Each word
// reads as its code, the first of each list being the name the product
// itself shows (labels.json), so that a table exported from the page's own
// words reads back. A word stands for one code of its column only: 个人缴费
// is an income item in one column and a source level in another.
import LABELS from '../../domain/labels.json';
import { literal } from '../queries/sqlText';

const literalText = (text: string): string => literal(text).text;

export type EnumWords = Readonly<Record<string, readonly string[]>>;

const zh = (labels: Readonly<Record<string, { zh: string }>>, code: string): string => labels[code]?.zh ?? code;

export const CATEGORY_WORDS: EnumWords = {
  tekun: [zh(LABELS.category, 'tekun'), '特困', '特困供养人员', '特困供养对象', '特困对象', '特困供养', '城乡特困人员', '农村特困人员', '城市特困人员', '五保', '五保户', '五保对象', '农村五保', '农村特困', '城市特困', '分散供养特困人员', '集中供养特困人员'],
  orphan: [zh(LABELS.category, 'orphan'), '孤儿人员'],
  de_facto_orphan: [zh(LABELS.category, 'de_facto_orphan'), '事实孤儿', '事实无人抚养'],
  dibao: [zh(LABELS.category, 'dibao'), '低保', '低保人员', '低保户', '低保家庭成员', '城乡低保对象', '城乡低保', '城市低保对象', '农村低保对象', '城市低保', '农村低保', '最低生活保障对象', '低保家庭', '城镇低保', '最低生活保障家庭成员'],
  fanpin: [zh(LABELS.category, 'fanpin'), '返贫致贫', '致贫返贫人口', '返贫人口', '致贫人口', '返贫致贫人员', '返贫致贫户'],
  dibao_edge: [zh(LABELS.category, 'dibao_edge'), '低保边缘', '低保边缘人员', '低保边缘对象', '低保边缘户', '低保边缘家庭', '低边', '低边户', '低边家庭'],
  // 易返贫致贫人口 is the monitored population of the policy documents (纳入监测范围的农村易返贫致贫人口), not fanpin.
  monitored: [zh(LABELS.category, 'monitored'), '防止返贫监测对象', '防返贫监测对象', '防返贫监测帮扶对象', '监测对象', '监测帮扶对象', '易返贫致贫人口', '农村易返贫致贫人口', '纳入监测范围的农村易返贫致贫人口', '易返贫致贫户', '监测户', '脱贫不稳定户', '边缘易致贫户', '突发严重困难户'],
};

export const SOURCE_WORDS: EnumWords = {
  civil_affairs: ['民政', '民政部门', '民政局', '民政系统'],
  agriculture: ['农业农村', '农业农村部门', '农业农村局', '乡村振兴', '乡村振兴部门', '乡村振兴局', '农业农村（乡村振兴）部门', '农业农村(乡村振兴)部门', '农业农村（乡村振兴）', '农业农村(乡村振兴)', '农牧', '农牧局', '农牧厅', '农牧和乡村振兴局', '扶贫办', '扶贫部门'],
  other: ['其他', '其它', '其他部门'],
};

export const FUND_WORDS: EnumWords = {
  assistance: [zh(LABELS.fund, 'assistance'), '医疗救助基金', '医疗救助', '城乡医疗救助', '医疗救助资金', '城乡医疗救助资金'],
  resident: [zh(LABELS.fund, 'resident'), '居民医保基金', '居民医保', '城乡居民医保', '城乡居民基本医疗保险基金', '城乡居民基本医疗保险', '居民基本医疗保险基金', '居民基本医疗保险', '居民基本医保', '城乡居民基本医保', '城乡居民基本医保基金', '城乡居民医疗保险', '居民医疗保险', '居民医疗保险基金'],
};

export const DIRECTION_WORDS: EnumWords = {
  income: [zh(LABELS.direction, 'income'), '收', '基金收入'],
  expenditure: [zh(LABELS.direction, 'expenditure'), '支', '基金支出'],
};

/** Income and expenditure items share `other`: 其他收入 and 其他支出 both read as it, and must agree with the row's direction (ITEM_DIRECTION_WORDS). */
export const ITEM_WORDS: EnumWords = {
  fiscal_subsidy: [zh(LABELS.incomeItem, 'fiscal_subsidy'), '财政补助收入', '财政补贴', '财政补贴收入'],
  individual_contribution: [zh(LABELS.incomeItem, 'individual_contribution'), '个人缴费收入'],
  interest: [zh(LABELS.incomeItem, 'interest'), '利息'],
  donation: [zh(LABELS.incomeItem, 'donation'), '社会捐赠收入', '捐赠', '捐赠收入', '社会各界捐赠收入'],
  lottery: [zh(LABELS.incomeItem, 'lottery'), '彩票公益金收入'],
  enrollment_subsidy: [zh(LABELS.expenditureItem, 'enrollment_subsidy'), '资助参保支出', '资助参保缴费', '资助参加基本医疗保险', '资助参加基本医疗保险支出', '资助参加城乡居民医保支出', '资助参保缴费支出'],
  inpatient: [zh(LABELS.expenditureItem, 'inpatient'), '住院救助', '住院费用', '住院支出', '住院救助支出'],
  outpatient: [zh(LABELS.expenditureItem, 'outpatient'), '门诊救助', '门诊费用', '门诊支出', '普通门诊', '门诊救助支出', '门诊统筹', '普通门诊统筹'],
  chronic_outpatient: [zh(LABELS.expenditureItem, 'chronic_outpatient'), '门诊慢特病救助', '门诊慢特病费用', '慢特病', '门诊慢特病支出', '门诊慢特病救助支出', '门诊慢性病', '门诊特殊病', '门诊慢特病待遇支出'],
  critical_illness: [zh(LABELS.expenditureItem, 'critical_illness'), '大病保险支出', '城乡居民大病保险', '大病保险资金支出'],
  emergency: [zh(LABELS.expenditureItem, 'emergency'), '疾病应急救助支出', '应急救助'],
  other: ['其他', '其它', zh(LABELS.incomeItem, 'other'), zh(LABELS.expenditureItem, 'other')],
};

/** The item words that name the row's direction as well as the item: both read `other`, the direction column must agree. */
export const ITEM_DIRECTION_WORDS: Readonly<Record<string, string>> = {
  [zh(LABELS.incomeItem, 'other')]: 'income',
  其它收入: 'income',
  [zh(LABELS.expenditureItem, 'other')]: 'expenditure',
  其它支出: 'expenditure',
};

const LEVEL_OF_MONEY: EnumWords = {
  central: [zh(LABELS.sourceLevel, 'central'), '中央财政', '中央级', '中央补助', '中央财政补助', '财政部'],
  province: [zh(LABELS.sourceLevel, 'province'), '省', '省本级', '省财政', '自治区', '自治区级', '省级财政', '自治区财政', '自治区本级', '省财政厅', '自治区财政厅'],
  city: [zh(LABELS.sourceLevel, 'city'), '市', '市本级', '市财政', '地市级', '盟市', '盟市级', '市级财政', '盟市本级', '地级'],
  county: [zh(LABELS.sourceLevel, 'county'), '县', '县本级', '县财政', '旗县', '旗县级', '县区', '县区级', '县级财政', '旗县本级', '旗县区', '旗县区级', '区县', '县市区'],
  individual: [zh(LABELS.sourceLevel, 'individual'), '个人'],
  other: [zh(LABELS.sourceLevel, 'other'), '其它'],
};

export const SOURCE_LEVEL_WORDS: EnumWords = LEVEL_OF_MONEY;

/** Superior money comes down from the centre, the province or the city. */
export const FROM_LEVEL_WORDS: EnumWords = { central: LEVEL_OF_MONEY.central ?? [], province: LEVEL_OF_MONEY.province ?? [], city: LEVEL_OF_MONEY.city ?? [] };

export const REGION_LEVEL_WORDS: EnumWords = {
  province: ['省', '省级', '自治区', '直辖市', '省（自治区）', '省(自治区)', '省（自治区、直辖市）', '省(自治区、直辖市)', '省级行政区'],
  city: ['市', '市级', '地市', '地市级', '地级市', '地级', '盟', '盟市', '州', '自治州', '地区', '盟市级', '地级行政区'],
  county: ['县', '县级', '区', '旗', '县级市', '市辖区', '自治县', '自治旗', '县区', '旗县', '旗县区', '旗县（市、区）', '县（市、区）', '县(市、区)', '旗县(市、区)', '旗县级', '区县', '县市区', '旗县市区', '县级行政区'],
};

/** The three tiers of the central subsidy (DOMAIN.md: 一类/二类/三类地区). */
export const TIER_WORDS: EnumWords = {
  '1': ['一类', '一类地区', '第一档', '一档', '1类', '第1档', '1档', 'Ⅰ类', 'Ⅰ类地区', '第一类', '一类区', '一', '１'],
  '2': ['二类', '二类地区', '第二档', '二档', '2类', '第2档', '2档', 'Ⅱ类', 'Ⅱ类地区', '第二类', '二类区', '二', '２'],
  '3': ['三类', '三类地区', '第三档', '三档', '3类', '第3档', '3档', 'Ⅲ类', 'Ⅲ类地区', '第三类', '三类区', '三', '３'],
};

export const OBLIGATION_WORDS: EnumWords = {
  contribution: ['应缴', '缴费', '应缴资金', '应缴基金', '应缴保费'],
  matching_subsidy: ['应配', '配套', '配套资金', '应配资金', '财政配套', '配套补助', '应配套资金', '地方配套'],
};

export const TRANSFER_KIND_WORDS: EnumWords = {
  advance: [zh(LABELS.transferKind, 'advance'), '提前', '提前下达资金', '预下达', '提前通知'],
  formal: [zh(LABELS.transferKind, 'formal'), '正式', '正式下达资金'],
  supplementary: [zh(LABELS.transferKind, 'supplementary'), '追加', '追加下达资金', '补充下达'],
};

export const POT_WORDS: EnumWords = {
  assistance: [zh(LABELS.pot, 'assistance'), '医疗救助', '医疗救助资金', '城乡医疗救助补助资金'],
  emergency: [zh(LABELS.pot, 'emergency'), '疾病应急救助', '疾病应急救助资金', '疾病应急', '应急救助', '疾病应急救助基金'],
};

/**
 * SQL reading the trimmed text `v` of a value-list column as its code: a code
 * as it is; a code in another case (TEKUN, Income, as databases export) or
 * with hyphens (de-facto-orphan), or one of its words (`words`), also after a
 * tab, inside 【】 or with （农村）/（城市） after it, as that code; anything else left as it is, for
 * validation to refuse by the cell. Most cells are codes, and their rows
 * never reach the word list.
 */
export function enumWordsSql(values: readonly string[], words: EnumWords, v: string): string {
  const spellings = new Map<string, string>();
  for (const code of values) {
    spellings.set(code.toLowerCase(), code);
    for (const word of words[code] ?? []) spellings.set(word.toLowerCase(), code);
  }
  const cases = [...spellings].map(([word, code]) => `WHEN ${literalText(word)} THEN ${literalText(code)}`).join(' ');
  // A tab before or after (an export's mark that keeps a cell text in Excel), 【】 around the word, a hyphen for the
  // code's underscore, and an urban/rural qualifier after it (特困人员（农村）: the same category).
  const unwrapped = `regexp_replace(trim(${v}, chr(9) || ' '), '^【\\s*(.*?)\\s*】$', '\\1')`;
  const key = `replace(lower(regexp_replace(${unwrapped}, '\\s*[（(](农村|城市|城镇|城乡)[）)]$', '')), '-', '_')`;
  return `CASE WHEN ${v} IN (${values.map(literalText).join(', ')}) THEN ${v} ELSE coalesce(CASE ${key} ${cases} END, ${v}) END`;
}
