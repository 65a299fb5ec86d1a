// The lines a report form ends with below its table: who filled it in and
// who checked it, the date, notes (填报人：张三  审核人：李四, 填报日期：2025年1月10日,
// 注：本表金额为当季发生额). They are not data. A line is one when its first
// non-empty cell begins with such a label and a colon; nothing a contract
// column holds does (a quarter, a code, a document number). One pattern, in
// RE2 and JavaScript alike: SQL reads it over staged rows (stage.ts), and
// xlsxTable.ts over a merge's first cell.

const LABELS = [
  '填报人', '填表人', '制表人', '审核人', '复核人', '审批人', '经办人', '联系人',
  '负责人', '单位负责人', '部门负责人', '财务负责人', '分管领导', '主管领导',
  '联系电话', '电话', '填报日期', '填表日期', '制表日期', '报送日期', '日期',
  '填报单位', '填表单位', '报送单位', '备注', '说明', '数据来源', '资料来源',
];

/** A sign-off label (a note's 注, 注1, 注一 too), an optional （签字）/（盖章）, then a colon. */
export const SIGN_OFF_PATTERN = `^\\s*(${LABELS.join('|')}|注\\s*[0-9一二三四五六七八九十]*)\\s*([（(][^）)]{0,8}[）)])?\\s*[：:]`;

const SIGN_OFF = new RegExp(SIGN_OFF_PATTERN);

/** True when the text (a row's first non-empty cell) begins a sign-off or note line. */
export function isSignOff(text: string): boolean {
  return SIGN_OFF.test(text);
}

/** A note's number: Arabic figures (1, 12) or Chinese numerals (一, 十二), as forms number their notes both ways. */
const NOTE_NUMBER = '(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})';

/**
 * A footnote line under a table, in its first cell alone: its unit
 * (单位：人、元; one stating another money unit than the header is refused,
 * stage.ts unitBelow) or a numbered note (1. 本表人数为…, 1、…, （1）…,
 * 一、…, （二）…) whose mark is followed by words, not by more figures (1.5 is
 * a value). Such a line is a note only below the last row of data
 * (stage.ts): within the data, 1、城市 or 一、城镇 heads a group of rows (as
 * statistical tables number their groups), and is refused as a group line;
 * below the last row no rows follow it, so it heads nothing. One pattern for
 * RE2 and JavaScript (the full-width space named, RE2's \s being ASCII only).
 */
export const FOOTNOTE_PATTERN = `^[\\s\u3000]*(?:(?:计量|金额)?单[\\s\u3000]*位[\\s\u3000]*[：:]|${NOTE_NUMBER}[\\s\u3000]*[.．、][\\s\u3000]*[^0-9\\s\u3000.．,，、]|[（(][\\s\u3000]*${NOTE_NUMBER}[\\s\u3000]*[)）][\\s\u3000]*[^0-9\\s\u3000.．,，、])`;

const FOOTNOTE = new RegExp(FOOTNOTE_PATTERN);

/** True when the text (a row's only non-empty cell) is a unit line or a numbered note (FOOTNOTE_PATTERN). */
export function isFootnote(text: string): boolean {
  return FOOTNOTE.test(text);
}
