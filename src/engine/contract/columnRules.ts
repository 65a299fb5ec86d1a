// What a valid cell of each column kind looks like: as a SQL predicate (run
// over every row of a staged table) and, for the rows that fail, a sentence
// that says what is wrong and what was expected.
import type { Label } from '../../domain/lang';
import type { ColumnSpec } from './contract';
import type { MoneyUnit } from '../formats/csvHeader';

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

/** Money in 万元 or 亿元: `digits` fewer integer digits and `digits` more decimals, so that in yuan it fits DECIMAL(18,2) to the fen. */
function moneyPattern(signed: boolean, unit: MoneyUnit | null): string {
  const k = unit?.digits ?? 0;
  return `${signed ? '-?' : ''}[0-9]{1,${16 - k}}([.][0-9]{1,${2 + k}})?`;
}

/** SQL that is true when the non-NULL text `v` is NOT a valid value of the column (money in `unit` when given). */
export function invalidValueSql(column: ColumnSpec, v: string, unit: MoneyUnit | null = null): string {
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
      return mismatch(unit && unit.digits > 0 ? moneyPattern(column.signed === true, unit) : column.signed ? PATTERN.signedMoney : PATTERN.money);
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

/** What a valid cell of the column looks like (money in `unit` when given). */
export function expectedValue(column: ColumnSpec, unit: MoneyUnit | null = null): Label {
  if (column.kind === 'money' && unit && unit.digits > 0) {
    const d = 2 + unit.digits;
    return column.signed
      ? { zh: `以${unit.label}为单位、最多${d}位小数的金额（可为负），如 -12.345678`, en: `an amount in ${unit.labelEn} with at most ${d} decimals (may be negative), e.g. -12.345678` }
      : { zh: `以${unit.label}为单位、最多${d}位小数的非负金额，如 12.345678`, en: `a non-negative amount in ${unit.labelEn} with at most ${d} decimals, e.g. 12.345678` };
  }
  switch (column.kind) {
    case 'region_code':
      return { zh: '6位数字的区划代码文本，如 150102', en: 'a six-digit region code as text, e.g. 150102' };
    case 'quarter':
      return { zh: 'YYYYQn，如 2024Q4', en: 'YYYYQn, e.g. 2024Q4' };
    case 'year':
      return { zh: '四位年份，如 2024', en: 'a four-digit year, e.g. 2024' };
    case 'date':
      return { zh: 'YYYY-MM-DD 格式的真实日期，如 2024-03-31', en: 'a real date as YYYY-MM-DD, e.g. 2024-03-31' };
    case 'count':
      return { zh: '非负整数', en: 'a non-negative whole number' };
    case 'money':
      return column.signed
        ? { zh: '以元为单位、最多两位小数的金额（可为负），如 -1234.50', en: 'an amount in yuan with at most two decimals (may be negative), e.g. -1234.50' }
        : { zh: '以元为单位、最多两位小数的非负金额，如 1234.56', en: 'a non-negative amount in yuan with at most two decimals, e.g. 1234.56' };
    case 'decimal':
      return { zh: '非负数，最多6位小数', en: 'a non-negative number with at most 6 decimals' };
    case 'boolean':
      return { zh: 'true 或 false', en: 'true or false' };
    case 'enum': {
      const values = (column.values ?? []).join(' | ');
      return { zh: `以下之一：${values}`, en: `one of: ${values}` };
    }
    case 'text':
      return { zh: '非空文本', en: 'non-empty text' };
  }
}

/**
 * Why the text `value` (or an empty cell, null) is not a valid cell of the
 * column. The English leaves the column's name out: the problem line names
 * the column already, and the Chinese label has no English twin.
 */
export function describeInvalid(column: ColumnSpec, value: string | null, unit: MoneyUnit | null = null): Label {
  if (value === null) return { zh: `${column.label}为空`, en: 'The cell is empty' };
  const shown = `"${value}"`;
  if (/^[-+]?(\d+\.?\d*|\.\d+)[eE][-+]?\d+$/.test(value) && (column.kind === 'count' || column.kind === 'money' || column.kind === 'decimal')) {
    return { zh: `${column.label}${shown}是科学计数法，不是精确的数`, en: `${shown} is in scientific notation, not an exact number` };
  }
  if (column.kind === 'money' && unit && unit.digits > 0) {
    const decimals = 2 + unit.digits;
    if (value.startsWith('-') && !column.signed) return { zh: `金额${shown}为负数`, en: `Amount ${shown} is negative` };
    if (new RegExp(`^-?\\d+\\.\\d{${decimals + 1},}$`).test(value)) {
      return {
        zh: `金额${shown}（${unit.label}）超过${decimals}位小数，换算为元后不是整分`,
        en: `Amount ${shown} (in ${unit.labelEn}) has more than ${decimals} decimals: in yuan it is not a whole number of fen`,
      };
    }
    if (/^-?\d+(\.\d+)?$/.test(value)) return { zh: `金额${shown}（${unit.label}）过大`, en: `Amount ${shown} (in ${unit.labelEn}) is too large` };
    return { zh: `金额${shown}不是数字金额`, en: `Amount ${shown} is not a plain number` };
  }
  switch (column.kind) {
    case 'region_code':
      return /^\d+\.0+$/.test(value)
        ? { zh: `区划代码${shown}带了小数点（被表格软件当成了数字）`, en: `Region code ${shown} has a decimal point (a spreadsheet took it for a number)` }
        : { zh: `区划代码${shown}不是6位数字`, en: `Region code ${shown} is not six digits` };
    case 'quarter':
      return { zh: `季度${shown}格式不对`, en: `Quarter ${shown} is not in the right format` };
    case 'year':
      return { zh: `年份${shown}不是四位数字`, en: `Year ${shown} is not four digits` };
    case 'date':
      return new RegExp(`^${PATTERN.date}$`).test(value)
        ? { zh: `日期${shown}不存在`, en: `Date ${shown} does not exist` }
        : { zh: `日期${shown}格式不对`, en: `Date ${shown} is not in the right format` };
    case 'count':
      if (value.startsWith('-')) return { zh: `${column.label}${shown}为负数`, en: `${shown} is negative` };
      return /^\d+$/.test(value)
        ? { zh: `${column.label}${shown}过大`, en: `${shown} is too large` }
        : { zh: `${column.label}${shown}不是整数`, en: `${shown} is not a whole number` };
    case 'money':
      if (value.startsWith('-') && !column.signed) return { zh: `金额${shown}为负数`, en: `Amount ${shown} is negative` };
      if (/^-?\d+\.\d{3,}$/.test(value)) return { zh: `金额${shown}超过两位小数`, en: `Amount ${shown} has more than two decimals` };
      if (/^-?\d{17,}(\.\d{1,2})?$/.test(value)) return { zh: `金额${shown}过大（最多16位整数）`, en: `Amount ${shown} is too large (at most 16 integer digits)` };
      return { zh: `金额${shown}不是数字金额`, en: `Amount ${shown} is not a plain number` };
    case 'decimal':
      return { zh: `${column.label}${shown}不是非负数（或超过6位小数）`, en: `${shown} is not a non-negative number (or has more than 6 decimals)` };
    case 'boolean':
      return { zh: `${shown}不是 true/false`, en: `${shown} is not true/false` };
    case 'enum':
      return { zh: `${column.label}${shown}不是允许的取值`, en: `${shown} is not an allowed value` };
    case 'text':
      return { zh: `${column.label}${shown}无效`, en: `${shown} is not valid` };
  }
}
