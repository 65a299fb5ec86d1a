// Why the user's files were not loaded: every problem on its own line, in
// the CLI's `file · 第N行 · column · problem · 应为` form, in the page's
// language (the engine says each problem in both).
import { formatProblem, type Problem } from '../../engine/ingest/problems';
import type { LevelWords } from '../../domain/levelWords';
import { texts } from '../../domain/lang';
import { visibleControls } from '../../domain/visibleText';
import { useLang } from '../i18n/LangProvider';

const TEXT = texts(
  {
    heading: (errors: number, notes: number) => `所选数据未载入：发现 ${errors} 个错误${notes > 0 ? `、${notes} 个提示` : ''}`,
    close: '关闭',
    kept: (name: string) => `页面仍显示之前的数据（${name}）。`,
    fix: '修正下列问题后重新载入整个文件夹。',
  },
  {
    heading: (errors: number, notes: number) =>
      `The chosen data was not loaded: ${errors} error${errors === 1 ? '' : 's'}${notes > 0 ? `, ${notes} note${notes === 1 ? '' : 's'}` : ''}`,
    close: 'Close',
    kept: (name: string) => `The page still shows the previous data (${name}). `,
    fix: 'Fix the problems below, then load the whole folder again.',
  },
);

interface ProblemsPanelProps {
  problems: readonly Problem[];
  /** The level words of the data that was read (LoadReport.levelWords). */
  words?: LevelWords | undefined;
  keptName: string | null;
  onClose: () => void;
}

export function ProblemsPanel({ problems, words, keptName, onClose }: ProblemsPanelProps) {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const lang = useLang();
  const t = TEXT[lang];
  return (
    <section className="card problems" role="alert" aria-labelledby="problems-heading" data-testid="load-problems">
      <header className="card-header">
        {/* No file names up here: the list below names exactly the files that have problems. */}
        <h2 id="problems-heading">
          {t.heading(errors, problems.length - errors)}
        </h2>
        <button type="button" className="button secondary" onClick={onClose}>
          {t.close}
        </button>
      </header>
      <p className="card-subtitle">
        {keptName ? t.kept(keptName) : ''}
        {t.fix}
      </p>
      <ol className="problem-list">
        {problems.map((p, i) => (
          <li key={i} className={`problem problem-${p.severity}`} data-severity={p.severity}>
            {/* A right-to-left override in a file's name would reverse the rest of the line: written out, as on the terminal. */}
            {visibleControls(formatProblem(p, lang, words))}
          </li>
        ))}
      </ol>
    </section>
  );
}
