// The bar under the header while the user's files load: which file and step,
// how far, and 取消 (the loader stops before its next step; nothing changes).
import { cancelImport, describeProgress, progressShare, useImport } from '../data/importProgress';
import '../import.css';

export function ImportProgress() {
  const state = useImport();
  if (!state) return null;
  const share = progressShare(state);
  const step = state.progress?.step ?? 'read';
  return (
    <div className="import-progress card" data-testid="import-progress" data-step={step} role="status" aria-live="polite">
      <div className="import-progress-text">
        <span className="spinner" aria-hidden="true" />
        <span data-testid="import-progress-text">
          正在载入 {state.name}：{describeProgress(state)}
        </span>
      </div>
      <progress max={100} value={Math.round(share * 100)} aria-label="载入进度" />
      <button
        type="button"
        className="button secondary"
        data-testid="import-cancel"
        disabled={state.cancelling}
        onClick={cancelImport}
      >
        取消
      </button>
    </div>
  );
}
