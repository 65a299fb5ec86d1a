// Codes that systems export so that Excel keeps them as text (its leading
// zeros, all of its digits): written as a text formula (`="150102…"`, in a
// CSV `"=""150102…"""`) or after (or before) a tab. One rule for every
// column of codes: a person's ID card number (idNumber.ts) and a region code
// (region_code, parent_code, to_region_code), taken as the code itself, so
// that one code under two spellings is one code; and a year (`="2024"`, four
// digits a system keeps from becoming a number). Other columns are not read
// so: a formula there is refused as one (columnRules.ts, cell.formula).

/** SQL true for the cell `v` written in such a form (starts with `=`, or starts or ends with a tab): the few cells keptAsTextSql changes. */
export function keptAsTextMarkSql(v: string): string {
  return `(starts_with(${v}, '=') OR starts_with(${v}, chr(9)) OR ends_with(${v}, chr(9)))`;
}

/**
 * SQL for the code the cell `v` writes: `="…"` unwrapped, tabs and spaces
 * around it taken off. A cell not in such a form (keptAsTextMarkSql), as
 * almost every one, is returned as it is; so is a formula that is no text
 * (`=A1`), for validation to refuse.
 */
export function keptAsTextSql(v: string): string {
  const bare = `trim(${v}, chr(9) || ' ')`;
  return `CASE WHEN ${keptAsTextMarkSql(v)} THEN trim(regexp_replace(${bare}, '^="(.*)"$', '\\1'), chr(9) || ' ') ELSE ${v} END`;
}
