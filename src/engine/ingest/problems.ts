// What a user sees when a file cannot be loaded: one line per problem,
// `file · 第N行 · column · problem · expected`. A problem is data: where it
// is, and what is wrong and what was expected as messages (code + the values
// quoted from the file); the page and the command line say them in the
// reader's language (domain/messages).
import type { Lang } from '../../domain/lang';
import { message, type Message } from '../../domain/messages/codes';
import { renderMessage } from '../../domain/messages/render';
import { inLevelWords, type LevelWords } from '../../domain/levelWords';

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
  /** Rows that have this cell's value, `row` the first of them, when more than one: one line for a wrong word repeated down a column. */
  sameRows?: number;
  /** Contract column name; null when the problem is not about one column. */
  column: string | null;
  /** What is wrong. */
  problem: Message;
  /** What a valid file has there. */
  expected: Message;
  severity: ProblemSeverity;
}

/** What is wrong and what was expected. */
export type Explanation = Pick<Problem, 'problem' | 'expected'>;

export function explain(problem: Message, expected: Message): Explanation {
  return { problem, expected };
}

/**
 * A problem's Chinese in the words of the dataset's province (levelWords.ts):
 * the messages name the levels both ways (盟市/地市, 旗县/县区), as they are
 * written before any data is read; once the loaded files' regions are known
 * (LoadReport.levelWords), a Hubei official reads 市（州） and an Inner
 * Mongolian 盟市. English names the levels one way already.
 */
function inWords(text: string, lang: Lang, words: LevelWords | null | undefined): string {
  return lang === 'zh' && words ? inLevelWords(text, words) : text;
}

/** The problem text in the reader's language, with how many rows share the value when more than one do. */
export function problemText(p: Problem, lang: Lang, words?: LevelWords | null): string {
  return inWords(renderMessage(p.problem, lang) + (p.sameRows === undefined ? '' : renderMessage(message('problem.same_rows', { count: p.sameRows }), lang)), lang, words);
}

/** The expected value in the reader's language. */
export function expectedText(p: Problem, lang: Lang, words?: LevelWords | null): string {
  return inWords(renderMessage(p.expected, lang), lang, words);
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
        ...explain(message('problem.more', { count: more }), message('problem.fix_rest')),
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

/** A problem as one message: the line below. */
export function problemLine(p: Problem): Message<'problem.line'> {
  return message('problem.line', { source: problemSource(p), row: p.row, ...(p.sameRows === undefined ? {} : { sameRows: p.sameRows }), column: p.column, problem: p.problem, expected: p.expected });
}

/** `file · [sheet ·] 第N行 · column · problem · expected`, the line the CLI prints (in English: `row N`, `expected:`). */
export function formatProblem(p: Problem, lang: Lang = 'zh', words?: LevelWords | null): string {
  return inWords(renderMessage(problemLine(p), lang), lang, words);
}
