// region_tiles.csv, the tile map's layout: a good one reaches the regions the
// analysis reads; an overlap, an unknown code or a bad position is refused
// with file, row and column in both languages; a region left out is a note.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/queries/analyze';
import { loadDataset } from '../../src/engine/ingest/load';
import { DEFAULT_POLICY_FILE } from '../../src/domain/policy/policy';
import type { Engine } from '../../src/engine/runtime/engine';
import type { Problem } from '../../src/engine/ingest/problems';
import { csv, tinyWith, useEngine } from './harness';
import { said, wanted } from './said';

const tiles = (rows: string): ReturnType<typeof csv> => csv('region_tiles.csv', `region_code,row,col\n${rows}\n`);

async function problemsOf(engine: () => Engine, rows: string): Promise<Problem[]> {
  const report = await loadDataset(engine(), await tinyWith(tiles(rows)));
  return report.problems;
}

function find(problems: Problem[], row: number, column: string): Problem {
  const match = problems.find((p) => p.file === 'region_tiles.csv' && p.row === row && p.column === column);
  expect(match, JSON.stringify(problems, null, 1)).toBeDefined();
  return match as Problem;
}

describe('region_tiles.csv', () => {
  const engine = useEngine();

  it('loads a layout and hands each region its tile', async () => {
    const report = await loadDataset(engine(), await tinyWith(tiles('150100,0,0\n150200,0,1\n150102,0,0\n150103,1,0\n150202,0,0')));
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    const analysis = await analyze(engine(), '2024Q1', DEFAULT_POLICY_FILE);
    const byCode = new Map(analysis.regions.map((r) => [r.code, r.tile]));
    expect(byCode.get('150100')).toEqual({ row: 0, col: 0 });
    expect(byCode.get('150200')).toEqual({ row: 0, col: 1 });
    expect(byCode.get('150000')).toBeUndefined();
  });

  it('refuses two cities on one tile, naming the row, the column and the first region', async () => {
    const problems = await problemsOf(engine, '150100,0,0\n150200,0,0');
    const p = find(problems, 3, 'row+col');
    expect(p.severity).toBe('error');
    expect(said(p)).toMatch(/150200.*第2行.*150100.*同一方块/);
    expect(said(p, 'en')).toMatch(/Region 150200 is on the same tile as region 150100 of row 2/);
    expect(wanted(p)).not.toBe('');
    expect(wanted(p, 'en')).not.toBe('');
  });

  it('refuses a code that is not in regions.csv', async () => {
    const p = find(await problemsOf(engine, '150100,0,0\n150999,0,1'), 3, 'region_code');
    expect(said(p)).toMatch(/150999.*不在 regions\.csv/);
    expect(said(p, 'en')).toMatch(/150999/);
  });

  it('refuses a negative or fractional position and a region listed twice', async () => {
    const problems = await problemsOf(engine, '150100,-1,0\n150200,0,1.5\n150100,2,2');
    expect(said(find(problems, 2, 'row'))).toMatch(/-1/);
    expect(said(find(problems, 3, 'col'))).toMatch(/1\.5/);
    expect(said(find(problems, 4, 'region_code'))).toMatch(/与第2行重复/);
  });

  it('notes a city the layout leaves out (placed automatically), and still loads', async () => {
    const report = await loadDataset(engine(), await tinyWith(tiles('150100,0,0')));
    expect(report.ok).toBe(true);
    const note = report.problems.find((p) => p.file === 'regions.csv' && p.column === 'region_code');
    expect(note?.severity).toBe('warning');
    expect(note?.row).toBe(6);
    expect(said(note)).toMatch(/150200.*自动/);
    expect(said(note, 'en')).toMatch(/150200.*automatically/);
  });
});
