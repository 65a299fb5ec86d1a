// Text stays text, money stays exact, and a failure inside the final
// transaction leaves the previous tables untouched.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY_FILE } from '../../src/domain/policy/policy';
import { analyze } from '../../src/engine/queries/analyze';
import { CONTRACT, tableType } from '../../src/engine/contract/contract';
import type { Engine, Row } from '../../src/engine/runtime/engine';
import type { DatasetFile } from '../../src/engine/formats/files';
import { loadDataset } from '../../src/engine/ingest/load';
import { readDatasetDir } from '../../src/engine/formats/nodeFiles';
import { csv, TINY_DIR, useEngine } from './harness';
import { said, wanted } from './said';

const SAMPLE_DIR = join(import.meta.dirname, '../../data/sample');
const REGIONS = 'region_code,name,level,parent_code,tier\n010000,测试省,province,,\n010100,测试市,city,010000,3\n010101,测试县,county,010100,3\n';

describe('loadDataset', () => {
  const engine = useEngine();

  it('keeps leading zeros of region codes and adds money exactly', async () => {
    // Three flows of 0.10: a float sum would be 0.30000000000000004.
    const flows = [
      'quarter,region_code,fund,direction,item,source_level,amount',
      '2024Q1,010101,assistance,income,donation,other,0.10',
      '2024Q1,010101,assistance,income,lottery,other,0.10',
      '2024Q1,010100,assistance,income,interest,other,0.10',
      '2024Q1,010101,assistance,expenditure,inpatient,,0.01',
    ].join('\n');
    const report = await loadDataset(engine(), [csv('x/regions.csv', REGIONS), csv('x/fund_flows.csv', flows)]);
    expect(report.problems).toEqual([]);
    // The defaults, for this data's province (policyDefaults.test.ts).
    expect(report.policyFile).toEqual({ ...DEFAULT_POLICY_FILE, province_code: '010000' });
    expect(await engine().query('SELECT region_code, parent_code FROM regions ORDER BY region_code')).toEqual([
      { region_code: '010000', parent_code: null },
      { region_code: '010100', parent_code: '010000' },
      { region_code: '010101', parent_code: '010100' },
    ]);
    const a = await analyze(engine(), '2024Q1', DEFAULT_POLICY_FILE);
    const province = a.funds.find((f) => f.regionCode === '010000');
    expect(province?.income.toString()).toBe('0.3');
    expect(province?.currentBalance.toFixed(2)).toBe('0.29');
    expect(a.funds.find((f) => f.regionCode === '010101')?.income.toFixed(2)).toBe('0.20');
  });

  it('creates typed tables, and empty typed tables for absent optional files', async () => {
    await loadDataset(engine(), [csv('regions.csv', REGIONS)]);
    const types = await engine().query(
      "SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_name IN ('fund_flows', 'transfers', 'budgets', 'roster') AND column_name IN ('amount', 'issued_date', 'enrolled') ORDER BY table_name, column_name",
    );
    expect(types).toEqual([
      { table_name: 'budgets', column_name: 'amount', data_type: 'DECIMAL(18,2)' },
      { table_name: 'fund_flows', column_name: 'amount', data_type: 'DECIMAL(18,2)' },
      { table_name: 'roster', column_name: 'enrolled', data_type: 'BOOLEAN' },
      { table_name: 'transfers', column_name: 'amount', data_type: 'DECIMAL(18,2)' },
      { table_name: 'transfers', column_name: 'issued_date', data_type: 'DATE' },
    ]);
    expect(await engine().query('SELECT CAST(count(*) AS BIGINT) AS n FROM fund_flows')).toEqual([{ n: 0 }]);
  });

  it('gives every column of every contract table its table type, whether the file was there or not', async () => {
    const sample = await readDatasetDir(SAMPLE_DIR);
    const roster = csv(
      'roster.csv',
      'quarter,person_id,region_code,category,source,enrolled\n2024Q4,150102199001011234,150102,dibao,civil_affairs,TRUE\n',
    );
    // Tables by name, each table's columns in contract order.
    const expected = [...CONTRACT]
      .sort((a, b) => a.name.localeCompare(b.name))
      .flatMap((t) => [
        // Person IDs are stored as their salted 128-bit hash (personId.ts).
        ...t.columns.map((c) => ({ table_name: t.name, column_name: c.name, data_type: c.name === 'person_id' ? 'UHUGEINT' : tableType(c) })),
        ...(t.name === 'roster' ? [{ table_name: 'roster', column_name: 'person_masked', data_type: 'VARCHAR' }] : []),
      ]);
    const types = (): Promise<Row[]> =>
      engine().query(
        `SELECT table_name, column_name, data_type FROM information_schema.columns
         WHERE table_schema = 'main' AND table_name IN (${CONTRACT.map((t) => `'${t.name}'`).join(', ')})
         ORDER BY table_name, ordinal_position`,
      );

    const withoutRoster = await loadDataset(engine(), sample);
    expect(withoutRoster.ok).toBe(true);
    expect(withoutRoster.tables.roster).toBe(0);
    expect(await types()).toEqual(expected);

    const withRoster = await loadDataset(engine(), [...sample, roster]);
    expect(withRoster.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(withRoster.tables.roster).toBe(1);
    expect(await types()).toEqual(expected);
    expect(await engine().query('SELECT person_masked, enrolled FROM roster')).toEqual([{ person_masked: '150102****1234', enrolled: true }]);
  });

  it('leaves no staged table behind, after a clean load and after a failed one', async () => {
    const staged = (): Promise<Row[]> =>
      engine().query("SELECT table_schema, table_name FROM information_schema.tables WHERE table_schema <> 'main' OR table_name LIKE 'fundwatch%'");
    expect((await loadDataset(engine(), await readDatasetDir(TINY_DIR))).ok).toBe(true);
    expect(await staged()).toEqual([]);
    const broken = await loadDataset(engine(), [csv('regions.csv', REGIONS), csv('fund_flows.csv', 'quarter,region_code\n2024Q5,010101\n')]);
    expect(broken.ok).toBe(false);
    expect(await staged()).toEqual([]);
  });

  it('reads a UTF-8 BOM, CRLF, Chinese headers and quoted cells', async () => {
    const transfers =
      '\ufeff文号,年度,基金,下达级次,接收区划代码,类型,金额,下达日期,到账日期,来源文号\r\n' +
      '"内财社〔2024〕1号, 第一批",2024,assistance,central,010100,formal,1234.50,2024-01-15,2024-02-20,\r\n' +
      'T2,2024,assistance,province,010101,advance,"0.10",2024-03-01,,"内财社〔2024〕1号, 第一批"\r\n';
    const report = await loadDataset(engine(), [csv('regions.csv', REGIONS), csv('transfers.csv', transfers)]);
    expect(report.problems).toEqual([]);
    expect(
      await engine().query('SELECT transfer_id, CAST(amount AS VARCHAR) AS amount, issued_date, received_date, source_transfer_id FROM transfers ORDER BY issued_date'),
    ).toEqual([
      { transfer_id: '内财社〔2024〕1号, 第一批', amount: '1234.50', issued_date: '2024-01-15', received_date: '2024-02-20', source_transfer_id: null },
      { transfer_id: 'T2', amount: '0.10', issued_date: '2024-03-01', received_date: null, source_transfer_id: '内财社〔2024〕1号, 第一批' },
    ]);
  });

  it('reads a file separated by vertical bars, as databases unload a table (Oracle, DB2, mysqldump): the same rows as the comma\'s, a broken row said against bars', async () => {
    const transfers = [
      'transfer_id|year|fund|from_level|to_region_code|kind|amount|issued_date|received_date|source_transfer_id',
      '"内财社〔2024〕1号|第一批"|2024|assistance|central|010100|formal|"1,234.50"|2024-01-15|2024-02-20|',
      'T2|2024|assistance|province|010101|advance|0.10|2024-03-01||"内财社〔2024〕1号|第一批"',
    ].join('\n');
    const report = await loadDataset(engine(), [csv('regions.csv', REGIONS.replace(/,/g, '|')), csv('transfers.csv', `${transfers}\n`)]);
    expect(report.problems).toEqual([]);
    expect(await engine().query('SELECT transfer_id, CAST(amount AS VARCHAR) AS amount, source_transfer_id FROM transfers ORDER BY issued_date')).toEqual([
      { transfer_id: '内财社〔2024〕1号|第一批', amount: '1234.50', source_transfer_id: null },
      { transfer_id: 'T2', amount: '0.10', source_transfer_id: '内财社〔2024〕1号|第一批' },
    ]);
    const broken = await loadDataset(engine(), [csv('regions.csv', REGIONS), csv('transfers.csv', `${transfers}|extra\n`)]);
    expect(broken.problems.map((p) => `${p.file} ${p.row} ${wanted(p)}`)).toEqual([
      'transfers.csv 3 竖线（|）分隔的文本，每行列数与表头相同，含竖线、引号或换行的单元格用双引号括起',
    ]);
  });

  it('reads a file that ends with DOS\'s Ctrl-Z (FoxPro and dBase exports) as without it, UTF-8, GBK or UTF-16, bytes or a picked file; a Ctrl-Z elsewhere is a cell', async () => {
    const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
    const utf16 = (text: string, order: 'le' | 'be'): Uint8Array => {
      const units = Array.from(`\ufeff${text}`, (c) => c.charCodeAt(0));
      return new Uint8Array(units.flatMap((u) => (order === 'le' ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff])));
    };
    const regions = `${REGIONS}010102,乙县,county,010100,3`;
    const gbk = new Uint8Array([...encode(REGIONS.replace(/测试./g, 'T')), ...encode('010102,'), 0xd2, 0xd2, 0xcf, 0xd8, ...encode(',county,010100,3\r\n'), 0x1a]);
    const files: DatasetFile[] = [
      { name: 'regions.csv', bytes: encode(`${regions}\n\u001a`) },
      { name: 'regions.csv', blob: new Blob([encode(`${regions}\r\n\u001a`) as BlobPart]) },
      { name: 'regions.csv', bytes: encode(`${regions}\u001a`) },
      { name: 'regions.csv', bytes: gbk },
      // Excel's "Unicode text" (UTF-16 with its BOM, tabs) of such a file: the character is two bytes there.
      { name: 'regions.csv', bytes: utf16(`${regions.replace(/,/g, '\t')}\r\n\u001a`, 'le') },
      { name: 'regions.csv', blob: new Blob([utf16(`${regions.replace(/,/g, '\t')}\r\n\u001a`, 'be') as BlobPart]) },
    ];
    for (const file of files) {
      const report = await loadDataset(engine(), [file]);
      expect(report.problems).toEqual([]);
      expect(await engine().query("SELECT name FROM regions WHERE region_code = '010102'")).toEqual([{ name: '乙县' }]);
    }
    const inside = await loadDataset(engine(), [csv('regions.csv', `${REGIONS}\u001a\n010102,乙县,county,010100,3\n`)]);
    expect(inside.problems.map((p) => `${p.row} ${said(p)}`)).toEqual(['5 这一行只有第一格有内容，像是标题或分组行（常见于两份导出拼接成一个文件），不是数据']);
  });

  it('trims Unicode spaces around cells, as DuckDB\'s trim() does, and nothing else', async () => {
    const regions = [
      'region_code,name,level,parent_code,tier',
      ' 010000 ,\u3000测试省 ,province,,',
      '\u00a0010100,测试市\t, city ,010000\u3000,3',
      '010101,  "a b"  ,county,010100,3',
    ].join('\n');
    const report = await loadDataset(engine(), [csv('regions.csv', regions)]);
    expect(report.problems).toEqual([]);
    expect(await engine().query('SELECT region_code, name, level, parent_code FROM regions ORDER BY region_code')).toEqual([
      { region_code: '010000', name: '测试省', level: 'province', parent_code: null },
      { region_code: '010100', name: '测试市\t', level: 'city', parent_code: '010000' },
      { region_code: '010101', name: '"a b"', level: 'county', parent_code: '010100' },
    ]);
    // A tab before a code or word (an export's mark that keeps a cell text in Excel) is read past, as before a region code.
    const tab = await loadDataset(engine(), [csv('regions.csv', `${REGIONS}010102,乙县,\tcounty,010100,3\n010103,丙县,\t县,010100,\t3\n`)]);
    expect(tab.problems).toEqual([]);
    // A code after a tab is one a system kept as text for Excel (contract/keptAsText.ts): read as the code.
    const code = await loadDataset(engine(), [csv('regions.csv', `${REGIONS}\t010102,乙县,county,010100,3\n`)]);
    expect(code.problems).toEqual([]);
  });

  it('names a roster\'s invalid identity, source and enrolled cells as written, and reads TRUE/False', async () => {
    const roster = (rows: string[]) => csv('roster.csv', ['quarter,person_id,region_code,category,source,enrolled', ...rows].join('\n'));
    const bad = await loadDataset(engine(), [
      csv('regions.csv', REGIONS),
      roster(['2024Q4,A1,010101, veteran ,civil_affairs,true', '2024Q4,A2,010101,dibao,财政,true', '2024Q4,A3,010101,dibao,other,maybe', '2024Q4,A4,010101,,other,']),
    ]);
    // A1…A4 are in neither ID form: one notice besides the errors (idNumber.ts).
    expect(bad.problems.filter((p) => p.severity === 'error').map((p) => `${p.row} ${p.column} ${said(p)}`)).toEqual([
      '2 category 救助类别"veteran"不是允许的取值',
      '3 source 数据来源"财政"不是允许的取值',
      '4 enrolled "maybe"不是 true/false（是/否）',
      '5 category 救助类别为空',
      '5 enrolled 是否参保为空',
    ]);
    const good = await loadDataset(engine(), [csv('regions.csv', REGIONS), roster(['2024Q4,A1,010101,dibao,civil_affairs,TRUE', '2024Q4,A2,010101,dibao,other, False '])]);
    expect(good.problems.map((p) => p.problem.code)).toEqual(['check.ids_malformed']);
    expect(await engine().query('SELECT person_masked, CAST(category AS VARCHAR) AS category, enrolled FROM roster ORDER BY person_masked, enrolled DESC')).toEqual([
      { person_masked: 'A****', category: 'dibao', enrolled: true },
      { person_masked: 'A****', category: 'dibao', enrolled: false },
    ]);
  });

  it('skips # comment rows (the mark and a space, after spaces), says a 说明： line is a note, and keeps a # or 说明 starting a value', async () => {
    const transfers = [
      'transfer_id,year,fund,from_level,to_region_code,kind,amount,issued_date,received_date,source_transfer_id',
      '  # 说明行,,,,,,,,,',
      'T#1,2024,assistance,central,010100,formal,1.00,2024-03-01,,',
      '\t说明：文号唯一,,,,,,,,,',
      '说明#2,2024,assistance,central,010100,formal,1.00,2024-03-01,,',
      'T2,2024,assistance,central,010100,formal,x,2024-03-01,,',
    ].join('\n');
    const report = await loadDataset(engine(), [csv('regions.csv', REGIONS), csv('transfers.csv', transfers)]);
    expect(report.problems.map((p) => `${p.row} ${p.column} ${p.problem.code}`)).toEqual(['null null header.sign_off_rows', '6 amount cell.invalid']);
    expect(report.files.find((f) => f.table === 'transfers')?.rows).toBe(3);
  });

  it('warns, but loads, when a transfer arrives before it was issued', async () => {
    const transfers =
      'transfer_id,year,fund,from_level,to_region_code,kind,amount,issued_date,received_date,source_transfer_id\n' +
      'T1,2024,assistance,central,010100,formal,1.00,2024-03-01,2024-02-01,\n';
    const report = await loadDataset(engine(), [csv('regions.csv', REGIONS), csv('transfers.csv', transfers)]);
    expect(report.ok).toBe(true);
    expect(report.problems).toMatchObject([{ file: 'transfers.csv', row: 2, column: 'received_date', severity: 'warning' }]);
  });

  it('loads Blobs (the Files a user picks) as it loads bytes, policy.json and stray files included', async () => {
    const tiny = await readDatasetDir(TINY_DIR);
    const policy = { name: 'policy.json', bytes: new TextEncoder().encode(JSON.stringify(DEFAULT_POLICY_FILE)) };
    const stray = csv('notes.csv', 'a,b\n1,2\n');
    const fromBytes = await loadDataset(engine(), [...tiny, policy, stray]);
    const expected = await analyze(engine(), '2024Q4', DEFAULT_POLICY_FILE);
    const asBlob = (f: DatasetFile): DatasetFile => ('bytes' in f ? { name: f.name, blob: new Blob([f.bytes as BlobPart]) } : f);
    const fromBlobs = await loadDataset(engine(), [...tiny, policy, stray].map(asBlob));
    expect(fromBlobs.problems).toEqual(fromBytes.problems);
    expect(fromBlobs.problems.map((p) => `${p.file} ${p.severity}`)).toEqual(['notes.csv warning']);
    expect(fromBlobs).toEqual(fromBytes);
    expect(await analyze(engine(), '2024Q4', DEFAULT_POLICY_FILE)).toEqual(expected);
  });

  it('refuses a table whose typed value is missing where its text is not, keeping the loaded data', async () => {
    const tiny = await readDatasetDir(TINY_DIR);
    expect((await loadDataset(engine(), tiny)).ok).toBe(true);
    // As if validation had let through a value that TRY_CAST cannot read.
    const lossy: Engine = {
      ...engine(),
      query: async (sql) => {
        if (sql.includes(`'fund_flows.csv' AS file, CAST(count(*) AS BIGINT) AS n FROM "fundwatch_stage_fund_flows_data" WHERE _data AND`)) {
          await engine().query('UPDATE "fundwatch_stage_fund_flows_data" SET amount = NULL WHERE rowid = 3');
        }
        return engine().query(sql);
      },
    };
    const report = await loadDataset(lossy, tiny);
    expect(report.ok).toBe(false);
    expect(said(report.problems[0])).toMatch(/写入数据表失败：fund_flows\.csv：1 行的值通过了校验却无法转换为列类型/);
    expect(await engine().query('SELECT CAST(count(*) AS BIGINT) AS n FROM fund_flows WHERE amount IS NULL')).toEqual([{ n: 0 }]);
    expect(await engine().query('SELECT CAST(count(*) AS BIGINT) AS n FROM fund_flows')).toEqual([{ n: 39 }]);
  });

  it('leaves no staged table, view or copy behind, after a load or a refused one', async () => {
    const leftovers = async (): Promise<unknown[]> =>
      engine().query("SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'fundwatch%' ORDER BY table_name");
    expect((await loadDataset(engine(), await readDatasetDir(TINY_DIR))).ok).toBe(true);
    expect(await leftovers()).toEqual([]);
    const roster = ['quarter,person_id,region_code,category,source,enrolled', ...Array.from({ length: 30 }, (_, i) => `2024Q4,P${i},010101,dibao,other,true`)];
    expect((await loadDataset(engine(), [csv('regions.csv', REGIONS), csv('roster.csv', roster.join('\n'))], { keysPerPass: 10 })).ok).toBe(true);
    expect(await leftovers()).toEqual([]);
    // A repeated row is merged (its row numbers were kept in a temporary table, dropped too).
    expect((await loadDataset(engine(), [csv('regions.csv', REGIONS), csv('roster.csv', `${roster.join('\n')}\n2024Q4,P1,010101,dibao,other,true`)], { keysPerPass: 10 })).ok).toBe(true);
    expect(await leftovers()).toEqual([]);
    const refused = `${roster.join('\n')}\n2024Q4,P1,010101,dibao,other,true\n2024Q4,P2,010101,dibao,other,maybe`;
    expect((await loadDataset(engine(), [csv('regions.csv', REGIONS), csv('roster.csv', refused)], { keysPerPass: 10 })).ok).toBe(false);
    expect(await leftovers()).toEqual([]);
  });

  it('rolls the whole replacement back when a statement inside the transaction fails', async () => {
    const tiny = await readDatasetDir(TINY_DIR);
    expect((await loadDataset(engine(), tiny)).ok).toBe(true);
    // An engine whose replacement script breaks just before COMMIT, after
    // every table has been dropped and recreated.
    const failing: Engine = {
      ...engine(),
      query: (sql) => engine().query(sql.includes('COMMIT') ? sql.replace(/COMMIT\s*$/, 'SELECT * FROM no_such_table;\nCOMMIT') : sql),
    };
    const report = await loadDataset(failing, [csv('regions.csv', REGIONS)]);
    expect(report.ok).toBe(false);
    expect(said(report.problems[0])).toMatch(/写入数据表失败/);
    expect(await engine().query('SELECT region_code FROM regions ORDER BY region_code LIMIT 1')).toEqual([{ region_code: '150000' }]);
    expect(await engine().query('SELECT CAST(count(*) AS BIGINT) AS n FROM fund_flows')).toEqual([{ n: 39 }]);
    // And the engine still works normally afterwards.
    expect((await loadDataset(engine(), [csv('regions.csv', REGIONS)])).ok).toBe(true);
  });
});
