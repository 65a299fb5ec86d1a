import { SEVERITY_LABEL } from '../../domain/labels';
import type { Severity } from '../../domain/types';

/** A severity as a coloured chip; `null` is the normal state. */
export function SeverityChip({ severity, normal = '正常' }: { severity: Severity | null; normal?: string }) {
  return (
    <span className={`chip chip-${severity ?? 'normal'}`}>{severity === null ? normal : SEVERITY_LABEL[severity].zh}</span>
  );
}
