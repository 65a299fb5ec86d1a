// Region codes, fund ids and category ids are ASCII: ordered by their code
// units, as DuckDB's ORDER BY orders them. Not localeCompare: its first call
// builds an ICU collator (~20–50 ms on the first screen's render, measured
// in Chromium), for an order that is the same on ASCII digits.
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
