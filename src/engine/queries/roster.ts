// The person-level roster: deduplicated in SQL (sql/roster_persons.sql) with
// the subsidy ratios of the policy year, so the ranking follows policy.json.
import { resolvePolicy } from '../../domain/policy/policy';
import type { PolicyFile } from '../../domain/policy/types';
import { parseQuarter } from '../../domain/quarter';
import { CATEGORIES, type Category, type Quarter, type RegionCode } from '../../domain/types';
import { tableSpec, tableType } from '../contract/contract';
import { MASKED_ID_COLUMN } from '../contract/personId';
import type { Engine } from '../runtime/engine';
import { fragment, literal, renderSql, SQL } from './sql';

/** The roster's stored category type (an ENUM, contract.ts), for comparing with it at its own type. */
function categoryType(): string {
  const column = tableSpec('roster')?.columns.find((c) => c.name === 'category');
  if (!column) throw new Error('the contract has no roster.category');
  return tableType(column);
}

/** SQL that (re)defines the `roster_persons` view for one quarter; with `person_masked` only for a list that shows it. */
export function rosterPersonsSql(quarter: Quarter, policyFile: PolicyFile, withMaskedIds = false): string {
  const { categories } = resolvePolicy(policyFile, parseQuarter(quarter).year);
  const ranks = CATEGORIES.map(
    (c, order) => `(${literal(c).text}, CAST(${literal(categories[c].subsidy_ratio).text} AS DECIMAL(18,6)), ${order})`,
  ).join(', ');
  return renderSql(SQL.rosterPersons, {
    quarter,
    category_ranks: fragment(ranks),
    category_type: fragment(categoryType()),
    masked: fragment(withMaskedIds ? `any_value(r.${MASKED_ID_COLUMN}) AS ${MASKED_ID_COLUMN},` : ''),
  });
}

export interface RosterFollowUp {
  /** The salted hash stored at load (engine/personId.ts) as 32 hex digits: stable within one load only. */
  personId: string;
  /** For people: first 6 + **** + last 4 of the ID as listed. */
  maskedId: string;
  /** The region the person is counted in. */
  regionCode: RegionCode;
  /** The identity the person is counted under (highest subsidy). */
  category: Category;
  /** false: on a recipient list but not found enrolled (疑似未参保). */
  enrolled: boolean;
  /** Listed in more than one region: check which one is right. */
  review: boolean;
}

/** One page of a list: `limit` rows after the first `offset`. */
export interface ListPage {
  offset: number;
  limit: number;
}

/**
 * Persons of the quarter's roster who are not enrolled or are listed in
 * several regions, in a fixed order; all of them, or one page.
 */
export async function readRosterFollowUp(
  engine: Engine,
  quarter: Quarter,
  policyFile: PolicyFile,
  page?: ListPage,
): Promise<RosterFollowUp[]> {
  const limit = page ? `LIMIT ${literal(page.limit).text} OFFSET ${literal(page.offset).text}` : '';
  const rows = await engine.query(`${rosterPersonsSql(quarter, policyFile, true)};\n${renderSql(SQL.rosterFollowUp, { page: fragment(limit) })}`);
  return rows.map((r) => ({
    personId: String(r.person_id),
    maskedId: String(r.person_masked),
    regionCode: String(r.region_code),
    category: String(r.category) as Category,
    enrolled: r.enrolled === true,
    review: r.review === true,
  }));
}

export interface RosterSummary {
  /** Roster rows of the quarter, as read (merged duplicates included). */
  rows: number;
  /** Rows identical to an earlier row (same person, identity, source, region, enrollment), merged at load. */
  mergedRows: number;
  /** Distinct persons after deduplication by ID. */
  persons: number;
  /** Persons listed under more than one identity (category). */
  multiIdentityPersons: number;
  /** Persons on the lists of more than one source (e.g. civil affairs and agriculture). */
  multiSourcePersons: number;
  /** Persons listed in more than one region: counted at the lowest code, flagged for review. */
  regionConflicts: number;
  /** Persons not found enrolled by any source (疑似未参保). */
  uninsured: number;
  /** Persons to follow up: not found enrolled, or listed in several regions (the length of readRosterFollowUp's list). */
  followUp: number;
}

/** The matching summary of a quarter's roster; all zeros for a quarter without one. It does not depend on the policy's ranking. */
export async function rosterSummary(engine: Engine, quarter: Quarter): Promise<RosterSummary> {
  const [r] = await engine.query(renderSql(SQL.rosterSummary, { quarter }));
  return {
    rows: Number(r?.row_count ?? 0),
    mergedRows: Number(r?.merged_rows ?? 0),
    persons: Number(r?.persons ?? 0),
    multiIdentityPersons: Number(r?.multi_identity ?? 0),
    multiSourcePersons: Number(r?.multi_source ?? 0),
    regionConflicts: Number(r?.region_conflicts ?? 0),
    uninsured: Number(r?.uninsured ?? 0),
    followUp: Number(r?.follow_up ?? 0),
  };
}

export interface UninsuredCount {
  regionCode: RegionCode;
  category: Category;
  persons: number;
}

/** Suspected uninsured persons (疑似未参保) per county and identity they are counted under. */
export async function readUninsuredByRegion(engine: Engine, quarter: Quarter, policyFile: PolicyFile): Promise<UninsuredCount[]> {
  const rows = await engine.query(`${rosterPersonsSql(quarter, policyFile)};\n${SQL.rosterUninsured}`);
  return rows.map((r) => ({ regionCode: String(r.region_code), category: String(r.category) as Category, persons: Number(r.persons) }));
}
