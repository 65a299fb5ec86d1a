// Person IDs are hashed as the roster is read (engine/personId.ts): a
// 128-bit integer from the salted MD5, never the raw ID, in the staged
// table as in the loaded one. These tests fail if the hash stops telling
// persons apart, stops matching one person's rows, stops depending on the
// salt, or if the masked ID or the narrow column types change.
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/engine/runtime/engine';
import { loadWithoutRosterReach as loadDataset } from './harness';
import { hashedIdSql, maskedIdSql } from '../../src/engine/contract/personId';
import { formatProblem } from '../../src/engine/ingest/problems';
import { readRosterFollowUp, rosterSummary } from '../../src/engine/queries/roster';
import { DEFAULT_POLICY_FILE } from '../../src/domain/policy/policy';
import { csv, tinyWith, useEngine } from './harness';

const HEADER = 'quarter,person_id,region_code,category,source,enrolled';
// A: three rows, two identities, two sources. B: one character away from A.
// C ends in X, D is the same digits ending in x: one person (idNumber.ts).
// E is a short (non-standard) ID: counted as written, with a notice.
const A = '150102199001011234';
const B = '150102199001011235';
const ROSTER = [
  HEADER,
  `2024Q4,${A},150102,tekun,civil_affairs,false`,
  `2024Q4,${A},150102,dibao,agriculture,true`,
  `2024Q4, ${A} ,150102,dibao,civil_affairs,true`,
  `2024Q4,${B},150102,dibao,civil_affairs,false`,
  '2024Q4,15010219800101123X,150103,orphan,civil_affairs,false',
  '2024Q4,15010219800101123x,150103,orphan,agriculture,false',
  '2024Q4,E7,150103,fanpin,other,false',
].join('\n');

const MALFORMED =
  'roster.csv · person_id · 1 行的身份证号不是 18 位（17 位数字加数字或 X）也不是 15 位数字（如第8行 E****），按所写的号码计人，照常载入 · 应为：18 位身份证号（或 15 位旧证号，自动升为 18 位）；全角数字、小写 x、空格和连字符会自动规整';

/** md5(salt ‖ id), its 16 bytes read as a little-endian integer, in hex. */
const md5le = (salt: string, id: string): string => Buffer.from(createHash('md5').update(salt + id).digest()).reverse().toString('hex');

async function hashOf(engine: Engine, id: string | null, salt: string): Promise<string | null> {
  const value = id === null ? 'CAST(NULL AS VARCHAR)' : `'${id}'`;
  const [row] = await engine.query(`SELECT lower(lpad(to_hex(${hashedIdSql(value, salt)}), 32, '0')) AS h`);
  return (row?.h ?? null) as string | null;
}

describe('person IDs', () => {
  const engine = useEngine();

  it('are md5(salt ‖ id) as a 128-bit integer', async () => {
    const salt = '00112233445566778899aabbccddeeff';
    for (const id of [A, B, '15010219800101123X', 'E7', '新城区']) expect(await hashOf(engine(), id, salt)).toBe(md5le(salt, id));
    // The top bit set: the integer is unsigned, all 128 bits count.
    const top = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].find((id) => Number.parseInt(md5le(salt, id).slice(0, 1), 16) >= 8) ?? 'a';
    expect(await hashOf(engine(), top, salt)).toBe(md5le(salt, top));
    expect(await hashOf(engine(), null, salt)).toBeNull();
  });

  it('change with the salt', async () => {
    const one = await hashOf(engine(), A, '0'.repeat(32));
    expect(one).not.toBe(await hashOf(engine(), A, `${'0'.repeat(31)}1`));
    expect(one).toBe(await hashOf(engine(), A, '0'.repeat(32)));
  });

  it('are masked as first 6 + **** + last 4, or the first character of a short ID', async () => {
    const masked = async (id: string): Promise<unknown> => (await engine().query(`SELECT ${maskedIdSql(`'${id}'`)} AS m`))[0]?.m;
    expect(await masked(A)).toBe('150102****1234');
    expect(await masked('15010219800101123X')).toBe('150102****123X');
    expect(await masked('E7')).toBe('E****');
  });

  describe('in a loaded roster', () => {
    let firstLoad: string[] = [];

    beforeAll(async () => {
      const report = await loadDataset(engine(), await tinyWith(csv('roster.csv', ROSTER)));
      expect(report.problems.map((p) => formatProblem(p))).toEqual([MALFORMED]);
      firstLoad = (await engine().query('SELECT DISTINCT lower(lpad(to_hex(person_id), 32, \'0\')) AS h FROM roster ORDER BY h')).map((r) => String(r.h));
    });

    it('take 16 bytes, and identities and sources are ENUMs', async () => {
      const types = await engine().query(
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'roster' ORDER BY ordinal_position",
      );
      expect(types).toEqual([
        { column_name: 'quarter', data_type: 'VARCHAR' },
        { column_name: 'person_id', data_type: 'UHUGEINT' },
        { column_name: 'region_code', data_type: 'VARCHAR' },
        { column_name: 'category', data_type: "ENUM('tekun', 'orphan', 'de_facto_orphan', 'dibao', 'fanpin', 'dibao_edge', 'monitored')" },
        { column_name: 'source', data_type: "ENUM('civil_affairs', 'agriculture', 'other')" },
        { column_name: 'enrolled', data_type: 'BOOLEAN' },
        { column_name: 'person_masked', data_type: 'VARCHAR' },
      ]);
    });

    it('collapse one person\'s rows (the ID trimmed) and keep different persons apart, X and x included', async () => {
      const rows = await engine().query(
        'SELECT person_masked, CAST(count(*) AS BIGINT) AS n FROM roster GROUP BY person_id, person_masked ORDER BY person_masked, n',
      );
      expect(rows).toEqual([
        { person_masked: '150102****1234', n: 3 },
        { person_masked: '150102****1235', n: 1 },
        { person_masked: '150102****123X', n: 2 },
        { person_masked: 'E****', n: 1 },
      ]);
      expect(await rosterSummary(engine(), '2024Q4')).toMatchObject({ rows: 7, persons: 4, multiIdentityPersons: 1, multiSourcePersons: 2 });
    });

    it('show as 32 hex digits in the follow-up list, next to the masked ID', async () => {
      const list = await readRosterFollowUp(engine(), '2024Q4', DEFAULT_POLICY_FILE);
      expect(list.map((p) => p.maskedId)).toEqual(['150102****1235', '150102****123X', 'E****']);
      for (const person of list) {
        expect(person.personId).toMatch(/^[0-9a-f]{32}$/);
        expect(firstLoad).toContain(person.personId);
      }
    });

    it('keep no raw ID, and a new load draws a new salt', async () => {
      const raw = await engine().query(
        `SELECT CAST(count(*) AS BIGINT) AS n FROM roster WHERE CAST(person_id AS VARCHAR) LIKE '%1501021990%' OR person_masked IN ('${A}', '${B}')`,
      );
      expect(raw).toEqual([{ n: 0 }]);
      await loadDataset(engine(), await tinyWith(csv('roster.csv', ROSTER)));
      const again = await engine().query("SELECT DISTINCT lower(lpad(to_hex(person_id), 32, '0')) AS h FROM roster");
      expect(again).toHaveLength(4);
      for (const row of again) expect(firstLoad).not.toContain(row.h);
    });
  });

  it('are hashed already in the staged table that validation reads', async () => {
    let staged: unknown = null;
    const watching: Engine = {
      ...engine(),
      query: async (sql) => {
        // The first validation query runs once every file is staged.
        if (staged === null && /\bcheck_(id|\d+)\b/.test(sql)) {
          staged = await engine().query(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'fundwatch_stage_roster_data' AND column_name IN ('person_id', 'person_masked') ORDER BY column_name",
          );
        }
        return engine().query(sql);
      },
    };
    expect((await loadDataset(watching, await tinyWith(csv('roster.csv', ROSTER)))).ok).toBe(true);
    expect(staged).toEqual([
      { column_name: 'person_id', data_type: 'UHUGEINT' },
      { column_name: 'person_masked', data_type: 'VARCHAR' },
    ]);
  });

  it('merge a row repeated exactly (same person, identity, source, region, enrollment) with a notice that names no ID', async () => {
    const report = await loadDataset(engine(), await tinyWith(csv('roster.csv', `${ROSTER}\n2024Q4,${A},150102,dibao,agriculture,true`)));
    expect(report.ok).toBe(true);
    const roster = report.problems.filter((p) => p.file === 'roster.csv').map((p) => formatProblem(p));
    expect(roster).toEqual([
      'roster.csv · 1 行与前面某行完全相同（如第9行与第3行），已合并为一行，不重复计数 · 应为：每个 quarter, person_id, region_code, category, source, enrolled 的组合一行（完全相同的重复行会被合并，不影响载入）',
      MALFORMED,
    ]);
    expect(roster.join('')).not.toContain(A);
    expect(await rosterSummary(engine(), '2024Q4')).toMatchObject({ rows: 8, mergedRows: 1, persons: 4 });
  });
});
