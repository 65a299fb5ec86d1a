// Empty templates for a user's own data: per table, the header row (contract
// names), then two explanation rows the loader skips because their first
// cell starts with `#`: the Chinese labels (which may replace the header)
// and, per column, what a valid value looks like, including the allowed
// values of every coded column. Pure: bytes out.
import { renderMessage } from '../../domain/messages/render';
import { expectedValue } from './columnRules';
import { CONTRACT, type TableSpec } from './contract';
import { exportCsv, exportXlsx, type ExportColumn, type ExportRow, type ExportSheet } from '../export/exportTable';

/** Marks a row the loader skips (see stage.ts). */
export const NOTE_MARK = '#';
/** The two explanation rows' first cells begin so. */
const NOTE_LABELS = ['中文列名', '填写要求'] as const;
/**
 * RE2 for the first cell of a row the loader skips: the mark, then a space or
 * nothing (`# 中文列名：…`, a user's `# 说明`). Not the mark before anything else:
 * Excel's error values (#N/A, #VALUE!) and a document numbered #… are data.
 */
export const TEMPLATE_NOTE = `^\\s*${NOTE_MARK}(\\s|$)`;

function columns(spec: TableSpec): ExportColumn[] {
  return spec.columns.map((c) => ({ key: c.name }));
}

function noteRows(spec: TableSpec): ExportRow[] {
  const labels: ExportRow = {};
  const rules: ExportRow = {};
  spec.columns.forEach((c, i) => {
    labels[c.name] = i === 0 ? `${NOTE_MARK} ${NOTE_LABELS[0]}：${c.label}` : c.label;
    const rule = `${c.optional ? '可空' : '必填'}；${renderMessage(expectedValue(c), 'zh')}`;
    rules[c.name] = i === 0 ? `${NOTE_MARK} ${NOTE_LABELS[1]}：${rule}` : rule;
  });
  return [labels, rules];
}

function spec(table: string | TableSpec): TableSpec {
  if (typeof table !== 'string') return table;
  const found = CONTRACT.find((t) => t.name === table);
  if (!found) throw new Error(`no contract table "${table}"`);
  return found;
}

/** `<table>.csv`: header and explanation rows, UTF-8 with BOM. */
export function templateCsv(table: string | TableSpec): string {
  const s = spec(table);
  return exportCsv(noteRows(s), columns(s));
}

const README_ROWS: ExportRow[] = [
  { text: 'FundWatch 数据模板：每个工作表是一张表，工作表名为表名（也可用中文名）。' },
  { text: '第1行是表头（英文列名，也可改为中文列名）；以 # 开头的行是说明，加载时会跳过，可删除。' },
  { text: '只有 regions（行政区划）是必需的，其余表可以留空或删除。区划代码请按文本填写，以免丢失前导零。' },
  { text: '金额以元为单位，最多两位小数；日期为 YYYY-MM-DD 或 Excel 日期。' },
  ...CONTRACT.map((t) => ({ text: `${t.name}（${t.label}）${t.required ? '：必需' : ''}；唯一键：${t.key.join(' + ')}` })),
];

/** One workbook: a `说明` sheet (skipped on load), then one sheet per contract table. */
export function templateXlsx(): Uint8Array {
  const sheets: ExportSheet[] = [
    { name: '说明', columns: [{ key: 'text', label: '说明' }], rows: README_ROWS },
    ...CONTRACT.map((t) => ({ name: t.name, columns: columns(t), rows: noteRows(t) })),
  ];
  return exportXlsx(sheets);
}
