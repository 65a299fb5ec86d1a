// One quarter's analysis straight from the loaded tables: the SQL rolls
// counts and money up the region tree, the domain does every rule.
import { buildAnalysis, type AnalysisInput } from '../domain/analysis';
import type { PolicyFile } from '../domain/policyTypes';
import { isQuarter, parseQuarter } from '../domain/quarter';
import type { Analysis, Quarter } from '../domain/types';
import type { Engine } from './engine';
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
import { rosterPersonsSql } from './roster';
import { renderSql, SQL } from './sql';

export { latestQuarter, listQuarters } from './quarters';

export async function readAnalysisInput(engine: Engine, quarter: Quarter, policyFile: PolicyFile): Promise<AnalysisInput> {
  if (!isQuarter(quarter)) throw new Error(`"${quarter}" is not a quarter (expected YYYYQn, e.g. 2024Q4)`);
  const regions = (await engine.query(SQL.regions)).map(toRegion);
  const coverageCounts = (
    await engine.query(`${rosterPersonsSql(quarter, policyFile)};\n${renderSql(SQL.coverageCounts, { quarter })}`)
  ).map(toCoverageCounts);
  const fundTotals = (await engine.query(renderSql(SQL.fundTotals, { quarter }))).map(toFundQuarterTotals);
  const openings = (await engine.query(SQL.openings)).map(toOpeningBalance);
  const { year } = parseQuarter(quarter);
  const obligations = (await engine.query(renderSql(SQL.obligationShortfalls, { year }))).map(toObligationShortfall);
  const residentInsured = (await engine.query(renderSql(SQL.residentInsured, { quarter }))).map(toInsuredCount);
  const assistanceSubsidies = (await engine.query(renderSql(SQL.assistanceSubsidies, { quarter }))).map(toAssistanceSubsidy);
  const budgets = (await engine.query(renderSql(SQL.budgets, { year }))).map(toBudget);
  const transfers = (await engine.query(SQL.transfers)).map(toTransfer);
  const allocationFactors = (await engine.query(renderSql(SQL.allocationFactors, { year }))).map(toAllocationFactor);
  const allocationTotals = (await engine.query(renderSql(SQL.allocationTotals, { year }))).map(toAllocationTotal);
  return {
    quarter,
    regions,
    coverageCounts,
    fundTotals,
    openings,
    policyFile,
    obligations,
    residentInsured,
    assistanceSubsidies,
    budgets,
    transfers,
    allocationFactors,
    allocationTotals,
  };
}

export async function analyze(engine: Engine, quarter: Quarter, policyFile: PolicyFile): Promise<Analysis> {
  return buildAnalysis(await readAnalysisInput(engine, quarter, policyFile));
}
