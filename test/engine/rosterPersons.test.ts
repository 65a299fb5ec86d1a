// The person-level roster (sql/roster_persons.sql, one aggregate per
// person) against DOMAIN.md's rules written out in TypeScript, on random
// rosters: each person once, under the identity with the highest subsidy
// (ties: the category order of the policy table), in that identity's
// region (the lowest code if it is listed in several), enrolled if any row
// says so, flagged for review if listed in more than one region; and the
// summary's counts of the same persons.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY_FILE, resolvePolicy } from '../../src/domain/policy/policy';
import { Dec } from '../../src/domain/money';
import { CATEGORIES, type Category } from '../../src/domain/types';
import { loadWithoutRosterReach as loadDataset } from './harness';
import { readRosterFollowUp, rosterPersonsSql, rosterSummary } from '../../src/engine/queries/roster';
import { csv, tinyWith, useEngine } from './harness';
import { said } from './said';

const REGIONS = ['150102', '150103', '150202'];
const SOURCES = ['civil_affairs', 'agriculture', 'other'];

interface Row {
  person: number;
  region: string;
  category: Category;
  source: string;
  enrolled: boolean;
}

const ratios = resolvePolicy(DEFAULT_POLICY_FILE, 2024).categories;

/** DOMAIN.md's rules, one person at a time. */
function expected(rows: readonly Row[]): { persons: string[]; summary: Record<string, number> } {
  const byPerson = new Map<number, Row[]>();
  for (const row of rows) byPerson.set(row.person, [...(byPerson.get(row.person) ?? []), row]);
  const persons: string[] = [];
  const exact = new Set(rows.map((r) => `${r.person}/${r.region}/${r.category}/${r.source}/${r.enrolled}`)).size;
  const summary = { rows: rows.length, mergedRows: rows.length - exact, persons: byPerson.size, multiIdentityPersons: 0, multiSourcePersons: 0, regionConflicts: 0, uninsured: 0, followUp: 0 };
  for (const [person, own] of [...byPerson].sort((a, b) => a[0] - b[0])) {
    const place = (c: Category): [InstanceType<typeof Dec>, number] => [new Dec(ratios[c].subsidy_ratio), CATEGORIES.indexOf(c)];
    const chosen = [...own].sort((a, b) => {
      const [ra, oa] = place(a.category);
      const [rb, ob] = place(b.category);
      return rb.comparedTo(ra) || oa - ob || a.region.localeCompare(b.region);
    })[0] as Row;
    const enrolled = own.some((r) => r.enrolled);
    const review = new Set(own.map((r) => r.region)).size > 1;
    persons.push(`${maskOf(person)} ${chosen.region} ${chosen.category} ${enrolled} ${review}`);
    if (new Set(own.map((r) => r.category)).size > 1) summary.multiIdentityPersons += 1;
    if (new Set(own.map((r) => r.source)).size > 1) summary.multiSourcePersons += 1;
    if (review) summary.regionConflicts += 1;
    if (!enrolled) summary.uninsured += 1;
    if (!enrolled || review) summary.followUp += 1;
  }
  return { persons, summary };
}

const idOf = (person: number): string => `15010219900101${String(person).padStart(4, '0')}`;
const maskOf = (person: number): string => `150102****${String(person).padStart(4, '0')}`;

describe('roster persons', () => {
  const engine = useEngine();

  it('follow DOMAIN.md on random rosters', async () => {
    const row = fc.record({
      person: fc.integer({ min: 0, max: 36 }),
      region: fc.constantFrom(...REGIONS),
      category: fc.constantFrom(...CATEGORIES),
      source: fc.constantFrom(...SOURCES),
      enrolled: fc.boolean(),
    });
    // Any rows, some of them exported again (exact duplicates), some keys with both enrolled values.
    // Each roster is a load of the whole dataset (the costly part), so each
    // holds many persons: 10 rosters of up to 150 rows check as many
    // persons as 25 of up to 50 did.
    const rosters = fc
      .tuple(fc.array(row, { minLength: 1, maxLength: 120 }), fc.array(fc.nat(), { maxLength: 30 }))
      .map(([rows, again]) => [...rows, ...again.map((i) => rows[i % rows.length] as Row)]);
    await fc.assert(
      fc.asyncProperty(rosters, async (rows) => {
        const text = ['quarter,person_id,region_code,category,source,enrolled', ...rows.map((r) => `2024Q4,${idOf(r.person)},${r.region},${r.category},${r.source},${r.enrolled}`)];
        const report = await loadDataset(engine(), await tinyWith(csv('roster.csv', text.join('\n'))));
        expect(report.ok).toBe(true);
        const want = expected(rows);
        // Exact duplicates: one notice, not an error.
        expect(report.problems.map((p) => `${p.severity} ${(said(p) ?? '').split('（')[0] ?? ''}`)).toEqual(
          want.summary.mergedRows === 0 ? [] : [`warning ${want.summary.mergedRows} 行与前面某行完全相同`],
        );
        const persons = await engine().query(
          `${rosterPersonsSql('2024Q4', DEFAULT_POLICY_FILE, true)};\nSELECT person_masked, region_code, CAST(category AS VARCHAR) AS category, enrolled, review FROM roster_persons ORDER BY person_masked`,
        );
        expect(persons.map((p) => `${p.person_masked} ${p.region_code} ${p.category} ${p.enrolled} ${p.review}`)).toEqual(want.persons);
        expect(await rosterSummary(engine(), '2024Q4')).toEqual(want.summary);
      }),
      { numRuns: 10 },
    );
  });

  it('page the follow-up list: each page is that slice of the whole list, and the pages add up to the summary count', async () => {
    const row = fc.record({
      person: fc.integer({ min: 0, max: 60 }),
      region: fc.constantFrom(...REGIONS),
      category: fc.constantFrom(...CATEGORIES),
      enrolled: fc.boolean(),
    });
    const rosters = fc.uniqueArray(row, { minLength: 1, maxLength: 120, selector: (r) => `${r.person}/${r.category}/${r.region}` });
    await fc.assert(
      fc.asyncProperty(rosters, fc.integer({ min: 1, max: 7 }), async (rows, limit) => {
        const text = ['quarter,person_id,region_code,category,source,enrolled', ...rows.map((r) => `2024Q4,${idOf(r.person)},${r.region},${r.category},civil_affairs,${r.enrolled}`)];
        const report = await loadDataset(engine(), await tinyWith(csv('roster.csv', text.join('\n'))));
        expect(report.problems).toEqual([]);
        const whole = await readRosterFollowUp(engine(), '2024Q4', DEFAULT_POLICY_FILE);
        const { followUp } = await rosterSummary(engine(), '2024Q4');
        expect(whole.length).toBe(followUp);
        const paged = [];
        for (let offset = 0; offset <= followUp; offset += limit) {
          const page = await readRosterFollowUp(engine(), '2024Q4', DEFAULT_POLICY_FILE, { offset, limit });
          expect(page).toEqual(whole.slice(offset, offset + limit));
          paged.push(...page);
        }
        expect(paged).toEqual(whole);
      }),
      { numRuns: 8 },
    );
  });
});
