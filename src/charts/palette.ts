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

export const BAND_NORMAL_COLOR = '#2e8b57';

/**
 * A shape per severity, printed before a value: the severity read without colour
 * (the tile map, the big screen, and the months-payable bars, which a black-and-white
 * print turns into one grey).
 */
export const SEVERITY_MARK: Record<Severity | 'normal', string> = {
  red: '▲',
  orange: '◆',
  yellow: '●',
  blue: '■',
  normal: '○',
};

/** A colour (#rrggbb) made pale: the same hue at `alpha` opacity. */
function tint(hex: string, alpha: string): string {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

/** Pale versions for background stripes (markArea) behind the bars; yellow a little stronger to be seen at all. */
export const SEVERITY_TINT: Record<Severity | 'normal', string> = {
  red: tint(SEVERITY_COLOR.red, '0.10'),
  orange: tint(SEVERITY_COLOR.orange, '0.10'),
  yellow: tint(SEVERITY_COLOR.yellow, '0.12'),
  blue: tint(SEVERITY_COLOR.blue, '0.10'),
  normal: tint(BAND_NORMAL_COLOR, '0.07'),
};

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
