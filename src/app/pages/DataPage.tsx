// 数据管理: what is loaded and from which files, loading the user's own data
// (folder, files or a drop) with the last load's problems, the templates,
// exporting the loaded dataset, and the person-level roster of the quarter.
import { useState, type DragEvent } from 'react';
import { DEFAULT_POLICY_FILE } from '../../domain/policy';
import type { PolicyFile } from '../../domain/policyTypes';
import { quarterLabel } from '../../domain/quarter';
import type { Quarter } from '../../domain/types';
import { CONTRACT } from '../../engine/contract';
import { csvBytes } from '../../engine/exportTable';
import type { LoadReport } from '../../engine/load';
import type { Problem } from '../../engine/problems';
import { templateCsv, templateXlsx } from '../../engine/templates';
import { ExportButtons } from '../components/ExportButtons';
import { LoadData } from '../components/LoadData';
import { PageTitle } from '../components/PageTitle';
import type { Dataset } from '../data/dataset';
import { CSV_MIME, downloadBytes, JSON_MIME, XLSX_MIME } from '../data/download';
import { exportLoadedDataset } from '../data/roster';
import { readDrop, type PickedFiles } from '../data/userFiles';
import { fileColumns, fileRows, problemColumns, problemRows } from '../view/exportRows';
import { RosterSection } from './RosterSection';
import '../import.css';

export interface DataPageProps {
  dataset: Dataset | undefined;
  /** The last load that did not replace the data (problems, or cancelled); null after a success. */
  lastFailure: LoadReport | null;
  quarter: Quarter | null;
  policy: { file: PolicyFile; version: number } | undefined;
  policyEdited: boolean;
  regionName: (code: string) => string;
  loading: boolean;
  onPicked: (picked: PickedFiles) => void;
}

export function DataPage(props: DataPageProps) {
  const { dataset, lastFailure, quarter, policy, policyEdited, regionName, loading, onPicked } = props;
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
      for (const f of files) downloadBytes(f.name, f.bytes, f.name.endsWith('.json') ? JSON_MIME : CSV_MIME);
    } finally {
      setExporting(false);
    }
  };
  const policySource = !dataset
    ? '—'
    : policyEdited
      ? '已在本次会话中修改（政策参数页）'
      : dataset.policyFile === DEFAULT_POLICY_FILE
        ? '默认政策参数（数据中没有 policy.json）'
        : `数据集中的 policy.json`;

  return (
    <main className="dashboard page data-page" data-testid="data-page" aria-busy={loading}>
      <PageTitle title="数据管理" meta={dataset ? `当前数据：${dataset.name.zh}` : '尚未载入数据'} updating={loading} />

      {lastFailure && (
        <FailureCard report={lastFailure} keptName={dataset?.name.zh ?? null} />
      )}

      <div className="grid">
        <section className="card span-7" aria-labelledby="data-load-heading">
          <header className="card-header">
            <h2 id="data-load-heading">载入数据</h2>
            <p className="card-subtitle">CSV（UTF-8 或 GBK）、XLSX、Parquet 与 policy.json；整批校验通过后才替换当前数据</p>
          </header>
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
            <p>把数据文件夹或文件拖到这里，或</p>
            <LoadData
              onPicked={onPicked}
              disabled={loading}
              folderLabel="选择文件夹"
              folderTestId="data-page-load-folder"
              filesTestId="data-page-load-files"
            />
            <p className="muted">文件只在本机浏览器中读取，不会上传。表头可用英文列名或中文列名。</p>
          </div>
        </section>

        <section className="card span-5" aria-labelledby="data-templates-heading">
          <header className="card-header">
            <h2 id="data-templates-heading">模板与导出</h2>
            <p className="card-subtitle">模板含表头、中文列名和填写要求（以 # 开头的说明行载入时跳过）</p>
          </header>
          <div className="template-actions">
            <button
              type="button"
              className="button"
              data-testid="template-xlsx"
              onClick={() => downloadBytes('FundWatch-空白模板.xlsx', templateXlsx(), XLSX_MIME)}
            >
              下载空白模板 XLSX
            </button>
            <button
              type="button"
              className="button secondary"
              data-testid="dataset-export"
              disabled={!dataset || exporting}
              onClick={() => void exportDataset()}
            >
              {exporting ? '正在导出…' : '导出当前数据（CSV 文件）'}
            </button>
          </div>
          <p className="card-note">CSV 模板（每张表一个文件）：</p>
          <ul className="template-list" data-testid="template-csv-list">
            {CONTRACT.map((t) => (
              <li key={t.name}>
                <button
                  type="button"
                  className="link"
                  data-testid={`template-csv-${t.name}`}
                  onClick={() => downloadBytes(`${t.name}.csv`, csvBytes(templateCsv(t)), CSV_MIME)}
                >
                  {t.name}.csv
                </button>
                <span className="muted">
                  {t.label}
                  {t.required ? '（必需）' : ''}
                </span>
              </li>
            ))}
          </ul>
        </section>

        <section className="card span-12" aria-labelledby="data-loaded-heading" data-testid="data-loaded">
          <header className="card-header">
            <h2 id="data-loaded-heading">当前数据</h2>
            <p className="card-subtitle">
              <span data-testid="data-page-name">{dataset?.name.zh ?? '—'}</span>
              {report && report.quarters.length > 0 && (
                <>
                  {' '}
                  · 季度：{report.quarters[0]} 至 {report.quarters[report.quarters.length - 1]}（{report.quarters.length} 个）
                </>
              )}{' '}
              · 政策参数：<span data-testid="data-page-policy">{policySource}</span>
            </p>
            {report && report.files.length > 0 && (
              <ExportButtons filename="数据文件清单" rows={fileRows(report.files)} columns={fileColumns()} />
            )}
          </header>
          {report && report.files.length > 0 ? (
            <div className="table-scroll">
              <table data-testid="data-files">
                <thead>
                  <tr>
                    <th scope="col">文件</th>
                    <th scope="col">工作表</th>
                    <th scope="col">数据表</th>
                    <th scope="col">格式</th>
                    <th scope="col">编码</th>
                    <th scope="col" className="num">行数</th>
                  </tr>
                </thead>
                <tbody>
                  {report.files.map((f) => (
                    <tr key={`${f.file}|${f.sheet ?? ''}`} data-testid="data-file" data-table={f.table}>
                      <th scope="row">{f.file}</th>
                      <td>{f.sheet ?? '—'}</td>
                      <td>{f.table}</td>
                      <td>{f.format.toUpperCase()}</td>
                      <td>{f.encoding ?? '—'}</td>
                      <td className="num">{f.rows === null ? '—' : f.rows.toLocaleString('zh-CN')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p className="empty">{dataset ? '没有文件清单。' : '数据载入中…'}</p>
          )}
          {report && report.ok && report.problems.length > 0 && (
            <ProblemTables problems={report.problems} title="载入时的提示（未阻止载入）" />
          )}
        </section>
      </div>

      {dataset && quarter && (
        <RosterSection datasetId={dataset.id} quarter={quarter} quarterText={quarterLabel(quarter)} policy={policy} regionName={regionName} />
      )}
    </main>
  );
}

function FailureCard({ report, keptName }: { report: LoadReport; keptName: string | null }) {
  const errors = report.problems.filter((p) => p.severity === 'error').length;
  return (
    <section className="card problems" role="alert" data-testid="data-page-failure" data-cancelled={String(report.cancelled)}>
      <header className="card-header">
        <h2>{report.cancelled ? '已取消载入' : `所选数据未载入：${errors} 个错误`}</h2>
        {report.problems.length > 0 && (
          <ExportButtons filename="数据问题清单" rows={problemRows(report.problems)} columns={problemColumns()} testId="problems-download" />
        )}
      </header>
      <p className="card-subtitle" data-testid="data-page-kept">
        数据未更新，仍显示：{keptName ?? '—'}
      </p>
      {report.problems.length > 0 && <ProblemTables problems={report.problems} title={null} />}
    </section>
  );
}

/** Errors and warnings as two tables, in the loader's order within each. */
function ProblemTables({ problems, title }: { problems: readonly Problem[]; title: string | null }) {
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity !== 'error');
  return (
    <div className="problem-tables">
      {title && <h3>{title}</h3>}
      {errors.length > 0 && <ProblemTable problems={errors} caption={`错误 ${errors.length} 个（须修正）`} kind="error" />}
      {warnings.length > 0 && <ProblemTable problems={warnings} caption={`提示 ${warnings.length} 个`} kind="warning" />}
    </div>
  );
}

function ProblemTable({ problems, caption, kind }: { problems: readonly Problem[]; caption: string; kind: 'error' | 'warning' }) {
  return (
    <div className="table-scroll tall">
      <table data-testid={`problems-${kind}`}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">文件</th>
            <th scope="col">工作表</th>
            <th scope="col" className="num">行</th>
            <th scope="col">列</th>
            <th scope="col">问题</th>
            <th scope="col">应为</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p, i) => (
            <tr key={i} data-testid="problem-row" data-severity={p.severity}>
              <th scope="row">{p.file}</th>
              <td>{p.sheet ?? '—'}</td>
              <td className="num">{p.row === null ? '—' : `第${p.row}行`}</td>
              <td>{p.column ?? '—'}</td>
              <td>{p.problem}</td>
              <td>{p.expected}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
