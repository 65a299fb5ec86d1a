// 大屏: the view on screen, its KPIs compared with the previous quarter and
// the same quarter a year ago (when the dataset has them and the engine has
// computed them).
import type { UseQueryResult } from '@tanstack/react-query';
import { previousQuarter, sameQuarterLastYear } from '../../domain/quarter';
import type { Analysis, Quarter, Region } from '../../domain/types';
import { BigScreen } from '../components/BigScreen';
import { useAnalysis, type PolicyInUse } from '../data/hooks';
import type { Dataset } from '../data/datasetTypes';
import type { PageProps } from '../pages/pageProps';

interface BigScreenShellProps {
  page: PageProps;
  region: Region;
  /** The dataset in the engine, the quarters it has and the one asked for. */
  dataset: Dataset | undefined;
  quarters: readonly Quarter[];
  quarter: Quarter | null;
  policy: PolicyInUse | undefined;
  /** The data on screen are the built-in sample, and the data the address names instead (BigScreen). */
  sample: { isSample: boolean; otherData: string | null } | null;
  onExit: () => void;
}

/** Only a computed answer of that very quarter compares; `pending` while a quarter the data have is being computed. */
function settled(result: UseQueryResult<Analysis>, asked: Quarter | null): Analysis | undefined | 'pending' {
  if (result.data && !result.isPlaceholderData) return result.data;
  return asked !== null && !result.isError ? 'pending' : undefined;
}

export function BigScreenShell({ page, region, dataset, quarters, quarter, policy, sample, onExit }: BigScreenShellProps) {
  const has = (q: Quarter | null) => (q !== null && quarters.includes(q) ? q : null);
  const previousAsked = has(quarter === null ? null : previousQuarter(quarter));
  const lastYearAsked = has(quarter === null ? null : sameQuarterLastYear(quarter));
  const previous = useAnalysis(dataset, previousAsked, policy);
  const lastYear = useAnalysis(dataset, lastYearAsked, policy);
  return (
    <BigScreen
      analysis={page.analysis}
      previous={settled(previous, previousAsked)}
      lastYear={settled(lastYear, lastYearAsked)}
      tree={page.tree}
      words={page.words}
      region={region}
      view={page.view}
      navigate={page.navigate}
      sample={sample}
      onExit={onExit}
    />
  );
}
