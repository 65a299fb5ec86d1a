// Why the user's files were not loaded: every problem on its own line, in
// the CLI's `file · 第N行 · column · problem · 应为` form.
import { formatProblem, type Problem } from '../../engine/problems';

interface ProblemsPanelProps {
  problems: readonly Problem[];
  keptName: string | null;
  onClose: () => void;
}

export function ProblemsPanel({ problems, keptName, onClose }: ProblemsPanelProps) {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return (
    <section className="card problems" role="alert" aria-labelledby="problems-heading" data-testid="load-problems">
      <header className="card-header">
        {/* No file names up here: the list below names exactly the files that have problems. */}
        <h2 id="problems-heading">
          所选数据未载入：发现 {errors} 个错误{problems.length > errors ? `、${problems.length - errors} 个提示` : ''}
        </h2>
        <button type="button" className="button secondary" onClick={onClose}>
          关闭
        </button>
      </header>
      <p className="card-subtitle">
        {keptName ? `页面仍显示之前的数据（${keptName}）。` : ''}修正下列问题后重新载入整个文件夹。
      </p>
      <ol className="problem-list">
        {problems.map((p, i) => (
          <li key={i} className={`problem problem-${p.severity}`} data-severity={p.severity}>
            {formatProblem(p)}
          </li>
        ))}
      </ol>
    </section>
  );
}
