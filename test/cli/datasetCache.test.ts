// The command line's cache of datasets it has loaded (src/cli/datasetCache.ts):
// the same output from the cache as from the files, the files not read again,
// a changed file or a damaged entry loaded from the files, and nothing kept
// that must be said again (notices) or must not be written to disk (a roster).
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import type { Engine } from '../../src/engine/runtime/engine';
import { createNativeEngine, type NativeEngineOptions } from '../../src/engine/runtime/native';
import { CACHE_ENTRIES } from '../../src/cli/datasetCache';
import { cliWith } from './runCli';

const ROOT = join(import.meta.dirname, '../..');
const TINY = join(ROOT, 'test/fixtures/tiny');
const SAMPLE = join(ROOT, 'data/sample');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** Every SQL statement the run's engine was given. */
  sql: string[];
}

async function run(cacheDir: string | null, ...argv: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const sql: string[] = [];
  const recording = async (options: NativeEngineOptions): Promise<Engine> => {
    const engine = await createNativeEngine(options);
    return {
      ...engine,
      query: (text) => {
        sql.push(text);
        return engine.query(text);
      },
    };
  };
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, recording, cacheDir);
  return { code, stdout: out.join('\n'), stderr: err.join('\n'), sql };
}

const readsFiles = (r: Run): boolean => r.sql.some((s) => /read_csv/i.test(s));
const entries = (dir: string): string[] => {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
};

describe('the dataset cache of the command line', () => {
  const temp = mkdtempSync(join(tmpdir(), 'fundwatch-cache-test-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('answers a second run from the entry the first wrote, with the same output, reading no file', async () => {
    const cache = join(temp, 'sample');
    const plain = await run(null, 'analyze', '--data', SAMPLE, '--quarter', '2024Q4', '--json');
    expect(plain.code).toBe(0);
    expect(readsFiles(plain)).toBe(true);
    expect(entries(cache)).toEqual([]);

    const first = await run(cache, 'analyze', '--data', SAMPLE, '--quarter', '2024Q4', '--json');
    expect(first.stdout).toBe(plain.stdout);
    expect(readsFiles(first)).toBe(true);
    const written = entries(cache);
    expect(written).toHaveLength(2);
    expect(written[0]).toMatch(/^[0-9a-f]{64}\.duckdb$/);
    expect(written[1]).toBe(written[0]?.replace('.duckdb', '.json'));

    const second = await run(cache, 'analyze', '--data', SAMPLE, '--quarter', '2024Q4', '--json');
    expect(second.code).toBe(0);
    expect(second.stderr).toBe('');
    expect(readsFiles(second)).toBe(false);
    expect(second.stdout).toBe(plain.stdout);
    // Another quarter and the summary in English from the same entry: the whole dataset is kept, not one answer.
    const q3 = await run(cache, 'analyze', '--data', SAMPLE, '--quarter', '2024Q3', '--lang', 'en');
    const q3plain = await run(null, 'analyze', '--data', SAMPLE, '--quarter', '2024Q3', '--lang', 'en');
    expect(readsFiles(q3)).toBe(false);
    expect(q3.stdout).toBe(q3plain.stdout);
    expect(entries(cache)).toEqual(written);
  }, 120_000);

  it('gives the same report, and the same revisions against an earlier submission, from the cache', async () => {
    const cache = join(temp, 'report');
    const earlier = join(temp, 'earlier');
    cpSync(SAMPLE, earlier, { recursive: true });
    const flows = join(earlier, 'fund_flows.csv');
    writeFileSync(flows, readFileSync(flows, 'utf8').replace(/\n[^\n]*$/, '\n'));
    const html = (name: string): string => join(temp, `${name}.html`);
    const revisions = ['analyze', '--data', SAMPLE, '--compare', earlier, '--quarter', '2024Q4', '--json'];
    const plainRevisions = await run(null, ...revisions);
    expect(plainRevisions.code).toBe(0);
    expect(JSON.parse(plainRevisions.stdout)).toHaveProperty('revisions');
    // As a user runs it (a process each): ECharts numbers its style classes per process.
    const report = (name: string, cacheDir: string): Promise<unknown> =>
      cliWith({ FUNDWATCH_CACHE: cacheDir }, 'report', '--data', SAMPLE, '--quarter', '2024Q4', '--out', html(name));
    await report('plain', 'off');
    await report('first', cache);
    await report('cached', cache);
    expect(entries(cache)).toHaveLength(2);
    // The report carries the moment it was made; the rest is the same.
    const body = (name: string): string => readFileSync(html(name), 'utf8').replace(/\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2})?/g, 'TIME');
    expect(body('first')).toBe(body('plain'));
    expect(body('cached')).toBe(body('plain'));
    const cachedRevisions = await run(cache, ...revisions);
    expect(cachedRevisions.stdout).toBe(plainRevisions.stdout);
  }, 180_000);

  it('loads a changed file from the files, as a new entry, and says what the new bytes say', async () => {
    const cache = join(temp, 'changed');
    const data = join(temp, 'tiny-changed');
    cpSync(TINY, data, { recursive: true });
    const before = await run(cache, 'analyze', '--data', data, '--json');
    const flows = join(data, 'fund_flows.csv');
    const text = readFileSync(flows, 'utf8');
    // One amount one fen higher: the same size would not tell the files apart, the bytes do.
    const lines = text.split('\n');
    // The last row: the quarter analysed.
    const at = lines.map((l) => /^2024Q4,.*,\d+\.\d\d$/.test(l.trim())).lastIndexOf(true);
    const line = lines[at] ?? '';
    const amount = /(\d+)\.(\d\d)$/.exec(line.trim());
    expect(amount).not.toBeNull();
    const cents = BigInt(`${amount?.[1]}${amount?.[2]}`) + 1n;
    const raised = `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;
    lines[at] = line.trim().replace(/\d+\.\d\d$/, raised);
    writeFileSync(flows, lines.join('\n'));

    const after = await run(cache, 'analyze', '--data', data, '--json');
    expect(readsFiles(after)).toBe(true);
    expect(after.stdout).not.toBe(before.stdout);
    expect(after.stdout).toBe((await run(null, 'analyze', '--data', data, '--json')).stdout);
    expect(entries(cache)).toHaveLength(4);
  }, 120_000);

  it('loads from the files when the entry is damaged, and writes it again', async () => {
    const cache = join(temp, 'damaged');
    const expected = (await run(null, 'analyze', '--data', TINY, '--json')).stdout;
    await run(cache, 'analyze', '--data', TINY, '--json');
    const db = entries(cache).find((n) => n.endsWith('.duckdb')) ?? '';
    writeFileSync(join(cache, db), 'not a database, only text where one was');

    const damaged = await run(cache, 'analyze', '--data', TINY, '--json');
    expect(damaged.code).toBe(0);
    expect(damaged.stderr).toBe('');
    expect(readsFiles(damaged)).toBe(true);
    expect(damaged.stdout).toBe(expected);
    const again = await run(cache, 'analyze', '--data', TINY, '--json');
    expect(readsFiles(again)).toBe(false);
    expect(again.stdout).toBe(expected);
  }, 120_000);

  it('does not answer from an entry whose policy was edited in its .json: the thresholds are the policy.json\'s, not the edit\'s', async () => {
    const cache = join(temp, 'edited-policy');
    const expected = (await run(null, 'analyze', '--data', TINY, '--json')).stdout;
    await run(cache, 'analyze', '--data', TINY, '--json');
    const meta = join(cache, entries(cache).find((n) => n.endsWith('.json')) ?? '');
    const stored = JSON.parse(readFileSync(meta, 'utf8')) as Record<string, unknown>;
    // Every region red for months payable under 300: a policy that parses, and changes the alerts.
    const edit = (policy: { years: { thresholds?: Record<string, unknown> }[] }) => {
      policy.years[0]!.thresholds!.months_payable = [{ severity: 'red', lt: '300' }];
      return policy;
    };
    for (const [k, v] of Object.entries(stored)) {
      if (typeof v === 'string' && v.startsWith('{')) stored[k] = JSON.stringify(edit(JSON.parse(v) as Parameters<typeof edit>[0]));
      else if (typeof v === 'object' && v !== null) stored[k] = edit(v as Parameters<typeof edit>[0]);
    }
    writeFileSync(meta, JSON.stringify(stored));

    const edited = await run(cache, 'analyze', '--data', TINY, '--json');
    expect(edited.code).toBe(0);
    expect(edited.stderr).toBe('');
    expect(edited.stdout).toBe(expected);
    expect(readsFiles(edited)).toBe(true);
    const again = await run(cache, 'analyze', '--data', TINY, '--json');
    expect(readsFiles(again)).toBe(false);
    expect(again.stdout).toBe(expected);
  }, 120_000);

  it('answers as without a cache when its folder is a file, and leaves the file as it was', async () => {
    const cache = join(temp, 'a-file');
    writeFileSync(cache, 'a note someone keeps here');
    const expected = (await run(null, 'analyze', '--data', TINY, '--json')).stdout;
    for (let i = 0; i < 2; i++) {
      const r = await run(cache, 'analyze', '--data', TINY, '--json');
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(expected);
    }
    expect(readFileSync(cache, 'utf8')).toBe('a note someone keeps here');
  }, 120_000);

  it('gives two processes analysing the same data at the same time, on an empty cache, the same output as without one', async () => {
    const cache = join(temp, 'concurrent');
    const expected = (await cliWith({}, 'analyze', '--data', TINY, '--json')).stdout;
    for (let round = 0; round < 2; round++) {
      const runs = await Promise.all([0, 1].map(() => cliWith({ FUNDWATCH_CACHE: cache }, 'analyze', '--data', TINY, '--json')));
      for (const r of runs) {
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        expect(r.stdout).toBe(expected);
      }
    }
    expect(entries(cache)).toHaveLength(2);
  }, 120_000);

  it('removes the temporary files a killed run left (an hour old), and leaves a running one\'s', async () => {
    const cache = join(temp, 'stale');
    mkdirSync(cache, { recursive: true });
    const stale = `${'a'.repeat(64)}.4242.1700000000000.tmp.duckdb`;
    const fresh = `${'b'.repeat(64)}.4343.1700000000000.tmp.duckdb`;
    for (const n of [stale, fresh]) writeFileSync(join(cache, n), 'half a database');
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(join(cache, stale), twoHoursAgo, twoHoursAgo);
    const r = await run(cache, 'analyze', '--data', TINY, '--json');
    expect(r.code).toBe(0);
    expect(entries(cache)).toContain(fresh);
    expect(entries(cache)).not.toContain(stale);
    expect(entries(cache)).toHaveLength(3);
  }, 120_000);

  it('loads from the files when an entry\'s .json is a FIFO (reading it blocked for good), and writes the entry again', async () => {
    const cache = join(temp, 'fifo');
    const expected = (await run(null, 'analyze', '--data', TINY, '--json')).stdout;
    await run(cache, 'analyze', '--data', TINY, '--json');
    const meta = join(cache, entries(cache).find((n) => n.endsWith('.json')) ?? '');
    rmSync(meta);
    execFileSync('mkfifo', [meta]);
    const r = await run(cache, 'analyze', '--data', TINY, '--json');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(expected);
    expect(readsFiles(r)).toBe(true);
    expect(readFileSync(meta, 'utf8')).toContain('fundwatch-dataset-cache');
  }, 30_000);

  it('keeps no dataset whose load said something (said again on every run) and none with a roster (person IDs never written to disk)', async () => {
    const cache = join(temp, 'kept-not');
    const office = join(temp, 'office');
    cpSync(TINY, office, { recursive: true });
    cpSync(join(ROOT, 'test/fixtures/office/csv-utf8/fund_flows.csv'), join(office, 'fund_flows.csv'));
    for (let i = 0; i < 2; i++) {
      const r = await run(cache, 'analyze', '--data', office, '--json');
      expect(r.code).toBe(0);
      expect(r.stderr).toContain('fund_flows.csv · 第43行是合计行');
      expect(readsFiles(r)).toBe(true);
    }
    const roster = join(temp, 'roster');
    cpSync(TINY, roster, { recursive: true });
    // A person in each county of the quarter's enrollment: a roster that leaves one out is said (and so not kept anyway).
    appendFileSync(
      join(roster, 'roster.csv'),
      'quarter,person_id,region_code,category,source,enrolled\n2024Q4,150102199001011234,150102,dibao,civil_affairs,true\n2024Q4,150103199001011234,150103,dibao,civil_affairs,true\n2024Q4,150202199001011234,150202,dibao,civil_affairs,true\n',
    );
    const r = await run(cache, 'analyze', '--data', roster, '--json');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(entries(cache)).toEqual([]);
  }, 120_000);

  it('keeps the most recently used entries only', async () => {
    const cache = join(temp, 'pruned');
    const data = join(temp, 'tiny-many');
    cpSync(TINY, data, { recursive: true });
    for (let i = 0; i <= CACHE_ENTRIES; i++) {
      // A comment-free way to make new bytes: one more empty line at the end of a file.
      appendFileSync(join(data, 'regions.csv'), i === 0 ? '' : '\n');
      const r = await run(cache, 'analyze', '--data', data, '--json');
      expect(r.code).toBe(0);
    }
    expect(entries(cache).filter((n) => n.endsWith('.json'))).toHaveLength(CACHE_ENTRIES);
    expect(entries(cache).filter((n) => n.endsWith('.duckdb'))).toHaveLength(CACHE_ENTRIES);
  }, 240_000);

  it('is where FUNDWATCH_CACHE says when the command runs as a user runs it, and a relative path is refused', async () => {
    const cache = join(temp, 'spawned');
    const first = await cliWith({ FUNDWATCH_CACHE: cache }, 'analyze', '--data', TINY, '--json');
    expect(first.code).toBe(0);
    expect(entries(cache)).toHaveLength(2);
    const second = await cliWith({ FUNDWATCH_CACHE: cache }, 'analyze', '--data', TINY, '--json');
    expect(second.stdout).toBe(first.stdout);
    const relative = await cliWith({ FUNDWATCH_CACHE: 'cache' }, 'analyze', '--data', TINY, '--json');
    expect(relative.code).toBe(1);
    expect(relative.stderr).toContain('FUNDWATCH_CACHE="cache" 应为 off 或一个绝对路径');
    expect(relative.stdout).toBe('');
  }, 120_000);
});
