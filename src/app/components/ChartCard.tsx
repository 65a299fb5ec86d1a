// A dashboard card: title, the chart, and the same numbers as a table
// (the accessible alternative, and what people copy into their reports).
import { useId, type ReactNode } from 'react';

interface ChartCardProps {
  title: string;
  subtitle: string;
  className?: string;
  /** Replaces the chart when there is nothing to draw, saying why. */
  empty?: string | null;
  chart: ReactNode;
  table: ReactNode;
  note?: ReactNode;
}

export function ChartCard({ title, subtitle, className, empty, chart, table, note }: ChartCardProps) {
  const headingId = useId();
  return (
    <section className={`card chart-card ${className ?? ''}`} aria-labelledby={headingId}>
      <header className="card-header">
        <h2 id={headingId}>{title}</h2>
        <p className="card-subtitle">{subtitle}</p>
      </header>
      {empty ? <p className="empty">{empty}</p> : chart}
      {note && <p className="card-note">{note}</p>}
      {!empty && (
        <details className="data-table" open>
          <summary>数据表</summary>
          <div className="table-scroll">{table}</div>
        </details>
      )}
    </section>
  );
}
