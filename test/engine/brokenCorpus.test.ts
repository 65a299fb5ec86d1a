// The broken-input corpus (test/fixtures/broken, written by generate.ts
// there): each case is refused with exactly the expected problem — file,
// sheet, row, column and wording — and the dataset loaded before stays.
// Native DuckDB (the command line's engine) must refuse each case with the
// very same problems as DuckDB-wasm (the page's): checked here, on the same
// load, rather than loading every case into wasm a second time elsewhere.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY_FILE } from '../../src/domain/policy/policy';
import { analyze } from '../../src/engine/queries/analyze';
import type { Engine } from '../../src/engine/runtime/engine';
import type { DatasetFile } from '../../src/engine/formats/files';
import { loadDataset } from '../../src/engine/ingest/load';
import { createNativeEngine } from '../../src/engine/runtime/native';
import { readDatasetDir } from '../../src/engine/formats/nodeFiles';
import { formatProblem } from '../../src/engine/ingest/problems';
import { TINY_DIR, useEngine } from './harness';
import { said, wanted } from './said';

const BROKEN = join(import.meta.dirname, '../fixtures/broken');

/** The valid base with the case's file added (replacing its namesake) and the files of drop.txt left out. */
async function caseFiles(name: string): Promise<DatasetFile[]> {
  const dir = join(BROKEN, name);
  const dropFile = join(dir, 'drop.txt');
  const drop = existsSync(dropFile) ? readFileSync(dropFile, 'utf8').split('\n').filter((l) => l !== '') : [];
  const own = readdirSync(dir).filter((f) => f !== 'drop.txt');
  const base = (await readDatasetDir(TINY_DIR)).filter((f) => !drop.includes(f.name) && !own.includes(f.name));
  return [...base, ...own.map((f) => ({ name: `${name}/${f}`, bytes: new Uint8Array(readFileSync(join(dir, f))) }))];
}

/** Each case's first error, as the CLI prints it. */
const EXPECTED: Record<string, string> = {
  'csv-bad-quarter':
    'fund_flows.csv · 第41行 · quarter · 季度"2024Q5"格式不对 · 应为：YYYYQn，如 2024Q4（也可写 2024年第4季度、2024-Q4）',
  'csv-boolean-unknown':
    'roster.csv · 第2行 · enrolled · "待核实"不是 true/false（是/否） · 应为：true 或 false（也可写 是/否、1/0、Y/N、√/×、已参保/未参保）',
  'csv-count-fraction':
    'assistance_enrollment.csv · 第10行 · recipients · 救助对象人数"12.5"不是整数 · 应为：非负整数',
  'csv-count-negative':
    'assistance_enrollment.csv · 第10行 · recipients · 救助对象人数"-1"为负数 · 应为：非负整数',
  // A county straight under the province loads now, as a pool of its own (省直管县; test/cli/provinceDirect.test.ts); one under a county does not.
  'csv-county-under-county':
    'regions.csv · 第8行 · parent_code · 本行级别为县级（county），上级区划"150102"的级别是县级（county），层级不对 · 应为：盟市/地市的上级是省级区划，旗县/县区的上级是盟市/地市；省直管县（如湖北仙桃市 429004）的上级可以是省级区划或省直辖县级行政区划（429000），自成统筹区；直辖市的区县列在其市辖区、县（如 110100、500200，级别 city）之下，由其统筹',
  'csv-obligations-city':
    'obligations.csv · 第3行 · region_code · 区划"150100"的级别是 city，不是旗县/县区 · 应为：旗县/县区（county）或无下辖旗县/县区的盟市/地市（如省直辖县）的区划代码：应缴未缴是其缴费与配套责任，用于缺口分担中的自身原因',
  'csv-factors-county':
    'allocation_factors.csv · 第3行 · region_code · 区划"150102"的级别是 county，不是盟市/地市 · 应为：盟市/地市（city）的区划代码：因素法由省级区划分配到盟市/地市',
  'csv-date-not-a-day':
    'transfers.csv · 第2行 · issued_date · 日期"2024-02-30"不存在 · 应为：年份在前的真实日期，如 2024-03-31、2024/3/31、2024年3月31日 或 20240331',
  'csv-date-day-first':
    'transfers.csv · 第2行 · issued_date · 日期"15/01/2024"格式不对 · 应为：年份在前的真实日期，如 2024-03-31、2024/3/31、2024年3月31日 或 20240331',
  'csv-duplicate-key':
    'fund_balances.csv · 第8行 · year+region_code+fund · 与第3行重复（2024 / 150100 / resident） · 应为：year + region_code + fund 的组合在文件中唯一',
  'csv-empty-file':
    'regions.csv · 第1行 · 文件是空的 · 应为：表头为 region_code,name,level,parent_code,tier（或中文 区划代码,名称,级别,上级区划代码,地区类别）',
  'csv-enrolled-over-recipients':
    'assistance_enrollment.csv · 第10行 · enrolled · 已参保人数 4 大于救助对象人数 3 · 应为：enrolled ≤ recipients',
  'csv-float-region-code':
    'assistance_enrollment.csv · 第10行 · region_code · 区划代码"150102.0"带了小数点（被表格软件当成了数字） · 应为：6位数字的区划代码文本，如 150102',
  'csv-header-twice':
    // Names both cells since the office-files sweep (a hidden duplicate column in a workbook was not to be found).
    'fund_balances.csv · 第1行 · year · 列"year"出现了两次：第1列"year"、第5列"年度" · 应为：表头为 year,region_code,fund,opening_balance（或中文 年度,区划代码,基金,年初累计结余）',
  'csv-income-without-level':
    'fund_flows.csv · 第41行 · source_level · 收入行缺少资金来源级次 · 应为：收入行填写 central | province | city | county | individual | other',
  'csv-missing-column':
    'fund_flows.csv · 第1行 · amount · 缺少列"amount"（金额） · 应为：表头为 quarter,region_code,fund,direction,item,source_level,amount（或中文 季度,区划代码,基金,收支方向,项目,资金来源级次,金额）',
  'csv-misspelled-chinese-header':
    'fund_balances.csv · 第1行 · opening_balance · 缺少列"opening_balance"（年初累计结余） · 应为：表头为 year,region_code,fund,opening_balance（或中文 年度,区划代码,基金,年初累计结余）',
  'csv-money-negative':
    'fund_flows.csv · 第41行 · amount · 金额"-5.00"为负数 · 应为：以元为单位、最多两位小数的非负金额，如 1234.56',
  'csv-money-thousands-separator':
    'fund_flows.csv · 第41行 · amount · 金额"1,23,4.00"不是数字金额 · 应为：以元为单位、最多两位小数的非负金额，如 1234.56',
  'csv-money-three-decimals':
    'fund_flows.csv · 第3行 · amount · 金额"1000000.005"超过两位小数 · 应为：以元为单位、最多两位小数的非负金额，如 1234.56',
  'csv-total-row-mismatch':
    'fund_balances.csv · 第8行 · opening_balance · 合计行的年初累计结余为 1.00，上方各行之和为 6,076,135.06，相差 6,076,134.06 · 应为：合计行等于其上方各行之和',
  'csv-wan-seven-decimals':
    'fund_balances.csv · 第10行 · opening_balance · 金额"1.1234567"（万元）超过6位小数，换算为元后不是整分 · 应为：以万元为单位、最多6位小数的金额（可为负），如 -12.345678',
  'csv-money-too-large':
    'fund_flows.csv · 第41行 · amount · 金额"99999999999999999999"过大（最多16位整数） · 应为：以元为单位、最多两位小数的非负金额，如 1234.56',
  'csv-money-scientific':
    'fund_flows.csv · 第41行 · amount · 金额"1e308"过大（最多16位整数） · 应为：以元为单位、最多两位小数的非负金额，如 1234.56',
  'csv-count-sum-overflow':
    'assistance_enrollment.csv · 第19行 · recipients · 救助对象人数从表头到这一行的合计 10000000000002530 超出可精确计算的范围 · 应为：整列之和（绝对值）不超过 9,007,199,254,740,991（可精确计算的最大整数）',
  'csv-province-with-parent':
    'regions.csv · 第8行 · parent_code · 省级区划不应有上级区划代码 · 应为：省级区划的 parent_code 留空',
  'csv-region-code-lost-zero':
    'assistance_enrollment.csv · 第10行 · region_code · 区划代码"15010"不是6位数字 · 应为：6位数字的区划代码文本，如 150102',
  'csv-two-digit-year':
    'fund_balances.csv · 第8行 · year · 年份"24"不是四位数字 · 应为：四位年份，如 2024',
  'csv-unknown-category':
    'assistance_enrollment.csv · 第10行 · category · 救助类别"veteran"不是允许的取值 · 应为：以下之一：tekun（特困人员） | orphan（孤儿） | de_facto_orphan（事实无人抚养儿童） | dibao（低保对象） | fanpin（返贫致贫人口） | dibao_edge（低保边缘家庭成员） | monitored（防止返贫监测帮扶对象）',
  'csv-unknown-column':
    'fund_balances.csv · 第1行 · opening_balance · 缺少列"opening_balance"（年初累计结余） · 应为：表头为 year,region_code,fund,opening_balance（或中文 年度,区划代码,基金,年初累计结余）',
  'csv-unknown-fund':
    'fund_balances.csv · 第8行 · fund · 基金"pension"不是允许的取值 · 应为：以下之一：assistance（城乡医疗救助基金） | resident（城乡居民医保基金）',
  'csv-unknown-item':
    'fund_flows.csv · 第41行 · item · 项目"dental"不是允许的取值 · 应为：以下之一：fiscal_subsidy（财政补助） | individual_contribution（个人缴费） | interest（利息收入） | donation（社会捐赠） | lottery（彩票公益金） | other（其他） | enrollment_subsidy（资助参保） | inpatient（住院） | outpatient（门诊） | chronic_outpatient（门诊慢特病） | critical_illness（大病保险） | emergency（疾病应急救助）',
  'csv-two-provinces':
    'regions.csv · 第8行 · region_code · 第二个省级区划"110000"：一份数据只有一个省级区划（已有"150000"） · 应为：只有一行 province；其他省份的数据另行载入',
  'csv-unknown-level':
    'regions.csv · 第8行 · level · 级别"district"不是允许的取值 · 应为：以下之一：province（省） | city（市） | county（县）',
  'csv-unknown-region':
    'assistance_enrollment.csv · 第10行 · region_code · 区划代码"150199"不在 regions.csv 中 · 应为：regions.csv 中已有的区划代码',
  'csv-unterminated-quote':
    'fund_balances.csv · 第8行 · 引号没有成对：这一行有单元格以双引号开始却没有结束的双引号（或双引号括起的单元格超过 2 MB，读不到它的结束引号） · 应为：逗号分隔的 CSV，每行列数与表头相同，含逗号、引号或换行的单元格用双引号括起',
  'csv-wrong-column-count':
    'fund_balances.csv · 第8行 · 列数不对：表头有 4 列，这一行有 3 列 · 应为：逗号分隔的 CSV，每行列数与表头相同，含逗号、引号或换行的单元格用双引号括起',
  'gbk-garbled':
    'fund_balances.csv · 文件既不是 UTF-8 也不是 GBK/GB18030 编码：第1行第1列（"区"之后）有无法识别的字节（按GBK/GB18030读到此处为止） · 应为：UTF-8 或 GBK 编码的 CSV 文件',
  'gbk-money-three-decimals':
    'fund_balances.csv · 第2行 · opening_balance · 金额"3901234.567"超过两位小数 · 应为：以元为单位、最多两位小数的金额（可为负），如 -1234.50',
  'parquet-missing-column':
    'fund_balances.parquet · opening_balance · 缺少列"opening_balance"（年初累计结余） · 应为：表头为 year,region_code,fund,opening_balance（或中文 年度,区划代码,基金,年初累计结余）',
  'parquet-money-as-double':
    'fund_balances.parquet · opening_balance · 列类型为 DOUBLE（浮点数），金额不能用浮点数存储 · 应为：string 或 DECIMAL(18,2) 类型的金额',
  'parquet-not-parquet':
    'fund_balances.parquet · Parquet 无法读取：文件首尾没有 Parquet 标记（PAR1），不是 Parquet 文件 · 应为：有效的 Parquet 文件',
  'parquet-region-code-as-integer':
    'fund_balances.parquet · region_code · 列类型为 INTEGER，区划代码须为文本（数值会丢掉前导零） · 应为：string（UTF8）类型的6位区划代码',
  'xlsx-missing-column':
    'fund_balances.xlsx · fund_balances · 第1行 · opening_balance · 缺少列"opening_balance"（年初累计结余） · 应为：表头为 year,region_code,fund,opening_balance（或中文 年度,区划代码,基金,年初累计结余）',
  'xlsx-missing-sheet':
    'regions.csv · 缺少必需的文件（行政区划） · 应为：数据文件夹中包含 regions.csv（或 .xlsx / .parquet，或工作簿中名为 regions 的工作表）',
  'xlsx-not-a-zip':
    'budgets.xlsx · 这个 .xlsx 文件其实是文本（CSV），不是 XLSX：请把扩展名改为 .csv，或用 Excel 打开后另存为"Excel 工作簿（*.xlsx）" · 应为：Excel 保存的 .xlsx 工作簿',
  'xlsx-sheet-part-missing':
    'fund_balances.xlsx · 工作表"fund_balances"的内容不在文件中：工作簿记录它在 xl/worksheets/sheet1.xml，压缩包里却没有这一部分（生成文件的程序漏写了它，或文件保存后被改动过） · 应为：Excel 保存的 .xlsx 工作簿',
  'xlsx-text-in-count':
    'assistance_enrollment.xlsx · 救助对象参保 · 第3行 · recipients · 救助对象人数"四百"不是整数 · 应为：非负整数',
};

/** The same first error in English (formatProblem(p, 'en')): values quoted from the file stay as they are. */
const EXPECTED_EN: Record<string, string> = {
  'csv-bad-quarter':
    'fund_flows.csv · row 41 · quarter · Quarter "2024Q5" is not in the right format · expected: YYYYQn, e.g. 2024Q4 (2024-Q4, 2024 q4 and the Chinese forms are read too)',
  'csv-boolean-unknown':
    'roster.csv · row 2 · enrolled · "待核实" is not true/false · expected: true or false (or 1/0, Y/N, yes/no, and as Chinese tables write them)',
  'csv-count-fraction':
    'assistance_enrollment.csv · row 10 · recipients · "12.5" is not a whole number · expected: a non-negative whole number',
  'csv-count-negative':
    'assistance_enrollment.csv · row 10 · recipients · "-1" is negative · expected: a non-negative whole number',
  'csv-county-under-county':
    'regions.csv · row 8 · parent_code · This row is a county and its parent region "150102" is a county: the wrong level · expected: a city\'s parent is the province, a county\'s parent is a city; ' +
      "a county-level city run by the province (Hubei's Xiantao, 429004) may have the province or its grouping (429000) as parent and is its own pool; a municipality's districts are listed under its city-level districts or counties region (110100, 500200, level city), which pools them",
  'csv-obligations-city':
    'obligations.csv · row 3 · region_code · Region "150100" is a city, not a county · expected: the code of a county, or of a city without counties (a county-level city under the province): obligations are its contributions and matching funds, its own shortfall in gap sharing',
  'csv-factors-county':
    'allocation_factors.csv · row 3 · region_code · Region "150102" is a county, not a city · expected: the code of a city: the factor method allocates from the province to its cities',
  'csv-date-not-a-day':
    'transfers.csv · row 2 · issued_date · Date "2024-02-30" does not exist · expected: a real date, year first, e.g. 2024-03-31, 2024/3/31 or 20240331',
  'csv-date-day-first':
    'transfers.csv · row 2 · issued_date · Date "15/01/2024" is not in the right format · expected: a real date, year first, e.g. 2024-03-31, 2024/3/31 or 20240331',
  'csv-duplicate-key':
    'fund_balances.csv · row 8 · year+region_code+fund · Same as row 3 (2024 / 150100 / resident) · expected: each combination of year + region_code + fund once in the file',
  'csv-empty-file':
    'regions.csv · row 1 · The file is empty · expected: the header region_code,name,level,parent_code,tier (or the Chinese column names)',
  'csv-enrolled-over-recipients':
    'assistance_enrollment.csv · row 10 · enrolled · 4 enrolled, more than the 3 recipients · expected: enrolled ≤ recipients',
  'csv-float-region-code':
    'assistance_enrollment.csv · row 10 · region_code · Region code "150102.0" has a decimal point (a spreadsheet took it for a number) · expected: a six-digit region code as text, e.g. 150102',
  'csv-header-twice':
    'fund_balances.csv · row 1 · year · Column "year" appears twice: column 1 "year" and column 5 "年度" · expected: the header year,region_code,fund,opening_balance (or the Chinese column names)',
  'csv-income-without-level':
    'fund_flows.csv · row 41 · source_level · An income row has no source level · expected: one of central | province | city | county | individual | other on income rows',
  'csv-missing-column':
    'fund_flows.csv · row 1 · amount · Column "amount" is missing · expected: the header quarter,region_code,fund,direction,item,source_level,amount (or the Chinese column names)',
  'csv-misspelled-chinese-header':
    'fund_balances.csv · row 1 · opening_balance · Column "opening_balance" is missing · expected: the header year,region_code,fund,opening_balance (or the Chinese column names)',
  'csv-money-negative':
    'fund_flows.csv · row 41 · amount · Amount "-5.00" is negative · expected: a non-negative amount in yuan with at most two decimals, e.g. 1234.56',
  'csv-money-thousands-separator':
    'fund_flows.csv · row 41 · amount · Amount "1,23,4.00" is not a plain number · expected: a non-negative amount in yuan with at most two decimals, e.g. 1234.56',
  'csv-money-three-decimals':
    'fund_flows.csv · row 3 · amount · Amount "1000000.005" has more than two decimals · expected: a non-negative amount in yuan with at most two decimals, e.g. 1234.56',
  'csv-total-row-mismatch':
    'fund_balances.csv · row 8 · opening_balance · The total row says 1.00; the rows above it add up to 6,076,135.06 (a difference of 6,076,134.06) · expected: a total row equal to the sum of the rows above it',
  'csv-wan-seven-decimals':
    'fund_balances.csv · row 10 · opening_balance · Amount "1.1234567" (in units of 10,000 yuan) has more than 6 decimals: in yuan it is not a whole number of fen · expected: an amount in units of 10,000 yuan with at most 6 decimals (may be negative), e.g. -12.345678',
  'csv-money-too-large':
    'fund_flows.csv · row 41 · amount · Amount "99999999999999999999" is too large (at most 16 integer digits) · expected: a non-negative amount in yuan with at most two decimals, e.g. 1234.56',
  'csv-money-scientific':
    'fund_flows.csv · row 41 · amount · Amount "1e308" is too large (at most 16 integer digits) · expected: a non-negative amount in yuan with at most two decimals, e.g. 1234.56',
  'csv-count-sum-overflow':
    'assistance_enrollment.csv · row 19 · recipients · The column adds up to 10000000000002530 by this row: beyond what can be computed exactly · expected: the column\'s values adding up (in absolute value) to at most 9,007,199,254,740,991 (the largest exactly computed whole number)',
  'csv-province-with-parent':
    'regions.csv · row 8 · parent_code · A province has a parent region code · expected: parent_code empty for the province',
  'csv-region-code-lost-zero':
    'assistance_enrollment.csv · row 10 · region_code · Region code "15010" is not six digits · expected: a six-digit region code as text, e.g. 150102',
  'csv-two-digit-year':
    'fund_balances.csv · row 8 · year · Year "24" is not four digits · expected: a four-digit year, e.g. 2024',
  'csv-unknown-category':
    'assistance_enrollment.csv · row 10 · category · "veteran" is not an allowed value · expected: one of: tekun | orphan | de_facto_orphan | dibao | fanpin | dibao_edge | monitored (or their Chinese names)',
  'csv-unknown-column':
    'fund_balances.csv · row 1 · opening_balance · Column "opening_balance" is missing · expected: the header year,region_code,fund,opening_balance (or the Chinese column names)',
  'csv-unknown-fund':
    'fund_balances.csv · row 8 · fund · "pension" is not an allowed value · expected: one of: assistance | resident (or their Chinese names)',
  'csv-unknown-item':
    'fund_flows.csv · row 41 · item · "dental" is not an allowed value · expected: one of: fiscal_subsidy | individual_contribution | interest | donation | lottery | other | enrollment_subsidy | inpatient | outpatient | chronic_outpatient | critical_illness | emergency (or their Chinese names)',
  'csv-two-provinces':
    'regions.csv · row 8 · region_code · A second province "110000": a data set holds one province (already "150000") · expected: one row of level province; load another province\'s data apart',
  'csv-unknown-level':
    'regions.csv · row 8 · level · "district" is not an allowed value · expected: one of: province | city | county (or their Chinese names)',
  'csv-unknown-region':
    'assistance_enrollment.csv · row 10 · region_code · Region code "150199" is not in regions.csv · expected: a region code listed in regions.csv',
  'csv-unterminated-quote':
    'fund_balances.csv · row 8 · Unpaired quote: a cell of this row opens a double quote that never closes (or a quoted cell of more than 2 MB, whose closing quote is never reached) · expected: comma-separated CSV, every row as many columns as the header, cells with commas, quotes or line breaks in double quotes',
  'csv-wrong-column-count':
    'fund_balances.csv · row 8 · Wrong number of columns: the header has 4, this row 3 · expected: comma-separated CSV, every row as many columns as the header, cells with commas, quotes or line breaks in double quotes',
  'gbk-garbled':
    'fund_balances.csv · The file is neither UTF-8 nor GBK/GB18030: bytes no encoding reads at line 1, column 1 (after "区") (readable as GBK/GB18030 up to there) · expected: a CSV file in UTF-8 or GBK',
  'gbk-money-three-decimals':
    'fund_balances.csv · row 2 · opening_balance · Amount "3901234.567" has more than two decimals · expected: an amount in yuan with at most two decimals (may be negative), e.g. -1234.50',
  'parquet-missing-column':
    'fund_balances.parquet · opening_balance · Column "opening_balance" is missing · expected: the header year,region_code,fund,opening_balance (or the Chinese column names)',
  'parquet-money-as-double':
    'fund_balances.parquet · opening_balance · Column type DOUBLE (floating point): amounts must not be stored as floats · expected: amounts of type string or DECIMAL(18,2)',
  'parquet-not-parquet':
    'fund_balances.parquet · The Parquet file cannot be read: it does not begin and end with the Parquet mark (PAR1), so it is not a Parquet file · expected: a valid Parquet file',
  'parquet-region-code-as-integer':
    'fund_balances.parquet · region_code · Column type INTEGER: region codes must be text (a number loses leading zeros) · expected: six-digit region codes of type string (UTF8)',
  'xlsx-missing-column':
    'fund_balances.xlsx · fund_balances · row 1 · opening_balance · Column "opening_balance" is missing · expected: the header year,region_code,fund,opening_balance (or the Chinese column names)',
  'xlsx-missing-sheet':
    'regions.csv · A required file is missing (Regions) · expected: regions.csv in the data folder (or .xlsx / .parquet, or a workbook sheet named regions)',
  'xlsx-not-a-zip':
    'budgets.xlsx · This .xlsx file is really text (CSV), not an XLSX: rename it to .csv, or open it in Excel and save it as "Excel Workbook (*.xlsx)" · expected: an .xlsx workbook saved by Excel',
  'xlsx-sheet-part-missing':
    'fund_balances.xlsx · The sheet "fund_balances" is not in the file: the workbook says it is at xl/worksheets/sheet1.xml, but the ZIP holds no such part (the program that wrote the file left it out, or the file was altered after it was saved) · expected: an .xlsx workbook saved by Excel',
  'xlsx-text-in-count':
    'assistance_enrollment.xlsx · 救助对象参保 · row 3 · recipients · "四百" is not a whole number · expected: a non-negative whole number',
};

/** Han characters, once the values quoted from the user's file ("…") and the sheet name are taken out. */
const HAN = /[\u3400-\u9fff]/;
function ownWords(text: string, sheet: string | undefined): string {
  const unquoted = text.replace(/"[^"]*"/g, '""');
  return sheet === undefined ? unquoted : unquoted.split(sheet).join('');
}

describe('broken-input corpus', () => {
  const engine = useEngine();
  const cases = readdirSync(BROKEN, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

  async function tinyFigures(): Promise<unknown> {
    const a = await analyze(engine(), '2024Q4', DEFAULT_POLICY_FILE);
    const province = a.coverage.find((c) => c.regionCode === '150000' && c.category === null);
    return [province?.enrolled, province?.recipients, a.funds.find((f) => f.regionCode === '150000' && f.fund === 'resident')?.accumulatedBalance?.toFixed(2)];
  }

  let native: Engine | null = null;

  beforeAll(async () => {
    native = await createNativeEngine();
    expect((await loadDataset(engine(), await readDatasetDir(TINY_DIR))).ok).toBe(true);
  });
  afterAll(async () => {
    await native?.close();
  });

  it('has at least 30 cases, each with its expected message', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
    expect(Object.keys(EXPECTED).sort()).toEqual(cases);
    expect(Object.keys(EXPECTED_EN).sort()).toEqual(cases);
  });

  it.each(cases)('%s', async (name) => {
    const files = await caseFiles(name);
    const report = await loadDataset(engine(), files);
    expect(report.ok).toBe(false);
    // The command line's engine refuses it with the same problems, every one of them, in the same order.
    if (!native) throw new Error('native engine not started');
    const nativeReport = await loadDataset(native, files);
    expect({ ok: nativeReport.ok, problems: nativeReport.problems.map((p) => formatProblem(p)) }).toEqual({
      ok: false,
      problems: report.problems.map((p) => formatProblem(p)),
    });
    const errors = report.problems.filter((p) => p.severity === 'error').map((p) => formatProblem(p));
    expect(errors[0]).toBe(EXPECTED[name]);
    const first = report.problems.find((p) => p.severity === 'error');
    expect(first && formatProblem(first, 'en')).toBe(EXPECTED_EN[name]);
    // Every problem of the case, warnings too, has English of its own: no Chinese but the user's data.
    for (const p of report.problems) {
      expect(ownWords(`${said(p, 'en')} ${wanted(p, 'en')}`, p.sheet), formatProblem(p, 'en')).not.toMatch(HAN);
      expect(said(p, 'en')).not.toBe('');
      expect(wanted(p, 'en')).not.toBe('');
    }
    // 2031 of 2050 enrolled and 4,801,134.57 resident balance: the tiny dataset still answers.
    expect(await tinyFigures()).toEqual([2031, 2050, '4801134.57']);
  });
});
