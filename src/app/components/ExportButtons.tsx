// 导出 CSV / XLSX for any table on the page, through the engine's exporters
// (cells that a spreadsheet would run as formulas are neutralised there).
// The exporters (and the zip library under XLSX) load on the first click:
// the first screen has no use for them.
import type { ExportColumn, ExportRow } from '../../engine/exportTable';
import { texts } from '../../domain/lang';
import { useLang } from '../i18n/LangProvider';
import { CSV_MIME, downloadBytes, safeFileName, XLSX_MIME } from '../data/download';
import '../import.css';

const TEXT = texts(
  { group: (name: string) => `导出 ${name}`, csv: '导出 CSV' },
  { group: (name: string) => `Export ${name}`, csv: 'Export CSV' },
);

interface ExportButtonsProps {
  /** Without extension; also the XLSX sheet name. */
  filename: string;
  rows: readonly ExportRow[] | (() => readonly ExportRow[]);
  columns: readonly ExportColumn[];
  /** Test id of the group (buttons inside are `export-csv` and `export-xlsx`). */
  testId?: string;
  disabled?: boolean;
}

export function ExportButtons({ filename, rows, columns, testId = 'export', disabled = false }: ExportButtonsProps) {
  const name = safeFileName(filename);
  const t = TEXT[useLang()];
  // Rows may be built only on click: a long list is not converted on every render.
  const read = () => (typeof rows === 'function' ? rows() : rows);
  const exporters = () => import('../../engine/exportTable');
  return (
    <span className="export-buttons" role="group" aria-label={t.group(filename)} data-testid={testId}>
      <button
        type="button"
        className="export-button"
        data-testid="export-csv"
        disabled={disabled}
        onClick={() => void exporters().then((e) => downloadBytes(`${name}.csv`, e.exportCsv(read(), columns), CSV_MIME))}
      >
        {t.csv}
      </button>
      <button
        type="button"
        className="export-button"
        data-testid="export-xlsx"
        disabled={disabled}
        onClick={() =>
          void exporters().then((e) => downloadBytes(`${name}.xlsx`, e.exportXlsx([{ name: filename, columns, rows: read() }]), XLSX_MIME))
        }
      >
        XLSX
      </button>
    </span>
  );
}
