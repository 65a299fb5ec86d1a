// Person-level roster matching, hand-worked (DOMAIN.md): two sources, three
// identities, conflicting regions, one source saying not enrolled; IDs are
// kept only hashed and shown masked.
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY_FILE } from '../../src/domain/policy/policy';
import { readAnalysisInput } from '../../src/engine/queries/analyze';
import { loadWithoutRosterReach as loadDataset } from './harness';
import { readRosterFollowUp, readUninsuredByRegion, rosterSummary } from '../../src/engine/queries/roster';
import { csv, tinyWith, useEngine } from './harness';

// Tiny regions: 150102 新城区 and 150103 回民区 under 150100 呼和浩特市.
// Default subsidy ratios: tekun 1, dibao/fanpin 0.45, dibao_edge/monitored 0.25.
// A: tekun (civil affairs, 150102, NOT enrolled) + dibao (agriculture, 150102, enrolled)
//    + monitored (agriculture, 150103, not) → three identities, two sources, two regions:
//    counted as tekun at 150102 (tekun's region), enrolled (one source says so), flagged for review.
// B: dibao (civil affairs, 150103, not) + fanpin (agriculture, 150103, not) → 0.45 tie, dibao
//    first in the table → dibao at 150103, not enrolled: suspected uninsured.
// C: dibao_edge (civil affairs, 150102, enrolled) → as listed.
// 6 rows, 3 persons, 2 with several identities (A, B), 2 on both lists (A, B), 1 region conflict (A), 1 uninsured (B).
const ROSTER = [
  'quarter,person_id,region_code,category,source,enrolled',
  '2024Q4,150102199001011234,150102,tekun,civil_affairs,false',
  '2024Q4,150102199001011234,150102,dibao,agriculture,true',
  '2024Q4,150102199001011234,150103,monitored,agriculture,false',
  '2024Q4,150103198502025678,150103,dibao,civil_affairs,false',
  '2024Q4,150103198502025678,150103,fanpin,agriculture,false',
  '2024Q4,15010220000101999X,150102,dibao_edge,civil_affairs,true',
].join('\n');

describe('roster matching', () => {
  const engine = useEngine();

  beforeAll(async () => {
    const report = await loadDataset(engine(), await tinyWith(csv('roster.csv', ROSTER)));
    expect(report.problems).toEqual([]);
  });

  it('summarises the matching', async () => {
    expect(await rosterSummary(engine(), '2024Q4')).toEqual({
      rows: 6,
      mergedRows: 0,
      persons: 3,
      multiIdentityPersons: 2,
      multiSourcePersons: 2,
      regionConflicts: 1,
      uninsured: 1,
      // A (listed in two regions) and B (enrolled nowhere).
      followUp: 2,
    });
    expect(await rosterSummary(engine(), '2024Q3')).toMatchObject({ rows: 0, persons: 0 });
  });

  it('counts each person once, under the highest-subsidy identity, in that identity\'s region', async () => {
    const counts = (await readAnalysisInput(engine(), '2024Q4', DEFAULT_POLICY_FILE)).coverageCounts
      .filter((c) => c.regionCode === '150102' || c.regionCode === '150103')
      .map((c) => `${c.regionCode} ${c.category ?? 'all'} ${c.enrolled}/${c.recipients}`)
      .sort();
    // 150102: A (tekun, enrolled) + C (dibao_edge, enrolled) = 2/2; 150103: B (dibao) = 0/1.
    expect(counts).toEqual(['150102 all 2/2', '150102 dibao_edge 1/1', '150102 tekun 1/1', '150103 all 0/1', '150103 dibao 0/1']);
  });

  it('lists the suspected uninsured by region and category, and the follow-up list with masked IDs', async () => {
    expect(await readUninsuredByRegion(engine(), '2024Q4', DEFAULT_POLICY_FILE)).toEqual([{ regionCode: '150103', category: 'dibao', persons: 1 }]);
    expect(await readRosterFollowUp(engine(), '2024Q4', DEFAULT_POLICY_FILE)).toMatchObject([
      { maskedId: '150102****1234', regionCode: '150102', category: 'tekun', enrolled: true, review: true },
      { maskedId: '150103****5678', regionCode: '150103', category: 'dibao', enrolled: false, review: false },
    ]);
  });

  it('keeps no raw person ID in the loaded tables', async () => {
    // Since issue 6 the hash is a 128-bit integer (engine/personId.ts; test/engine/personId.test.ts).
    const holding = async (text: string): Promise<unknown> =>
      (await engine().query(`SELECT CAST(count(*) AS BIGINT) AS n FROM roster WHERE concat_ws('|', *COLUMNS(*)) LIKE '%${text}%'`))[0]?.n;
    for (const id of ['150102199001011234', '150103198502025678', '15010220000101999X']) expect(await holding(id)).toBe(0);
    // The search itself works: region codes and masked IDs are there.
    expect(await holding('150102|')).toBe(3);
    expect(await holding('150102****1234')).toBe(3);
    expect(await engine().query("SELECT DISTINCT typeof(person_id) AS t FROM roster")).toEqual([{ t: 'UHUGEINT' }]);
  });
});
