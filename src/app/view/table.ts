// One definition per table: its columns say what each cell holds (an exact
// value and its kind), and both the table on screen (components/DataTable.tsx)
// and its CSV/XLSX export (exportTable below) are drawn from it, so the two
// can never list different columns or different numbers. Kinds carry the
// formatting rules: money on screen in one unit per table, named in each head,
// in the export as exact yuan; rates as percentages that never cross a
// threshold on screen, as exact ratios in the export.
import type { Lang } from '../../domain/lang';
import { fixed, moneyString, rateString, type Decimal } from '../../domain/money';
import { groupRoundedIn, headWithUnit, moneyUnitById, tableMoneyUnits, type MoneyUnit, type TableMoneyColumn } from '../../domain/moneyUnit';
import type { MonthsWord } from '../../domain/monthsPayableText';
import type { Severity } from '../../domain/types';
import type { ExportColumn, ExportRow } from '../../engine/export/exportTable';

interface BaseColumn<R> {
  /** The export's column key. */
  key: string;
  /** The head in the page's language; a money head gets its unit added (screen: the column's, export: 元). */
  head: string;
  /** The export's head where it says more than the screen's ("差额 = 入账 − 到账"); money gets 元 added. */
  exportHead?: string;
  /** Screen only (a band chip), or export only (the code beside a name). */
  only?: 'screen' | 'export';
  /** The row's own header cell on screen (its name), linked to `link`'s region when given. */
  rowHeader?: { link?: (row: R) => string | undefined };
  /**
   * Screen only: the cell's class ("mono" for IDs). In a table laid out as
   * lines on a phone (`lines` in its tableProps' class, styles.css): `line-part`
   * runs on after the row's header with " · " before it, `line-own` takes a line
   * of its own, `line-labelled` says its head (lineLabel) before the value.
   */
  className?: string;
  /** Screen only: what a `line-labelled` cell says before its value on a phone (its head: 应为, 行数). */
  lineLabel?: string;
  /** Screen only: a figure already in text, aligned as numbers are. */
  num?: boolean;
  /** Screen only: the test id of the cell's value (its exact figure in `data-value` for money). */
  testId?: string;
}

export type Column<R> = BaseColumn<R> &
  (
    /** Text; `chip` sets it on screen as a coloured chip (`chip-orange`) where it gives a colour; `missing` stands for null on screen (—). */
    | { kind: 'text'; value: (row: R) => string | null; chip?: (row: R) => string | null; missing?: string }
    | { kind: 'count'; value: (row: R) => number | null }
    /** A number written as it is (a rank, a year, a factor, a figure already in text): no grouping, no format in the spreadsheet; `shown` words it on screen. */
    | { kind: 'number'; value: (row: R) => number | Decimal | string | null; shown?: (value: number | Decimal | string) => string }
    /**
     * Money. On screen in the column's unit, or with `exact` to the fen in yuan
     * (the head says 元); `signed` marks a change: "+" on a rise, coloured.
     * Every rounded money column of a table reads in one unit (domain tableMoneyUnits); a column whose
     * money would read 0.00–0.09 there keeps its own. Columns of one `unitGroup` share one unit even then: columns
     * that add up (parts and their total, due − paid = difference) or are read against each other
     * (到账 and 入账), so an official adds or compares them by eye; counts, rates and per-capita
     * amounts stay out of a group. The unit comes from the body rows; the total row (TableSpec's
     * `total`) reads in it (tableMoneyUnit).
     * `hover` replaces the exact yuan on hover where the cell has more to say (persons × standard).
     */
    | { kind: 'money'; value: (row: R) => Decimal | null; exact?: boolean; signed?: boolean; unitGroup?: string; hover?: (row: R) => string }
    /** A ratio shown as a percentage that never lands on the other side of `thresholds`. */
    | { kind: 'rate'; value: (row: R) => Decimal | null; thresholds?: readonly Decimal[] }
    /**
     * Months payable: `places` decimals; `shown` words it on screen ("3.20 个月"), where a
     * figure below zero reads 已透支 with the figure on hover (domain/monthsPayableText).
     */
    | { kind: 'months'; value: (row: R) => Decimal | null; places: number; shown?: MonthsWord }
    /**
     * A risk band: a chip on screen, null being the normal band (its chip
     * says `normal`, or 正常 / normal); where `computed` is false the value
     * could not be worked out and the cell says `none` (muted) instead.
     */
    | { kind: 'severity'; value: (row: R) => Severity | null; computed?: (row: R) => boolean; none?: string; normal?: string | ((row: R) => string) }
  );

export interface TableSpec<R> {
  columns: readonly Column<R>[];
  rows: readonly R[];
  rowKey: (row: R, index: number) => string;
  /** The rows that sum the others (合计: a region below its children, a gap above its parts); the body's units fit them. */
  total?: (row: R) => boolean;
  /**
   * The unit its page (or its chart's panel) chose for all the money it shows (pageMoneyUnit): every
   * rounded money column reads in it, so the table agrees with the chart and the tables beside it.
   */
  unit?: MoneyUnit;
}

/** A table's definition: its rows, what tells each row apart (React's key), its columns, and which rows are its totals. */
export function tableSpec<R>(rows: readonly R[], rowKey: TableSpec<R>['rowKey'], columns: readonly Column<R>[], total?: (row: R) => boolean): TableSpec<R> {
  return total ? { rows, rowKey, columns, total } : { rows, rowKey, columns };
}

/** The spec reading its rounded money in `unit`, the page's (pageMoneyUnit); none leaves it to its columns. */
export function inUnit<R>(spec: TableSpec<R>, unit: MoneyUnit | undefined): TableSpec<R> {
  return unit === undefined ? spec : { ...spec, unit };
}

/** The figures of a table's rounded money columns as shown on screen, for a unit chosen with other tables' (pageMoneyUnit). */
export function moneyFiguresOf<R>(spec: TableSpec<R>): TableMoneyColumn[] {
  const isTotal = spec.total ?? (() => false);
  const body = spec.rows.filter((r) => !isTotal(r));
  const totals = spec.rows.filter(isTotal);
  return roundedColumns(spec).map((c) => ({ body: body.map(c.value), total: totals.map(c.value), group: c.unitGroup }));
}

const shownMoney = <R>(spec: TableSpec<R>) => spec.columns.filter((c): c is Column<R> & { kind: 'money' } => c.kind === 'money' && c.only !== 'export');
const roundedColumns = <R>(spec: TableSpec<R>) => shownMoney(spec).filter((c) => !c.exact);

export interface ScreenMoney {
  /** Each money column's unit on screen, by key: exact columns in 元, the others by tableMoneyUnits. */
  units: ReadonlyMap<string, MoneyUnit>;
  /** Some grouped figure reads rounded: the table says ROUNDED_PARTS_NOTE under it. */
  partsRounded: boolean;
}

/** How the screen shows a table's money: one unit for the table, from the body rows (a foot row under the table reads in it too); a column or group keeps its own only where its money would read 0.00–0.09 in it. */
export function screenMoney<R>(spec: TableSpec<R>, lang: Lang): ScreenMoney {
  const columns = shownMoney(spec);
  const rounded = roundedColumns(spec);
  const figures = moneyFiguresOf(spec);
  const pageUnit = spec.unit;
  const chosen = pageUnit === undefined ? tableMoneyUnits(figures, lang) : figures.map(() => pageUnit);
  const yuan = moneyUnitById('yuan', lang);
  const units = new Map<string, MoneyUnit>(columns.map((c) => [c.key, c.exact ? yuan : chosen[rounded.indexOf(c)]!]));
  return { units, partsRounded: groupRoundedIn(figures, chosen) };
}

export interface ExportTable {
  columns: ExportColumn[];
  rows: ExportRow[];
}

function exportColumn<R>(column: Column<R>, lang: Lang): ExportColumn {
  const { key, kind } = column;
  const head = column.exportHead ?? column.head;
  switch (kind) {
    case 'money':
      return { key, label: headWithUnit(head, moneyUnitById('yuan', lang)), numeric: true, format: 'money' };
    case 'rate':
    case 'count':
      return { key, label: head, numeric: true, format: kind };
    case 'months':
    case 'number':
      return { key, label: head, numeric: true };
    default:
      return { key, label: head };
  }
}

function exportValue<R>(column: Column<R>, row: R): ExportRow[string] {
  switch (column.kind) {
    case 'money': {
      const yuan = column.value(row);
      return yuan === null ? null : moneyString(yuan);
    }
    case 'rate': {
      // Six decimals as everywhere, more where six would put the ratio on the other side of a
      // bound its status is judged by (0.05000001 is red against 5%; "0.050000" is not).
      const rate = column.value(row);
      return rate === null ? null : rateString(rate, column.thresholds);
    }
    case 'months': {
      const value = column.value(row);
      return value === null ? null : fixed(value, column.places);
    }
    case 'number': {
      const value = column.value(row);
      return value === null || typeof value !== 'object' ? value : value.toString();
    }
    default:
      return column.value(row);
  }
}

const exportedColumns = <R>(spec: TableSpec<R>): Column<R>[] => spec.columns.filter((c) => c.only !== 'screen');

const exportColumns = <R>(spec: TableSpec<R>, lang: Lang): ExportTable['columns'] => exportedColumns(spec).map((c) => exportColumn(c, lang));

/** The table as the exporters take it: exact values, numbers as numbers. */
export function exportTable<R>(spec: TableSpec<R>, lang: Lang): ExportTable {
  const columns = exportedColumns(spec);
  return {
    columns: exportColumns(spec, lang),
    rows: spec.rows.map((row) => Object.fromEntries(columns.map((c) => [c.key, exportValue(c, row)]))),
  };
}

/**
 * The table as the export buttons take it: the columns now, the rows made
 * on the click. Every table on a page has export buttons; making their rows
 * (exact money as text, every alert's sentence) on each render cost the
 * first screen's render more than any chart (~70 ms of ~200, measured).
 */
export function exportOnClick<R>(spec: TableSpec<R>, lang: Lang): { columns: ExportTable['columns']; rows: () => ExportTable['rows'] } {
  return { columns: exportColumns(spec, lang), rows: () => exportTable(spec, lang).rows };
}

/**
 * A row's code and name as most tables begin: the code in the export only
 * (`codeKey`), the name as the row's header on screen, linked to its region
 * when `link` (a child region one click opens).
 */
export function codeAndName<R>(
  codeKey: string,
  /** `nameOnScreen`: the name's head on screen, where the code beside it is not (季度, not 季度名称: the export keeps both). */
  heads: { code: string; name: string; nameOnScreen?: string },
  row: { code: (row: R) => string; name: (row: R) => string },
  link: boolean,
): Column<R>[] {
  return [
    { key: codeKey, head: heads.code, kind: 'text', value: row.code, only: 'export' },
    {
      key: 'name',
      head: heads.nameOnScreen ?? heads.name,
      ...(heads.nameOnScreen === undefined ? {} : { exportHead: heads.name }),
      kind: 'text',
      value: row.name,
      rowHeader: link ? { link: row.code } : {},
    },
  ];
}
