// Every message in Chinese: the product's own wording.
import { Dec, fixed, formatCount, formatPercent, group, type Decimal } from '../money';
import { fixedBeside } from '../money';
import { quarterLabel } from '../quarter';
import type { AlertBand, AlertSubject, Catalogue, Comparison, Figure, MessageParams, MonthsWords, Quoted } from './codes';
import { rowsZh } from './rowList';
import { FUND_LABEL, fundWord, grouped, ITEM_LABEL, mib, mibBeside, ORIGIN_LEVEL_LABEL, POT_LABEL, SEVERITY_LABEL, UNIT_DIGITS } from './words';

const or = (v: string | null): string => v ?? '(空)';

/** An encoding as a Chinese reader knows it. */
const ENCODING_ZH = { 'utf-8': 'UTF-8', gb18030: 'GBK/GB18030', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16' } as const;

/** Sheets that hold no cells, by kind. */
const SHEET_KIND_ZH = { chart: '图表', dialog: '对话框表', macro: '宏表' } as const;

/** A region's level in words: the level column's codes as a Chinese table says them. */
const LEVEL_ZH = { province: '省级', city: '地市级', county: '县级' } as const;

/** A direction's code in words. */
const DIRECTION_ZH: Readonly<Record<string, string>> = { income: '收入', expenditure: '支出' };

/** "3 到 4 之间的值" / "值 3" (a single point: a bound both bands leave out). */
const range = ({ from, to }: { from: Quoted; to: Quoted }): string => (String(from) === String(to) ? `值 ${from}` : `${from} 到 ${to} 之间的值`);

const CELL_EXPECTED: Readonly<Record<MessageParams['cell.expected']['kind'], (p: MessageParams['cell.expected']) => string>> = {
  region_code: () => '6位数字的区划代码文本，如 150102',
  quarter: () => 'YYYYQn，如 2024Q4（也可写 2024年第4季度、2024-Q4）',
  year: () => '四位年份，如 2024',
  date: () => '年份在前的真实日期，如 2024-03-31、2024/3/31、2024年3月31日 或 20240331',
  count: () => '非负整数',
  money: (p) => (p.signed ? '以元为单位、最多两位小数的金额（可为负），如 -1234.50' : '以元为单位、最多两位小数的非负金额，如 1234.56'),
  decimal: () => '非负数，最多6位小数',
  boolean: () => 'true 或 false（也可写 是/否、1/0、Y/N、√/×、已参保/未参保）',
  enum: (p) => `以下之一：${p.values.map((v, i) => (p.names?.[i] ? `${v}（${p.names[i]}）` : v)).join(' | ')}`,
  text: () => '非空文本',
  person_id: () => '身份证号以文本保存（单元格格式设为“文本”，从原始名单重新导出）',
};

const CELL_INVALID: Readonly<Record<MessageParams['cell.invalid']['kind'], (shown: string, label: string) => string>> = {
  region_code: (v) => {
    // A 统计用区划代码 of a county or higher is its GB/T 2260 code followed by six zeros.
    const statistical = /^"(\d{6})000000"$/.exec(v);
    return statistical ? `区划代码${v}是12位统计用区划代码，不是6位数字：县级及以上区划取前6位（${statistical[1]}）` : `区划代码${v}不是6位数字`;
  },
  quarter: (v) => `季度${v}格式不对`,
  year: (v) => `年份${v}不是四位数字`,
  date: (v) => `日期${v}格式不对`,
  count: (v, label) => `${label}${v}不是整数`,
  money: (v) => `金额${v}不是数字金额`,
  decimal: (v, label) => `${label}${v}不是非负数（或超过6位小数）`,
  boolean: (v) => `${v}不是 true/false（是/否）`,
  enum: (v, label) => `${label}${v}不是允许的取值`,
  text: (v, label) => `${label}${v}无效`,
  person_id: (v, label) => `${label}${v}无效`,
};

// Alert sentences: money as the renderer words it (MoneyWords), rates as percentages.
const pct = (rate: Figure): string => formatPercent(new Dec(rate));
/**
 * A figure beside the bound it crossed, never printed on the bound's other side
 * (1,678 ÷ 1,695 reads 98.997%, not "99.00%, below 99.00%"); shown equal only
 * where the comparison holds for equal figures (at or above 9 months).
 */
const beside = (value: Decimal, p: AlertBand & { threshold: Figure }, scale = 1): string =>
  fixedBeside(value.times(scale), 2, [new Dec(p.threshold).times(scale)], p.comparison === 'gte' || p.comparison === 'lte');
const pctAt = (rate: Figure, p: AlertBand & { threshold: Figure }): string => `${group(beside(new Dec(rate), p, 100))}%`;
const points = (rate: Figure): string => `${fixed(new Dec(rate).times(100), 2)} 个百分点`;
const pointsAt = (rate: Figure, p: AlertBand & { threshold: Figure }): string => `${beside(new Dec(rate), p, 100)} 个百分点`;
const months = (m: Figure, read: MonthsWords): string => read(m, `${fixed(new Dec(m), 2)} 个月`);
const monthsAt = (m: Figure, p: AlertBand & { threshold: Figure }, read: MonthsWords): string => read(m, `${beside(new Dec(m), p)} 个月`);
const COMPARISON: Readonly<Record<Comparison, string>> = { lt: '低于', lte: '不高于', gt: '高于', gte: '不低于' };
/** "低于 0.00万元（红色）": the bound crossed, as `shown`, and the severity. */
const crossed = (p: AlertBand, shown: string): string => `${COMPARISON[p.comparison]} ${shown}${severity(p)}`;
const severity = (p: AlertBand): string => `（${SEVERITY_LABEL[p.severity].zh}）`;
/** "乌兰察布市 城乡居民医保基金" (the region name as loaded). */
const subject = (p: AlertSubject): string => `${p.region} ${FUND_LABEL[p.fund].zh}`;
const basis = (seasonal: boolean): string => (seasonal ? '按往年季节规律预测' : '按近期平均收支预测');

/** After a problem whose value more rows share (validate.ts groups a value's rows). */
const sameRows = (count: number): string => `（共 ${formatCount(count)} 行同一取值，此为第一行）`;

export const ZH: Catalogue = {
  'problem.line': (p, say) =>
    [p.source, ...(p.row === null ? [] : [`第${p.row}行`]), ...(p.column === null ? [] : [p.column]), `${say(p.problem)}${p.sameRows === undefined ? '' : sameRows(p.sameRows)}`, `应为：${say(p.expected)}`].join(' · '),
  'problem.more': (p) => `另有 ${p.count} 个问题未列出`,
  'problem.same_rows': (p) => sameRows(p.count),
  'problem.fix_rest': () => '修正以上问题后重新加载，可看到其余问题',

  'file.required_missing': (p) => `缺少必需的文件（${p.label}）`,
  'file.required_no_rows': (p) => `必需的表（${p.label}）只有表头，没有数据行`,
  'file.required_rows_expected': (p) => `${p.table} 在表头下至少有一行数据（行政区划：省级区划及其下的盟市/地市、旗县/县区各一行）`,
  'file.required_expected': (p) => `数据文件夹中包含 ${p.table}.csv（或 .xlsx / .parquet，或工作簿中名为 ${p.table} 的工作表）`,
  'file.format_unsupported': () => '不支持该文件格式，已忽略',
  'file.format_save_as': (p) =>
    ({
      xls: '旧版 Excel 工作簿（.xls）不能读取，已忽略：请在 Excel 中另存为"Excel 工作簿（*.xlsx）"',
      et: 'WPS 表格文件（.et）不能读取，已忽略：请在 WPS 中另存为"Excel 工作簿（*.xlsx）"',
      xlsm: '启用宏的工作簿（.xlsm）不读取，已忽略：请另存为"Excel 工作簿（*.xlsx）"（宏不会运行）',
      xlsb: 'Excel 二进制工作簿（.xlsb）不能读取，已忽略：请另存为"Excel 工作簿（*.xlsx）"',
      ods: 'OpenDocument 表格（.ods）不能读取，已忽略：请另存为"Excel 工作簿（*.xlsx）"',
      numbers: 'Apple Numbers 文稿（.numbers）不能读取，已忽略：请在 Numbers 中选择"文件 → 导出为 → Excel"，存为 .xlsx',
      txt: '文本文件（.txt，如 Excel 的"Unicode 文本"）不读取，已忽略：请在 Excel 中另存为"CSV UTF-8（逗号分隔）"',
      xls_html: '这个 .xls 文件其实是网页（HTML）表格（业务系统"导出 Excel"常见），不能读取，已忽略：请用 Excel 或 WPS 打开，另存为"Excel 工作簿（*.xlsx）"',
      xls_text: '这个 .xls 文件其实是文本（CSV），已忽略：请把扩展名改为 .csv，或用 Excel 打开后另存为"Excel 工作簿（*.xlsx）"',
      xls_zip: '这个文件其实是 .xlsx 工作簿，只是扩展名不对，已忽略：请把扩展名改为 .xlsx',
    })[p.format],
  'file.not_in_contract': () => '不是数据契约中的文件，已忽略',
  'file.not_in_contract_more': (p) => `它和其后 ${grouped(p.count)} 个文件都不是数据契约中的文件，已忽略（未逐一列出）`,
  'file.format_expected': (p) => `${p.table}.csv、${p.table}.xlsx 或 ${p.table}.parquet`,
  'file.contract_expected': (p) => `以下表名之一（.csv / .xlsx / .parquet）：${p.tables.join('、')}，或 ${p.policyFile}`,
  'file.no_sheet': () => 'XLSX 文件里没有工作表',
  'file.sheet_expected': (p) => `一个名为 ${p.table} 的工作表`,
  'file.workbook_expected': () => 'Excel 保存的 .xlsx 工作簿',
  'file.sheet_unknown': () => '工作表名不是数据契约中的表，已忽略',
  'file.table_by_header': (p) => `名称不是表名，按表头读作“${p.label}”（${p.table}）`,
  'file.table_by_header_expected': (p) => `以表名命名的文件（${p.table}.csv、${p.table}.xlsx）或工作表；请核对读作的表是否正确`,
  'file.sheet_hidden': () => '隐藏的工作表，未读取',
  'file.sheet_hidden_expected': () => '要载入的数据放在未隐藏的工作表中',
  'file.sheet_unknown_expected': (p) => `工作表名为表名或中文名之一：${p.tables.map((t) => `${t.table}（${t.label}）`).join('、')}`,
  'file.table_twice': (p) => `同一张表出现了两次（已有 ${p.sheet === null ? p.file : `${p.file} 的工作表"${p.sheet}"`}）`,
  'file.table_twice_expected': () => '每张表只提供一个文件或工作表',
  'file.unreadable': (p) => `文件无法读取：${p.reason}`,
  'file.unreadable_expected': () => '可以读取的文件（读取期间不要移动或修改它）',
  'file.garbled': () => '文件既不是 UTF-8 也不是 GBK/GB18030 编码（出现无法识别的字符）',
  'file.garbled_expected': () => 'UTF-8 或 GBK 编码的 CSV 文件',
  'file.empty': () => '文件是空的',
  'file.empty_optional': (p) => `${p.sheet ? '工作表' : '文件'}为空，已按未提供处理（${p.label}，可选）`,
  'file.empty_optional_expected': () => '表头和数据行；没有这项数据时可不提供此文件',
  'file.garbled_at': (p) =>
    `文件既不是 UTF-8 也不是 GBK/GB18030 编码：第${p.line}行第${p.column}列${p.after === '' ? '' : `（"${p.after}"之后）`}有无法识别的字节（按${ENCODING_ZH[p.encoding]}读到此处为止）`,
  'file.sheets_not_data': (p) => `${p.sheets.map((s) => `${SHEET_KIND_ZH[s.kind]}"${s.name}"`).join('、')}没有数据，未读取；其他工作表照常读取`,
  'file.sheets_not_data_expected': () => '数据放在普通工作表中',
  'file.no_rows': (p) => `只有表头，没有数据行：${p.label}（可选）按没有数据载入`,
  'file.no_rows_expected': () => '表头下方的数据行（是否导出了别的工作表或空模板？）；没有这项数据时可不提供此文件',
  'file.csv_disguise': (p) =>
    ({
      html: '这个 .csv 文件其实是网页（HTML），不是 CSV 文本：可能是业务系统导出的网页表格，也可能是登录或出错页面',
      xml: '这个 .csv 文件其实是 XML 文件（如 Excel 2003 的"XML 表格"），不是 CSV 文本',
      zip: '这个 .csv 文件其实是压缩包（.xlsx 工作簿或 ZIP 文件），不是 CSV 文本（改扩展名不会转换格式）',
      ole: '这个 .csv 文件其实是旧版 Excel 工作簿（.xls）、WPS 表格（.et）或设置了密码的工作簿，不是 CSV 文本（改扩展名不会转换格式）',
      pdf: '这个 .csv 文件其实是 PDF 文档，不是 CSV 文本',
      gzip: '这个 .csv 文件是 gzip 压缩文件，不是 CSV 文本',
      utf32: '这个 .csv 文件是 UTF-32 编码，不能读取',
    })[p.kind],
  'file.csv_disguise_expected': (p) =>
    ({
      html: '用 Excel 或 WPS 打开，另存为"CSV UTF-8（逗号分隔）"；是登录或出错页面的，请重新导出',
      xml: '用 Excel 或 WPS 打开，另存为"CSV UTF-8（逗号分隔）"或"Excel 工作簿（*.xlsx）"',
      zip: '工作簿把扩展名改为 .xlsx，ZIP 文件改为 .zip（或解压后载入）',
      ole: '用 Excel 或 WPS 打开（有密码的先取消密码），另存为"CSV UTF-8（逗号分隔）"或"Excel 工作簿（*.xlsx）"',
      pdf: '从原系统重新导出 CSV 或 Excel 表格（不读取 PDF 中的表格）',
      gzip: '解压后载入解压出的 .csv 文件',
      utf32: '另存为 UTF-8 或 GBK 编码的 CSV 文件',
    })[p.kind],
  'sheet.hidden_rows': (p) => `有 ${grouped(p.rows.count)} 行在 Excel 中隐藏（或被筛选掉），已照常读取：${rowsZh(p.rows)}`,
  'sheet.hidden_rows_expected': () => '隐藏或筛选掉的行也是数据；不应计入的行请删除，而不是隐藏',
  'sheet.cell_far_right': (p) => `单元格 ${p.cell} 有内容，远在表头之外（表头以右 ${grouped(p.limit)} 列以内才读取）`,
  'sheet.merged_down': (p) => `合并单元格 ${p.range} 跨了 ${p.rows} 行：只有第一行有值，其余各行读作空`,
  'sheet.merged_down_expected': () => '每行各填一个值（取消合并后向下填充）',
  'file.sheet_empty': () => '工作表是空的',
  'zip.invalid': () => '不是有效的 ZIP 文件（无法解压）',
  'zip.method': (p) => `其中的 ${p.path} 用 ${p.method === 'AES' ? 'AES 加密' : `${p.method} 方式压缩`}，无法解压：请不加密码、用 ZIP 的标准压缩方式（Deflate；7-Zip 中“压缩方法”选 Deflate，或用系统自带的“压缩”）重新打包`,
  'zip.encrypted': () => '压缩包设置了密码，无法解压：请先解压，再载入解压出的文件夹（或不加密码重新压缩）',
  'zip.entry_twice': (p) => `压缩包中的 ${p.path} 出现了不止一次，无法确定读取哪一个`,
  'zip.entry_damaged': (p) => `压缩包中的 ${p.path} 已损坏：解压出的内容与压缩包目录记录的校验值不符（大小或内容被改动），未读取`,
  'zip.too_big': (p) =>
    `压缩包中的 ${p.part} 解压后为 ${mibBeside(p.bytes, p.partLimit)}，超出可读取的大小（单个文件 ${mibBeside(p.partLimit, p.bytes)}、合计 ${mib(p.totalLimit)}、压缩比 ${p.ratio} 倍以内）；未解压`,
  'zip.symbolic_link': (p) => `压缩包中的 ${p.path} 是符号链接（指向 ${p.target}），不是文件本身`,
  'zip.symbolic_link_expected': () => '由数据文件夹压缩成的 ZIP 文件，存放文件本身而非链接（zip 不加 -y）',
  'zip.expected': () => '由数据文件夹（或每个盟市/地市一个文件夹）压缩成的 ZIP 文件',

  'xlsx.invalid': () => '不是有效的 XLSX 文件（无法解压）',
  'xlsx.too_big': (p) =>
    `工作簿的部件 ${p.part} 解压后为 ${mibBeside(p.bytes, p.partLimit)}（压缩时 ${mib(p.packed)}），超出可读取的大小（单个部件 ${mibBeside(p.partLimit, p.bytes)}、合计 ${mib(p.totalLimit)}、压缩比 ${p.ratio} 倍以内）；未解压`,
  'xlsx.compound_file': () => '设置了打开密码的工作簿，或旧版 .xls 文件（无法读取）：请取消密码（文件 → 信息 → 保护工作簿）或另存为 .xlsx',
  'xlsx.no_workbook': () => '不是有效的 XLSX 文件（缺少 xl/workbook.xml；旧版 .xls 请另存为 .xlsx）',
  'xlsx.other_document': (p) =>
    ({
      xlsb: '这个文件其实是 Excel 二进制工作簿（.xlsb），不是 XLSX（改扩展名不会转换格式）：请在 Excel 中打开，另存为"Excel 工作簿（*.xlsx）"',
      numbers: '这个文件其实是 Apple Numbers 文稿，不是 XLSX（改扩展名不会转换格式）：请在 Numbers 中选择"文件 → 导出为 → Excel"，存为 .xlsx',
      docx: '这个文件其实是 Word 文档（.docx），不是工作簿：请把其中的表格复制到 Excel 或 WPS 表格中，存为 .xlsx',
      pptx: '这个文件其实是 PowerPoint 演示文稿（.pptx），不是工作簿：请提供原始的 Excel 表格（.xlsx）',
      ods: '这个文件其实是 OpenDocument 表格（.ods），不是 XLSX（改扩展名不会转换格式）：请用 LibreOffice 或 WPS 打开，另存为"Excel 工作簿（*.xlsx）"',
      odf: '这个文件其实是 OpenDocument 文档（不是表格），不是 XLSX：请提供 Excel 工作簿（.xlsx）',
    })[p.document],
  'xlsx.sheet_missing': (p) =>
    `工作表"${p.sheet}"的内容不在文件中：${p.part === null ? `工作簿没有记录它存放在哪里（找不到关系 ${p.relId}）` : `工作簿记录它在 ${p.part}，压缩包里却没有这一部分`}（生成文件的程序漏写了它，或文件保存后被改动过）`,
  'xlsx.disguised': (p) =>
    p.content === 'html'
      ? '这个 .xlsx 文件其实是网页（HTML）或 XML 表格（业务系统"导出 Excel"常见），不是 XLSX（改扩展名不会转换格式）：请用 Excel 或 WPS 打开，另存为"Excel 工作簿（*.xlsx）"'
      : '这个 .xlsx 文件其实是文本（CSV），不是 XLSX：请把扩展名改为 .csv，或用 Excel 打开后另存为"Excel 工作簿（*.xlsx）"',
  'xlsx.sheet_external': (p) => `工作表"${p.sheet}"的数据不在工作簿中，而在外部地址 ${p.target}（不会访问）`,
  'xlsx.damaged': (p) => `XLSX 内容损坏：${p.reason}`,
  'xlsx.part_twice': (p) => `XLSX 文件损坏：${p.part} 在压缩包中出现了两次，不同软件会读到不同的内容（Excel 拒绝打开这样的文件）`,
  'xlsx.sheet_cut': (p) =>
    `工作表"${p.sheet}"（${p.part}）的内容损坏（${p.reason}）${p.lastRow === null ? '，第一行之前即中断' : `，第 ${p.lastRow} 行之后中断`}：文件可能不完整，或压缩包中记录的大小与内容不符`,
  'xlsx.sheet_damaged': (p) => `工作表"${p.sheet}"（${p.part}）的内容损坏（${p.reason}）${p.lastRow === null ? '，在第一行' : `，第 ${p.lastRow} 行之后`}`,
  'xlsx.shared_string_missing': (p) => `工作表"${p.sheet}"的单元格 ${p.cell} 引用的共享字符串 ${p.index} 不存在（共享字符串表只有 ${p.count} 项，编号从 0 起）`,

  'header.expected': (p) => `表头为 ${p.columns.join(',')}（或中文 ${p.labels.join(',')}）`,
  'header.too_wide': (p) => `表头有 ${grouped(p.cells)} 列，超过 ${grouped(p.limit)} 列，不像是这张表`,
  'header.semicolons': () => '表头用分号（;）分隔（欧洲地区设置的 Excel 这样保存 CSV），读不出各列',
  'header.semicolons_expected': () => '逗号分隔的 CSV：在 Excel 中另存为"CSV UTF-8（逗号分隔）"，或把分号换成逗号（金额中的小数逗号换成小数点）',
  'header.column_twice': (p) =>
    `列"${p.column}"出现了两次：${p.cells.map((c) => `${p.sheet ? '' : '第'}${c.place}列"${c.name}"`).join('、')}${p.sheet ? '（隐藏的列也算）' : ''}`,
  'header.column_missing': (p) => `缺少列"${p.column}"（${p.label}）`,
  'header.column_missing_two_rows': (p) =>
    `缺少列"${p.column}"（${p.label}）：表头似乎占两行（第${p.upper}、${p.lower}行，合并单元格），两行逐列合并后仍没有这一列`,
  'header.two_rows': (p) =>
    `表头占两行（第${p.upper}、${p.lower}行，合并单元格）：两行逐列合并为一行表头读取（下一行有列名处取下一行的，否则取上一行的），数据从第${p.lower + 1}行起`,
  'header.two_rows_expected': () => '一行表头，每列一个列名；两行表头逐列合并后须写全各列',
  'header.units_conflict': (p) => `表头或其上方写了不同的金额单位（"${p.text}"等）`,
  'header.units_conflict_expected': () => '一个表只用一种金额单位：单位：元、单位：万元 或 单位：亿元',
  'header.unit_unsupported': (p) => `"${p.text}"中的金额单位无法换算（只读取元、万元、亿元）`,
  'header.unit_unclear': (p) => `"${p.text}"提到了金额单位，但看不出表中金额以什么为单位（不写明时按元读取）`,
  'header.count_unit': (p) => `表头上方的"${p.text}"写明人数以万人（或千人、万户）计：本表的人数按实际人数读取，不换算`,
  'header.count_unit_expected': () => '人数、户数填写实际数（如 40321，不写 4.03 万人），并删去这一行单位说明',
  'header.unit_below': (p) => `表格下方的"${p.text}"写明了金额单位，与表头及其上方写的不同（没写时按元）：金额只按表头及其上方的单位读取`,
  'header.unit_where': () => '单位写在表头之上的一行，如"单位：万元"，或写在金额列名后，如 金额（万元）',
  'header.rows_skipped': (p) => `表头在第${p.headerRow}行，上方 ${p.titles.length} 行已跳过：${p.titles.map((t) => `"${t}"`).join('、')}`,
  'header.rows_skipped_expected': () => '标题、单位等说明行在表头之上（不作为数据）',
  'header.unit_converted': (p) =>
    `按"${p.unitText ?? p.unit}"把金额列（${p.columns.join('、')}）换算为元（×${UNIT_DIGITS[p.unit] === 4 ? '10,000' : '100,000,000'}，精确到分）`,
  'header.unit_expected': (p) => `以${p.unit}为单位时最多 ${2 + UNIT_DIGITS[p.unit]} 位小数`,
  'header.columns_ignored': (p) =>
    `未读取数据说明以外的列：${p.columns.map((c) => (c.name === '' ? `第${c.position + 1}列（无列名）` : `"${c.name}"（第${c.position + 1}列）`)).join('、')}`,
  'header.total_rows': (p) => `${rowsZh(p.rows)}是合计行：不作为数据载入，已与上方各行之和核对`,
  'header.total_rows_expected': () => '合计行的金额、人数等于其上方各行之和',
  'header.sign_off_rows': (p) => `${rowsZh(p.rows)}是表格下方的填报人、审核人、日期或注释行：不作为数据载入`,
  'header.sign_off_rows_expected': () => '表格下方的签署、日期、注释行不是数据',
  'header.subtotal_rows': (p) => `${rowsZh(p.rows)}是小计行：不作为数据载入，已与上方自上一小计或合计行起各行之和核对`,
  'header.subtotal_rows_expected': () => '小计行的金额、人数等于其上方自上一小计或合计行起各行之和',
  'header.repeated': (p) => `这一行是重复的表头（与第${p.headerRow}行的表头相同，常见于两份导出拼接成一个文件）`,
  'header.repeated_expected': () => '删除这一行：一个表只在数据上方有一行表头',
  'row.title_line': () => '这一行只有第一格有内容，像是标题或分组行（常见于两份导出拼接成一个文件），不是数据',
  'row.title_line_expected': () => '删除这一行：标题和说明写在表头之上，数据行每列都填',
  'header.column_number_rows': (p) => `${rowsZh(p.rows)}是栏次行（各列的编号）：不作为数据载入`,
  'header.column_number_rows_expected': () => '栏次行不是数据',

  'cell.expected': (p) => CELL_EXPECTED[p.kind](p),
  'cell.expected_in_unit': (p) =>
    p.signed ? `以${p.unit}为单位、最多${p.decimals}位小数的金额（可为负），如 -12.345678` : `以${p.unit}为单位、最多${p.decimals}位小数的非负金额，如 12.345678`,
  'cell.empty': (p) => `${p.label}为空`,
  'cell.scientific': (p) => `${p.label}"${p.value}"是科学计数法，不是精确的数`,
  'cell.unit_in_cell': (p) => `${p.label}"${p.value}"在单元格里写了单位：金额只能是数字，单位写在表头之上（如"单位：万元"）或列名后（如 金额（万元）），整张表一种`,
  'cell.invalid': (p) => CELL_INVALID[p.kind](`"${p.value}"`, p.label),
  'cell.negative': (p) => (p.kind === 'money' ? `金额"${p.value}"为负数` : `${p.label}"${p.value}"为负数`),
  'cell.too_large': (p) => {
    if (p.kind === 'count') return `${p.label}"${p.value}"过大`;
    return p.unit === null ? `金额"${p.value}"过大（最多16位整数）` : `金额"${p.value}"（${p.unit}）过大`;
  },
  'cell.too_many_decimals': (p) =>
    p.unit === null ? `金额"${p.value}"超过两位小数` : `金额"${p.value}"（${p.unit}）超过${p.decimals}位小数，换算为元后不是整分`,
  'cell.decimal_point': (p) => `区划代码"${p.value}"带了小数点（被表格软件当成了数字）`,
  'cell.excel_error': (p) => `${p.label}"${p.value}"是 Excel 的错误值（公式没有算出结果）`,
  'cell.formula': (p) => `${p.label}"${p.value}"是没有计算结果的公式（用 Excel 或 WPS 打开并保存后再载入）`,
  'cell.id_scientific': (p) => `身份证号"${p.value}"是科学计数法：表格软件把它当成了数字，只留下前15位`,
  'cell.no_such_date': (p) => `日期"${p.value}"不存在`,
  'cell.date_not_kind': (p) => `单元格是${p.time ? '时间' : '日期'} ${p.value}，不是${p.label}`,
  'cell.percent': (p) => `单元格是百分数 ${p.value}，不是${p.label}`,
  'cell.percent_ratio': (p) => `${p.label}"${p.value}"写成了百分数：请写成小数 ${p.decimal}（XLSX 中设为百分比格式的单元格可直接读取）`,
  'cell.dash_zero': (p) => `${p.label}"${p.value}"：Excel 的千位分隔或会计格式把 0 显示为"-"，另存为 CSV 时写成了"-"；若为 0 请填 0，或把该列设为"常规"或"数值"格式后再另存`,
  'cell.date_zoned': (p) => `${p.label}"${p.value}"是带时区的时间戳，其日期按该时区计，可能与北京时间的日期相差一天：请写成日期本身（如 2021-10-22）`,
  'cell.date_serial': (p) => `日期"${p.value}"是 Excel 的日期序号（即 ${p.date}）：该列另存为 CSV 时不是日期格式；请把该列设为日期格式（yyyy-mm-dd）后再另存，或直接载入 XLSX 工作簿`,

  'parquet.no_marks': () => 'Parquet 无法读取：文件首尾没有 Parquet 标记（PAR1），不是 Parquet 文件',
  'parquet.no_marks_expected': () => '有效的 Parquet 文件',
  'roster.too_big_csv': (p) =>
    `名册约 ${grouped(p.rows)} 行（${grouped(p.megabytes)} MB），超出浏览器可处理的范围（${grouped(p.limitRows)} 行），未载入；请在本机用命令行处理：${p.command}（DIR 为数据文件夹）`,
  'roster.too_big_parquet': (p) =>
    `名册为 ${grouped(p.megabytes)} MB 的 Parquet 文件，超出浏览器可处理的范围（Parquet 文件 ${grouped(p.limitMegabytes)} MB），未载入；请在本机用命令行处理：${p.command}（DIR 为数据文件夹）`,
  'roster.too_big_expected': (p, say) => `浏览器中的名册不超过 ${say(p.limit)}；更大的名册用命令行 ${p.command}（本机 DuckDB，超出内存时暂存到磁盘）`,
  'roster.limit_rows': (p) => `${grouped(p.rows)} 行`,
  'roster.limit_parquet': (p) => `Parquet 文件 ${grouped(p.megabytes)} MB`,
  'parquet.unreadable': (p) => `Parquet 无法读取：${p.reason}`,
  'parquet.unreadable_expected': () => '有效的 Parquet 文件',
  'parquet.type_unreadable': (p) => `Parquet 的列类型无法读入：${p.reason}`,
  'parquet.type_unreadable_expected': () => '文本、整数、DECIMAL、日期或布尔类型的列',
  'parquet.type_region_code': (p) => `列类型为 ${p.type}，区划代码须为文本（数值会丢掉前导零）`,
  'parquet.type_money_float': (p) => `列类型为 ${p.type}（浮点数），金额不能用浮点数存储`,
  'parquet.type_money_decimals': (p) => `列类型为 ${p.type}，金额最多两位小数`,
  'parquet.type_count_float': (p) => `列类型为 ${p.type}（浮点数），应为整数`,
  'parquet.type_decimal_float': (p) => `列类型为 ${p.type}（浮点数），因素值应为文本或 DECIMAL`,
  'parquet.type_expected': (p) =>
    ({ region_code: 'string（UTF8）类型的6位区划代码', money: 'string 或 DECIMAL(18,2) 类型的金额', decimal: 'string 或 DECIMAL 类型的因素值', other: '整数类型' })[p.kind],
  'csv.columns': (p) => `列数不对：表头有 ${p.header} 列，这一行有 ${p.found} 列`,
  'csv.unreadable': (p) => `CSV 无法读取：${p.reason}`,
  'csv.unterminated_quote': () => '引号没有成对：这一行有单元格以双引号开始却没有结束的双引号（或双引号括起的单元格超过 2 MB，读不到它的结束引号）',
  'csv.bad_line': () => 'CSV 无法读取这一行：含无法识别的字符，或有超过 2 MB 的单元格',
  'csv.expected': (p) =>
    p.delimiter === ','
      ? '逗号分隔的 CSV，每行列数与表头相同，含逗号、引号或换行的单元格用双引号括起'
      : p.delimiter === '|'
        ? '竖线（|）分隔的文本，每行列数与表头相同，含竖线、引号或换行的单元格用双引号括起'
        : '制表符分隔的文本，每行列数与表头相同，含制表符、引号或换行的单元格用双引号括起',

  'check.sum_limit': (p) => `${p.label}从表头到这一行的合计 ${p.value} 超出可精确计算的范围`,
  'check.sum_limit_expected': (p) => `整列之和（绝对值）不超过 ${p.limit}${p.kind === 'count' ? '（可精确计算的最大整数）' : ' 元'}`,
  'check.total_row': (p) => `合计行的${p.label}为 ${p.value}${p.unit === null ? '' : `（${p.unit}）`}，上方各行之和为 ${p.sum}${p.difference === null ? '' : `，相差 ${p.difference}`}`,
  'check.total_row_expected': () => '合计行等于其上方各行之和',
  'check.subtotal_row': (p) => `小计行的${p.label}为 ${p.value}${p.unit === null ? '' : `（${p.unit}）`}，上方自上一小计或合计行起各行之和为 ${p.sum}${p.difference === null ? '' : `，相差 ${p.difference}`}`,
  'check.subtotal_row_expected': () => '小计行等于其上方自上一小计或合计行起各行之和',
  'check.region_unknown': (p) => `区划代码"${p.value}"不在 regions.csv 中`,
  'check.region_unknown_expected': () => 'regions.csv 中已有的区划代码',
  'check.references_unchecked': () => '本文件有错误，其他文件中的区划代码暂未与它核对',
  'check.references_unchecked_expected': () => '修正本文件后重新载入，其他文件的区划代码随后核对',
  'check.rows_merged': (p) => `${p.merged} 行与前面某行完全相同（如第${p.row}行与第${p.first}行），已合并为一行，不重复计数`,
  'check.rows_merged_expected': (p) => `每个 ${p.columns.join(', ')} 的组合一行（完全相同的重复行会被合并，不影响载入）`,
  'check.ids_malformed': (p) =>
    `${p.count} 行的身份证号不是 18 位（17 位数字加数字或 X）也不是 15 位数字（如${p.rows.map((r) => `第${r.row}行 ${r.id}`).join('、')}），按所写的号码计人，照常载入`,
  'check.ids_malformed_expected': () => '18 位身份证号（或 15 位旧证号，自动升为 18 位）；全角数字、小写 x、空格和连字符会自动规整',
  'check.ids_zero_filled': (p) =>
    `${p.count} 行（共 ${p.total} 行）的身份证号以 000 结尾（如${p.rows.map((r) => `第${r.row}行 ${r.id}`).join('、')}）：表格软件把身份证号当成数字保存，只保留了前 15 位，后三位成了 000，不同的人会被当作同一人`,
  'check.duplicate_key': (p) => `与第${p.row}行重复（${p.parts.map(or).join(' / ')}）`,
  'check.duplicate_key_expected': (p) => `${p.key.join(' + ')} 的组合在文件中唯一`,
  'check.more_than_recipients': (p) => `${p.column === 'enrolled' ? '已参保人数' : '资助参保人数'} ${p.value} 大于救助对象人数 ${p.recipients}`,
  'check.more_than_recipients_expected': (p) => `${p.column} ≤ recipients`,
  'check.income_no_source': () => '收入行缺少资金来源级次',
  'check.income_no_source_expected': () => '收入行填写 central | province | city | county | individual | other',
  'check.expenditure_source': (p) => `支出行填写了资金来源级次"${p.value}"`,
  'check.expenditure_source_expected': () => '支出行的 source_level 留空',
  'check.word_says_other': (p) => `${p.label}"${p.word}"与本行${p.otherLabel}"${DIRECTION_ZH[p.other] ?? p.other}"矛盾`,
  'check.word_says_other_expected': (p) => `${p.label}与${p.otherLabel}一致（或${p.label}写"其他"，由${p.otherLabel}区分）`,
  'check.item_direction': (p) =>
    `项目"${p.value}"（${ITEM_LABEL[p.value]?.zh ?? p.value}）是${p.direction === 'income' ? '支出' : '收入'}项目，本行收支方向为${p.direction === 'income' ? '收入' : '支出'}`,
  'check.item_direction_expected': (p) => `${p.direction === 'income' ? '收入' : '支出'}项目：${p.items.map((i) => (ITEM_LABEL[i] ? `${i}（${ITEM_LABEL[i]?.zh ?? ''}）` : i)).join(' | ')}，或改正收支方向`,
  'check.received_before_issued': (p) => `到账日期 ${p.received} 早于下达日期 ${p.issued}`,
  'check.received_before_issued_expected': () => '到账日期不早于下达日期',
  'check.source_transfer_unknown': (p) => `来源文号"${p.value}"不在 transfers.csv 中`,
  'check.source_transfer_unknown_expected': () => 'transfers.csv 中已有的文号',
  'check.transfer_loop': (p) => `来源文号链循环：${p.chain}`,
  'check.transfer_loop_expected': () => '来源文号链止于一份没有来源文号的文件（最初下达的文件）',
  // The value is `code fund year balance`: Chinese says the year as 2024年.
  'check.opening_balance': (p) => `年初结余与上年不衔接：${p.value.replace(/^(\S+ \S+ \S+) /, '$1年 ')}，按上年年初结余 + 上年收入 − 上年支出应为 ${p.expected}`,
  'check.opening_balance_expected': () => '年初结余 = 上年年初结余 + 上年全年收入 − 上年全年支出（仅提示，数据照常载入）',
  'check.opening_missing': (p) =>
    `区划 ${p.region} 的${fundWord(p.fund, 'zh')} ${p.year} 年有收支，但 fund_balances 中没有它 ${p.year} 年的年初结余：该账户及其各级上级区划的累计结余、可支付月数不予计算，缺口分担中的累计结余按未知（0）计`,
  'check.opening_missing_expected': () => '每个有收支的区划、基金和年度一行年初结余（可按上年年初结余 + 上年收入 − 上年支出填写）',
  'check.parent_missing': (p) => `${p.level === 'city' ? '盟市/地市' : '旗县/县区'}级区划缺少上级区划代码`,
  'check.parent_missing_expected': () => '上级区划代码',
  'check.province_parent': () => '省级区划不应有上级区划代码',
  'check.province_parent_expected': () => '省级区划的 parent_code 留空',
  'check.parent_level': (p) =>
    `本行级别为${LEVEL_ZH[p.own]}（${p.own}），上级区划"${p.parent}"的级别是${LEVEL_ZH[p.level]}（${p.level}），层级不对${p.prefecture ? '；地区、盟、自治州是地级区划（如伊犁哈萨克自治州代管的塔城地区），上级区划写省级区划，自成统筹区' : p.own === 'city' && p.level === 'city' ? '；县级市（如霍林郭勒市）的级别写 county 或 县' : ''}`,
  'check.parent_level_expected': () => '盟市/地市的上级是省级区划，旗县/县区的上级是盟市/地市；省直管县（如湖北仙桃市 429004）的上级可以是省级区划或省直辖县级行政区划（429000），自成统筹区；直辖市的区县列在其市辖区、县（如 110100、500200，级别 city）之下，由其统筹',
  'check.factor_not_city': (p) => `区划"${p.code}"的级别是 ${p.level}，不是盟市/地市`,
  'check.factor_not_city_expected': () => '盟市/地市（city）的区划代码：因素法由省级区划分配到盟市/地市',
  'check.obligation_not_county': (p) => `区划"${p.code}"的级别是 ${p.level}，不是旗县/县区`,
  'check.passed_down_more': (p) =>
    `文号"${p.id}"下达 ${group(p.amount)} 元，而来源文号为它的 ${p.documents} 份文件合计转下达 ${group(p.passed)} 元，多出 ${group(fixed(new Dec(p.passed).minus(p.amount), 2))} 元`,
  'check.passed_down_more_expected': () => '转下达合计不超过来源文件的金额：核对各转下达文件的金额和来源文号（本级另行安排的资金单独发文，不填来源文号）（仅提示，数据照常载入）',
  'check.rows_above_counties': (p) => `区划"${p.code}"（${p.name}）下辖旗县/县区，而本表按旗县/县区填报：此行的人数计入它和上级的合计，不计入任何旗县/县区（下钻到旗县/县区时看不到）`,
  'check.rows_above_counties_expected': () => '旗县/县区或无下辖旗县/县区的盟市/地市的区划代码；确实不属于任何旗县/县区的本级人员才这样填报',
  'check.county_sum_repeated': (p) => `区划"${p.code}"的${p.label} ${p.value} 等于其下辖区划各行之和：这是合计行，人数会被重复计算`,
  'check.county_sum_repeated_expected': () => '删除此合计行：上级的合计由各旗县/县区的行相加得出',
  'check.obligation_not_county_expected': () => '旗县/县区（county）或无下辖旗县/县区的盟市/地市（如省直辖县）的区划代码：应缴未缴是其缴费与配套责任，用于缺口分担中的自身原因',
  'check.second_province': (p) => `第二个省级区划"${p.code}"：一份数据只有一个省级区划（已有"${p.first}"）`,
  'check.second_province_expected': () => '只有一行 province；其他省份的数据另行载入',
  'check.tile_overlap': (p) => `地区 ${p.code} 与第${p.firstRow}行的地区 ${p.first} 占用同一方块（第 ${p.row} 行第 ${p.column} 列）`,
  'check.tile_overlap_expected': () => '同一上级的地区各占一个方块（row + col 不重复）',
  'check.tile_missing': (p) => `地区 ${p.code} 不在 region_tiles.csv 中，方块图将把它自动排在布局下方`,
  'check.tile_missing_expected': () => 'region_tiles.csv 为同一上级的每个地区各列一行（仅提示，数据照常载入）',
  'check.province_direct': (p) => `县级区划 ${p.code} ${p.name} 直属省级区划（省直管县）：自成统筹区，与盟市/地市并列统计、预警，缺口由其自身承担`,
  'check.province_direct_expected': () => '仅提示，数据照常载入',
  'check.municipal_district': (p) => `区县 ${p.code} ${p.name} 直接列在直辖市之下：自成统筹区，与其他区县并列统计、预警，缺口由其自身承担，市级不分担`,
  'load.roster_partial': (p) =>
    `${p.quarter} 的名册（roster）只有 ${p.covered} 个地区，而救助对象参保表（assistance_enrollment）有 ${p.listed} 个：该季度的救助对象和参保人数全部取自名册，其余 ${p.missing} 个地区（${p.examples}）本季度没有参保数据，也不作参保预警`,
  'load.roster_partial_expected': () => '名册包含该季度的全部地区，或不放入名册（按参保表统计）；仅提示，数据照常载入',
  'check.factor_cities_missing': (p) =>
    `${p.year} 年${POT_LABEL[p.pot].zh}的分配因素缺少 ${p.missing} 个盟市/地市（共 ${p.cities} 个）：${p.examples.map((c) => `${c.name} ${c.code}`.trim()).join('、')}${p.missing > p.examples.length ? ' 等' : ''}。因素法把全部资金分给所列盟市/地市，未列入的分不到资金，其余盟市/地市相应多分`,
  'check.factor_cities_missing_expected': () => '每个年度、每类资金列出全部盟市/地市（不参与分配的因素填 0）；仅提示，数据照常载入',
  'check.quarter_gap': (p) =>
    `地区 ${p.code} 在前后季度之间缺少 ${p.quarters} 的收支行：年初至今收支和近四个季度的月均支出按该季度为零计算，可支付月数可能偏高${p.more > 0 ? `（另有 ${p.more} 个地区缺少季度）` : ''}`,
  'check.quarter_gap_expected': () => '每个地区每个季度都有收支行（当季确无收支的写 0）；仅提示，数据照常载入',
  'check.municipal_district_expected': (p) => `若市级应分担区县的缺口，在 regions.csv 中加入 ${p.city} 市辖区（级别 city，上级为直辖市）并把区县列在其下；否则仅提示，数据照常载入`,
  'check.direct_group': (p) => `${p.code} ${p.name} 是省（自治区）直辖县级行政区划的归类，不是统筹区：其下 ${p.units} 各自成统筹区，与盟市/地市并列统计、预警，缺口由其自身承担`,
  'check.direct_group_expected': () => '仅提示，数据照常载入；归类代码本身不显示，也不应有数据行',
  'check.direct_group_rows': (p) => `区划代码"${p.code}"是省（自治区）直辖县级行政区划的归类，不是统筹区，没有自己的账户`,
  'check.direct_group_rows_expected': (p) => `其下县级区划的代码（${p.units}）`,

  'merge.policy_differs': (p) => `报送"${p.submission}"的 ${p.policyFile} 与报送"${p.first}"的不同`,
  'merge.policy_differs_expected': (p) => `各报送的 ${p.policyFile} 相同（或只由一个文件夹提供）`,
  'merge.conflict': (p) =>
    `报送"${p.first}"与报送"${p.second}"的 ${p.table} 中同一键（${p.key}）的数据不同：${p.values.map((v) => `${v.column} ${or(v.a)} ≠ ${or(v.b)}`).join('；')}`,
  'merge.conflict_expected': (p) => `同一键（${p.key.join(' + ')}）只由一个报送提供，或各报送中完全相同（相同的行只保留一行）`,
  'merge.more_conflicts': (p) => `另有 ${p.count} 个键在不同报送中的数据不同，未列出`,
  'merge.fix_rest': () => '修正以上问题后重新合并，可看到其余问题',

  'load.write_failed': (p) => `写入数据表失败：${p.reason}`,
  'load.write_failed_expected': () => '数据通过校验后可以写入；请把此信息报告给维护者',
  'load.policy_expected': () => 'fundwatch-policy/2（或旧版 /1）格式的 policy.json（见 src/domain/policy/policy.default.json）',
  'load.policy_empty': () => '文件是空的（没有任何内容）：填入政策参数，或删除此文件以按默认参数计算',
  'load.policy_not_json': (p) => `不是有效的 JSON：${p.reason}`,
  'load.policy_key_twice': (p) => `第${p.column}列的键"${p.key}"在同一个对象中已出现过：JSON 只读取后一个，前一个的修改不会生效；请删去其中一个`,
  'load.policy_province': (p) => `policy.json 是为 ${p.policy} 制定的，而 regions.csv 的省级区划是 ${p.data}：其筹资标准、分担比例和预警阈值可能属于另一个省份`,
  'load.policy_province_expected': () => 'province_code 与 regions.csv 中省级区划的代码相同',
  'load.policy_city_not_pool': (p) =>
    `policy.json 中 ${p.year} 年 sharing.cities 的 ${p.code}${p.name === '' ? '' : ` ${p.name}`}${
      p.found === 'missing' ? ' 不在 regions.csv 中' : p.found === 'grouping' ? ` 是省直辖县级行政区划的归类代码（其下单位 ${p.units} 各自成统筹区）` : p.found === 'county' ? ' 是地市下辖的县级区划' : ' 是省级区划'
    }：这条分担规则不适用于任何统筹区，各地市按默认规则（sharing.default）分担`,
  'load.policy_city_not_pool_expected': () => 'sharing.cities 的键为 regions.csv 中地市（或省直管单位）的六位代码',
  'load.policy_syntax': (p) => {
    const at = `第${p.column}列`;
    switch (p.kind) {
      case 'end':
        return `不是有效的 JSON：${at}处文件提前结束（缺少 }、] 或引号）`;
      case 'trailing_comma':
        return `不是有效的 JSON：${at}是多余的逗号（最后一项后面不能有逗号）`;
      case 'key':
        return `不是有效的 JSON：${at}应为带双引号的键名`;
      case 'control':
        return `不是有效的 JSON：${at}起的文本中有换行或控制字符（引号是否漏了一个？换行须写成 \\n）`;
      case 'after':
        return `不是有效的 JSON：${at}在 JSON 结束之后还有内容`;
      case 'token':
        return `不是有效的 JSON：${at}的“${p.found}”不符合 JSON 语法`;
    }
  },
  'load.policy_invalid': (p, say) => `${p.policyFile} 有误：${say(p.issue)}`,

  'compare.tree': (p, say) => `比对数据的区划树与当前数据不同：${say(p.difference)}`,
  'compare.tree_expected': () => '与当前数据相同的区划树：相同的区划代码、级别和上级区划（名称、地区类别可以修改）',
  'compare.region_added': (p) => `区划 ${p.code} 在当前数据中，不在比对数据中`,
  'compare.region_removed': (p) => `区划 ${p.code} 在比对数据中，不在当前数据中`,
  'compare.level_differs': (p) => `区划 ${p.code} 的级别不同：比对数据 ${or(p.before)}，当前数据 ${or(p.after)}`,
  'compare.parent_differs': (p) => `区划 ${p.code} 的上级不同：比对数据 ${or(p.before)}，当前数据 ${or(p.after)}`,
  'compare.more_regions': () => '另有更多区划不同，未列出',

  'policy.issue': (p, say) => `${p.year === null ? '' : `${p.year} 年政策：`}${p.path || 'policy'}: ${say(p.reason)}`,
  'policy.not_json_object': () => '应为一个 JSON 对象',
  'policy.not_object': () => '应为对象',
  'policy.unknown_key': () => '未知的键',
  'policy.missing': () => '缺少此项',
  'policy.number_not_text': (p) => `${p.value} 须写成带引号的小数文本，如 "${p.text}"`,
  'policy.not_decimal': (p) => `${p.value} 不是数字（请写成如 0.99 的小数）`,
  'policy.not_ratio': (p) => `${p.value} 是比例，须在 0 到 1 之间`,
  'policy.negative': (p) => `${p.value} 不能为负数`,
  'policy.not_integer': (p) => `${p.value} 须为不小于 ${p.min} 的整数`,
  'policy.integer_above': (p) => `${p.value} 过大：最多为 ${p.max}`,
  'policy.number_overflow': () => '数字超出可表示的范围（JSON 读作无穷大）：请写成合理的值，小数写成带引号的文本，如 "0.99"',
  'policy.not_one_of': (p) => `${p.value} 不是可选值之一（${p.options}）`,
  'policy.not_list_of': (p) => `应为列表，取值为 ${p.options}`,
  'policy.not_text': () => '应为文本',
  'policy.not_city_code': (p) => `键 ${p.key} 不是六位盟市/地市代码`,
  'policy.not_band_list': () => '应为档位列表',
  'policy.band_not_object': () => '应为档位对象，如 {"severity": "red", "lt": "0.99"}',
  'policy.band_unknown_key': () => '未知的键（可用 severity、gt、gte、lt、lte）',
  'policy.band_no_bound': () => '档位至少要有一个界限（gt、gte、lt 或 lte）',
  'policy.band_both_lower': () => 'gt 与 gte 只能设一个',
  'policy.band_both_upper': () => 'lt 与 lte 只能设一个',
  'policy.band_empty': (p) => `区间为空：没有值介于 ${p.from} 与 ${p.to} 之间`,
  'policy.band_order': (p) => `排在 ${p.other} 之后却位于其下方：同一规则的档位须从低到高排列`,
  'policy.band_overlap': (p) => `与 ${p.other} 重叠：${range(p)}同属两档（档位不得重叠）`,
  'policy.band_gap': (p) => `与 ${p.other} 之间有空档：${range(p)}不属于任何档（相邻档位须首尾相接，只有一段正常区间可以不属于任何档）`,
  'policy.coverage_no_target': () => '须有一个带上界的红色档，如 {"severity": "red", "lt": "0.99"}：该上界即参保率目标',
  'policy.target_is_band': () => 'fundwatch-policy/2 中没有此项：参保率目标即 thresholds.coverage 中红色档的上界，请在该处设置',
  'policy.deadline_is_timeliness': (p) => `fundwatch-policy/2 中没有此项：该规则只读取 timeliness.${p.setting}，请在该处设置`,
  'policy.coverage_target_disagrees': (p) =>
    `${p.value} 与 ${p.other} 的 ${p.otherValue} 不一致：参保率目标就是参保率红色档的上界，只能有一个值；请改为相同或删除 coverage_target`,
  'policy.deadline_disagrees': (p) => `${p.value} 与 ${p.other} 的 ${p.otherValue} 不一致：该规则只读取 ${p.other}；请删除 thresholds.${p.rule}`,
  'policy.schema_missing': () => '缺少此项，应为 "fundwatch-policy/2"（文件格式的版本）',
  'policy.province_code_missing': () => '缺少此项，应为本省（自治区、直辖市）的六位行政区划代码，如 "150000"',
  'policy.schema': (p) => `${p.value} 不是 "fundwatch-policy/2"（或旧版 "fundwatch-policy/1"）`,
  'policy.province_code': (p) => `${p.value} 不是六位行政区划代码`,
  'policy.years_empty': () => '应为非空的年度块列表',
  'policy.year_not_integer': (p) => `${p.value} 不是整数年份`,
  'policy.year_order': (p) => `${p.value} 不在 ${p.previous} 之后（年份须递增且不重复）`,
  'policy.weights_sum': (p) => `因素权重 factor_weight ${p.factor} 与绩效权重 performance_weight ${p.performance} 之和须为 1`,
  'policy.emergency_weights_sum': (p) => `人口权重 population_weight ${p.population} 与发病率权重 incidence_weight ${p.incidence} 之和须为 1`,
  'policy.range_order': (p) => `下限 ${p.min} 大于上限 ${p.max}`,
  'policy.out_of_range': (p) => `${p.value} 超出允许范围 ${p.min} 到 ${p.max}`,
  'policy.not_a_number': (p) => `${p.value} 不是数字：请写成如 ${p.example} 的比例；允许 ${p.min} 到 ${p.max}`,
  'policy.not_a_percent': (p) => `${p.value} 不是数字：请填百分数，如 ${p.example}（即 ${p.example}%）；允许 ${p.min} 到 ${p.max}`,
  'policy.not_whole_quarters': (p) => `${p.value} 不是整数个季度（允许 ${p.min} 到 ${p.max}）`,
  'policy.unknown_parameter': (p) => `未知的情景参数（可用 ${p.options}）`,
  'policy.duplicate_parameter': () => '重复给出',
  'policy.duplicate_id': (p) => `${p.value} 与另一个预设重复`,
  'policy.unknown_preset': (p) => `${p.value} 不是任何预设的 id（${p.options}）`,

  'split.amount_negative': (p, say) => `${say(p.subject)} 不能为负或非有限数：${p.amount}`,
  'split.amount_not_fen': (p, say) => `${say(p.subject)} 必须精确到分（至多两位小数）：${p.amount}`,
  'split.weight_negative': (p) => `权重不能为负或非有限数：${p.key} = ${p.weight}`,
  'split.duplicate_recipient': (p) => `分配对象重复：${p.key}`,
  'split.weights_zero': (p) => `权重全为零，无法按比例分配 ${p.total} 元`,
  'split.factor_sum_zero': (p, say) => `各地区${say(p.subject)}合计为零，无法按因素法分配`,
  'split.value_negative': (p, say) => `${say(p.subject)}不能为负或非有限数：${p.value}`,
  'split.weights_not_one': (p) => `因素权重与绩效权重之和必须为 1：${p.factor} + ${p.performance}`,
  'split.duplicate_region': (p) => `地区重复：${p.code}`,
  'split.no_region': (p) => `没有可分配的地区，无法分配 ${p.total} 元`,
  'split.ratio_range': (p, say) => `${say(p.subject)}必须在 0 到 1 之间：${p.ratio}`,
  'split.money_invalid': (p, say) => `${say(p.subject)}必须是非负且精确到分的金额：${p.amount}`,
  'split.persons_invalid': (p, say) => `${say(p.subject)}必须是非负整数：${p.persons}`,
  'split.duplicate_category': (p) => `资助类别重复：${p.category}`,
  'split.city_ratio_range': (p) => `盟市/地市分担比例必须在 0 到 1 之间：${p.ratio}`,
  'split.duplicate_county': (p) => `旗县/县区重复：${p.code}`,
  'split.basis_negative': (p) => `旗县/县区 ${p.code} 分担基数不能为负：${p.basis}`,
  'split.exact_money': (p, say) => `${say(p.subject)} 必须是精确到分的金额：${p.amount}`,
  'subject.total_to_split': () => '待分配总额',
  'subject.total_by_factors': () => '因素法待分配总额',
  'subject.factor_weight': () => '因素权重',
  'subject.performance_weight': () => '绩效权重',
  'subject.population_weight': () => '人口权重',
  'subject.incidence_weight': () => '发病率权重',
  // The trailing space keeps the field name apart from the sentence it starts.
  'subject.region_field': (p) => `${p.code} 的 ${p.field} `,
  'subject.need_tier': () => '需求因素×分档比例',
  'subject.population': () => '常住人口',
  'subject.incidence': () => '发病率',
  'subject.emergency_factors': () => '应急救助因素（人口、发病率×财力困难系数）',
  'subject.performance_scores': () => '绩效评价得分',
  'subject.per_capita_subsidy': () => '人均财政补助标准',
  'subject.insured': () => '参保人数',
  'subject.central_share': () => '中央分担比例',
  'subject.province_share': (p) => `${p.tier}类地区省级分担比例`,
  'subject.contribution': () => '个人缴费标准',
  'subject.category_persons': (p) => `${p.category} 人数`,
  'subject.category_ratio': (p) => `${p.category} 资助比例`,
  'subject.income': () => '收入',
  'subject.expenditure': () => '支出',
  'subject.opening_balance': () => '年初累计结余',
  'subject.county_shortfall': (p) => `旗县/县区 ${p.code} 应缴未缴额`,

  'alert.coverage': (p) =>
    `${p.region} 救助对象参保率 = 已参保 ${formatCount(p.enrolled)} 人 ÷ 救助对象 ${formatCount(p.recipients)} 人 = ${pctAt(p.rate, p)}，` +
    `${COMPARISON[p.comparison]}${p.isTarget ? '目标 ' : ' '}${pct(p.threshold)}${severity(p)}`,
  'alert.current_deficit': (p, _say, money) => {
    const [income, expenditure, balance] = money.sum([{ yuan: p.income }, { yuan: p.expenditure, minus: true }], p.balance);
    return `${subject(p)} ${p.period === 'ytd' ? '年初至今' : '本季度'}当期结余 = 收入 ${income} − 支出 ${expenditure} = ${balance}，` + crossed(p, money.rounded(p.threshold));
  },
  'alert.balance_rate': (p, _say, money) =>
    `${subject(p)} 年初至今当期结余率 = 当期结余 ${money.rounded(p.balance)} ÷ 收入 ${money.rounded(p.income)} = ${pctAt(p.rate, p)}，${crossed(p, pct(p.threshold))}`,
  'alert.accumulated_negative': (p, _say, money) => {
    const [opening, income, expenditure, balance] = money.sum([{ yuan: p.opening }, { yuan: p.income }, { yuan: p.expenditure, minus: true }], p.balance);
    return `${subject(p)} 累计结余 = 年初结余 ${opening} + 年初至今收入 ${income} − 年初至今支出 ${expenditure} = ${balance}，${crossed(p, money.rounded(p.threshold))}`;
  },
  'alert.months_payable': (p, _say, money, read) =>
    `${subject(p)} 累计结余可支付月数 = 累计结余 ${money.rounded(p.balance)} ÷ ` +
    `${p.average === null ? '月均支出' : `近${p.window}个季度月均支出 ${money.rounded(p.average)}`} = ` +
    `${monthsAt(p.months, p, read)}，${crossed(p, `${new Dec(p.threshold).toString()} 个月`)}`,
  'alert.forecast_balance': (p, _say, money) =>
    `${subject(p)} ${basis(p.seasonal)}，${quarterLabel(p.quarter)}末累计结余 ${money.rounded(p.balance)}，` +
    `${p.turnsNegative ? '将由正转负' : `将${COMPARISON[p.comparison]} ${money.rounded(p.threshold)}`}（当前 ${money.rounded(p.current)}）${severity(p)}`,
  'alert.forecast_months': (p, _say, money, read) =>
    `${subject(p)} ${basis(p.seasonal)}，${quarterLabel(p.quarter)}末累计结余可支付月数 = 累计结余 ${money.rounded(p.balance)} ÷ ` +
    `${p.average === null ? '月均支出' : `月均支出 ${money.rounded(p.average)}`} = ${monthsAt(p.months, p, read)}，` +
    `${COMPARISON[p.comparison]} ${new Dec(p.threshold).toString()} 个月（当前 ${p.current === null ? '无法计算' : months(p.current, read)}）${severity(p)}`,
  'alert.budget_execution': (p, _say, money) => {
    const income = p.direction === 'income';
    const what = income ? '收入' : '支出';
    const formula = income
      ? `序时进度 ${pct(p.elapsed)} − ${what}执行率 ${pct(p.execution)}`
      : `${what}执行率 ${pct(p.execution)} − 序时进度 ${pct(p.elapsed)}`;
    return (
      `${subject(p)} 年初至今${what} ${money.rounded(p.actual)} ÷ 年度预算 ${money.rounded(p.budget)} = 执行率 ${pct(p.execution)}；` +
      `${income ? '落后' : '超前'}序时进度 = ${formula} = ${pointsAt(p.value, p)}，${crossed(p, points(p.threshold))}`
    );
  },
  'alert.growth_gap': (p, _say, money) =>
    `${subject(p)} 收支增速差 = 年初至今支出同比增长 ${pct(p.expenditureGrowth)}（${money.rounded(p.expenditure)} ÷ 上年同期 ${money.rounded(p.expenditureBefore)} − 1）` +
    `− 收入同比增长 ${pct(p.incomeGrowth)}（${money.rounded(p.income)} ÷ 上年同期 ${money.rounded(p.incomeBefore)} − 1）= ${pointsAt(p.gap, p)}，` +
    crossed(p, points(p.threshold)),
  'alert.reconciliation': (p, _say, money) => {
    const share = p.share === null ? '' : `（到账的 ${pct(p.share)}）`;
    const bound = new Dec(p.received).isZero()
      ? `到账为 0 而已入账${severity(p)}`
      : `|差额| ${money.exact(new Dec(p.difference).abs().toString(), [p.threshold])} ${crossed(p, `${money.exact(p.threshold, [p.difference])}${share}`)}`;
    return (
      `${subject(p)}（统筹区）${p.year}年${p.level === 'province' ? p.provinceWord : ORIGIN_LEVEL_LABEL[p.level].zh}资金年初至今：` +
      `入账 ${money.rounded(p.booked)} − 到账 ${money.rounded(p.received)} = 差额 ${money.exact(p.difference, [p.threshold])}，${bound}；` +
      (p.documents.length > 0 ? `到账文件 ${p.documents.join('、')}` : '至季末没有到账文件')
    );
  },
  'alert.transfer_late': (p, _say, money) =>
    `${subject(p)} ${p.transfer}（${money.rounded(p.amount)}）转下达用时 = 下达日期 ${p.issued} − 来源文件 ${p.source} 到账日期 ${p.received} = ${p.days} 天，` +
    crossed(p, `${new Dec(p.threshold).toString()} 天`),
  'alert.transfer_not_received': (p, _say, money) =>
    `${subject(p)} ${p.transfer} ${p.issued} 下达 ${money.rounded(p.amount)}，至季末 ${p.quarterEnd} ${p.received === null ? '尚未到账' : `${p.received} 才到账`}：` +
    `未到账金额 ${money.rounded(p.amount)}，${crossed(p, money.rounded(p.threshold))}`,
  'alert.advance_ratio': (p, _say, money) =>
    `${subject(p)} 提前下达比例 = ${p.year + 1} 年提前下达 ${money.rounded(p.advance)} ÷ ${p.year} 年已下达 ${money.rounded(p.allocated)} = ${pctAt(p.ratio, p)}，` +
    crossed(p, pct(p.threshold)),

  'builtin.file_unreadable': (p) => `内置数据文件 ${p.file} 无法读取（HTTP ${p.status}）`,
  'builtin.unloadable': (p, say) => `内置数据无法载入：${p.problems.map(say).join('；')}`,
};
