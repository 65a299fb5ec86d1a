// One person written two ways by two offices must be one person (DOMAIN.md:
// deduplicate the civil-affairs and agriculture lists by ID): x and X,
// full-width digits, spaces and hyphens, the 15-digit first-generation ID
// and its 18-digit form (engine/contract/idNumber.ts). An ID of neither
// form is a notice, counted as written. Counts worked out by hand below.
import { mkdir, mkdtemp, copyFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY_FILE } from '../../src/domain/policy/policy';
import { readAnalysisInput } from '../../src/engine/queries/analyze';
import { loadWithoutRosterReach as loadDataset } from './harness';
import { formatProblem } from '../../src/engine/ingest/problems';
import type { Engine } from '../../src/engine/runtime/engine';
import { readRosterFollowUp, rosterSummary } from '../../src/engine/queries/roster';
import { createNativeEngine } from '../../src/engine/runtime/native';
import { openDatasetDir } from '../../src/engine/formats/nodeFiles';
import { loadSubmissions } from '../../src/engine/ingest/submissions';
import { eighteenDigitSql, normalizedIdSql } from '../../src/engine/contract/idNumber';
import { csv, TINY_DIR, tinyWith, useEngine } from './harness';

// Check characters computed by ISO 7064 MOD 11-2 (weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2; 10X98765432).
const P1 = '15010219400101106X';
const P2 = '150102195203152009';
const P3 = '15010319610720456X';
/** 150102400101123 as 18 digits: 19 before the year, check character 8. */
const P4_15 = '150102400101123';
const P4 = '150102194001011238';
/** 150103580808309 as 18 digits: check character X. */
const P6_15 = '150103580808309';
const P6 = '15010319580808309X';
/** GB 11643's conversion, computed here digit by digit: 19 before the year, then the MOD 11-2 check character. */
function eighteen(id15: string): string {
  const id17 = `${id15.slice(0, 6)}19${id15.slice(6)}`;
  const sum = [...id17].reduce((total, d, i) => total + Number(d) * (2 ** (17 - i) % 11), 0);
  return id17 + '10X98765432'.charAt(sum % 11);
}
const fullWidth = (id: string): string => id.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d))).replace('X', 'Ｘ');

// Row numbers as in a spreadsheet (header = row 1).
const ROSTER = [
  'quarter,person_id,region_code,category,source,enrolled',
  `2024Q4,${P1},150102,tekun,civil_affairs,false`, // 2
  `2024Q4,${P1.toLowerCase()},150102,dibao,agriculture,true`, // 3: x → the same person, enrolled
  `2024Q4,${fullWidth(P2)},150102,orphan,civil_affairs,false`, // 4
  `2024Q4,${P2},150102,dibao,agriculture,false`, // 5
  `2024Q4,150103 19610720 456X,150103,tekun,civil_affairs,true`, // 6
  `2024Q4,150103-19610720-456X,150103,tekun,agriculture,true`, // 7
  `2024Q4,${P3},150103,tekun,other,false`, // 8
  `2024Q4,${P4_15},150102,dibao,civil_affairs,false`, // 9
  `2024Q4,${P4},150102,dibao,agriculture,false`, // 10
  `2024Q4,${P6_15},150103,fanpin,civil_affairs,false`, // 11
  `2024Q4,${P6.toLowerCase()},150103,fanpin,agriculture,false`, // 12
  '2024Q4,AB1234567,150102,tekun,other,true', // 13: neither form
  '2024Q4,15010219400101123,150103,dibao,civil_affairs,false', // 14: 17 digits
  `2024Q4,${fullWidth(P1)},150102,tekun,other,false`, // 15: P1 once more, full-width with Ｘ
].join('\n');

// Persons: P1 (rows 2, 3, 15), P2 (4, 5), P3 (6–8), P4 (9, 10), P6 (11, 12), and rows 13 and 14 as written: 7.
// Enrolled: P1 (row 3), P3 (rows 6, 7), row 13: 3; the other 4 are uninsured and to follow up (no region conflicts).
// Several identities: P1 (tekun, dibao), P2 (orphan, dibao). Several sources: P1, P2, P3, P4, P6.
const SUMMARY = { rows: 14, mergedRows: 0, persons: 7, multiIdentityPersons: 2, multiSourcePersons: 5, regionConflicts: 0, uninsured: 4, followUp: 4 };

/** The masked ID of each row, in the file's order: the normalised form's. */
const MASKED = [
  '150102****106X',
  '150102****106X',
  '150102****2009',
  '150102****2009',
  '150103****456X',
  '150103****456X',
  '150103****456X',
  '150102****1238',
  '150102****1238',
  '150103****309X',
  '150103****309X',
  'A****',
  '150102****1123',
  '150102****106X',
];

const NOTICE =
  'roster.csv · person_id · 2 行的身份证号不是 18 位（17 位数字加数字或 X）也不是 15 位数字（如第13行 A****、第14行 150102****1123），按所写的号码计人，照常载入 · 应为：18 位身份证号（或 15 位旧证号，自动升为 18 位）；全角数字、小写 x、空格和连字符会自动规整';

async function answers(engine: Engine): Promise<unknown> {
  return {
    summary: await rosterSummary(engine, '2024Q4'),
    followUp: (await readRosterFollowUp(engine, '2024Q4', DEFAULT_POLICY_FILE)).map((p) => `${p.maskedId} ${p.regionCode} ${p.category} ${p.enrolled} ${p.review}`).sort(),
    coverage: (await readAnalysisInput(engine, '2024Q4', DEFAULT_POLICY_FILE)).coverageCounts
      .filter((c) => (c.regionCode === '150102' || c.regionCode === '150103') && c.category !== null)
      .map((c) => `${c.regionCode} ${c.category} ${c.enrolled}/${c.recipients}`)
      .sort(),
    masked: (await engine.query('SELECT person_masked FROM roster ORDER BY rowid')).map((r) => r.person_masked),
  };
}

const EXPECTED = {
  summary: SUMMARY,
  followUp: ['150102****1123 150103 dibao false false', '150102****1238 150102 dibao false false', '150102****2009 150102 orphan false false', '150103****309X 150103 fanpin false false'],
  coverage: ['150102 dibao 0/1', '150102 orphan 0/1', '150102 tekun 2/2', '150103 dibao 0/1', '150103 fanpin 0/1', '150103 tekun 1/1'],
  masked: MASKED,
};

describe('one person written two ways', () => {
  const engine = useEngine();

  it('counts x and X, full-width digits, spaces and hyphens, and the 15-digit ID as one person each, and says which IDs are in neither form', async () => {
    const report = await loadDataset(engine(), await tinyWith(csv('roster.csv', ROSTER)));
    expect(report.ok).toBe(true);
    expect(report.problems.map((p) => formatProblem(p))).toEqual([NOTICE]);
    expect(report.problems.map((p) => formatProblem(p, 'en'))[0]).toContain(
      '2 rows have IDs neither 18 characters (17 digits and a digit or X) nor 15 digits (row 13 A****, row 14 150102****1123)',
    );
    expect(await answers(engine())).toEqual(EXPECTED);
  });

  it('reads a file in pieces, each typed by the reader, to the same persons and notice', async () => {
    // About three rows a piece (stage.ts: fastSql per piece, the general reading where the reader refuses one).
    const report = await loadDataset(engine(), await tinyWith(csv('roster.csv', ROSTER)), { pieceBytes: 150 });
    expect(report.problems.map((p) => formatProblem(p))).toEqual([NOTICE]);
    expect(await answers(engine())).toEqual(EXPECTED);
    // A piece the reader cannot type (enrolled as 是) is read the general way, to the same.
    const general = ROSTER.replace('150103-19610720-456X,150103,tekun,agriculture,true', '150103-19610720-456X,150103,tekun,agriculture, 是');
    const mixed = await loadDataset(engine(), await tinyWith(csv('roster.csv', general)), { pieceBytes: 150 });
    expect(mixed.problems.map((p) => formatProblem(p))).toEqual([NOTICE]);
    expect(await answers(engine())).toEqual(EXPECTED);
  });

  it('gives no notice for IDs in the 18-character form, whatever their check character', async () => {
    const roster = ['quarter,person_id,region_code,category,source,enrolled', '2024Q4,150102199001011234,150102,tekun,civil_affairs,true', `2024Q4,${P4},150102,dibao,agriculture,false`].join('\n');
    const report = await loadDataset(engine(), await tinyWith(csv('roster.csv', roster)));
    expect(report.problems).toEqual([]);
  });

  it('converts a 15-digit ID as the standard does, and leaves other text but for the characters it normalises', async () => {
    expect(eighteen(P4_15)).toBe(P4);
    expect(eighteen(P6_15)).toBe(P6);
    // 200 IDs across the sequence numbers and dates, every check character among them.
    const ids = Array.from({ length: 200 }, (_, i) => `1501${String(i % 100).padStart(2, '0')}${String(40 + (i % 60)).padStart(2, '0')}0${1 + (i % 9)}1${i % 10}${String((i * 7) % 1000).padStart(3, '0')}`);
    const rows = await engine().query(`SELECT id, ${eighteenDigitSql('id')} AS converted FROM (SELECT unnest([${ids.map((id) => `'${id}'`).join(', ')}]) AS id)`);
    expect(rows.map((r) => r.converted)).toEqual(ids.map(eighteen));
    expect(new Set(ids.map((id) => eighteen(id).slice(-1))).size).toBe(11);
    const normalized = async (text: string): Promise<unknown> => (await engine().query(`SELECT ${normalizedIdSql(`'${text}'`)} AS id`))[0]?.id;
    expect(await normalized('１５０１０３ ５８０８０８ ３０９')).toBe(P6);
    expect(await normalized('150102\u3000195203152009')).toBe(P2);
    // Copied from a web page or a chat (a zero-width space), kept as text in Excel (an apostrophe): one person, not two.
    expect(await normalized(`\u200b${P2}`)).toBe(P2);
    expect(await normalized(`${P2}\u2060`)).toBe(P2);
    expect(await normalized(`''${P2}`)).toBe(P2);
    expect(await normalized(`’${P2}`)).toBe(P2);
    expect(await normalized(`"${P2}"`)).toBe(P2);
    // An office sweep: a line break inside the quoted cell, pandas' 15-digit number with its .0, × typed for X.
    expect(await normalized(`${P2}\n`)).toBe(P2);
    expect(await normalized(`${P2}\r\n`)).toBe(P2);
    expect(await normalized(`${P6_15}.0`)).toBe(P6);
    expect(await normalized(`${P1.slice(0, 17)}×`)).toBe(P1);
    expect(await normalized('1501021940010112.0')).toBe('1501021940010112.0');
    expect(await normalized('AB-12 34x')).toBe('AB1234X');
    expect(await normalized('1.50102E+17')).toBe('1.50102E+17');
    expect(await normalized('1501021940010112')).toBe('1501021940010112');
  });

  it('reads a big local file where it lies (native DuckDB, the command line) to the same persons and notice', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'fundwatch-idforms-'));
    const native = await createNativeEngine();
    try {
      await mkdir(dir, { recursive: true });
      for (const file of ['regions.csv', 'assistance_enrollment.csv', 'fund_flows.csv', 'fund_balances.csv']) await copyFile(join(TINY_DIR, file), join(dir, file));
      await writeFile(join(dir, 'roster.csv'), `${ROSTER}\n`);
      let local = false;
      const watching: Engine = {
        ...native,
        registerLocalCsv: async (name, blob) => (local = (await native.registerLocalCsv?.(name, blob)) ?? false),
      };
      const report = await loadDataset(watching, await openDatasetDir(dir), { localCsvBytes: 64 });
      expect(local).toBe(true);
      expect(report.problems.map((p) => formatProblem(p))).toEqual([NOTICE]);
      expect(await answers(native)).toEqual(EXPECTED);
    } finally {
      await native.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('matches one person across two submissions that write the ID differently, and says a malformed ID once, by its submission', async () => {
    const header = 'quarter,person_id,region_code,category,source,enrolled';
    const a = await tinyWith(csv('roster.csv', [header, `2024Q4,${P1},150102,tekun,civil_affairs,false`, '2024Q4,AB1234567,150102,tekun,other,true'].join('\n')));
    const b = await tinyWith(csv('roster.csv', [header, `2024Q4,${fullWidth(P1).replace('Ｘ', 'x')},150102,dibao,agriculture,true`, `2024Q4,${P4_15},150102,dibao,agriculture,false`].join('\n')));
    const report = await loadSubmissions(engine(), [
      { name: 'civil', files: a },
      { name: 'agriculture', files: b },
    ]);
    expect(report.ok).toBe(true);
    // Each submission's roster covers one of the tiny fixture's counties: that notice is rosterReach.test.ts's.
    expect(report.problems.filter((p) => p.problem.code !== 'load.roster_partial').map((p) => formatProblem(p))).toEqual([
      'civil/roster.csv · person_id · 1 行的身份证号不是 18 位（17 位数字加数字或 X）也不是 15 位数字（如第3行 A****），按所写的号码计人，照常载入 · 应为：18 位身份证号（或 15 位旧证号，自动升为 18 位）；全角数字、小写 x、空格和连字符会自动规整',
    ]);
    // P1 (civil X, agriculture full-width with x), AB1234567, P4 (15 digits): 3 persons, 2 enrolled.
    expect(await rosterSummary(engine(), '2024Q4')).toMatchObject({ rows: 4, persons: 3, multiSourcePersons: 1, uninsured: 1 });
    expect((await engine().query('SELECT DISTINCT person_masked FROM roster ORDER BY person_masked')).map((r) => r.person_masked)).toEqual([
      '150102****106X',
      '150102****1238',
      'A****',
    ]);
  });
});
