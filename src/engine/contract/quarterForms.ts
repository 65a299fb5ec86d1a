// What Chinese tables (and officials at the command line) write for a
// quarter besides 2024Q4: 2024年第4季度, 2024年第四季度, 2024年度第Ⅳ季度,
// 2024年4季度, 2024-Q4, 2024 q4, full-width digits, 2024年10-12月. One set of
// forms, read by the loader in SQL (stage.ts, quarterSql) and by `--quarter`
// here (quarterFromText), so a quarter the data may say, the command may too.

/** Characters read as others first: full-width digits, Chinese and Roman numerals, full-width Q, the ideographic space. */
export const QUARTER_CHARACTERS = { from: '０１２３４５６７８９一二三四ⅠⅡⅢⅣＱｑ\u3000．－', to: '01234567891234' + '1234Qq .-' };

/** The forms as a pattern (RE2 and JavaScript alike): the year, then the quarter in one of three groups. */
export const QUARTER_FORMS = '([0-9]{4}) *(?:年度|年|-|_|/|\\.)? *(?:第 *([1-4]) *(?:季度|季)?|([1-4]) *(?:季度|季)|[Qq] *([1-4]))';

/** A quarter written as its months: 2024年10-12月, 2024年1至3月, 2024年7～9月份 (the year, the first and the last month). */
export const QUARTER_MONTHS = '([0-9]{4}) *(?:年度|年)? *0?([0-9]{1,2}) *(?:-|—|–|~|～|至|到) *0?([0-9]{1,2}) *月份?';

/** The quarter (2024Q4) a text writes in one of the forms; null for anything else (a bare 2024-4 is a month as much as a quarter). */
export function quarterFromText(text: string): string | null {
  const ascii = [...text.trim()].map((c) => {
    const at = QUARTER_CHARACTERS.from.indexOf(c);
    return at < 0 ? c : (QUARTER_CHARACTERS.to[at] ?? c);
  }).join('');
  const form = new RegExp(`^${QUARTER_FORMS}$`).exec(ascii);
  if (form) return `${form[1]}Q${form[2] ?? form[3] ?? form[4]}`;
  const months = new RegExp(`^${QUARTER_MONTHS}$`).exec(ascii);
  const first = Number(months?.[2]);
  if (months && [1, 4, 7, 10].includes(first) && Number(months[3]) === first + 2) return `${months[1]}Q${(first + 2) / 3}`;
  return null;
}
