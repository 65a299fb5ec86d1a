// Under the header: what is in progress (floating over the first screen's
// numbers, so that its going away moves nothing), what failed, why the
// user's files were not loaded, and a dataset without any quarter.
import { texts } from '../../domain/lang';
import { errorMessage } from '../../domain/messages/error';
import { ProblemsPanel } from '../components/ProblemsPanel';
import type { CurrentDataset, LoadFiles } from '../data/hooks';
import { useStatus } from '../data/progress';
import { useLang } from '../i18n/LangProvider';
import type { ShownView } from './useShownView';

const TEXT = texts(
  {
    loading: '正在载入…',
    noQuarters: '当前数据没有任何季度的数据，请载入包含 fund_flows 或 assistance_enrollment 的文件夹。',
  },
  {
    loading: 'Loading…',
    noQuarters: 'The data has no quarter at all. Load a folder with fund_flows or assistance_enrollment.',
  },
);

interface ShellStatusProps {
  dataset: CurrentDataset;
  loader: LoadFiles;
  shown: ShownView;
  onDataPage: boolean;
}

export function ShellStatus({ dataset, loader, shown, onDataPage }: ShellStatusProps) {
  const lang = useLang();
  const t = TEXT[lang];
  const status = useStatus();
  const { analysis, quarter, fromSnapshot, awaitingEngine } = shown;
  const failure = dataset.error ?? analysis.error ?? loader.error;
  const error = status.fatal?.[lang] ?? (failure ? errorMessage(failure, lang) : null);
  const waiting = dataset.pending || (quarter !== null && (analysis.isPending || awaitingEngine));
  const progress = status.message?.[lang] ?? (waiting ? t.loading : null);
  return (
    <>
      {progress !== null && (
        <div className={`status ${fromSnapshot ? 'status-floating' : ''}`} data-testid="engine-status" role="status" aria-live="polite">
          <span className="spinner" aria-hidden="true" />
          {progress}
        </div>
      )}
      {error && (
        <div className="card error" role="alert">
          {error}
        </div>
      )}
      {loader.failed && !loader.failed.ok && !loader.failed.report.cancelled && !onDataPage && (
        <ProblemsPanel problems={loader.failed.report.problems} words={loader.failed.report.levelWords} keptName={dataset.loaded?.name[lang] ?? null} onClose={loader.dismiss} />
      )}
      {dataset.shown && shown.quarters.length === 0 && <div className="card empty">{t.noQuarters}</div>}
    </>
  );
}
