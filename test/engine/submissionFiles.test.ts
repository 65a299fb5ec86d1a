// What the page was given, as submissions: one folder per city (each with a
// regions file), files beside them shared by all, ZIPs unpacked, a folder
// without city folders loaded as always.
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { DatasetFile } from '../../src/engine/formats/files';
import { splitSubmissions, unpackZips } from '../../src/engine/formats/submissionFiles';
import { said } from './said';

const file = (name: string, text = 'x'): DatasetFile => ({ name, bytes: new TextEncoder().encode(text) });
const names = (files: readonly DatasetFile[]) => files.map((f) => f.name).sort();

describe('splitSubmissions', () => {
  it('one folder: one submission, as always (its subfolders included)', () => {
    const files = [file('data/regions.csv'), file('data/fund_flows.csv'), file('data/reference/tiles.csv')];
    expect(splitSubmissions(files, 'data')).toEqual([{ name: 'data', files }]);
  });

  it('city folders: one submission each, named by folder; a file beside them goes to every one; clutter dropped', () => {
    const files = [
      file('2025Q2/150100/regions.csv'),
      file('2025Q2/150100/fund_flows.csv'),
      file('2025Q2/150200/行政区划.xlsx'),
      file('2025Q2/150200/budgets.csv'),
      file('2025Q2/150200/.DS_Store'),
      file('2025Q2/policy.json'),
    ];
    const subs = splitSubmissions(files, '2025Q2');
    expect(subs.map((s) => s.name)).toEqual(['150100', '150200']);
    expect(names(subs[0]?.files ?? [])).toEqual(['2025Q2/150100/fund_flows.csv', '2025Q2/150100/regions.csv', '2025Q2/policy.json']);
    expect(names(subs[1]?.files ?? [])).toEqual(['2025Q2/150200/budgets.csv', '2025Q2/150200/行政区划.xlsx', '2025Q2/policy.json']);
  });

  it('a city folder without a regions file is a submission of its own (its load says what it lacks)', () => {
    const subs = splitSubmissions([file('c/150100/regions.csv'), file('c/150200/regions.csv'), file('c/150300/fund_flows.csv'), file('c/policy.json')]);
    expect(subs.map((s) => [s.name, names(s.files)])).toEqual([
      ['150100', ['c/150100/regions.csv', 'c/policy.json']],
      ['150200', ['c/150200/regions.csv', 'c/policy.json']],
      ['150300', ['c/150300/fund_flows.csv', 'c/policy.json']],
    ]);
  });

  it('two folders of one name are told apart by their paths', () => {
    const subs = splitSubmissions([file('a/150100/regions.csv'), file('b/150100/regions.csv')]);
    expect(subs.map((s) => s.name)).toEqual(['a/150100', 'b/150100']);
  });
});

describe('unpackZips', () => {
  it('a ZIP of city folders becomes their files under the ZIP name; other files pass through', async () => {
    const zip = zipSync({ '150100/regions.csv': new TextEncoder().encode('r1'), '150200/regions.csv': new TextEncoder().encode('r2'), '__MACOSX/._x': new Uint8Array(1) });
    const { files, problems } = await unpackZips([{ name: 'cities.zip', blob: new Blob([zip]) }, file('policy.json')]);
    expect(problems).toEqual([]);
    expect(names(files)).toEqual(['cities/150100/regions.csv', 'cities/150200/regions.csv', 'policy.json']);
    expect(new TextDecoder().decode((files.find((f) => f.name === 'cities/150200/regions.csv') as { bytes: Uint8Array }).bytes)).toBe('r2');
    expect(splitSubmissions(files).map((s) => [s.name, names(s.files)])).toEqual([
      ['150100', ['cities/150100/regions.csv', 'policy.json']],
      ['150200', ['cities/150200/regions.csv', 'policy.json']],
    ]);
  });

  it('a file named .zip that is not one is a problem naming it', async () => {
    const { files, problems } = await unpackZips([file('cities.zip', 'not a zip')]);
    expect(files).toEqual([]);
    expect(problems.map((p) => [p.file, said(p), p.severity])).toEqual([['cities.zip', '不是有效的 ZIP 文件（无法解压）', 'error']]);
  });
});
