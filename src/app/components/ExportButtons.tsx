// 导出 CSV / XLSX for any table on the page, through the engine's exporters
// (cells that a spreadsheet would run as formulas are neutralised there).
// The exporters (and the zip library under XLSX) load on the first click:
// the first screen has no use for them.
import type { ExportColumn, ExportRow } from '../../engine/export/exportTable';
import { useState } from 'react';
import { texts } from '../../domain/lang';
import { errorMessage } from '../../domain/messages/error';
import { useLang } from '../i18n/LangProvider';
import { CSV_MIME, downloadBytes, safeFileName, XLSX_MIME } from '../data/download';
import '../import.css';

type Exporters = typeof import('../../engine/export/exportTable');

const TEXT = texts(
  { group: (name: string) => `导出 ${name}`, csv: '导出 CSV', failed: (why: string) => `导出失败：${why}` },
  { group: (name: string) => `Export ${name}`, csv: 'Export CSV', failed: (why: string) => `Export failed: ${why}` },
);

interface ExportButtonsProps {
  /** Without extension; also the XLSX sheet name. */
  filename: string;
  /** The rows, or a function that makes (or reads) them on click. */
  rows: readonly ExportRow[] | (() => readonly ExportRow[] | Promise<readonly ExportRow[]>);
  columns: readonly ExportColumn[];
  /** Test id of the group (buttons inside are `export-csv` and `export-xlsx`). */
  testId?: string;
  disabled?: boolean;
}

export function ExportButtons({ filename, rows, columns, testId = 'export', disabled = false }: ExportButtonsProps) {
  const name = safeFileName(filename);
  const lang = useLang();
  const t = TEXT[lang];
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  // Rows may be built only on click: a long list is not converted on every
  // render, and a list too long to keep in the page is read from the engine.
  const save = (make: (e: Exporters, rows: readonly ExportRow[]) => void) => {
    setState({ busy: true, error: null });
    void Promise.all([import('../../engine/export/exportTable'), typeof rows === 'function' ? rows() : rows])
      .then(([e, r]) => {
        make(e, r);
        setState({ busy: false, error: null });
      })
      .catch((error: unknown) => setState({ busy: false, error: errorMessage(error, lang) }));
  };
  return (
    <span className="export-buttons" role="group" aria-label={t.group(filename)} aria-busy={state.busy} data-testid={testId}>
      <button
        type="button"
        className="export-button"
        data-testid="export-csv"
        disabled={disabled || state.busy}
        onClick={() => save((e, r) => downloadBytes(`${name}.csv`, e.exportCsv(r, columns), CSV_MIME))}
      >
        {t.csv}
      </button>
      <button
        type="button"
        className="export-button"
        data-testid="export-xlsx"
        disabled={disabled || state.busy}
        onClick={() => save((e, r) => downloadBytes(`${name}.xlsx`, e.exportXlsx([{ name: filename, columns, rows: r }]), XLSX_MIME))}
      >
        XLSX
      </button>
      {state.error && (
        <span className="export-error" role="alert" data-testid="export-error">
          {t.failed(state.error)}
        </span>
      )}
    </span>
  );
}
