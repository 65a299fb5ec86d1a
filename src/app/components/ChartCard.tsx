// A dashboard card: title, the chart, and the same numbers as a table
// (the accessible alternative, and what people copy into their reports).
import { useId, useRef, type ReactNode } from 'react';
import { texts } from '../../domain/lang';
import { useLang } from '../i18n/LangProvider';
import { ChartSaveButtons } from './ChartSaveButtons';

const TEXT = texts({ table: '数据表' }, { table: 'Data table' });

interface ChartCardProps {
  title: string;
  subtitle: string;
  className?: string;
  /** Replaces the chart when there is nothing to draw, saying why. */
  empty?: string | null;
  chart: ReactNode;
  table: ReactNode;
  note?: ReactNode;
  /** Region and quarter for the saved picture's file name (`150000-2024Q4`); the save buttons show with it. */
  saveTag?: string;
  /** Export buttons of the table (ExportButtons), in the header. */
  actions?: ReactNode;
}

export function ChartCard({ title, subtitle, className, empty, chart, table, note, saveTag, actions }: ChartCardProps) {
  const headingId = useId();
  const cardRef = useRef<HTMLElement>(null);
  const t = TEXT[useLang()];
  return (
    <section ref={cardRef} className={`card chart-card ${className ?? ''}`} aria-labelledby={headingId}>
      <header className="card-header">
        <h2 id={headingId}>{title}</h2>
        <p className="card-subtitle">{subtitle}</p>
        {!empty && saveTag !== undefined && <ChartSaveButtons holder={cardRef} title={title} tag={saveTag} />}
        {!empty && actions}
      </header>
      {empty ? <p className="empty">{empty}</p> : chart}
      {note && <p className="card-note">{note}</p>}
      {!empty && (
        <details className="data-table" open>
          <summary>{t.table}</summary>
          <div className="table-scroll" tabIndex={0}>{table}</div>
        </details>
      )}
    </section>
  );
}
