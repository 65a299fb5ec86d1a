// 版本比对: the loaded submission against an earlier one the user picks (a
// folder, several folders, or a ZIP): per table the rows added, removed and
// changed by key, the indicators that moved, and the alerts new, resolved or
// changed in severity; each list exports as CSV/XLSX. A comparison that
// cannot be made lists its problems; the loaded data stay as they are.
import { useMemo } from 'react';
import { texts } from '../../domain/lang';
import type { LevelWords } from '../../domain/levelWords';
import { errorMessage } from '../../domain/messages/error';
import { quarterLabel } from '../../domain/quarter';
import { ExportButtons } from '../components/ExportButtons';
import { LoadData } from '../components/LoadData';
import { PageTitle } from '../components/PageTitle';
import { ProblemsPanel } from '../components/ProblemsPanel';
import { SeverityChip } from '../components/SeverityChip';
import { clearComparison, setComparison, useComparison, usePickedComparison } from '../data/comparison';
import type { Dataset } from '../data/datasetTypes';
import type { PolicyInUse } from '../data/hooks';
import { useLang } from '../i18n/LangProvider';
import { alertChangeLabel, alertChanges, rowChanges } from '../view/revisionsView';
import { DataTable } from '../components/DataTable';
import { Section } from '../components/Section';
import { TableSection } from '../components/TableSection';
import { exportOnClick } from '../view/table';
import { alertChangesSpec, indicatorSpec, rowChangesSpec, tableChangesSpec } from '../view/tables/revisions';
import type { PageProps } from './pageProps';

/** Row changes shown on the page; the export has them all. */
const ROWS_SHOWN = 500;

const TEXT = texts(
  {
    title: '版本比对',
    meta: (q: string) => `本次数据 ${q} · 与上次报送逐表、逐行比较`,
    intro: (w: LevelWords) => `载入上次报送的数据（文件夹、每个${w.city}一个文件夹，或 ZIP），与当前数据逐表按唯一键比较；比对数据只用于比较，不替换当前数据。`,
    pick: '载入上次报送（文件夹）',
    compared: (name: string, q: string) => `比对数据：${name}（比较季度 ${q}）`,
    clear: '清除比对',
    noComparison: '尚未载入比对数据。',
    failed: '无法比对：',
    tables: '各表变化',
    rows: (n: number) => `逐行变化 ${n} 项`,
    shown: (n: number, all: number) => `显示前 ${n} 项（共 ${all} 项，导出可得全部）`,
    none: '两次报送的数据完全相同。',
    indicators: (n: number) => `指标变化 ${n} 项`,
    noIndicators: '参保率、累计结余、可支付月数均无变化。',
    alerts: (n: number, r: number, c: number) => `预警变化：新增 ${n} 条，解除 ${r} 条，级别变化 ${c} 条`,
    noAlerts: '预警无变化。',
    rowsFile: '版本比对_数据变化',
    indicatorsFile: '版本比对_指标变化',
    alertsFile: '版本比对_预警变化',
  },
  {
    title: 'Revisions',
    meta: (q: string) => `Loaded data ${q} · compared with an earlier submission, table by table, row by row`,
    intro: () =>
      'Load the earlier submission (a folder, one folder per city, or a ZIP) to compare the loaded data with it, table by table by key; it is only compared, the loaded data stay.',
    pick: 'Load earlier submission (folder)',
    compared: (name: string, q: string) => `Compared with: ${name} (quarter ${q})`,
    clear: 'Clear comparison',
    noComparison: 'No comparison loaded yet.',
    failed: 'Cannot compare: ',
    tables: 'Changes per table',
    rows: (n: number) => `${n} row change${n === 1 ? '' : 's'}`,
    shown: (n: number, all: number) => `The first ${n} of ${all} shown (the export has all)`,
    none: 'The two submissions hold the same data.',
    indicators: (n: number) => `${n} indicator${n === 1 ? '' : 's'} moved`,
    noIndicators: 'No enrollment rate, accumulated balance or months payable moved.',
    alerts: (n: number, r: number, c: number) => `Alerts: ${n} new, ${r} resolved, ${c} changed in severity`,
    noAlerts: 'No alert changed.',
    rowsFile: 'revisions_rows',
    indicatorsFile: 'revisions_indicators',
    alertsFile: 'revisions_alerts',
  },
);

interface RevisionsPageProps extends PageProps {
  dataset: Dataset;
  policyInUse: PolicyInUse | undefined;
}

export function RevisionsPage({ analysis, tree, words, updating, dataset, policyInUse }: RevisionsPageProps) {
  const lang = useLang();
  const t = TEXT[lang];
  const picked = usePickedComparison();
  const policy = policyInUse ?? { file: dataset.policyFile, version: 0 };
  const comparison = useComparison(dataset.id, picked, analysis.quarter, policy);
  const regionName = (code: string) => tree.byCode.get(code)?.name ?? code;
  const result = comparison.data;
  const revisions = result?.ok ? result.revisions : null;
  const rows = useMemo(() => (revisions ? rowChanges(revisions) : []), [revisions]);
  const alerts = useMemo(() => (revisions ? alertChanges(revisions, lang) : []), [revisions, lang]);

  return (
    <main className="dashboard page" data-testid="page-revisions" aria-busy={updating || comparison.isFetching}>
      <PageTitle title={t.title} meta={t.meta(quarterLabel(analysis.quarter, lang))} updating={updating} />
      <section className="card toolbar revisions-toolbar" data-testid="revisions-toolbar">
        <p className="revisions-intro">{t.intro(words)}</p>
        <LoadData
          onPicked={(p) => p.files.length > 0 && setComparison(p.files, p.name)}
          disabled={comparison.isFetching}
          folderLabel={t.pick}
          folderTestId="compare-folder"
          filesTestId="compare-files"
        />
        {picked && (
          <p data-testid="comparison-name">
            {t.compared(picked.name[lang], revisions?.comparedQuarter ?? '—')}{' '}
            <button type="button" className="button secondary" onClick={clearComparison}>
              {t.clear}
            </button>
          </p>
        )}
        {!picked && (
          <p className="muted" data-testid="no-comparison">
            {t.noComparison}
          </p>
        )}
      </section>
      {comparison.error && (
        <div className="card error" role="alert">
          {t.failed}
          {errorMessage(comparison.error, lang)}
        </div>
      )}
      {result && !result.ok && (
        <div data-testid="comparison-problems">
          <ProblemsPanel problems={result.problems} words={result.report.levelWords} keptName={dataset.name[lang]} onClose={clearComparison} />
        </div>
      )}
      {revisions && (
        <>
          <Section headingId="revisions-tables-heading" title={t.tables}>
            <DataTable
              spec={tableChangesSpec(revisions.tables, lang)}
              testId="revisions-tables"
              tableProps={{ className: 'data-table' }}
              rowProps={(x) => ({
                'data-testid': 'revisions-table',
                'data-table': x.table,
                'data-added': x.added.length,
                'data-removed': x.removed.length,
                'data-changed': x.changed.length,
              })}
            />
          </Section>
          <TableSection
            headingId="revisions-rows-heading"
            title={t.rows(rows.length)}
            subtitle={rows.length > ROWS_SHOWN ? t.shown(ROWS_SHOWN, rows.length) : undefined}
            spec={rowChangesSpec(rows.slice(0, ROWS_SHOWN), lang)}
            exportSpec={rowChangesSpec(rows, lang)}
            file={t.rowsFile}
            exportTestId="export-rows"
            empty={t.none}
            table={{
              testId: 'revisions-rows',
              tableProps: { className: 'data-table' },
              rowProps: (r) => ({ 'data-testid': 'revisions-row', 'data-table': r.table, 'data-change': r.change }),
            }}
          />
          <TableSection
            headingId="revisions-indicators-heading"
            title={t.indicators(revisions.indicators.length)}
            spec={indicatorSpec(revisions.indicators, regionName, lang)}
            file={t.indicatorsFile}
            exportTestId="export-indicators"
            empty={t.noIndicators}
            table={{
              testId: 'revisions-indicators',
              tableProps: { className: 'data-table' },
              rowProps: (m) => ({ 'data-testid': 'revisions-indicator', 'data-indicator': m.indicator, 'data-region': m.regionCode }),
            }}
          />
          <Section
            headingId="revisions-alerts-heading"
            title={t.alerts(revisions.alerts.new.length, revisions.alerts.resolved.length, revisions.alerts.changed.length)}
            actions={alerts.length > 0 && <ExportButtons filename={t.alertsFile} testId="export-alerts" {...exportOnClick(alertChangesSpec(alerts, regionName, lang), lang)} />}
          >
            {alerts.length === 0 ? (
              <p className="empty">{t.noAlerts}</p>
            ) : (
              <ol className="alert-list wide" data-testid="revisions-alerts">
                {alerts.map((a, i) => (
                  <li key={i} className={`alert alert-${a.severityId}`} data-testid="revision-alert" data-change={a.change} data-rule={a.ruleId} data-region={a.regionCode} data-severity={a.severityId}>
                    <div className="alert-head">
                      <strong>{alertChangeLabel(a.change, lang)}</strong>
                      {a.oldSeverity && <span>{a.oldSeverity} →</span>}
                      <SeverityChip severity={a.severityId} />
                      <strong className="alert-rule">{a.rule}</strong>
                      <span className="alert-region">{regionName(a.regionCode)}</span>
                      {a.fund && <span className="alert-fund">{a.fund}</span>}
                    </div>
                    <p className="alert-message">{a.reading}</p>
                  </li>
                ))}
              </ol>
            )}
          </Section>
        </>
      )}
    </main>
  );
}
