// A dashboard card: title, the chart, and the same numbers as a table
// (the accessible alternative, and what people copy into their reports),
// exported as CSV/XLSX from the same spec as the table on screen.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { texts } from '../../domain/lang';
import { Chart, type ChartProps } from '../../charts/Chart';
import { exportOnClick, type TableSpec } from '../view/table';
import { useLang } from '../i18n/LangProvider';
import { ChartSaveButtons } from './ChartSaveButtons';
import { DataTable, type DataTableProps } from './DataTable';
import { ZhRuns } from './ZhText';
import { ExportButtons } from './ExportButtons';

const TEXT = texts({ table: '数据表' }, { table: 'Data table' });

interface ChartCardProps<R> {
  title: string;
  subtitle: string;
  className?: string;
  /** Said in place of the chart and the table when the table has no rows. */
  empty: string;
  chart: ChartProps;
  /** At most this wide (px), where a full-width chart would spread its marks apart. */
  chartMaxWidth?: number;
  spec: TableSpec<R>;
  /** How the table is drawn besides its spec (region links). */
  table?: Omit<DataTableProps<R>, 'spec'>;
  /** The export's file name; no export without one. */
  file?: string;
  note?: ReactNode;
  /** Region and quarter for the saved picture's file name (`150000-2024Q4`); the save buttons show with it. */
  saveTag?: string;
  /** More in the header: a choice of what the chart shows. */
  actions?: ReactNode;
  /**
   * Rows in time order, the last the quarter shown: the table's box opens
   * scrolled to its end, so that quarter is in view however many came before
   * and however tall the (wrapped English) heads.
   */
  tableFromEnd?: boolean;
}

export function ChartCard<R>({ title, subtitle, className, empty, chart, chartMaxWidth, spec, table, file, note, saveTag, actions, tableFromEnd }: ChartCardProps<R>) {
  const headingId = useId();
  const cardRef = useRef<HTMLElement>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const lang = useLang();
  const t = TEXT[lang];
  const none = spec.rows.length === 0;
  const lastKey = none ? null : spec.rowKey(spec.rows[spec.rows.length - 1]!, spec.rows.length - 1);
  useEffect(() => {
    const box = scrollRef.current;
    if (tableFromEnd && box) box.scrollTop = box.scrollHeight;
  }, [tableFromEnd, lastKey, lang]);
  const drawn = <Chart {...chart} />;
  return (
    <section ref={cardRef} className={`card chart-card ${className ?? ''}`} aria-labelledby={headingId}>
      <header className="card-header">
        <h2 id={headingId}>{title}</h2>
        <p className="card-subtitle">
          <ZhRuns text={subtitle} />
        </p>
        {!none && saveTag !== undefined && <ChartSaveButtons holder={cardRef} title={title} tag={saveTag} option={chart.option} />}
        {!none && actions}
        {!none && file !== undefined && <ExportButtons filename={file} {...exportOnClick(spec, lang)} />}
      </header>
      {none ? (
        <p className="empty">{empty}</p>
      ) : chartMaxWidth === undefined ? (
        drawn
      ) : (
        <div className="chart-frame" style={{ maxWidth: chartMaxWidth }}>
          {drawn}
        </div>
      )}
      {/* How to read the chart: nothing to read where the card says there is no data. */}
      {!none && note && <p className="card-note">{note}</p>}
      {!none && (
        <details className="data-table" open>
          <summary>{t.table}</summary>
          <div className="table-scroll" tabIndex={0} ref={scrollRef}>
            <DataTable spec={spec} {...table} />
          </div>
        </details>
      )}
    </section>
  );
}
