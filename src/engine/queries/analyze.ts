// One quarter's analysis straight from the loaded tables: the SQL rolls
// counts and money up the region tree, the domain does every rule.
import { buildAnalysis, fundHistory, type AnalysisInput, type FundHistoryInput } from '../../domain/analysis';
import type { PolicyFile } from '../../domain/policy/types';
import { isQuarter, parseQuarter } from '../../domain/quarter';
import type { Analysis, FundStatus, Quarter } from '../../domain/types';
import type { Engine } from '../runtime/engine';
import {
  toAllocationFactor,
  toAllocationTotal,
  toAssistanceSubsidy,
  toBudget,
  toCoverageCounts,
  toFundQuarterTotals,
  toInsuredCount,
  toObligationShortfall,
  toOpeningBalance,
  toRegion,
  toTransfer,
} from './records';
import { fundTotalsSql } from './fundTotals';
import { rollupSql } from './rollup';
import { rosterPersonsSql } from './roster';
import { renderSql, SQL } from './sql';

export { latestQuarter, listQuarters } from './quarters';

/**
 * `onFunds` is called with the fund figures as soon as they are read, while
 * the engine still computes the rest (analyze starts the fund history there).
 */
export async function readAnalysisInput(
  engine: Engine,
  quarter: Quarter,
  policyFile: PolicyFile,
  onFunds?: (funds: FundHistoryInput) => void,
): Promise<AnalysisInput> {
  if (!isQuarter(quarter)) throw new Error(`"${quarter}" is not a quarter (expected YYYYQn, e.g. 2024Q4)`);
  const { year } = parseQuarter(quarter);
  // Every query is queued at once, one statement each (the engine runs them
  // one after another, in this order): while this thread turns one result
  // into records, the engine already computes the next (engine/taskQueue.ts).
  // Where the engine has a connection beside it (native DuckDB), all but the
  // roster's run there, beside the roster's dedupe (its view is TEMP: the
  // connection's own, so coverage_counts reads it on the same one).
  const beside = engine.beside ? await engine.beside() : null;
  const other = beside ?? engine;
  try {
    const queries = {
      regions: other.query(SQL.regions),
      // The roster_persons view for this quarter, which coverage_counts reads.
      rosterPersons: engine.query(rosterPersonsSql(quarter, policyFile)),
      coverageCounts: engine.query(renderSql(SQL.coverageCounts, { quarter })),
      fundTotals: other.query(fundTotalsSql(quarter)),
      openings: other.query(SQL.openingRollup),
      obligations: other.query(renderSql(SQL.obligationShortfalls, { year })),
      residentInsured: other.query(rollupSql({ table: 'resident_enrollment', keys: ['quarter'], summed: 'insured', as: 'BIGINT', period: { column: 'quarter', value: quarter } })),
      assistanceSubsidies: other.query(renderSql(SQL.assistanceSubsidies, { quarter })),
      budgets: other.query(rollupSql({ table: 'budgets', keys: ['year', 'fund', 'direction'], summed: 'amount', as: 'VARCHAR', period: { column: 'year', value: year } })),
      transfers: other.query(SQL.transfers),
      allocationFactors: other.query(renderSql(SQL.allocationFactors, { year })),
      allocationTotals: other.query(renderSql(SQL.allocationTotals, { year })),
    };
    // Each rejection has a listener, also of the queries not awaited after an earlier one failed.
    Promise.all(Object.values(queries)).catch(() => undefined);
    const regions = (await queries.regions).map(toRegion);
    // Had the view failed, coverage_counts would have read the previous one.
    await queries.rosterPersons;
    const coverageCounts = (await queries.coverageCounts).map(toCoverageCounts);
    const funds: FundHistoryInput = {
      quarter,
      policyFile,
      fundTotals: (await queries.fundTotals).map(toFundQuarterTotals),
      // A region whose accounts' openings are not all there has none (opening_rollup.sql).
      openings: (await queries.openings).filter((row) => row.opening_balance !== null).map(toOpeningBalance),
    };
    onFunds?.(funds);
    return {
      ...funds,
      regions,
      coverageCounts,
      obligations: (await queries.obligations).map(toObligationShortfall),
      residentInsured: (await queries.residentInsured).map(toInsuredCount),
      assistanceSubsidies: (await queries.assistanceSubsidies).map(toAssistanceSubsidy),
      budgets: (await queries.budgets).map(toBudget),
      transfers: (await queries.transfers).map(toTransfer),
      allocationFactors: (await queries.allocationFactors).map(toAllocationFactor),
      allocationTotals: (await queries.allocationTotals).map(toAllocationTotal),
    };
  } finally {
    // After the queries queued on it (close() waits its turn).
    await beside?.close();
  }
}

export async function analyze(engine: Engine, quarter: Quarter, policyFile: PolicyFile): Promise<Analysis> {
  let history: FundStatus[] | undefined;
  const input = await readAnalysisInput(engine, quarter, policyFile, (funds) => {
    history = fundHistory(funds);
  });
  return buildAnalysis(input, history);
}
