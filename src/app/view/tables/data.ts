// 数据 page's tables, defined once for the screen and the export
// (view/table.ts): the files read, and the problems the loader found (on
// screen errors and warnings apart, in the export one list, errors first).
import type { LevelWords } from '../../../domain/levelWords';
import { langTag, texts, type Lang } from '../../../domain/lang';
import type { FileReport } from '../../../engine/ingest/load';
import { expectedText, problemText, type Problem } from '../../../engine/ingest/problems';
import { tableSpec, type TableSpec } from '../table';

const TEXT = texts(
  {
    file: '文件',
    sheet: '工作表',
    table: '数据表',
    format: '格式',
    encoding: '编码',
    rows: '行数',
    severity: '级别',
    error: '错误',
    warning: '提示',
    row: '行',
    rowOf: (row: string) => `第${row}行`,
    column: '列',
    problem: '问题',
    expected: '应为',
  },
  {
    file: 'File',
    sheet: 'Sheet',
    table: 'Table',
    format: 'Format',
    encoding: 'Encoding',
    rows: 'Rows',
    severity: 'Severity',
    error: 'Error',
    warning: 'Note',
    row: 'Row',
    rowOf: (row: string) => row,
    column: 'Column',
    problem: 'Problem',
    expected: 'Expected',
  },
);

export function fileSpec(files: readonly FileReport[], lang: Lang): TableSpec<FileReport> {
  const t = TEXT[lang];
  // On a phone each file reads as one run of lines (the table's class `lines`, styles.css):
  // file · sheet · table · format · encoding · 行数 1,234, a CSV's empty sheet left out.
  return tableSpec(files, (f) => `${f.file}|${f.sheet ?? ''}`, [
    { key: 'file', head: t.file, kind: 'text', rowHeader: {}, value: (f) => f.file },
    { key: 'sheet', head: t.sheet, kind: 'text', className: 'line-part', value: (f) => f.sheet },
    { key: 'table', head: t.table, kind: 'text', className: 'line-part', value: (f) => f.table },
    // On screen as people name it (CSV), in the export as the loader does (csv).
    { key: 'format_shown', head: t.format, kind: 'text', only: 'screen', className: 'line-part', value: (f) => f.format.toUpperCase() },
    { key: 'format', head: t.format, kind: 'text', only: 'export', value: (f) => f.format },
    { key: 'encoding', head: t.encoding, kind: 'text', className: 'line-part', value: (f) => f.encoding },
    {
      key: 'rows',
      head: t.rows,
      kind: 'number',
      className: 'line-part line-labelled',
      lineLabel: t.rows,
      value: (f) => f.rows,
      shown: (n) => n.toLocaleString(langTag(lang)),
    },
  ]);
}

/** Errors first, then warnings, each in the order the loader listed them. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems.filter((p) => p.severity === 'error'), ...problems.filter((p) => p.severity !== 'error')];
}

/** `words`: the dataset's level words, which the Chinese says the levels in (problems.ts). */
export function problemSpec(problems: readonly Problem[], lang: Lang, words?: LevelWords): TableSpec<Problem> {
  const t = TEXT[lang];
  return tableSpec(sortProblems(problems), (_, i) => String(i), [
    { key: 'severity', head: t.severity, kind: 'text', only: 'export', value: (p) => (p.severity === 'error' ? t.error : t.warning) },
    // The classes lay a problem out as lines on a phone (the table's class `lines`, styles.css): where
    // it is, then the sentences. English says a bare row number under its head, so on a line it says "Row 4".
    { key: 'file', head: t.file, kind: 'text', rowHeader: {}, className: 'problem-where', value: (p) => p.file },
    { key: 'sheet', head: t.sheet, kind: 'text', className: 'problem-where line-part', value: (p) => p.sheet ?? null },
    {
      key: 'row',
      head: t.row,
      kind: 'number',
      className: `problem-where line-part${lang === 'en' ? ' line-labelled' : ''}`,
      lineLabel: lang === 'en' ? t.row : undefined,
      value: (p) => p.row,
      shown: (n) => t.rowOf(n.toString()),
    },
    { key: 'column', head: t.column, kind: 'text', className: 'problem-where line-part', value: (p) => p.column },
    { key: 'problem', head: t.problem, kind: 'text', className: 'problem-text line-own', value: (p) => problemText(p, lang, words) },
    { key: 'expected', head: t.expected, kind: 'text', className: 'problem-expected line-own line-labelled', lineLabel: t.expected, value: (p) => expectedText(p, lang, words) },
  ]);
}
