// The person-level roster of the quarter on screen, read from the engine on
// the data page only. The engine keeps salted hashes, never raw IDs; the
// page lists masked IDs, and any download is a local Blob.
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { PolicyFile } from '../../domain/policy/types';
import type { Quarter } from '../../domain/types';
import type { ListPage, RosterFollowUp, RosterSummary, UninsuredCount } from '../../engine/queries/roster';
import type { ExportedFile } from '../../engine/export/exportDataset';
import { withEngine } from './engine';

export interface RosterView {
  summary: RosterSummary;
  uninsured: UninsuredCount[];
}

/** A person to follow up as the page may hold them: without the hashed ID. */
export type FollowUpPerson = Omit<RosterFollowUp, 'personId'>;

type PolicyInUse = { file: PolicyFile; version: number } | undefined;

// The hash is dropped here: nothing on the page can show or export it.
const withoutHash = ({ maskedId, regionCode, category, enrolled, review }: RosterFollowUp): FollowUpPerson => ({
  maskedId,
  regionCode,
  category,
  enrolled,
  review,
});

export function useRoster(
  datasetId: string | null,
  quarter: Quarter | null,
  policy: PolicyInUse,
): UseQueryResult<RosterView | null> {
  return useQuery({
    queryKey: ['roster', datasetId, quarter, policy?.version ?? 0],
    queryFn: () =>
      withEngine(async (engine) => {
        if (!quarter || !policy) return null;
        // Loaded on first use: the overview never needs the roster's SQL.
        const roster = await import('../../engine/queries/roster');
        const summary = await roster.rosterSummary(engine, quarter);
        if (summary.rows === 0) return null;
        const uninsured = await roster.readUninsuredByRegion(engine, quarter, policy.file);
        return { summary, uninsured };
      }),
    enabled: datasetId !== null && quarter !== null && policy !== undefined,
    staleTime: Infinity,
    retry: false,
  });
}

/**
 * One page of the persons to follow up. Only the page on screen is held:
 * a province roster can list a million of them. The previous page stays
 * on screen while the next one is read.
 */
export function useRosterFollowUp(
  datasetId: string | null,
  quarter: Quarter | null,
  policy: PolicyInUse,
  page: ListPage,
): UseQueryResult<FollowUpPerson[]> {
  const scope = ['roster-follow-up', datasetId, quarter, policy?.version ?? 0];
  return useQuery({
    queryKey: [...scope, page.offset, page.limit],
    queryFn: () =>
      withEngine(async (engine) => {
        if (!quarter || !policy) return [];
        const roster = await import('../../engine/queries/roster');
        return (await roster.readRosterFollowUp(engine, quarter, policy.file, page)).map(withoutHash);
      }),
    enabled: datasetId !== null && quarter !== null && policy !== undefined,
    // Paging keeps the last page on screen; another quarter or dataset does not show this one's persons.
    placeholderData: (previous, previousQuery) =>
      scope.every((part, i) => previousQuery?.queryKey[i] === part) ? previous : undefined,
    staleTime: Infinity,
    retry: false,
  });
}

/** Every person to follow up, read from the engine when the list is exported. */
export function readWholeFollowUp(quarter: Quarter, policyFile: PolicyFile): Promise<FollowUpPerson[]> {
  return withEngine(async (engine) => {
    const roster = await import('../../engine/queries/roster');
    return (await roster.readRosterFollowUp(engine, quarter, policyFile)).map(withoutHash);
  });
}

/** The loaded tables as CSV files (and policy.json), read from the engine on click. */
export function exportLoadedDataset(policyFile: PolicyFile): Promise<ExportedFile[]> {
  return withEngine(async (engine) => {
    const { exportDataset } = await import('../../engine/export/exportDataset');
    return exportDataset(engine, policyFile);
  });
}
