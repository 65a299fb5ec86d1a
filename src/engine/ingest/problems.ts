// What a user sees when a file cannot be loaded: one line per problem,
// `file · 第N行 · column · problem · expected`. Every problem is said in both
// languages, like alerts (message / messageEn): the Chinese is the product's
// wording and stays as it is; the English is for a page or CLI in English.
import type { Label, Lang } from '../../domain/lang';

export type ProblemSeverity = 'error' | 'warning';

export interface Problem {
  /** Base name of the file, e.g. `fund_flows.csv`. */
  file: string;
  /** The workbook sheet, for a problem inside an XLSX file. */
  sheet?: string;
  /**
   * Row as the user counts it in a spreadsheet: the header is row 1, so the
   * first data row is row 2 (blank lines are not counted). null when the
   * problem concerns the whole file.
   */
  row: number | null;
  /** Contract column name; null when the problem is not about one column. */
  column: string | null;
  problem: string;
  expected: string;
  /** `problem` in English. Values quoted from the user's file stay as they are. */
  problemEn: string;
  /** `expected` in English. */
  expectedEn: string;
  severity: ProblemSeverity;
}

/** What is wrong and what was expected, in both languages. */
export type Explanation = Pick<Problem, 'problem' | 'expected' | 'problemEn' | 'expectedEn'>;

export function explain(problem: Label, expected: Label): Explanation {
  return { problem: problem.zh, expected: expected.zh, problemEn: problem.en, expectedEn: expected.en };
}

/** The problem text in the reader's language. */
export function problemText(p: Problem, lang: Lang): string {
  return lang === 'en' ? p.problemEn : p.problem;
}

/** The expected value in the reader's language. */
export function expectedText(p: Problem, lang: Lang): string {
  return lang === 'en' ? p.expectedEn : p.expected;
}

/** Problems listed per file before the rest are only counted. */
export const MAX_PROBLEMS_PER_FILE = 200;

/** Keep the first `MAX_PROBLEMS_PER_FILE` problems of each file and say how many more there were. */
export function capProblems(problems: Problem[], hidden: Map<string, number> = new Map()): Problem[] {
  // Per file, and per sheet of a workbook: each sheet is a table of its own.
  const byFile = new Map<string, Problem[]>();
  for (const p of problems) {
    const key = problemSource(p);
    const list = byFile.get(key) ?? [];
    list.push(p);
    byFile.set(key, list);
  }
  const out: Problem[] = [];
  for (const [key, list] of byFile) {
    const { file, sheet } = list[0] as Problem;
    const sorted = [...list].sort(byRow);
    out.push(...sorted.slice(0, MAX_PROBLEMS_PER_FILE));
    const more = sorted.length - MAX_PROBLEMS_PER_FILE + (hidden.get(key) ?? 0);
    if (more > 0) {
      out.push({
        file,
        ...(sheet === undefined ? {} : { sheet }),
        row: null,
        column: null,
        ...explain(
          { zh: `另有 ${more} 个问题未列出`, en: `${more} more problem${more === 1 ? '' : 's'} not listed` },
          { zh: '修正以上问题后重新加载，可看到其余问题', en: 'Fix the problems above and load again to see the rest' },
        ),
        severity: sorted.some((p) => p.severity === 'error') ? 'error' : 'warning',
      });
    }
  }
  return out;
}

/** Key of the file (and sheet) a problem belongs to: `file` or `file · sheet`. */
export function problemSource(p: Pick<Problem, 'file' | 'sheet'>): string {
  return p.sheet === undefined ? p.file : `${p.file} · ${p.sheet}`;
}

function byRow(a: Problem, b: Problem): number {
  return (a.row ?? 0) - (b.row ?? 0);
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** `file · [sheet ·] 第N行 · column · problem · expected`, the line the CLI prints (in English: `row N`, `expected:`). */
export function formatProblem(p: Problem, lang: Lang = 'zh'): string {
  const en = lang === 'en';
  const parts = [problemSource(p)];
  if (p.row !== null) parts.push(en ? `row ${p.row}` : `第${p.row}行`);
  if (p.column !== null) parts.push(p.column);
  parts.push(problemText(p, lang), en ? `expected: ${p.expectedEn}` : `应为：${p.expected}`);
  return parts.join(' · ');
}
