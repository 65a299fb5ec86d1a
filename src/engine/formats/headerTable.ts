// The table a file holds when its name says none: offices name files after
// the period and the report (2024年第四季度基金收支情况表.xlsx,
// fund_flows_2024Q4.csv, 150000_fund_flows.csv), and such a file was set
// aside as "not of the contract" while the overview said the data it held
// were missing. Its header decides instead, and only when it names every
// required column of exactly one table: a name is not trusted (基金收支预算
// holds 基金收支, but is a budget), a header that fits no table or two
// leaves the file set aside as before, said as before.
import { CONTRACT, type TableSpec } from '../contract/contract';
import { HEADER_SEARCH_ROWS, holdsHeaderRows, leadingRecords } from './csvHeader';
import { decodeText } from './decode';

/** Bytes of a CSV file read to find its header: the first rows of any real file, titles above them included. */
export const HEAD_BYTES = 64 * 1024;

/**
 * The one table `holds` says the rows hold a header of. Where a header names
 * every required column of two (a table whose columns include another's), the
 * table with more of them is the one meant; two that neither contains: none.
 */
export function tableOfHeader(holds: (spec: TableSpec) => boolean): TableSpec | undefined {
  const found = CONTRACT.filter(holds);
  const required = (spec: TableSpec): Set<string> => new Set(spec.columns.filter((c) => !c.optional).map((c) => c.name));
  const widest = found.filter((spec) => found.every((other) => other === spec || [...required(other)].every((name) => required(spec).has(name))));
  return widest.length === 1 ? widest[0] : undefined;
}

/** The head's text up to its last line end (a slice may end inside a character), decoded as the file would be. */
function headText(head: Uint8Array): string | null {
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le').decode(head);
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be').decode(head);
  // 0x0a is never inside a UTF-8 or GB18030 character: the cut is on a character boundary.
  const end = head.lastIndexOf(0x0a);
  const { text, garbled } = decodeText(end < 0 ? head : head.subarray(0, end + 1));
  return garbled ? null : text;
}

/** The table the head of a CSV file (its first HEAD_BYTES, comma- or tab-separated) has the header of. */
export function csvHeadTable(head: Uint8Array): TableSpec | undefined {
  const text = headText(head);
  if (text === null) return undefined;
  for (const delimiter of [',', '\t']) {
    const rows = leadingRecords(text, delimiter, HEADER_SEARCH_ROWS).records.map((r) => r.cells.map((c) => c.trim()));
    const spec = tableOfHeader((s) => holdsHeaderRows(s, rows));
    if (spec) return spec;
  }
  return undefined;
}
