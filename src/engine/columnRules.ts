// What a valid cell of each column kind looks like: as a SQL predicate (run
// over every row of a staged table) and, for the rows that fail, a sentence
// that says what is wrong and what was expected.
import type { ColumnSpec } from './contract';

/** RE2 patterns for `regexp_full_match`; `[0-9]` rather than `\d` so no escaping is involved. */
const PATTERN = {
  region_code: '[0-9]{6}',
  quarter: '[0-9]{4}Q[1-4]',
  year: '[0-9]{4}',
  date: '[0-9]{4}-[0-9]{2}-[0-9]{2}',
  // Safe integers only: counts arrive in JavaScript as numbers.
  count: '[0-9]{1,15}',
  // DECIMAL(18,2): up to 16 integer digits.
  money: '[0-9]{1,16}([.][0-9]{1,2})?',
  signedMoney: '-?[0-9]{1,16}([.][0-9]{1,2})?',
  // DECIMAL(18,6).
  decimal: '[0-9]{1,12}([.][0-9]{1,6})?',
} as const;

function sqlString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** SQL that is true when the non-NULL text `v` is NOT a valid value of the column. */
export function invalidValueSql(column: ColumnSpec, v: string): string {
  const mismatch = (pattern: string): string => `NOT regexp_full_match(${v}, ${sqlString(pattern)})`;
  switch (column.kind) {
    case 'region_code':
    case 'quarter':
    case 'year':
    case 'count':
    case 'decimal':
      return mismatch(PATTERN[column.kind]);
    case 'date':
      return `(${mismatch(PATTERN.date)} OR try_strptime(${v}, '%Y-%m-%d') IS NULL)`;
    case 'money':
      return mismatch(column.signed ? PATTERN.signedMoney : PATTERN.money);
    case 'boolean':
      return `lower(${v}) NOT IN ('true', 'false')`;
    case 'enum':
      return `${v} NOT IN (${(column.values ?? []).map(sqlString).join(', ')})`;
    case 'text':
      return 'false';
  }
}

/** SQL that turns the text `v` into the column's table type `type`; NULL where the text is not a valid value (validation then refuses the table). */
export function typedSql(column: ColumnSpec, v: string, type: string): string {
  if (column.kind === 'boolean') return `TRY_CAST(lower(${v}) AS BOOLEAN)`;
  return type === 'VARCHAR' ? v : `TRY_CAST(${v} AS ${type})`;
}

export function expectedValue(column: ColumnSpec): string {
  switch (column.kind) {
    case 'region_code':
      return '6位数字的区划代码文本，如 150102';
    case 'quarter':
      return 'YYYYQn，如 2024Q4';
    case 'year':
      return '四位年份，如 2024';
    case 'date':
      return 'YYYY-MM-DD 格式的真实日期，如 2024-03-31';
    case 'count':
      return '非负整数';
    case 'money':
      return column.signed ? '以元为单位、最多两位小数的金额（可为负），如 -1234.50' : '以元为单位、最多两位小数的非负金额，如 1234.56';
    case 'decimal':
      return '非负数，最多6位小数';
    case 'boolean':
      return 'true 或 false';
    case 'enum':
      return `以下之一：${(column.values ?? []).join(' | ')}`;
    case 'text':
      return '非空文本';
  }
}

/** Why the text `value` (or an empty cell, null) is not a valid cell of the column. */
export function describeInvalid(column: ColumnSpec, value: string | null): string {
  if (value === null) return `${column.label}为空`;
  const shown = `"${value}"`;
  switch (column.kind) {
    case 'region_code':
      return /^\d+\.0+$/.test(value)
        ? `区划代码${shown}带了小数点（被表格软件当成了数字）`
        : `区划代码${shown}不是6位数字`;
    case 'quarter':
      return `季度${shown}格式不对`;
    case 'year':
      return `年份${shown}不是四位数字`;
    case 'date':
      return new RegExp(`^${PATTERN.date}$`).test(value) ? `日期${shown}不存在` : `日期${shown}格式不对`;
    case 'count':
      if (value.startsWith('-')) return `${column.label}${shown}为负数`;
      return /^\d+$/.test(value) ? `${column.label}${shown}过大` : `${column.label}${shown}不是整数`;
    case 'money':
      if (value.startsWith('-') && !column.signed) return `金额${shown}为负数`;
      if (/^-?\d+\.\d{3,}$/.test(value)) return `金额${shown}超过两位小数`;
      return `金额${shown}不是数字金额`;
    case 'decimal':
      return `${column.label}${shown}不是非负数（或超过6位小数）`;
    case 'boolean':
      return `${shown}不是 true/false`;
    case 'enum':
      return `${column.label}${shown}不是允许的取值`;
    case 'text':
      return `${column.label}${shown}无效`;
  }
}
