// The person-level roster of the quarter on screen, read from the engine on
// the data page only. The engine keeps salted hashes, never raw IDs; the
// page lists masked IDs, and any download is a local Blob.
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { PolicyFile } from '../../domain/policyTypes';
import type { Quarter } from '../../domain/types';
import type { RosterFollowUp, RosterSummary, UninsuredCount } from '../../engine/roster';
import type { ExportedFile } from '../../engine/exportDataset';
import { withEngine } from './engine';

export interface RosterView {
  summary: RosterSummary;
  uninsured: UninsuredCount[];
  /** Not enrolled or listed in several regions; without the hashed ID. */
  followUp: Omit<RosterFollowUp, 'personId'>[];
}

export function useRoster(
  datasetId: string | null,
  quarter: Quarter | null,
  policy: { file: PolicyFile; version: number } | undefined,
): UseQueryResult<RosterView | null> {
  return useQuery({
    queryKey: ['roster', datasetId, quarter, policy?.version ?? 0],
    queryFn: () =>
      withEngine(async (engine) => {
        if (!quarter || !policy) return null;
        // Loaded on first use: the overview never needs the roster's SQL.
        const roster = await import('../../engine/roster');
        const summary = await roster.rosterSummary(engine, quarter);
        if (summary.rows === 0) return null;
        const uninsured = await roster.readUninsuredByRegion(engine, quarter, policy.file);
        // The hash is dropped here: nothing on the page can show or export it.
        const followUp = (await roster.readRosterFollowUp(engine, quarter, policy.file)).map(
          ({ maskedId, regionCode, category, enrolled, review }) => ({ maskedId, regionCode, category, enrolled, review }),
        );
        return { summary, uninsured, followUp };
      }),
    enabled: datasetId !== null && quarter !== null && policy !== undefined,
    staleTime: Infinity,
    retry: false,
  });
}

/** The loaded tables as CSV files (and policy.json), read from the engine on click. */
export function exportLoadedDataset(policyFile: PolicyFile): Promise<ExportedFile[]> {
  return withEngine(async (engine) => {
    const { exportDataset } = await import('../../engine/exportDataset');
    return exportDataset(engine, policyFile);
  });
}
