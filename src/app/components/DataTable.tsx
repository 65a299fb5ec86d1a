// A table on screen drawn from its one definition (view/table.ts), the same
// definition its CSV/XLSX export is drawn from.
import type { Decimal } from '../../domain/money';
import { fixed, formatCount } from '../../domain/money';
import { formatRate, type MoneyUnit } from '../../domain/moneyUnit';
import type { Region } from '../../domain/types';
import { columnUnit, moneyHead } from '../view/moneyCell';
import type { Column, TableSpec } from '../view/table';
import { useLang } from '../i18n/LangProvider';
import { Money } from './Money';
import { RegionLink } from './RegionLink';
import { SeverityChip } from './SeverityChip';

interface DataTableProps<R> {
  spec: TableSpec<R>;
  /** The region a row header links to, and where a click on it goes. */
  region?: (code: string) => Region | undefined;
  onSelectRegion?: (code: string) => void;
}

const NUMERIC = new Set<Column<unknown>['kind']>(['count', 'money', 'rate', 'decimal']);
const MISSING = '—';

export function DataTable<R>({ spec, region, onSelectRegion }: DataTableProps<R>) {
  const lang = useLang();
  const columns = spec.columns.filter((c) => c.only !== 'export');
  // One unit per money column, from its largest figure, named in its head.
  const units = columns.map((c) => (c.kind === 'money' ? columnUnit(spec.rows.map((r) => c.value(r)), lang) : null));

  const cell = (c: Column<R>, row: R, unit: MoneyUnit | null) => {
    switch (c.kind) {
      case 'text':
        return c.value(row) ?? MISSING;
      case 'count': {
        const n = c.value(row);
        return n === null ? MISSING : formatCount(n);
      }
      case 'money':
        return <Money value={c.value(row)} {...(unit ? { unit } : {})} />;
      case 'rate': {
        const rate = c.value(row);
        return rate === null ? MISSING : formatRate(rate, 2, c.thresholds);
      }
      case 'decimal': {
        const value: Decimal | null = c.value(row);
        if (value === null) return MISSING;
        const figure = fixed(value, c.places);
        return c.shown ? c.shown(figure) : figure;
      }
      case 'severity': {
        const severity = c.value(row);
        return severity === null ? <span className="muted">{c.none ?? MISSING}</span> : <SeverityChip severity={severity} />;
      }
    }
  };

  return (
    <table>
      <thead>
        <tr>
          {columns.map((c, i) => (
            <th scope="col" key={c.key} className={NUMERIC.has(c.kind) ? 'num' : undefined}>
              {units[i] ? moneyHead(c.head, units[i]) : c.head}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {spec.rows.map((row) => (
          <tr key={spec.rowKey(row)}>
            {columns.map((c, i) => {
              if (c.rowHeader) {
                const code = c.rowHeader.link?.(row);
                const target = code === undefined ? undefined : region?.(code);
                return (
                  <th scope="row" key={c.key}>
                    {target && onSelectRegion ? <RegionLink region={target} onSelect={onSelectRegion} /> : cell(c, row, null)}
                  </th>
                );
              }
              return (
                <td key={c.key} className={NUMERIC.has(c.kind) ? 'num' : undefined}>
                  {cell(c, row, units[i] ?? null)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
