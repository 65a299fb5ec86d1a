// A region name that drills down to that region; used in every table.
import type { Region } from '../../domain/types';
import { ZhText } from './ZhText';

export function RegionLink({ region, onSelect }: { region: Region; onSelect: (code: string) => void }) {
  return (
    <button type="button" className="link" data-testid="region-link" data-code={region.code} onClick={() => onSelect(region.code)}>
      <ZhText text={region.name} />
    </button>
  );
}
