// Progress of the long phases on stderr (stdout keeps `--json`'s one
// document): reading each file (a big CSV file piece by piece, with the
// share read), validating, writing the tables, analysing (the roster's
// deduplication is part of it) and, for `report`, writing the report. Only
// for big inputs (PROGRESS_BYTES, or FUNDWATCH_PROGRESS=1): the sample
// loads in a second and its stderr stays the problems alone.
import type { Lang } from '../domain/lang';
import { texts } from '../domain/lang';
import type { LoadOptions, LoadProgress } from '../engine/ingest/load';
import type { Submission } from '../engine/ingest/submissions';
import type { CliIo } from './io';

/** Inputs of this many bytes in all are big enough for progress lines. */
export const PROGRESS_BYTES = 64 * 2 ** 20;

const TEXT = texts(
  {
    reading: (file: string, size: string) => `[进度] 读取 ${file}（${size}）…`,
    piece: (file: string, percent: number, done: number, total: number) => `[进度] 读取 ${file}：${percent}%（第 ${done}/${total} 段）`,
    validate: (files: number) => `[进度] 校验 ${files} 个文件（含名册去重前的逐行检查）…`,
    replace: '[进度] 写入数据表…',
    loaded: (seconds: string) => `[进度] 数据已载入（${seconds} 秒）`,
    analyze: (quarter: string) => `[进度] 分析 ${quarter}：名册按人去重、参保率、基金指标与预警…`,
    analyzed: (seconds: string) => `[进度] 分析完成（${seconds} 秒）`,
    report: '[进度] 生成报告…',
    query: (phase: string, percent: number) => `[进度] ${phase}…当前查询已完成 ${percent}%`,
    working: (phase: string, seconds: string) => `[进度] ${phase}…仍在进行（已 ${seconds} 秒）`,
    phaseReading: (file: string) => `读取 ${file}`,
    phaseValidate: '校验',
    phaseReplace: '写入数据表',
    phaseAnalyze: (quarter: string) => `分析 ${quarter}`,
    phaseReport: '生成报告',
  },
  {
    reading: (file: string, size: string) => `[progress] reading ${file} (${size})…`,
    piece: (file: string, percent: number, done: number, total: number) => `[progress] reading ${file}: ${percent}% (piece ${done} of ${total})`,
    validate: (files: number) => `[progress] validating ${files} files (every row, before the roster is deduplicated)…`,
    replace: '[progress] writing the tables…',
    loaded: (seconds: string) => `[progress] data loaded (${seconds} s)`,
    analyze: (quarter: string) => `[progress] analysing ${quarter}: the roster deduplicated by person, coverage, fund indicators and alerts…`,
    analyzed: (seconds: string) => `[progress] analysis done (${seconds} s)`,
    report: '[progress] writing the report…',
    query: (phase: string, percent: number) => `[progress] ${phase}… current query ${percent}% done`,
    working: (phase: string, seconds: string) => `[progress] ${phase}… still working (${seconds} s so far)`,
    phaseReading: (file: string) => `reading ${file}`,
    phaseValidate: 'validating',
    phaseReplace: 'writing the tables',
    phaseAnalyze: (quarter: string) => `analysing ${quarter}`,
    phaseReport: 'writing the report',
  },
);

export interface CliProgress {
  /** For loadSubmissions / loadDataset. */
  onProgress: NonNullable<LoadOptions['onProgress']>;
  loaded(): void;
  /** Says the analysis of `quarter` started; the returned function says it ended. */
  analyzing(quarter: string): () => void;
  report(): void;
  /**
   * A long statement's progress (NativeEngineOptions.onQueryProgress), said
   * with the phase after QUERY_LINE_MS without a line: its percentage, or,
   * where DuckDB has none, that the phase is still going and for how long.
   */
  query(percent: number | null): void;
}

/** A running query is said at most this often (a province's roster is read in one statement of many seconds). */
export const QUERY_LINE_MS = 5000;

function bytesOf(submissions: readonly Submission[]): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const s of submissions) {
    for (const f of s.files) {
      const base = f.name.slice(Math.max(f.name.lastIndexOf('/'), f.name.lastIndexOf('\\')) + 1);
      sizes.set(base, (sizes.get(base) ?? 0) + ('blob' in f ? f.blob.size : f.bytes.byteLength));
    }
  }
  return sizes;
}

function sizeText(bytes: number): string {
  if (bytes >= 2 ** 30) return `${(bytes / 2 ** 30).toFixed(1)} GB`;
  if (bytes >= 2 ** 20) return `${(bytes / 2 ** 20).toFixed(0)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** Progress lines for these inputs, or null when they are small (and FUNDWATCH_PROGRESS is not 1). */
export function cliProgress(submissions: readonly Submission[], lang: Lang, io: CliIo, now: () => number = () => performance.now()): CliProgress | null {
  const sizes = bytesOf(submissions);
  const total = [...sizes.values()].reduce((a, b) => a + b, 0);
  if (total < PROGRESS_BYTES && process.env.FUNDWATCH_PROGRESS !== '1') return null;
  const t = TEXT[lang];
  const start = now();
  const seconds = (from: number): string => ((now() - from) / 1000).toFixed(1);
  let last: LoadProgress | null = null;
  // What is being done, and when a line last said so: a query's percentage is said after QUERY_LINE_MS of silence.
  let phase: string | null = null;
  let phaseStart = start;
  // The size of the file the reading phase names.
  let readingSize = 0;
  let said = start;
  const say = (line: string): void => {
    said = now();
    io.err(line);
  };
  const begin = (what: string | null): void => {
    phase = what;
    phaseStart = now();
  };
  return {
    onProgress: (p) => {
      const previous = last;
      last = p;
      if (p.step === 'read' && p.file !== null) {
        const name = p.sheet === null ? p.file : `${p.file}#${p.sheet}`;
        const size = sizes.get(p.file) ?? 0;
        if (p.piece) {
          if (p.piece.done > 0) say(t.piece(name, Math.floor((100 * p.piece.done) / p.piece.total), p.piece.done, p.piece.total));
        } else if (size >= PROGRESS_BYTES / 4 || process.env.FUNDWATCH_PROGRESS === '1') {
          // The phase is the biggest file begun: small files read beside a big one (runtime/lanes.ts) are not what takes the time.
          if (previous?.step !== 'read' || size >= readingSize) {
            begin(t.phaseReading(name));
            readingSize = size;
          }
          say(t.reading(name, sizeText(size)));
        }
        return;
      }
      if (previous?.step === p.step) return;
      if (p.step === 'validate') {
        begin(t.phaseValidate);
        say(t.validate(p.total));
      }
      if (p.step === 'replace') {
        begin(t.phaseReplace);
        say(t.replace);
      }
    },
    loaded: () => {
      begin(null);
      say(t.loaded(seconds(start)));
    },
    analyzing: (quarter) => {
      begin(t.phaseAnalyze(quarter));
      say(t.analyze(quarter));
      const from = now();
      return () => {
        begin(null);
        say(t.analyzed(seconds(from)));
      };
    },
    report: () => {
      begin(t.phaseReport);
      say(t.report);
    },
    query: (percent) => {
      if (phase === null || now() - said < QUERY_LINE_MS) return;
      say(percent === null ? t.working(phase, seconds(phaseStart)) : t.query(phase, Math.floor(percent)));
    },
  };
}
