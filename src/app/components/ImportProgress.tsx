// The bar under the header while the user's files load: which file and step,
// how far, and 取消 (the loader stops before its next step; nothing changes).
import { texts } from '../../domain/lang';
import { useLang } from '../i18n/LangProvider';
import { cancelImport, describeProgress, progressShare, useImport } from '../data/importProgress';
import '../import.css';

const TEXT = texts(
  { loading: (name: string, what: string) => `正在载入 ${name}：${what}`, bar: '载入进度', cancel: '取消' },
  { loading: (name: string, what: string) => `Loading ${name}: ${what}`, bar: 'Loading progress', cancel: 'Cancel' },
);

export function ImportProgress() {
  const lang = useLang();
  const t = TEXT[lang];
  const state = useImport();
  if (!state) return null;
  const share = progressShare(state);
  const step = state.progress?.step ?? 'read';
  return (
    <div className="import-progress card" data-testid="import-progress" data-step={step} role="status" aria-live="polite">
      <div className="import-progress-text">
        <span className="spinner" aria-hidden="true" />
        <span data-testid="import-progress-text">
          {t.loading(state.name[lang], describeProgress(state, lang))}
        </span>
      </div>
      <progress max={100} value={Math.round(share * 100)} aria-label={t.bar} />
      <button
        type="button"
        className="button secondary"
        data-testid="import-cancel"
        disabled={state.cancelling}
        onClick={cancelImport}
      >
        {t.cancel}
      </button>
    </div>
  );
}
