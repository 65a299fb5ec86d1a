// The person-level roster: deduplicated in SQL (sql/roster_persons.sql) with
// the subsidy ratios of the policy year, so the ranking follows policy.json.
import { resolvePolicy } from '../domain/policy';
import type { PolicyFile } from '../domain/policyTypes';
import { parseQuarter } from '../domain/quarter';
import { CATEGORIES, type Category, type Quarter, type RegionCode } from '../domain/types';
import type { Engine } from './engine';
import { fragment, literal, renderSql, SQL } from './sql';

/** SQL that (re)defines the `roster_persons` view for one quarter. */
export function rosterPersonsSql(quarter: Quarter, policyFile: PolicyFile): string {
  const { categories } = resolvePolicy(policyFile, parseQuarter(quarter).year);
  const ranks = CATEGORIES.map(
    (c, order) => `(${literal(c).text}, CAST(${literal(categories[c].subsidy_ratio).text} AS DECIMAL(18,6)), ${order})`,
  ).join(', ');
  return renderSql(SQL.rosterPersons, { quarter, category_ranks: fragment(ranks) });
}

export interface RosterFollowUp {
  personId: string;
  /** The region the person is counted in. */
  regionCode: RegionCode;
  /** The identity the person is counted under (highest subsidy). */
  category: Category;
  /** false: on a recipient list but not found enrolled (疑似未参保). */
  enrolled: boolean;
  /** Listed in more than one region: check which one is right. */
  review: boolean;
}

/** Persons of the quarter's roster who are not enrolled or are listed in several regions. */
export async function readRosterFollowUp(engine: Engine, quarter: Quarter, policyFile: PolicyFile): Promise<RosterFollowUp[]> {
  const rows = await engine.query(`${rosterPersonsSql(quarter, policyFile)};\n${SQL.rosterFollowUp}`);
  return rows.map((r) => ({
    personId: String(r.person_id),
    regionCode: String(r.region_code),
    category: String(r.category) as Category,
    enrolled: r.enrolled === true,
    review: r.review === true,
  }));
}
