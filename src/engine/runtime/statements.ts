// DuckDB-wasm's `query` runs every statement of a text but answers with the
// FIRST result; the Engine contract promises the LAST. So both engines split
// a script into statements themselves and run them one by one.

/** Split SQL at top-level `;`, respecting quotes and comments. Empty statements are dropped. */
export function splitStatements(sql: string): string[] {
  const out: string[] = [];
  let start = 0;
  let i = 0;
  const n = sql.length;
  while (i < n) {
    const ch = sql[i];
    const next = sql[i + 1];
    if (ch === "'" || ch === '"') {
      i = skipQuoted(sql, i, ch);
    } else if (ch === '-' && next === '-') {
      const end = sql.indexOf('\n', i);
      i = end < 0 ? n : end + 1;
    } else if (ch === '/' && next === '*') {
      const end = sql.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
    } else if (ch === ';') {
      out.push(sql.slice(start, i));
      i += 1;
      start = i;
    } else {
      i += 1;
    }
  }
  out.push(sql.slice(start));
  return out.filter((s) => !isBlank(s));
}

/** Index just past the quoted run opened at `open`; a doubled quote is an escaped quote. */
function skipQuoted(sql: string, open: number, quote: string): number {
  let i = open + 1;
  while (i < sql.length) {
    if (sql[i] === quote) {
      if (sql[i + 1] === quote) i += 2;
      else return i + 1;
    } else {
      i += 1;
    }
  }
  return i;
}

function isBlank(statement: string): boolean {
  const withoutComments = statement.replace(/--[^\n]*/g, '').replace(/\/\*[\s\S]*?\*\//g, '');
  return withoutComments.trim() === '';
}
