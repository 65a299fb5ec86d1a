// Where each region's tile sits on the schematic tile map. A layout file
// (region_tiles: region_code,row,col) places the regions it names; the rest
// get a compact automatic grid in region-code order, so a dataset without a
// layout, or a city's counties, still show every region exactly once. No
// geography is drawn: positions only keep neighbours roughly where they are.

export interface TilePosition {
  row: number;
  col: number;
}

export interface PlacedTile extends TilePosition {
  key: string;
  /** Placed by the automatic grid, not by the layout. */
  auto: boolean;
}

export interface TilePlacement {
  tiles: PlacedTile[];
  /** Keys the layout did not place (empty when no layout applied at all), in the order they were placed. */
  autoPlaced: string[];
  rows: number;
  cols: number;
}

/** Columns of the automatic grid: a little wider than tall, as screens are. */
export function autoGridColumns(count: number): number {
  if (count <= 0) return 0;
  return Math.ceil(Math.sqrt(count * 1.5));
}

/** `count` tiles, row by row, in as few rows as autoGridColumns allows. */
export function autoGrid(count: number, cols = autoGridColumns(count)): TilePosition[] {
  return Array.from({ length: count }, (_, i) => ({ row: Math.floor(i / cols), col: i % cols }));
}

const byKey = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Places `keys` (region codes): the layout's positions for those it names,
 * shifted so the top-left used tile is (0, 0); the others in rows below it,
 * in code order, as wide as the layout. When the layout names none of them,
 * every tile takes the automatic grid in code order and nothing is reported
 * as missing (a county level without a layout is the normal case).
 */
export function placeTiles(keys: readonly string[], layout: ReadonlyMap<string, TilePosition>): TilePlacement {
  const sorted = [...new Set(keys)].sort(byKey);
  const laid: PlacedTile[] = [];
  const taken = new Set<string>();
  const missing: string[] = [];
  for (const key of sorted) {
    const at = layout.get(key);
    const cell = at ? `${at.row},${at.col}` : null;
    // A cell already used (a layout the loader did not check) goes to the grid, never on top of another tile.
    if (at && cell !== null && !taken.has(cell)) {
      taken.add(cell);
      laid.push({ key, row: at.row, col: at.col, auto: false });
    } else missing.push(key);
  }
  if (laid.length === 0) {
    const cols = autoGridColumns(sorted.length);
    const tiles = autoGrid(sorted.length, cols).map((p, i) => ({ key: sorted[i] as string, ...p, auto: true }));
    return { tiles, autoPlaced: [], rows: tiles.length === 0 ? 0 : Math.ceil(sorted.length / cols), cols };
  }
  const top = Math.min(...laid.map((t) => t.row));
  const left = Math.min(...laid.map((t) => t.col));
  const tiles = laid.map((t) => ({ ...t, row: t.row - top, col: t.col - left }));
  const cols = Math.max(...tiles.map((t) => t.col)) + 1;
  const below = Math.max(...tiles.map((t) => t.row)) + 1;
  missing.forEach((key, i) => tiles.push({ key, row: below + Math.floor(i / cols), col: i % cols, auto: true }));
  const rows = Math.max(...tiles.map((t) => t.row)) + 1;
  tiles.sort((a, b) => a.row - b.row || a.col - b.col);
  return { tiles, autoPlaced: missing, rows, cols };
}
