// 形势分析报告: the quarterly situation report of the quarter and region on
// screen — the very document `npm run report` writes, rendered here from the
// same analyses — previewed in a frame, saved as one HTML file, printed to PDF.
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { texts } from '../../domain/lang';
import type { LevelWords } from '../../domain/levelWords';
import { errorMessage } from '../../domain/messages/error';
import { quarterLabel } from '../../domain/quarter';
import type { Analysis, Quarter } from '../../domain/types';
import { renderReport } from '../../report/report';
import { useComparison, usePickedComparison } from '../data/comparison';
import { PageTitle } from '../components/PageTitle';
import { SelectField } from '../components/SelectField';
import type { Dataset } from '../data/dataset';
import { downloadBytes } from '../data/download';
import { useAnalysis, type PolicyInUse } from '../data/hooks';
import { comparisonQuarters, reportDatasetLabel, reportFileName, reportRegionFor, reportRegions } from '../view/reportView';
import type { PageProps } from './pageProps';
import { useLang } from '../i18n/LangProvider';
import '../share.css';

const TEXT = texts(
  {
    title: (region: string, quarter: string) => `${region} ${quarter} 医疗保障基金运行形势分析`,
    untitled: '季度形势分析',
    heading: '季度形势分析报告',
    scope: '报告范围',
    whole: (name: string, w: LevelWords) => `${name}（${w.whole}）`,
    download: '下载 HTML 报告',
    print: '打印 / 另存为 PDF',
    note: '下载的文件是一个独立的 HTML：图表为内嵌 SVG，附每张图的数据，不含脚本、不连网络，可离线用任何浏览器（含手机）打开。 打印时在打印对话框中选择“另存为 PDF”，纸张 A4。',
    preview: (title: string) => `报告预览：${title}`,
    drawing: '正在生成报告（需要上季度与上年同期的数据）…',
    printHint: '这里打印的是应用界面，不是报告：请在“季度形势分析报告”页点击“打印 / 另存为 PDF”，或在该页按 Ctrl+P。',
  },
  {
    title: (region: string, quarter: string) => `${region} ${quarter} medical security fund situation analysis`,
    untitled: 'Quarterly situation analysis',
    heading: 'Quarterly situation report',
    scope: 'Report on',
    whole: (name: string) => `${name} (whole province)`,
    download: 'Download HTML report',
    print: 'Print / save as PDF',
    note: 'The download is one self-contained HTML file: charts as inline SVG with the data of each chart, no script, no network; it opens offline in any browser, phones included. To print, choose "Save as PDF" in the print dialog, paper A4.',
    preview: (title: string) => `Report preview: ${title}`,
    drawing: 'Drawing the report (it needs the previous quarter and the same quarter last year)…',
    printHint: 'This prints the app, not the report: on the quarterly report page press "Print / save as PDF", or Ctrl+P there.',
  },
);

/** Ctrl+P or ⌘P, heard anywhere on the page or in the frame: the frame's report printed, not the page. */
function printKeyListener(frame: RefObject<HTMLIFrameElement | null>): (event: KeyboardEvent) => void {
  return (event) => {
    const report = frame.current?.contentWindow;
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'p' || !report) return;
    event.preventDefault();
    report.print();
  };
}

export interface ReportPageProps extends PageProps {
  dataset: Dataset;
  /** The policy the analyses run with, so the comparison quarters use the same one (and the same cache). */
  policyInUse: PolicyInUse | undefined;
}

/**
 * The frame's sandbox: no scripts (the report has none and needs none);
 * `allow-same-origin` so this page may call print() on the frame's window
 * and read its height (harmless without allow-scripts: nothing in the frame
 * can run); `allow-modals` because print() is a modal and is blocked in a
 * sandbox without it.
 */
const PREVIEW_SANDBOX = 'allow-same-origin allow-modals';

/** A comparison quarter's analysis, once it is this quarter's (never the placeholder of another). */
function settled(quarter: Quarter | null, result: { data?: Analysis; isPlaceholderData: boolean; isSuccess: boolean }): Analysis | null | undefined {
  if (quarter === null) return null;
  if (!result.isSuccess || result.isPlaceholderData || result.data?.quarter !== quarter) return undefined;
  return result.data;
}

export function ReportPage({ analysis, tree, view, words, updating, navigate, dataset, policyInUse }: ReportPageProps) {
  const lang = useLang();
  const t = TEXT[lang];
  const quarter = view.quarter;
  const compare = useMemo(() => comparisonQuarters(quarter, dataset.report.quarters), [quarter, dataset.report.quarters]);
  const previousQuery = useAnalysis(dataset, compare.previous, policyInUse);
  const lastYearQuery = useAnalysis(dataset, compare.lastYear, policyInUse);
  const previous = settled(compare.previous, previousQuery);
  const lastYear = settled(compare.lastYear, lastYearQuery);
  const current = !updating && analysis.quarter === quarter ? analysis : undefined;
  const regionCode = useMemo(() => reportRegionFor(tree, view.regionCode), [tree, view.regionCode]);
  const regions = reportRegions(tree);
  const region = regionCode === null ? undefined : tree.byCode.get(regionCode);

  // With an earlier submission loaded on the 版本比对 page, the report gains its section "与上次报送相比的变化".
  const picked = usePickedComparison();
  const comparison = useComparison(dataset.id, picked, quarter, policyInUse ?? { file: dataset.policyFile, version: 0 });
  const revisions = picked === null || comparison.isError ? null : comparison.data === undefined ? undefined : comparison.data.ok ? comparison.data.revisions : null;

  const report = useMemo(() => {
    if (current === undefined || previous === undefined || lastYear === undefined || revisions === undefined || regionCode === null) return null;
    const generatedAt = new Date();
    const html = renderReport({
      analysis: current,
      previous,
      lastYear,
      regionCode,
      datasetLabel: reportDatasetLabel(dataset.name[lang], dataset.isSample, lang),
      generatedAt,
      // The very report `npm run report --lang` writes, in the page's language.
      lang,
      revisions,
    });
    return { html, regionCode, quarter: current.quarter, lang };
  }, [current, previous, lastYear, revisions, regionCode, dataset.name, dataset.isSample, lang]);

  const frameRef = useRef<HTMLIFrameElement>(null);
  const [frameHeight, setFrameHeight] = useState(900);
  // The frame grows to the report's height, so the page scrolls once, not twice.
  const fitFrame = () => {
    const doc = frameRef.current?.contentDocument;
    if (doc?.documentElement) setFrameHeight(Math.max(400, doc.documentElement.scrollHeight + 4));
  };
  useEffect(() => {
    window.addEventListener('resize', fitFrame);
    return () => window.removeEventListener('resize', fitFrame);
  }, []);

  // Ctrl+P (⌘P) prints the report, as the button does: the browser's own print took the
  // page — its header, tabs and buttons on the first sheet, the report cut where the frame
  // met a page's end. Heard on the page and inside the frame (its keys stay there).
  useEffect(() => {
    const onPrintKey = printKeyListener(frameRef);
    window.addEventListener('keydown', onPrintKey);
    return () => window.removeEventListener('keydown', onPrintKey);
  }, []);
  // Each report loads a new document into the frame: its listener goes with the old one.
  const onFrameLoad = (): void => {
    fitFrame();
    frameRef.current?.contentWindow?.addEventListener('keydown', printKeyListener(frameRef));
  };

  const error = previousQuery.error ?? lastYearQuery.error;
  const title = region ? t.title(region.name, quarterLabel(quarter, lang)) : t.untitled;

  return (
    <main
      className="dashboard page report-page"
      data-testid="page-report"
      data-quarter={report?.quarter ?? ''}
      data-region={report?.regionCode ?? ''}
      data-state={report ? 'ready' : 'drawing'}
      aria-busy={report === null}
    >
      <PageTitle title={t.heading} meta={`${quarterLabel(quarter, lang)} · ${region?.name ?? ''}`} updating={updating || report === null}>
        <div className="toolbar report-toolbar">
          <SelectField
            label={t.scope}
            testId="report-region"
            value={regionCode ?? ''}
            options={regions.map((r, i) => ({ value: r.code, label: i === 0 ? t.whole(r.name, words) : r.name }))}
            onChange={(code) => navigate({ ...view, regionCode: code })}
          />
          <div className="toolbar-actions">
            <button
              type="button"
              className="button"
              data-testid="report-download"
              disabled={report === null}
              onClick={() => report && downloadBytes(reportFileName(tree.byCode.get(report.regionCode)?.name ?? report.regionCode, report.quarter, report.lang), report.html, 'text/html;charset=utf-8')}
            >
              {t.download}
            </button>
            <button
              type="button"
              className="button light"
              data-testid="report-print"
              disabled={report === null}
              onClick={() => frameRef.current?.contentWindow?.print()}
            >
              {t.print}
            </button>
          </div>
        </div>
      </PageTitle>
      <p className="report-note">{t.note}</p>
      {/* Printed instead of the page by the browser's menu (share.css): the report prints from its frame. */}
      <p className="report-print-hint">{t.printHint}</p>
      {error && (
        <div className="card error" role="alert">
          {errorMessage(error, lang)}
        </div>
      )}
      <div className="report-frame-wrap">
        {report ? (
          <iframe
            ref={frameRef}
            className="report-frame"
            data-testid="report-preview"
            title={t.preview(title)}
            sandbox={PREVIEW_SANDBOX}
            srcDoc={report.html}
            style={{ height: frameHeight }}
            onLoad={onFrameLoad}
          />
        ) : (
          <div className="status" role="status">
            <span className="spinner" aria-hidden="true" />
            {t.drawing}
          </div>
        )}
      </div>
    </main>
  );
}
