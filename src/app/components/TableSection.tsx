// A section that holds one table: the table on screen and its CSV/XLSX
// export are drawn from the same spec, so what is saved is what is shown.
import type { ReactNode } from 'react';
import { exportOnClick, type TableSpec } from '../view/table';
import { useLang } from '../i18n/LangProvider';
import { DataTable, type DataTableProps } from './DataTable';
import { ExportButtons } from './ExportButtons';
import { Section } from './Section';

interface TableSectionProps<R> {
  headingId: string;
  title: ReactNode;
  subtitle?: ReactNode;
  className?: string;
  spec: TableSpec<R>;
  /** The export's file name, without extension. */
  file: string;
  exportTestId?: string;
  /** Every row, where the screen shows only the first ones (`spec`): the export holds them all. */
  exportSpec?: TableSpec<R>;
  /** Said in place of the table when it has no rows; there is nothing to export then. */
  empty?: string;
  /** How the table is drawn: scrolling, test ids, row attributes. */
  table: Omit<DataTableProps<R>, 'spec'>;
}

export function TableSection<R>({ headingId, title, subtitle, className, spec, file, exportTestId, exportSpec, empty, table }: TableSectionProps<R>) {
  const lang = useLang();
  const none = empty !== undefined && spec.rows.length === 0;
  return (
    <Section
      headingId={headingId}
      className={className}
      title={title}
      subtitle={subtitle}
      actions={!none && <ExportButtons filename={file} testId={exportTestId} {...exportOnClick(exportSpec ?? spec, lang)} />}
    >
      {none ? <p className="empty">{empty}</p> : <DataTable spec={spec} {...table} />}
    </Section>
  );
}
