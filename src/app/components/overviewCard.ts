// What every chart card of the overview is drawn from.
import type { Analysis, Region } from '../../domain/types';
import type { RegionTree } from '../view/regionTree';

export interface OverviewCardProps {
  analysis: Analysis;
  tree: RegionTree;
  /** The region open in the view. */
  region: Region;
  periodLabel: string;
  /** Where a click on a region (a bar, a tile, a table's row header) goes. */
  onSelectRegion: (code: string) => void;
}
