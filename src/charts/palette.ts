// One restrained palette for every chart: navy for "normal", the severity
// colours reserved for states that need attention.
import type { Severity, SourceLevel } from '../domain/types';

export const NORMAL_COLOR = '#2f6eb5';
export const MUTED_COLOR = '#9aa7b5';
export const TARGET_COLOR = '#c0392b';
export const TEXT_COLOR = '#1f2d3d';
export const AXIS_COLOR = '#5b6b7c';
export const GRID_LINE_COLOR = '#e6ebf1';

export const SEVERITY_COLOR: Record<Severity, string> = {
  red: '#d64541',
  orange: '#e67e22',
  yellow: '#e0a800',
  blue: '#3c8dbc',
};

/** Pale versions for background stripes (markArea) behind the bars. */
export const SEVERITY_TINT: Record<Severity | 'normal', string> = {
  red: 'rgba(214, 69, 65, 0.10)',
  orange: 'rgba(230, 126, 34, 0.10)',
  yellow: 'rgba(224, 168, 0, 0.12)',
  blue: 'rgba(60, 141, 188, 0.10)',
  normal: 'rgba(46, 139, 87, 0.07)',
};

export const BAND_NORMAL_COLOR = '#2e8b57';

/** Government money first (dark to light blue), then individuals, then the rest. */
export const SOURCE_LEVEL_COLOR: Record<SourceLevel, string> = {
  central: '#0b3d73',
  province: '#2f6eb5',
  city: '#5b9bd5',
  county: '#9cc3e6',
  individual: '#3f9e8f',
  other: '#b8c2cc',
};

export const EXPENDITURE_COLOR = '#c0504d';
export const BALANCE_COLOR = '#e08e0b';

export function severityColor(severity: Severity | null): string {
  return severity === null ? NORMAL_COLOR : SEVERITY_COLOR[severity];
}
