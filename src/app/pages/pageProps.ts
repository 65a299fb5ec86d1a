// What every page gets from the shell.
import type { LevelWords } from '../../domain/levelWords';
import type { Policy, PolicyFile } from '../../domain/policy/types';
import type { Analysis } from '../../domain/types';
import type { RegionTree } from '../view/regionTree';
import type { Route } from '../view/route';
import type { ViewState } from '../view/viewState';

export interface PageProps {
  analysis: Analysis;
  tree: RegionTree;
  view: ViewState;
  route: Route;
  /** The policy of the analysis's year, as the analysis used it (edited or not). */
  policy: Policy;
  policyFile: PolicyFile;
  /** What the Chinese text calls the city and county levels: the words of the dataset's province. */
  words: LevelWords;
  updating: boolean;
  navigate: (next: ViewState, route?: Route) => void;
}
