// 数据管理: what is loaded and from which files, loading the user's own data
// (folder, files or a drop) with the last load's problems, the templates,
// exporting the loaded dataset, and the person-level roster of the quarter.
import { useState, type DragEvent } from 'react';
import { texts, type Lang } from '../../domain/lang';
import { inLevelWords, type LevelWords } from '../../domain/levelWords';
import type { PolicyFile } from '../../domain/policy/types';
import { quarterLabel } from '../../domain/quarter';
import type { Quarter } from '../../domain/types';
import { CONTRACT } from '../../engine/contract/contract';
import { csvBytes } from '../../engine/export/exportTable';
import type { LoadReport } from '../../engine/ingest/load';
import type { Problem } from '../../engine/ingest/problems';
import { templateCsv, templateXlsx } from '../../engine/contract/templates';
import { ExportButtons } from '../components/ExportButtons';
import { LoadData } from '../components/LoadData';
import { PageTitle } from '../components/PageTitle';
import type { Dataset } from '../data/dataset';
import { CSV_MIME, downloadBytes, XLSX_MIME, ZIP_MIME } from '../data/download';
import { exportLoadedDataset } from '../data/roster';
import { readDrop, type PickedFiles } from '../data/userFiles';
import { DataTable } from '../components/DataTable';
import { Section } from '../components/Section';
import { exportOnClick } from '../view/table';
import { fileSpec, problemSpec } from '../view/tables/data';
import { useLang } from '../i18n/LangProvider';
import { RosterSection } from './RosterSection';
import '../import.css';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

const TEXT = texts(
  {
    title: '数据管理',
    current: (name: string) => `当前数据：${name}`,
    none: '尚未载入数据',
    policyEdited: '已在本次会话中修改（政策参数页）',
    policyDefault: '默认政策参数（数据中没有 policy.json）',
    policyOwn: '数据集中的 policy.json',
    loadHeading: '载入数据',
    loadNote: 'CSV（UTF-8 或 GBK）、XLSX、Parquet 与 policy.json；整批校验通过后才替换当前数据',
    mergeNote: (w: LevelWords) =>
      `报送合并：选择（或拖入）一个内含各${w.city}文件夹的文件夹，或这些文件夹的 ZIP，即逐个校验后合并为一份数据；相同的行只保留一行，同一唯一键数据不同时拒绝并指明两个报送。`,
    dropHere: '把数据文件夹或文件拖到这里，或',
    chooseFolder: '选择文件夹',
    local: '文件只在本机浏览器中读取，不会上传。表头可用英文列名或中文列名。',
    templatesHeading: '模板与导出',
    templatesNote: '模板含表头、中文列名和填写要求（以 # 开头的说明行载入时跳过）',
    templateFile: 'FundWatch-空白模板.xlsx',
    templateXlsx: '下载空白模板 XLSX',
    exporting: '正在导出…',
    exportData: '导出当前数据（一个 ZIP，内含各表 CSV 与 policy.json）',
    exportFile: (name: string) => `FundWatch数据_${name}.zip`,
    csvTemplates: 'CSV 模板（每张表一个文件）：',
    required: '（必需）',
    loadedHeading: '当前数据',
    quarters: '季度：',
    quarterRange: (first: string, last: string, n: number) => `${first} 至 ${last}（${n} 个）`,
    policy: '政策参数：',
    filesFile: '数据文件清单',
    noFiles: '没有文件清单。',
    loading: '数据载入中…',
    notes: '载入时的提示（未阻止载入）',
    cancelled: '已取消载入',
    notLoaded: (errors: number) => `所选数据未载入：${errors} 个错误`,
    problemsFile: '数据问题清单',
    kept: '数据未更新，仍显示：',
    errors: (n: number) => `错误 ${n} 个（须修正）`,
    warnings: (n: number) => `提示 ${n} 个`,
  },
  {
    title: 'Data',
    current: (name: string) => `Current data: ${name}`,
    none: 'No data loaded yet',
    policyEdited: 'edited in this session (Policy page)',
    policyDefault: 'the defaults (the data has no policy.json)',
    policyOwn: "the dataset's policy.json",
    loadHeading: 'Load data',
    loadNote: 'CSV (UTF-8 or GBK), XLSX, Parquet and policy.json; the current data is replaced only when the whole batch passes the checks',
    mergeNote: () =>
      "Merging submissions: choose (or drop) a folder holding one folder per city, or a ZIP of them; each is checked, then they load as one dataset. Identical rows are kept once; one key with different values in two submissions is refused, naming both.",
    dropHere: 'Drop a data folder or files here, or',
    chooseFolder: 'Choose folder',
    local: 'Files are read only in this browser and never uploaded. Headers may use the English or the Chinese column names.',
    templatesHeading: 'Templates and export',
    templatesNote: 'Templates have the header, the Chinese column names and what each column takes (rows starting with # are skipped on load)',
    templateFile: 'FundWatch-template.xlsx',
    templateXlsx: 'Download blank template (XLSX)',
    exporting: 'Exporting…',
    exportData: 'Export current data (one ZIP of CSV files and policy.json)',
    exportFile: (name: string) => `fundwatch-data_${name}.zip`,
    csvTemplates: 'CSV templates (one file per table):',
    required: ' (required)',
    loadedHeading: 'Current data',
    quarters: 'quarters: ',
    quarterRange: (first: string, last: string, n: number) => `${first} to ${last} (${n})`,
    policy: 'policy: ',
    filesFile: 'data-files',
    noFiles: 'No list of files.',
    loading: 'Loading data…',
    notes: 'Notes from loading (they did not stop it)',
    cancelled: 'Loading cancelled',
    notLoaded: (errors: number) => `The chosen data was not loaded: ${plural(errors, 'error')}`,
    problemsFile: 'data-problems',
    kept: 'Data not updated; still showing: ',
    errors: (n: number) => `${plural(n, 'error')} (to be fixed)`,
    warnings: (n: number) => plural(n, 'note'),
  },
);

export interface DataPageProps {
  dataset: Dataset | undefined;
  /** The last load that did not replace the data (problems, or cancelled); null after a success. */
  lastFailure: LoadReport | null;
  quarter: Quarter | null;
  policy: { file: PolicyFile; version: number } | undefined;
  policyEdited: boolean;
  regionName: (code: string) => string;
  /** The level words of the dataset on screen. */
  words: LevelWords;
  loading: boolean;
  onPicked: (picked: PickedFiles) => void;
}

export function DataPage(props: DataPageProps) {
  const { dataset, lastFailure, quarter, policy, policyEdited, regionName, words, loading, onPicked } = props;
  const lang = useLang();
  const t = TEXT[lang];
  const quarterText = (q: Quarter) => (lang === 'en' ? quarterLabel(q, lang) : q);
  const [over, setOver] = useState(false);
  const [exporting, setExporting] = useState(false);
  const report = dataset?.report;

  const onDrop = (event: DragEvent) => {
    // The page-wide drop handler (App) would load the same files a second time.
    event.preventDefault();
    event.stopPropagation();
    setOver(false);
    void readDrop(event.dataTransfer).then((picked) => picked.files.length > 0 && onPicked(picked));
  };
  const exportDataset = async () => {
    if (!dataset) return;
    setExporting(true);
    try {
      const files = await exportLoadedDataset(policy?.file ?? dataset.policyFile);
      const { zipExport } = await import('../../engine/export/exportDataset');
      downloadBytes(t.exportFile(dataset.name[lang]), zipExport(files), ZIP_MIME);
    } finally {
      setExporting(false);
    }
  };
  const policySource = !dataset
    ? '—'
    : policyEdited
      ? t.policyEdited
      : dataset.report.policyDefaults
        ? t.policyDefault
        : t.policyOwn;

  return (
    <main className="dashboard page data-page" data-testid="data-page" aria-busy={loading}>
      <PageTitle title={t.title} meta={dataset ? t.current(dataset.name[lang]) : t.none} updating={loading} />

      {lastFailure && (
        <FailureCard report={lastFailure} keptName={dataset?.name[lang] ?? null} lang={lang} />
      )}

      <div className="grid">
        <Section headingId="data-load-heading" className="span-7" title={t.loadHeading} subtitle={t.loadNote}>
          <div
            className={`drop-zone ${over ? 'over' : ''}`}
            data-testid="data-page-drop"
            onDragOver={(e) => {
              e.preventDefault();
              e.stopPropagation();
              setOver(true);
            }}
            onDragLeave={() => setOver(false)}
            onDrop={onDrop}
          >
            <p>{t.dropHere}</p>
            <LoadData
              onPicked={onPicked}
              disabled={loading}
              folderLabel={t.chooseFolder}
              folderTestId="data-page-load-folder"
              filesTestId="data-page-load-files"
            />
            <p className="muted">{t.local}</p>
            <p className="muted" data-testid="merge-note">{t.mergeNote(words)}</p>
          </div>
        </Section>

        <Section headingId="data-templates-heading" className="span-5" title={t.templatesHeading} subtitle={t.templatesNote}>
          <div className="template-actions">
            <button
              type="button"
              className="button"
              data-testid="template-xlsx"
              onClick={() => downloadBytes(t.templateFile, templateXlsx(), XLSX_MIME)}
            >
              {t.templateXlsx}
            </button>
            <button
              type="button"
              className="button secondary"
              data-testid="dataset-export"
              disabled={!dataset || exporting}
              onClick={() => void exportDataset()}
            >
              {exporting ? t.exporting : t.exportData}
            </button>
          </div>
          <p className="card-note">{t.csvTemplates}</p>
          <ul className="template-list" data-testid="template-csv-list">
            {CONTRACT.map((table) => (
              <li key={table.name}>
                <button
                  type="button"
                  className="link"
                  data-testid={`template-csv-${table.name}`}
                  onClick={() => downloadBytes(`${table.name}.csv`, csvBytes(templateCsv(table)), CSV_MIME)}
                >
                  {table.name}.csv
                </button>
                <span className="muted">
                  {lang === 'en' ? table.labelEn : inLevelWords(table.label, words)}
                  {table.required ? t.required : ''}
                </span>
              </li>
            ))}
          </ul>
        </Section>

        <section className="card span-12" aria-labelledby="data-loaded-heading" data-testid="data-loaded">
          <header className="card-header">
            <h2 id="data-loaded-heading">{t.loadedHeading}</h2>
            <p className="card-subtitle">
              <span data-testid="data-page-name">{dataset?.name[lang] ?? '—'}</span>
              {report && report.quarters.length > 0 && (
                <>
                  {' '}
                  · {t.quarters}
                  {t.quarterRange(quarterText(report.quarters[0] ?? ''), quarterText(report.quarters.at(-1) ?? ''), report.quarters.length)}
                </>
              )}{' '}
              · {t.policy}
              <span data-testid="data-page-policy">{policySource}</span>
            </p>
            {report && report.files.length > 0 && (
              <ExportButtons filename={t.filesFile} {...exportOnClick(fileSpec(report.files, lang), lang)} />
            )}
          </header>
          {report && report.files.length > 0 ? (
            <DataTable spec={fileSpec(report.files, lang)} scroll testId="data-files" tableProps={{ className: 'lines' }} rowProps={(f) => ({ 'data-testid': 'data-file', 'data-table': f.table })} />
          ) : (
            <p className="empty">{dataset ? t.noFiles : t.loading}</p>
          )}
          {report && report.ok && report.problems.length > 0 && (
            <ProblemTables problems={report.problems} words={report.levelWords} title={t.notes} lang={lang} />
          )}
        </section>
      </div>

      {/* Keyed: another dataset or quarter starts on the follow-up list's first page. */}
      {dataset && quarter && (
        <RosterSection key={`${dataset.id}|${quarter}`} datasetId={dataset.id} quarter={quarter} quarterText={quarterLabel(quarter, lang)} policy={policy} regionName={regionName} />
      )}
    </main>
  );
}

function FailureCard({ report, keptName, lang }: { report: LoadReport; keptName: string | null; lang: Lang }) {
  const t = TEXT[lang];
  const errors = report.problems.filter((p) => p.severity === 'error').length;
  return (
    <section className="card problems" role="alert" data-testid="data-page-failure" data-cancelled={String(report.cancelled)}>
      <header className="card-header">
        <h2>{report.cancelled ? t.cancelled : t.notLoaded(errors)}</h2>
        {report.problems.length > 0 && (
          <ExportButtons filename={t.problemsFile} {...exportOnClick(problemSpec(report.problems, lang, report.levelWords), lang)} testId="problems-download" />
        )}
      </header>
      <p className="card-subtitle" data-testid="data-page-kept">
        {t.kept}
        {keptName ?? '—'}
      </p>
      {report.problems.length > 0 && <ProblemTables problems={report.problems} words={report.levelWords} title={null} lang={lang} />}
    </section>
  );
}

/** Errors and warnings as two tables, in the loader's order within each. */
function ProblemTables({ problems, words, title, lang }: { problems: readonly Problem[]; words: LevelWords | undefined; title: string | null; lang: Lang }) {
  const t = TEXT[lang];
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity !== 'error');
  return (
    <div className="problem-tables">
      {title && <h3>{title}</h3>}
      {errors.length > 0 && <ProblemTable problems={errors} words={words} caption={t.errors(errors.length)} kind="error" lang={lang} />}
      {warnings.length > 0 && <ProblemTable problems={warnings} words={words} caption={t.warnings(warnings.length)} kind="warning" lang={lang} />}
    </div>
  );
}

function ProblemTable({ problems, words, caption, kind, lang }: { problems: readonly Problem[]; words: LevelWords | undefined; caption: string; kind: 'error' | 'warning'; lang: Lang }) {
  return (
    <DataTable
      spec={problemSpec(problems, lang, words)}
      scroll="tall"
      testId={`problems-${kind}`}
      tableProps={{ className: 'lines' }}
      caption={caption}
      rowProps={(p) => ({ 'data-testid': 'problem-row', 'data-severity': p.severity })}
    />
  );
}
