// What every page gets from the shell.
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
  updating: boolean;
  navigate: (next: ViewState, route?: Route) => void;
}
