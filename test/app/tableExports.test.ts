import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/domain/money';
import type { Alert } from '../../src/domain/types';
import type { StressResult } from '../../src/domain/stress';
import { stressDetailSpec, stressRankSpec } from '../../src/app/view/tables/stress';
import { strFromU8, unzipSync } from 'fflate';
import { exportCsv, exportXlsx } from '../../src/engine/export/exportTable';
import type { Problem } from '../../src/engine/ingest/problems';
import { message } from '../../src/domain/messages/codes';
import { FACTOR_LABEL, POT_FACTORS } from '../../src/app/view/allocationScenario';
import { exportTable } from '../../src/app/view/table';
import { alertSpec } from '../../src/app/view/tables/alerts';
import { allocationSpec } from '../../src/app/view/tables/allocation';
import { fileSpec, problemSpec } from '../../src/app/view/tables/data';
import { followUpSpec, uninsuredSpec } from '../../src/app/view/tables/roster';
import type { FollowUpPerson } from '../../src/app/data/roster';
import type { UninsuredCount } from '../../src/engine/queries/roster';
import { sharingSpec, type SharingRow } from '../../src/app/view/tables/sharing';
import { subsidySplitSpec } from '../../src/app/view/tables/subsidy';
import type { FileReport } from '../../src/engine/ingest/load';
import type { AllocationResult, SubsidySplitRow } from '../../src/domain/types';
import type { Decimal } from '../../src/domain/money';
import { coverageSpec, monthsPayableSpec, trendSpec } from '../../src/app/view/tables/overview';
import type { CoverageBar } from '../../src/charts/options/coverageRanking';
import type { FundTrendPoint } from '../../src/charts/options/fundTrend';
import type { MonthsPayableBar } from '../../src/charts/options/monthsPayable';
import type { Lang } from '../../src/domain/lang';
import { DEFAULT_POLICY_FILE, resolvePolicy } from '../../src/domain/policy/policy';
import type { SourceLevel } from '../../src/domain/types';
import { renderMessage } from '../../src/domain/messages/render';
import { alertText } from '../domain/messages/samples';
import { datasetLevelWords } from '../../src/domain/levelWords';

const withPrefectures = datasetLevelWords([
  { code: '420000', level: 'province', name: '湖北省' },
  { code: '422800', level: 'city', name: '恩施土家族苗族自治州' },
]);
import { LEAGUE_BANNER_WORDS } from '../../src/domain/levelWords';

// The overview's tables as they are exported: their one definition (view/tables/overview.ts) through exportTable.
const POLICY = resolvePolicy(DEFAULT_POLICY_FILE, 2024);
/** What an amount cell of fund_flows holds. */
const AMOUNT = message('cell.expected', { kind: 'money', signed: false, values: [] });
const coverageTable = (bars: CoverageBar[], byRegion: boolean, lang: Lang = 'zh') => exportTable(coverageSpec(bars, byRegion, POLICY, lang), lang);
const monthsPayableTable = (bars: MonthsPayableBar[], byQuarter: boolean, lang: Lang = 'zh') =>
  exportTable(monthsPayableSpec(bars, byQuarter, POLICY, lang), lang);
const trendTable = (points: FundTrendPoint[], levels: { key: SourceLevel }[], lang: Lang = 'zh') =>
  exportTable(trendSpec(points, levels.map((l) => l.key), lang), lang);

const alertTable = (alerts: Alert[], name: (code: string) => string, lang: Lang = 'zh') => exportTable(alertSpec(alerts, name, lang), lang);
const problemRows = (problems: Problem[], lang: Lang = 'zh') => exportTable(problemSpec(problems, lang), lang).rows;
const problemColumns = (lang: Lang = 'zh') => exportTable(problemSpec([], lang), lang).columns;
const fileColumns = (lang: Lang = 'zh') => exportTable(fileSpec([], lang), lang).columns;
const fileRows = (files: FileReport[]) => exportTable(fileSpec(files, 'zh'), 'zh').rows;
const uninsuredTable = (rows: UninsuredCount[], name: (code: string) => string, lang: Lang = 'zh') => exportTable(uninsuredSpec(rows, name, lang), lang);
const followUpTable = (rows: FollowUpPerson[], name: (code: string) => string, lang: Lang = 'zh') => exportTable(followUpSpec(rows, name, lang), lang);
const sharingTable = (gap: Omit<SharingRow, 'key'>, parts: Omit<SharingRow, 'key'>[], name: (code: string) => string, lang: Lang = 'zh') =>
  exportTable(sharingSpec([gap, ...parts].map((p, i) => ({ ...p, key: String(i) })), name, lang), lang);
const subsidySplitTable = (rows: SubsidySplitRow[], name: (code: string) => string, lang: Lang = 'zh') => exportTable(subsidySplitSpec(rows, '150000', name, lang, LEAGUE_BANNER_WORDS), lang);
/** One pot's allocation with its factors (population only) and a scenario for every city. */
const allocationTable = (result: Pick<AllocationResult, 'rows' | 'factors'>, scenario: (code: string) => Decimal | null, name: (code: string) => string, lang: Lang = 'zh') =>
  exportTable(
    allocationSpec(
      { year: 2024, pot: 'emergency', total: new Dec(0), ...result },
      (code) => {
        const s = scenario(code);
        return s === null ? undefined : { regionCode: code, base: new Dec(0), scenario: s, difference: new Dec(0) };
      },
      name,
      lang,
      LEAGUE_BANNER_WORDS,
    ),
    lang,
  );

const names: Record<string, string> = { '150000': '内蒙古自治区', '150100': '呼和浩特市', '150921': '卓资县' };
const regionName = (code: string) => names[code] ?? code;

/** CSV text without the BOM, split into lines. */
function csvLines(text: string): string[] {
  expect(text.startsWith('\ufeff')).toBe(true);
  return text.slice(1).split('\r\n').filter((l) => l !== '');
}

describe('coverageTable', () => {
  it('exports counts as numbers, the uninsured difference and the exact rate', () => {
    // 卓资县: 1200 recipients, 1130 enrolled → 70 uninsured, rate 1130/1200 = 0.941666…, 6 places 0.941667.
    const t = coverageTable([{ key: '150921', name: '卓资县', recipients: 1200, enrolled: 1130, rate: new Dec(1130).div(1200) }], true);
    expect(t.rows).toEqual([{ code: '150921', name: '卓资县', recipients: 1200, enrolled: 1130, uninsured: 70, rate: '0.941667' }]);
    expect(csvLines(exportCsv(t.rows, t.columns))).toEqual([
      '区划代码,地区,救助对象（人）,已参保（人）,疑似未参保（人）,参保率',
      '150921,卓资县,1200,1130,70,0.941667',
    ]);
  });
});

describe('monthsPayableTable and trendTable', () => {
  it('write money to the fen and months to two places; a missing value is an empty cell', () => {
    const t = monthsPayableTable(
      [
        { key: '150100', name: '呼和浩特市', accumulatedBalance: new Dec('-1234.5'), monthsPayable: new Dec('-0.4567') },
        { key: '150921', name: '卓资县', accumulatedBalance: null, monthsPayable: null },
      ],
      false,
    );
    // -0.4567 rounds half up to -0.46; -1234.5 is -1234.50 yuan.
    expect(csvLines(exportCsv(t.rows, t.columns)).slice(1)).toEqual(['150100,呼和浩特市,-1234.50,-0.46', '150921,卓资县,,']);
  });

  it('trend: current balance = income − expenditure per quarter', () => {
    const zero = new Dec(0);
    const t = trendTable(
      [
        {
          quarter: '2024Q1',
          income: new Dec('1000.10'),
          incomeBySource: { central: new Dec('600.00'), province: new Dec('400.10'), city: zero, county: zero, individual: zero, other: zero } as never,
          expenditure: new Dec('1500.25'),
          accumulatedBalance: new Dec('9000'),
        },
      ],
      [{ key: 'central' }],
    );
    // 1000.10 − 1500.25 = −500.15
    expect(t.rows[0]).toEqual({
      quarter: '2024Q1',
      income: '1000.10',
      source_central: '600.00',
      expenditure: '1500.25',
      current: '-500.15',
      accumulated: '9000.00',
    });
  });
});

describe('alertTable', () => {
  const alert: Alert = {
    rule: 'coverage',
    severity: 'red',
    regionCode: '150921',
    fund: null,
    quarter: '2024Q4',
    value: new Dec('0.9417'),
    threshold: new Dec('0.95'),
    // A region name is the user's text: the sentence starts with it.
    text: alertText('=HYPERLINK("http://x","点我")'),
  };

  it('exports a message that starts with "=" as text, never as a formula', () => {
    const t = alertTable([alert], regionName);
    const [, line] = csvLines(exportCsv(t.rows, t.columns));
    // The cell gets a leading apostrophe and, because it holds quotes, is quoted with "" doubled.
    const sentence = renderMessage(alert.text, 'zh').replace(/"/g, '""');
    expect(sentence).toMatch(/^=HYPERLINK\(""http:\/\/x"",""点我""\) 救助对象参保率/);
    expect(line).toBe(`红色,救助对象参保率,150921,卓资县,,2024Q4,94.17,95.00,%,"'${sentence}"`);
  });

  it('neutralises a region name that starts with "+" or "@" too', () => {
    const t = alertTable([{ ...alert, text: alertText('ok') }], () => '+cmd|calc');
    expect(csvLines(exportCsv(t.rows, t.columns))[1]).toContain(",'+cmd|calc,");
  });

  it('neutralises a name that starts with a line end or a full-width ＝ (a sweep of hostile names)', () => {
    const cell = (name: string): string => exportCsv(alertTable([{ ...alert, text: alertText('ok') }], () => name).rows, alertTable([{ ...alert, text: alertText('ok') }], () => name).columns);
    expect(cell('\n=2+2')).toContain(`,"'\n=2+2",`);
    expect(cell('＝HYPERLINK("http://x")')).toContain(`,"'＝HYPERLINK(""http://x"")",`);
    expect(cell('＠SUM(A1)')).toContain(",'＠SUM(A1),");
  });
});

describe('alert figures', () => {
  // The figures as the engine hands them over (DuckDB's DECIMAL division: 40 digits), as the presenter's walk exported them.
  const base = { severity: 'red', regionCode: '150921', fund: 'resident', quarter: '2024Q4', text: alertText('ok') } as const;
  const alerts: Alert[] = [
    { ...base, rule: 'coverage', fund: null, value: new Dec('0.9890287189415940626008389803162310422717'), threshold: new Dec('0.99') },
    { ...base, rule: 'months_payable', value: new Dec('2.300000000009788831611571352514542285061'), threshold: new Dec('3') },
    { ...base, rule: 'transfer_late', value: new Dec('48'), threshold: new Dec('30') },
    { ...base, rule: 'current_deficit', value: new Dec('-17960565.39'), threshold: new Dec('0') },
    { ...base, rule: 'growth_gap', value: new Dec('0.8520000000044929743180869102261317568673'), threshold: new Dec('0.1') },
    // 98.996 % would round onto the 99 % target it is below: more places, never 99.00.
    { ...base, rule: 'coverage', fund: null, value: new Dec('0.98996'), threshold: new Dec('0.99') },
    // Overdrawn: months below zero stay a number (the sentence says 已透支).
    { ...base, rule: 'months_payable', value: new Dec('-0.6000000003716381732624544077242237819179'), threshold: new Dec('3') },
  ];
  const cells = (lang: Lang) => {
    const t = alertTable(alerts, regionName, lang);
    return csvLines(exportCsv(t.rows, t.columns)).map((l) => l.split(',').slice(6, 9).join(','));
  };

  it('writes value and threshold rounded as the list reads them, with a unit column, in both languages', () => {
    expect(cells('zh')).toEqual([
      '实际值,阈值,单位',
      '98.90,99.00,%',
      '2.30,3.00,个月',
      '48,30,天',
      '-17960565.39,0.00,元',
      '85.20,10.00,个百分点',
      '98.996,99.00,%',
      '-0.60,3.00,个月',
    ]);
    expect(cells('en')).toEqual([
      'Value,Threshold,Unit',
      '98.90,99.00,%',
      '2.30,3.00,months',
      '48,30,days',
      '-17960565.39,0.00,yuan',
      '85.20,10.00,percentage points',
      '98.996,99.00,%',
      '-0.60,3.00,months',
    ]);
  });

  it('writes the same figures as numbers in the XLSX, the unit as text', () => {
    const t = alertTable(alerts, regionName);
    const sheet = strFromU8(unzipSync(exportXlsx([{ name: 'a', columns: t.columns, rows: t.rows }]))['xl/worksheets/sheet1.xml']!);
    expect(sheet).toContain('<c r="G2"><v>98.90</v></c><c r="H2"><v>99.00</v></c><c r="I2" t="inlineStr"><is><t xml:space="preserve">%</t></is></c>');
    expect(sheet).toContain('<c r="G5"><v>-17960565.39</v></c><c r="H5"><v>0.00</v></c><c r="I5" t="inlineStr"><is><t xml:space="preserve">元</t></is></c>');
    expect(sheet).toContain('<c r="G4"><v>48</v></c>');
  });
});

describe('problemRows', () => {
  it('lists errors before warnings and keeps file, sheet, row and column', () => {
    const problems: Problem[] = [
      {
        file: 'fund_balances.csv',
        row: null,
        column: null,
        problem: message('check.opening_balance', { value: '150100 resident 2024 1.00', expected: '2.00' }),
        expected: message('check.opening_balance_expected'),
        severity: 'warning',
      },
      { file: 'data.xlsx', sheet: 'fund_flows', row: 4, column: 'amount', problem: message('cell.too_many_decimals', { value: '12.345', unit: null, decimals: 2 }), expected: AMOUNT, severity: 'error' },
    ];
    const lines = csvLines(exportCsv(problemRows(problems), problemColumns()));
    expect(lines).toEqual([
      '级别,文件,工作表,行,列,问题,应为',
      '错误,data.xlsx,fund_flows,4,amount,"金额""12.345""超过两位小数",以元为单位、最多两位小数的非负金额，如 1234.56',
      // "− 上年全年支出" starts no cell, so nothing is neutralised here.
      '提示,fund_balances.csv,,,,年初结余与上年不衔接：150100 resident 2024年 1.00，按上年年初结余 + 上年收入 − 上年支出应为 2.00,年初结余 = 上年年初结余 + 上年全年收入 − 上年全年支出（仅提示，数据照常载入）',
    ]);
  });
});

describe('problem words', () => {
  // The data page's tables and their export say a problem in the words of the province whose files were read.
  it('says the levels in the dataset’s words on screen and in the export, both ways without them', () => {
    const problem: Problem = { file: 'regions.csv', row: 5, column: 'parent_code', problem: message('check.parent_missing', { level: 'city' }), expected: message('check.parent_level_expected'), severity: 'error' };
    const plain = exportTable(problemSpec([problem], 'zh'), 'zh').rows[0];
    expect(plain?.problem).toBe('盟市/地市级区划缺少上级区划代码');
    const hubei = exportTable(problemSpec([problem], 'zh', withPrefectures), 'zh').rows[0];
    expect(hubei?.problem).toBe('市（州）级区划缺少上级区划代码');
    expect(String(hubei?.expected)).toContain('县（市、区）的上级是市（州）');
    expect(String(hubei?.expected)).not.toMatch(/盟市|旗县/);
    expect(exportTable(problemSpec([problem], 'en', withPrefectures), 'en').rows).toEqual(exportTable(problemSpec([problem], 'en'), 'en').rows);
  });
});

describe('roster tables', () => {
  it('uninsured by region uses labels; the follow-up list carries masked IDs only', () => {
    const u = uninsuredTable([{ regionCode: '150921', category: 'tekun', persons: 3 }], regionName);
    expect(u.rows).toEqual([{ region_code: '150921', region: '卓资县', category: '特困人员', persons: 3 }]);
    const f = followUpTable([{ maskedId: '150921****1234', regionCode: '150921', category: 'tekun', enrolled: false, review: true }], regionName);
    expect(f.columns.map((c) => c.key)).not.toContain('person_id');
    expect(f.rows).toEqual([
      { masked_id: '150921****1234', region_code: '150921', region: '卓资县', category: '特困人员', status: '疑似未参保', review: '多地区登记，需核实' },
    ]);
  });
});

describe('sharingTable and allocationTable', () => {
  it('sharing: the gap row first, then the parts, which add up to it', () => {
    // 1000.00 = 400.00 (balance) + 300.00 (city) + 300.00 (county)
    const t = sharingTable(
      { step: '缺口', regionCode: '150100', amount: new Dec('1000') },
      [
        { step: '累计结余弥补', regionCode: '150100', amount: new Dec('400') },
        { step: '盟市本级承担', regionCode: '150100', amount: new Dec('300') },
        { step: '旗县分担', regionCode: '150921', amount: new Dec('300') },
      ],
      regionName,
    );
    expect(t.rows.map((r) => r.amount)).toEqual(['1000.00', '400.00', '300.00', '300.00']);
    expect(t.rows[3]?.region).toBe('卓资县');
  });

  it('allocation: factor values, parts, exact share, and the scenario when set', () => {
    const d = (n: string) => new Dec(n);
    const t = allocationTable(
      {
        rows: [{ regionCode: '150100', factorPart: d('700.01'), performancePart: d('299.99'), amount: d('1000'), share: new Dec(1).div(3) }],
        factors: [{ regionCode: '150100', need: d('0'), tierRatio: d('0'), population: d('12345'), incidence: d('0.0125'), fiscal: d('1.2'), performance: d('88') }],
      },
      () => new Dec('1000.5'),
      regionName,
    );
    expect(t.rows[0]).toEqual({
      region_code: '150100',
      region: '呼和浩特市',
      // The emergency pot's factors, as given.
      factor_population: '12345',
      factor_incidence: '0.0125',
      factor_fiscal: '1.2',
      factor_performance: '88',
      factor_part: '700.01',
      performance_part: '299.99',
      amount: '1000.00',
      share: '0.333333',
      scenario: '1000.50',
    });
  });
});

const EMERGENCY_FACTOR_HEADS = POT_FACTORS.emergency.map((f) => FACTOR_LABEL[f].en);

describe('in English', () => {
  const HAN = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/;
  const bar = { key: '150921', name: '卓资县', recipients: 1200, enrolled: 1130, rate: new Dec(1130).div(1200) };
  const alert: Alert = {
    rule: 'months_payable',
    severity: 'orange',
    regionCode: '150921',
    fund: 'resident',
    quarter: '2024Q4',
    value: new Dec('4.5'),
    threshold: new Dec('6'),
    text: message('alert.months_payable', {
      region: '卓资县',
      fund: 'resident',
      comparison: 'lt',
      severity: 'orange',
      balance: '450000',
      window: 4,
      average: null,
      months: '4.5',
      threshold: '6',
    }),
  };
  const problem: Problem = {
    file: 'fund_flows.csv',
    row: 3,
    column: 'amount',
    problem: message('cell.too_many_decimals', { value: '1.005', unit: null, decimals: 2 }),
    expected: AMOUNT,
    severity: 'error',
  };
  const headers = (t: { columns: { label?: string }[] }) => t.columns.map((c) => c.label);
  const months = [{ key: '150921', name: '卓资县', accumulatedBalance: new Dec(5), monthsPayable: new Dec(2) }];
  const uninsured = [{ regionCode: '150921', category: 'dibao' as const, persons: 2 }];

  it('heads every table in English, with the same keys and the same numbers as in Chinese', () => {
    const pairs = [
      [coverageTable([bar], true), coverageTable([bar], true, 'en')],
      [coverageTable([bar], false), coverageTable([bar], false, 'en')],
      [monthsPayableTable(months, false), monthsPayableTable(months, false, 'en')],
      [alertTable([alert], regionName), alertTable([alert], regionName, 'en')],
      [uninsuredTable(uninsured, regionName), uninsuredTable(uninsured, regionName, 'en')],
    ] as const;
    for (const [zh, en] of pairs) {
      expect(en.columns.map((c) => c.key)).toEqual(zh.columns.map((c) => c.key));
      expect(headers(en).join('|')).not.toMatch(HAN);
      expect(headers(zh).join('|')).toMatch(HAN);
      expect(en.rows.map((r) => r.region_code ?? r.code ?? r.key)).toEqual(zh.rows.map((r) => r.region_code ?? r.code ?? r.key));
    }
    expect(headers(coverageTable([bar], true, 'en'))).toEqual([
      'Region code',
      'Region',
      'Recipients (persons)',
      'Enrolled (persons)',
      'Suspected uninsured (persons)',
      'Enrollment rate',
    ]);
    expect(headers(coverageTable([bar], false, 'en')).slice(0, 2)).toEqual(['Category code', 'Recipient category']);
    expect(coverageTable([bar], true, 'en').rows).toEqual(coverageTable([bar], true).rows);
    expect(headers(monthsPayableTable([], true, 'en'))).toEqual(['Quarter', 'Quarter name', 'Accumulated balance (yuan)', 'Months payable']);
  });

  it('writes alert cells in English: severity, rule, fund and the English sentence; figures unchanged', () => {
    const t = alertTable([alert], regionName, 'en');
    expect(csvLines(exportCsv(t.rows, t.columns))).toEqual([
      'Severity,Alert rule,Region code,Region,Fund,Quarter,Value,Threshold,Unit,Explanation',
      'Orange,Months payable,150921,卓资县,Resident basic medical insurance fund,2024Q4,4.50,6.00,months,"卓资县 resident basic medical insurance fund months payable = accumulated balance 0.4500 million yuan ÷ average monthly expenditure = 4.50 months, below 6 months (orange)"',
    ]);
  });

  it('lists load problems in English under English heads', () => {
    expect(csvLines(exportCsv(problemRows([problem], 'en'), problemColumns('en')))).toEqual([
      'Severity,File,Sheet,Row,Column,Problem,Expected',
      'Error,fund_flows.csv,,3,amount,"Amount ""1.005"" has more than two decimals","a non-negative amount in yuan with at most two decimals, e.g. 1234.56"',
    ]);
    expect(problemRows([{ ...problem, severity: 'warning' }], 'en')[0]?.severity).toBe('Note');
    // Chinese unchanged.
    expect(problemRows([problem])[0]).toMatchObject({ severity: '错误', problem: '金额"1.005"超过两位小数', expected: '以元为单位、最多两位小数的非负金额，如 1234.56' });
  });

  it('heads the trend, file, roster, sharing and allocation tables in English', () => {
    expect(headers(trendTable([], [{ key: 'central' }], 'en'))).toEqual([
      'Quarter',
      'Income (yuan)',
      'Central (yuan)',
      'Expenditure (yuan)',
      'Current balance (yuan)',
      'Accumulated balance (yuan)',
    ]);
    expect(fileColumns('en').map((c) => c.label)).toEqual(['File', 'Sheet', 'Table', 'Format', 'Encoding', 'Rows']);
    expect(fileColumns().map((c) => c.label)).toEqual(['文件', '工作表', '数据表', '格式', '编码', '行数']);
    expect(fileRows([{ file: 'a.csv', sheet: null, table: 'regions', format: 'csv', encoding: 'utf-8', rows: 3 }])).toEqual([
      { file: 'a.csv', sheet: null, table: 'regions', format: 'csv', encoding: 'utf-8', rows: 3 },
    ]);
    const f = followUpTable([{ maskedId: '150921****1234', regionCode: '150921', category: 'tekun', enrolled: false, review: true }], regionName, 'en');
    expect(headers(f)).toEqual(['ID number (masked)', 'Region code', 'Region', 'Recipient category', 'Enrollment', 'To verify']);
    expect(f.rows[0]).toEqual({
      masked_id: '150921****1234',
      region_code: '150921',
      region: '卓资县',
      category: 'Persons in extreme poverty',
      status: 'Suspected uninsured',
      review: 'Registered in several regions; verify',
    });
    expect(uninsuredTable([{ regionCode: '150921', category: 'dibao', persons: 2 }], regionName, 'en').rows[0]?.category).toBe(
      'Minimum-living-allowance recipients',
    );
    expect(headers(sharingTable({ step: 'Gap', regionCode: '150100', amount: new Dec(1) }, [], regionName, 'en'))).toEqual([
      'Step',
      'Region code',
      'Region',
      'Amount (yuan)',
    ]);
    const a = allocationTable({ rows: [], factors: [] }, () => null, regionName, 'en');
    expect(headers(a)).toEqual([
      'Region code',
      'City',
      ...EMERGENCY_FACTOR_HEADS,
      'Factor part (yuan)',
      'Performance part (yuan)',
      'Baseline amount (yuan)',
      'Share',
      'Scenario amount (yuan)',
    ]);
  });
});

describe('subsidySplitTable', () => {
  it('exports the split exactly, under Chinese heads as before and English ones in English', () => {
    const row = {
      regionCode: '150921',
      level: 'county' as const,
      year: 2024,
      tier: 2 as const,
      insured: 100,
      perCapita: new Dec('670'),
      split: { total: new Dec('67000'), central: new Dec('53600'), province: new Dec('6700'), cityCounty: new Dec('6700') },
    };
    const zh = subsidySplitTable([row], regionName);
    expect(csvLines(exportCsv(zh.rows, zh.columns))).toEqual([
      '区划代码,地区,地区类别,参保人数,人均补助（元）,补助总额（元）,中央（元）,自治区（元）,盟市+旗县（元）',
      '150921,卓资县,2,100,670.00,67000.00,53600.00,6700.00,6700.00',
    ]);
    const en = subsidySplitTable([row], regionName, 'en');
    expect(csvLines(exportCsv(en.rows, en.columns))).toEqual([
      'Region code,Region,Tier,Insured persons,Per capita (yuan),Total subsidy (yuan),Central (yuan),Province (yuan),City + county (yuan)',
      '150921,卓资县,2,100,670.00,67000.00,53600.00,6700.00,6700.00',
    ]);
  });
});

describe('stress tables', () => {
  const d = (s: string) => new Dec(s);
  const result: StressResult = {
    regionCode: '150100',
    level: 'city',
    fund: 'resident',
    from: '2024Q4',
    opening: d('1000000.00'),
    currentMonths: d('2.30'),
    points: [
      { quarter: '2025Q1', baselineBalance: d('3500000'), scenarioBalance: d('1260000'), baselineMonths: d('5.25'), scenarioMonths: d('1.855214'), scenarioRedLine: d('2037500') },
    ],
    baselineFirstRed: null,
    firstRedQuarter: '2025Q1',
    baselineBuffer: d('0'),
    buffer: d('2760000'),
  };

  it('exports the ranking and the quarters with exact yuan, in the CLI stress_summary and stress figures', () => {
    const summary = exportTable(stressRankSpec([result], regionName, '支出增长10%', 'zh'), 'zh');
    expect(csvLines(exportCsv(summary.rows, summary.columns))).toEqual([
      '区划代码,地区,基金,情景,当前累计结余（元）,基准首个红色季度,情景首个红色季度,基准所需缓冲（元）,情景所需缓冲（元）',
      '150100,呼和浩特市,城乡居民医保基金,支出增长10%,1000000.00,,2025Q1,0.00,2760000.00',
    ]);
    // On screen, beside the projection's first red quarter: today's months payable (the UX sweep: a pool red
    // today read "first red quarter 2025年第3季度" with nothing saying it was red already).
    const onScreen = stressRankSpec([result], regionName, '支出增长10%', 'zh').columns.find((c) => c.key === 'current_months');
    expect(onScreen?.head).toBe('当前可支付月数');
    expect(onScreen?.value(result)).toBe('2.30');
    const detail = exportTable(stressDetailSpec([result], regionName, 'en'), 'en');
    expect(csvLines(exportCsv(detail.rows, detail.columns))).toEqual([
      'Region code,Region,Fund,Quarter,Baseline accumulated balance (yuan),Scenario accumulated balance (yuan),Baseline months payable,Scenario months payable',
      '150100,呼和浩特市,Resident basic medical insurance fund,2025Q1,3500000.00,1260000.00,5.25,1.86',
    ]);
  });
});
