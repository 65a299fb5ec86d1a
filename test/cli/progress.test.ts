// The CLI's progress lines (src/cli/progress.ts): a long statement's
// percentage (native.ts, onQueryProgress) is said with what is being done,
// or where DuckDB has none that it is still going, only after QUERY_LINE_MS
// without a line, and never between phases.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Submission } from '../../src/engine/ingest/submissions';
import { cliProgress, QUERY_LINE_MS } from '../../src/cli/progress';

describe('a long query in the progress lines', () => {
  const saved = process.env.FUNDWATCH_PROGRESS;
  beforeEach(() => {
    process.env.FUNDWATCH_PROGRESS = '1';
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.FUNDWATCH_PROGRESS;
    else process.env.FUNDWATCH_PROGRESS = saved;
  });

  const run = (lang: 'zh' | 'en'): string[] => {
    const lines: string[] = [];
    let clock = 0;
    const submissions: Submission[] = [{ name: 'data', files: [{ name: 'data/roster.csv', bytes: new Uint8Array(2048) }] }];
    const progress = cliProgress(submissions, lang, { out: () => undefined, err: (line) => lines.push(line) }, () => clock);
    if (progress === null) throw new Error('no progress with FUNDWATCH_PROGRESS=1');
    const at = (ms: number, percent: number | null): void => {
      clock = ms;
      progress.query(percent);
    };
    at(QUERY_LINE_MS * 2, 5); // before any phase: nothing to say it of
    progress.onProgress({ step: 'read', done: 0, total: 1, file: 'roster.csv', sheet: null });
    at(QUERY_LINE_MS * 2 + 1000, 20); // a second after the phase's own line: quiet
    at(QUERY_LINE_MS * 3 + 100, 45.7);
    at(QUERY_LINE_MS * 3 + 600, 60); // within QUERY_LINE_MS of the last line: quiet
    at(QUERY_LINE_MS * 4 + 200, 99.99);
    progress.loaded();
    at(QUERY_LINE_MS * 9, 50); // between phases: quiet
    progress.analyzing('2024Q4');
    at(QUERY_LINE_MS * 10 + 500, null); // no estimate: the phase is still going, since the analysis began
    at(QUERY_LINE_MS * 11, 33.3); // within QUERY_LINE_MS of the last line: quiet
    at(QUERY_LINE_MS * 12 + 500, 33.3);
    return lines;
  };

  it('says the phase and the percentage, in Chinese and in English', () => {
    expect(run('zh')).toEqual([
      '[进度] 读取 roster.csv（2 KB）…',
      '[进度] 读取 roster.csv…当前查询已完成 45%',
      '[进度] 读取 roster.csv…当前查询已完成 99%',
      '[进度] 数据已载入（20.2 秒）',
      '[进度] 分析 2024Q4：名册按人去重、参保率、基金指标与预警…',
      '[进度] 分析 2024Q4…仍在进行（已 5.5 秒）',
      '[进度] 分析 2024Q4…当前查询已完成 33%',
    ]);
    expect(run('en')).toEqual([
      '[progress] reading roster.csv (2 KB)…',
      '[progress] reading roster.csv… current query 45% done',
      '[progress] reading roster.csv… current query 99% done',
      '[progress] data loaded (20.2 s)',
      '[progress] analysing 2024Q4: the roster deduplicated by person, coverage, fund indicators and alerts…',
      '[progress] analysing 2024Q4… still working (5.5 s so far)',
      '[progress] analysing 2024Q4… current query 33% done',
    ]);
  });
});

describe('files read beside a big one', () => {
  it('keep the big file as the phase a long query is said of', () => {
    const saved = process.env.FUNDWATCH_PROGRESS;
    process.env.FUNDWATCH_PROGRESS = '1';
    try {
      const lines: string[] = [];
      let clock = 0;
      const submissions: Submission[] = [
        {
          name: 'data',
          files: [
            { name: 'data/roster.csv', bytes: new Uint8Array(40_000) },
            { name: 'data/transfers.csv', bytes: new Uint8Array(3_000) },
            { name: 'data/regions.csv', bytes: new Uint8Array(50_000) },
          ],
        },
      ];
      const progress = cliProgress(submissions, 'zh', { out: () => undefined, err: (line) => lines.push(line) }, () => clock);
      if (progress === null) throw new Error('no progress with FUNDWATCH_PROGRESS=1');
      progress.onProgress({ step: 'read', done: 0, total: 3, file: 'roster.csv', sheet: null });
      progress.onProgress({ step: 'read', done: 1, total: 3, file: 'transfers.csv', sheet: null });
      clock = QUERY_LINE_MS + 1;
      progress.query(null);
      progress.onProgress({ step: 'read', done: 2, total: 3, file: 'regions.csv', sheet: null });
      clock = 2 * QUERY_LINE_MS + 2;
      progress.query(null);
      expect(lines).toEqual([
        '[进度] 读取 roster.csv（39 KB）…',
        '[进度] 读取 transfers.csv（3 KB）…',
        '[进度] 读取 roster.csv…仍在进行（已 5.0 秒）',
        '[进度] 读取 regions.csv（49 KB）…',
        '[进度] 读取 regions.csv…仍在进行（已 5.0 秒）',
      ]);
    } finally {
      if (saved === undefined) delete process.env.FUNDWATCH_PROGRESS;
      else process.env.FUNDWATCH_PROGRESS = saved;
    }
  });
});
