// A table on screen drawn from its one definition (view/table.ts), the same
// definition its CSV/XLSX export is drawn from.
import type { HTMLAttributes, ReactNode } from 'react';
import type { Decimal } from '../../domain/money';
import { formatCount, formatNumber } from '../../domain/money';
import { monthsPayableNote, monthsPayableText, type MonthsWord } from '../../domain/monthsPayableText';
import { formatMoney, formatRate, ROUNDED_PARTS_NOTE, type MoneyUnit } from '../../domain/moneyUnit';
import type { Region } from '../../domain/types';
import { exactHead, moneyHead } from '../view/moneyCell';
import { screenMoney, type Column, type TableSpec } from '../view/table';
import { useLang } from '../i18n/LangProvider';
import { Money } from './Money';
import { MoneyChange as Change } from './MoneyChange';
import { RegionLink } from './RegionLink';
import { SeverityChip } from './SeverityChip';
import { ZhRuns } from './ZhText';

export interface DataTableProps<R> {
  spec: TableSpec<R>;
  /** The region a row header links to, and where a click on it goes. */
  region?: (code: string) => Region | undefined;
  onSelectRegion?: (code: string) => void;
  /** Attributes of a row (a test id, data attributes, a click that selects it), for tables whose rows are chosen. */
  rowProps?: (row: R) => RowProps;
  /** One column's text as a button that chooses its row (the detail below the table follows it). */
  select?: { key: string; onSelect: (row: R) => void; label: (row: R) => string };
  testId?: string;
  /** The table's own class (`data-table`) and attributes (`data-page`). */
  tableProps?: Pick<HTMLAttributes<HTMLTableElement>, 'className'> & { [data: `data-${string}`]: string | number | undefined };
  caption?: string;
  /** Screen-only rows under the body: a check that the parts add up. */
  foot?: ReactNode;
  /** In a box of its own that scrolls (`tall`: a long list's). */
  scroll?: boolean | 'tall';
  /** Attributes of the scrolling box (`aria-busy` while the next page is read). */
  scrollBusy?: boolean;
}

/** What a row may carry besides its cells. */
export type RowProps = Pick<HTMLAttributes<HTMLTableRowElement>, 'className' | 'onClick' | 'aria-selected'> & { [data: `data-${string}`]: string | number | undefined };

/** A total row (TableSpec's `total`) reads in bold: the class `row-total` beside the page's own. */
function withTotal(props: RowProps | undefined, total: boolean): RowProps | undefined {
  if (!total) return props;
  return { ...props, className: [props?.className, 'row-total'].filter(Boolean).join(' ') };
}

const NUMERIC = new Set<Column<unknown>['kind']>(['count', 'number', 'money', 'rate', 'months']);
const MISSING = '—';
/**
 * A cell that shows MISSING: marked `missing`, so that a narrow layout may
 * leave it out (the problem tables on a phone: a CSV file's sheet, a
 * notice's row and column).
 */
function isMissing<R>(c: Column<R>, row: R): boolean {
  switch (c.kind) {
    case 'text':
      return c.value(row) === null && c.missing === undefined;
    case 'count':
    case 'number':
      return c.value(row) === null;
    default:
      return false;
  }
}

/** A months column without words of its own prints the bare figure. */
const bare: MonthsWord = (figure) => figure;

export function DataTable<R>({ scroll, scrollBusy, ...props }: DataTableProps<R>) {
  if (!scroll) return <Table {...props} />;
  return (
    <div className={scroll === 'tall' ? 'table-scroll tall' : 'table-scroll'} tabIndex={0} aria-busy={scrollBusy}>
      <Table {...props} />
    </div>
  );
}

function Table<R>({ spec, region, onSelectRegion, rowProps, select, testId, tableProps, caption, foot }: Omit<DataTableProps<R>, 'scroll' | 'scrollBusy'>) {
  const lang = useLang();
  const columns = spec.columns.filter((c) => c.only !== 'export');
  // One unit per money column or unitGroup, from the body rows, named in its head; the total row reads in it; exact columns in 元.
  const money = screenMoney(spec, lang);
  const units = columns.map((c) => money.units.get(c.key) ?? null);
  // Parts and their total rounded each on its own can miss by the last digit: the table says so.
  const partsRounded = money.partsRounded;

  const cell = (c: Column<R>, row: R, unit: MoneyUnit | null): ReactNode => {
    switch (c.kind) {
      case 'text': {
        const text = c.value(row) ?? c.missing ?? MISSING;
        const chip = c.chip?.(row);
        // A region's name (a document number) in an English table: in Chinese for the screen reader.
        return chip ? <span className={`chip chip-${chip}`}>{text}</span> : <ZhRuns text={text} />;
      }
      case 'count': {
        const n = c.value(row);
        return n === null ? MISSING : formatCount(n);
      }
      case 'number': {
        const n = c.value(row);
        return n === null ? MISSING : c.shown ? c.shown(n) : n.toString();
      }
      case 'money': {
        const value = c.value(row);
        if (value === null || !unit) return <Money value={value} />;
        if (c.signed) return <Change value={value} unit={unit} />;
        if (c.exact) {
          return (
            <span className="money" title={formatMoney(value, lang)} data-testid={c.testId}>
              {formatNumber(value, 2)}
            </span>
          );
        }
        return <Money value={value} unit={unit} testId={c.testId} title={c.hover?.(row)} />;
      }
      case 'rate': {
        const rate = c.value(row);
        return rate === null ? MISSING : formatRate(rate, 2, c.thresholds);
      }
      case 'months': {
        const value: Decimal | null = c.value(row);
        if (value === null) return MISSING;
        const word = c.shown ?? bare;
        const note = monthsPayableNote(value, lang, c.places, word);
        const text = monthsPayableText(value, lang, c.places, word);
        return note === null ? text : <span title={note}>{text}</span>;
      }
      case 'severity': {
        if (c.computed?.(row) === false) return <span className="muted">{c.none ?? MISSING}</span>;
        return <SeverityChip severity={c.value(row)} normal={typeof c.normal === 'function' ? c.normal(row) : c.normal} />;
      }
    }
  };

  const content = (c: Column<R>, row: R, unit: MoneyUnit | null): ReactNode => {
    const shown = cell(c, row, unit);
    if (select?.key !== c.key) return shown;
    return (
      <button type="button" className="link" onClick={() => select.onSelect(row)} aria-label={select.label(row)}>
        {shown}
      </button>
    );
  };

  const isNum = (c: Column<R>): boolean => c.num === true || NUMERIC.has(c.kind);
  const classOf = (c: Column<R>, row: R): string | undefined =>
    [isNum(c) ? 'num' : '', c.className ?? '', isMissing(c, row) ? 'missing' : ''].filter(Boolean).join(' ') || undefined;

  return (
    <table data-testid={testId} {...tableProps}>
      {caption !== undefined && <caption>{caption}</caption>}
      <thead>
        <tr>
          {columns.map((c, i) => (
            <th scope="col" key={c.key} className={isNum(c) ? 'num' : undefined}>
              {c.kind === 'money' && c.exact ? exactHead(c.head, lang) : units[i] ? moneyHead(c.head, units[i]) : c.head}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {spec.rows.map((row, index) => (
          <tr key={spec.rowKey(row, index)} {...withTotal(rowProps?.(row), spec.total?.(row) === true)}>
            {columns.map((c, i) => {
              if (c.rowHeader) {
                const code = c.rowHeader.link?.(row);
                const target = code === undefined ? undefined : region?.(code);
                return (
                  <th scope="row" key={c.key} className={[c.className ?? '', isMissing(c, row) ? 'missing' : ''].filter(Boolean).join(' ') || undefined}>
                    {target && onSelectRegion ? <RegionLink region={target} onSelect={onSelectRegion} /> : content(c, row, null)}
                  </th>
                );
              }
              return (
                <td key={c.key} className={classOf(c, row)} data-label={c.lineLabel}>
                  {content(c, row, units[i] ?? null)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
      {(foot || partsRounded) && (
        <tfoot>
          {foot}
          {partsRounded && (
            <tr className="table-note" data-testid="rounded-parts-note">
              <td colSpan={columns.length}>{ROUNDED_PARTS_NOTE[lang]}</td>
            </tr>
          )}
        </tfoot>
      )}
    </table>
  );
}
