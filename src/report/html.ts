// Small builders for the report's HTML. Every piece of text from the data
// goes through `esc`; numbers are formatted before they get here.
import { escapeHtml } from '../charts/escapeHtml';
import type { Lang } from '../domain/lang';
import type { Decimal } from '../domain/money';
import { exactYuan, groupRoundedIn, headWithUnit, moneyFigure, ROUNDED_PARTS_NOTE, tableMoneyUnits, type MoneyUnit, type TableMoneyColumn } from '../domain/moneyUnit';

export const esc = escapeHtml;

/** A table cell: plain text (escaped here), numeric cells right-aligned. */
export interface Cell {
  text: string;
  num?: boolean;
  /** `data-col` attribute, so tests and readers of the file can find a figure. */
  col?: string;
  /** Extra class, e.g. a severity. */
  cls?: string;
  /**
   * An amount in yuan: table() prints it in its column's unit (one unit for
   * the table, domain tableMoneyUnits, named in each head), the exact yuan in
   * the cell's title. `text` is what shows when it is null.
   */
  money?: Decimal | null;
  /** With `money`: a sign on positive figures too ("+1.20"), for change columns. */
  signed?: boolean;
  title?: string;
  /**
   * On a head cell: money columns of one group (parts and their total) share
   * one unit, chosen from the group's largest figure, as the app's tables do.
   */
  unitGroup?: string;
  /**
   * On a head cell: a class every cell of its column carries. `name`: a
   * region's name, on one line ("呼和 / 浩特 / 市" on three lines in a narrow
   * column read as three places); `fund`: a fund's name, on one line in
   * Chinese (English wraps it between words).
   */
  column?: 'name' | 'fund';
}

export interface Row {
  cells: (Cell | string)[];
  /** `data-region` attribute. */
  region?: string;
  cls?: string;
  /** The row sums the others (合计): class `total`; its money reads in the unit the other rows choose (tableMoneyUnits). */
  total?: boolean;
}

export interface TableSpec {
  id?: string;
  caption?: string;
  head: (Cell | string)[];
  rows: Row[];
  note?: string;
  /** Needed when any cell carries `money`: the language of the units. */
  lang?: Lang;
}

function cellOf(c: Cell | string): Cell {
  return typeof c === 'string' ? { text: c } : c;
}

function attrs(c: Cell): string {
  const cls = [c.num ? 'num' : '', c.cls ?? ''].filter(Boolean).join(' ');
  return `${cls ? ` class="${esc(cls)}"` : ''}${c.col ? ` data-col="${esc(c.col)}"` : ''}${c.title ? ` title="${esc(c.title)}"` : ''}`;
}

/** The money columns of a table, by cell index: the body rows' figures and the total rows'. */
function moneyColumnsOf(spec: TableSpec, tableIndex: number): { indices: number[]; money: TableMoneyColumn[] } {
  const columns = new Map<number, { body: (Decimal | null | undefined)[]; total: (Decimal | null | undefined)[] }>();
  for (const r of spec.rows) {
    r.cells.forEach((c, i) => {
      if (typeof c === 'string' || !('money' in c)) return;
      const figures = columns.get(i) ?? { body: [], total: [] };
      (r.total ? figures.total : figures.body).push(c.money);
      columns.set(i, figures);
    });
  }
  const groupOf = (i: number): string | undefined => {
    const h = spec.head[i];
    // A group belongs to its own table: two tables chosen together never share one by name.
    return h === undefined || typeof h === 'string' || h.unitGroup === undefined ? undefined : `${tableIndex}:${h.unitGroup}`;
  };
  return { indices: [...columns.keys()], money: [...columns].map(([i, figures]) => ({ ...figures, group: groupOf(i) })) };
}

/** Money cells in the units chosen for them (`units`, by cell index), and the unit added to each money column's head. */
function withUnits(spec: TableSpec, money: readonly TableMoneyColumn[], units: ReadonlyMap<number, MoneyUnit>, chosen: readonly MoneyUnit[]): TableSpec {
  const lang = spec.lang ?? 'zh';
  if (units.size === 0) return spec;
  const head = spec.head.map((h, i) => {
    const u = units.get(i);
    if (!u) return h;
    const cell = cellOf(h);
    return { ...cell, text: headWithUnit(cell.text, u) };
  });
  const rows = spec.rows.map((r) => ({
    ...r,
    cells: r.cells.map((c, i) => {
      const u = units.get(i);
      if (typeof c === 'string' || !u || c.money === null || c.money === undefined) return c;
      const figure = moneyFigure(c.money, u);
      const shownZero = /^-?[0.,]+$/.test(figure);
      const text = c.signed && !shownZero && !c.money.isNegative() ? `+${figure}` : c.signed ? figure.replace(/^-/, '−') : figure;
      return { ...c, text, title: c.title ?? exactYuan(c.money, lang) };
    }),
  }));
  // Parts and their total rounded each on its own can miss by the last digit: the table says so.
  const partsRounded = groupRoundedIn(money, chosen);
  const note = partsRounded ? [spec.note, ROUNDED_PARTS_NOTE[lang]].filter(Boolean).join(' ') : spec.note;
  return { ...spec, head, rows, note };
}

/** A table of at most this many rows prints on one page (class `short`: not broken across pages). */
const SHORT_TABLE_ROWS = 8;

/** The cell with its column's class (the head's `column`) added. */
function inColumn(c: Cell, column: string | undefined): Cell {
  return column === undefined ? c : { ...c, cls: [column, c.cls].filter(Boolean).join(' ') };
}

function tableHtml(spec: TableSpec): string {
  const columns = spec.head.map((h) => cellOf(h).column);
  const head = spec.head.map((h, i) => `<th${attrs(inColumn(cellOf(h), columns[i]))}>${esc(cellOf(h).text)}</th>`).join('');
  const body = spec.rows
    .map((r) => {
      const cells = r.cells.map((c, i) => `<td${attrs(inColumn(cellOf(c), columns[i]))}>${esc(cellOf(c).text)}</td>`).join('');
      const cls = [r.total ? 'total' : '', r.cls ?? ''].filter(Boolean).join(' ');
      return `<tr${r.region ? ` data-region="${esc(r.region)}"` : ''}${cls ? ` class="${esc(cls)}"` : ''}>${cells}</tr>`;
    })
    .join('\n');
  return (
    `<div class="${spec.rows.length <= SHORT_TABLE_ROWS ? 'table-wrap short' : 'table-wrap'}"><table${spec.id ? ` id="${esc(spec.id)}"` : ''}>` +
    (spec.caption ? `<caption>${esc(spec.caption)}</caption>` : '') +
    `<thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>` +
    (spec.note ? `<p class="note">${esc(spec.note)}</p>` : '')
  );
}

/**
 * Tables read together (a breakdown and the same figures by region, one
 * under the other): their money in ONE unit, chosen as one table's
 * (tableMoneyUnits over all their money columns), so the same figure — the
 * total of both — reads alike in both. Chosen each on its own, the English
 * report's resident expenditure read 15.41 billion by item and 15,406.76
 * million by region. Each table's head names the unit.
 */
export function tablesTogether(inputs: readonly TableSpec[]): string[] {
  const lang = inputs[0]?.lang ?? 'zh';
  const columns = inputs.map((spec, k) => moneyColumnsOf(spec, k));
  const chosen = tableMoneyUnits(columns.flatMap((c) => c.money), lang);
  let at = 0;
  return inputs.map((spec, k) => {
    const { indices, money } = columns[k]!;
    const own = chosen.slice(at, at + money.length);
    at += money.length;
    return tableHtml(withUnits(spec, money, new Map(indices.map((i, n) => [i, own[n]!])), own));
  });
}

/** A table, its money in one unit (tableMoneyUnits: from the body rows, the total rows read in it) named in each money head. */
export function table(input: TableSpec): string {
  return tablesTogether([input])[0]!;
}

/**
 * Data as an inert JSON block. `<` is written as \u003c (valid JSON), so no
 * `</script>` or `<!--` inside a string can end the block early.
 */
export function jsonBlock(id: string, data: unknown): string {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return `<script type="application/json" id="data-${esc(id)}">${json}</script>`;
}

/** Text for a CSS string literal (the running header): no quote, backslash or `<` can break out. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"<>\n\r]/g, (ch) => `\\${ch.charCodeAt(0).toString(16)} `)}"`;
}

export function para(text: string, cls?: string): string {
  return `<p${cls ? ` class="${esc(cls)}"` : ''}>${esc(text)}</p>`;
}
