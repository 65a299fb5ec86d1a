// One quarter's analysis straight from the loaded tables: the SQL rolls
// counts and money up the region tree, the domain does every rule.
import { buildAnalysis, type AnalysisInput } from '../domain/analysis';
import type { PolicyFile } from '../domain/policyTypes';
import { isQuarter } from '../domain/quarter';
import type { Analysis, Quarter } from '../domain/types';
import type { Engine } from './engine';
import { toCoverageCounts, toFundQuarterTotals, toOpeningBalance, toRegion } from './records';
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
  return { quarter, regions, coverageCounts, fundTotals, openings, policyFile };
}

export async function analyze(engine: Engine, quarter: Quarter, policyFile: PolicyFile): Promise<Analysis> {
  return buildAnalysis(await readAnalysisInput(engine, quarter, policyFile));
}
