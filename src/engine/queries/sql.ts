// SQL lives in .sql files next to this one; Vite (app, vitest) and the CLI
// runner (scripts/run-cli.mjs, Vite's build API) inline them with `?raw`.
// Parameters go in through `renderSql`, which quotes every value it is given
// as a literal unless the caller built an identifier or a trusted fragment.
import allocationFactorsSql from './sql/allocation_factors.sql?raw';
import allocationTotalsSql from './sql/allocation_totals.sql?raw';
import assistanceSubsidiesSql from './sql/assistance_subsidies.sql?raw';
import balanceReconcileSql from './sql/balance_reconcile.sql?raw';
import checkSql from './sql/check.sql?raw';
import checkGroupedSql from './sql/check_grouped.sql?raw';
import checkCountsSql from './sql/check_counts.sql?raw';
import coverageCountsSql from './sql/coverage_counts.sql?raw';
import createTableSql from './sql/create_table.sql?raw';
import fundTotalsSql from './sql/fund_totals.sql?raw';
import mergeConflictsSql from './sql/merge_conflicts.sql?raw';
import mergeDuplicatesSql from './sql/merge_duplicates.sql?raw';
import mergeRowsSql from './sql/merge_rows.sql?raw';
import obligationShortfallsSql from './sql/obligation_shortfalls.sql?raw';
import prebuiltAttachSql from './sql/prebuilt_attach.sql?raw';
import prebuiltSettleSql from './sql/prebuilt_settle.sql?raw';
import prebuiltWriteSql from './sql/prebuilt_write.sql?raw';
import prevalidatedTableSql from './sql/prevalidated_table.sql?raw';
import provinceCodeSql from './sql/province_code.sql?raw';
import quarterGapsSql from './sql/quarter_gaps.sql?raw';
import quartersSql from './sql/quarters.sql?raw';
import rosterReachSql from './sql/roster_reach.sql?raw';
import factorReachSql from './sql/factor_reach.sql?raw';
import regionAncestorsSql from './sql/region_ancestors.sql?raw';
import regionPoolsSql from './sql/region_pools.sql?raw';
import regionRollupSql from './sql/region_rollup.sql?raw';
import openingRollupSql from './sql/opening_rollup.sql?raw';
import regionTreeDiffSql from './sql/region_tree_diff.sql?raw';
import regionsSql from './sql/regions.sql?raw';
import rosterFollowUpSql from './sql/roster_follow_up.sql?raw';
import rosterMergedSql from './sql/roster_merged.sql?raw';
import rosterPersonsSql from './sql/roster_persons.sql?raw';
import rosterSummarySql from './sql/roster_summary.sql?raw';
import rosterUninsuredSql from './sql/roster_uninsured.sql?raw';
import stageSql from './sql/stage.sql?raw';
import stageArrowSql from './sql/stage_arrow.sql?raw';
import stageViewSql from './sql/stage_view.sql?raw';
import tableDiffSql from './sql/table_diff.sql?raw';
import transferChainLoopsSql from './sql/transfer_chain_loops.sql?raw';
import transfersSql from './sql/transfers.sql?raw';

export const SQL = {
  balanceReconcile: balanceReconcileSql,
  allocationFactors: allocationFactorsSql,
  allocationTotals: allocationTotalsSql,
  assistanceSubsidies: assistanceSubsidiesSql,
  check: checkSql,
  checkGrouped: checkGroupedSql,
  checkCounts: checkCountsSql,
  coverageCounts: coverageCountsSql,
  createTable: createTableSql,
  fundTotals: fundTotalsSql,
  mergeConflicts: mergeConflictsSql,
  mergeDuplicates: mergeDuplicatesSql,
  mergeRows: mergeRowsSql,
  obligationShortfalls: obligationShortfallsSql,
  prebuiltAttach: prebuiltAttachSql,
  prebuiltSettle: prebuiltSettleSql,
  prebuiltWrite: prebuiltWriteSql,
  prevalidatedTable: prevalidatedTableSql,
  provinceCode: provinceCodeSql,
  quarterGaps: quarterGapsSql,
  rosterReach: rosterReachSql,
  factorReach: factorReachSql,
  quarters: quartersSql,
  regionAncestors: regionAncestorsSql,
  regionPools: regionPoolsSql,
  regionRollup: regionRollupSql,
  openingRollup: openingRollupSql,
  regionTreeDiff: regionTreeDiffSql,
  regions: regionsSql,
  rosterFollowUp: rosterFollowUpSql,
  rosterMerged: rosterMergedSql,
  rosterPersons: rosterPersonsSql,
  rosterSummary: rosterSummarySql,
  rosterUninsured: rosterUninsuredSql,
  stage: stageSql,
  stageArrow: stageArrowSql,
  stageView: stageViewSql,
  tableDiff: tableDiffSql,
  transferChainLoops: transferChainLoopsSql,
  transfers: transfersSql,
} as const;

export { SqlFragment, fragment, ident, literal, renderSql, type SqlParam } from './sqlText';
