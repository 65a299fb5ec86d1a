// 政策参数: the policy of the selected year, editable for this session.
// The whole edited file is validated by the domain before anything is
// recomputed; each refusal is shown next to its field and nothing changes.
import { useId, useMemo, useState } from 'react';
import { texts, type Label } from '../../domain/lang';
import type { LevelWords } from '../../domain/levelWords';
import { resolvePolicy } from '../../domain/policy/policy';
import type { PolicyFile } from '../../domain/policy/types';
import { yearOf } from '../../domain/quarter';
import { applyDrafts, BASIS_LABEL, policyFields, policyJsonText, type Drafts, type PolicyField } from '../view/policyForm';
import { PageTitle } from '../components/PageTitle';
import type { PageProps } from './pageProps';
import { useLang } from '../i18n/LangProvider';

const TEXT = texts(
  {
    title: '政策参数',
    meta: (year: number) => `${year} 年度 · 修改只在本次会话有效`,
    edited: '已修改（本次会话）',
    apply: '应用修改并重新计算',
    reset: '恢复文件值',
    download: '下载 policy.json',
    refused: (n: number) => `修改未应用：有 ${n} 处不符合要求，见标红的字段。`,
    inherit: (w: LevelWords) => `沿用${w.whole}默认`,
  },
  {
    title: 'Policy',
    meta: (year: number) => `${year} · changes last for this session only`,
    edited: 'Edited (this session)',
    apply: 'Apply and recompute',
    reset: 'Back to the file',
    download: 'Download policy.json',
    refused: (n: number) => `Changes not applied: ${n} value${n === 1 ? ' does' : 's do'} not meet the rules; see the fields marked in red.`,
    inherit: () => 'Provincial default',
  },
);

interface PolicyPageProps extends PageProps {
  edited: boolean;
  onApply: (file: PolicyFile) => void;
  onReset: () => void;
}

/** A file the browser saves; nothing goes over the network. */
function download(file: PolicyFile): void {
  const blob = new Blob([policyJsonText(file)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = 'policy.json';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function testIdOf(field: PolicyField): string {
  return field.role === 'coverage-target' ? 'policy-coverage-target' : 'policy-field';
}

export function PolicyPage({ analysis, tree, policyFile, words, updating, edited, onApply, onReset }: PolicyPageProps) {
  const lang = useLang();
  const t = TEXT[lang];
  const year = yearOf(analysis.quarter);
  const cities = useMemo(() => (tree.root ? tree.childrenOf(tree.root.code).filter((r) => r.level === 'city') : []), [tree]);
  const withoutCounties = useMemo(() => new Set(cities.filter((c) => !tree.childrenOf(c.code).some((r) => r.level === 'county')).map((c) => c.code)), [cities, tree]);
  const fields = useMemo(() => policyFields(resolvePolicy(policyFile, year), cities, words, lang, withoutCounties), [policyFile, year, cities, words, lang, withoutCounties]);
  const idBase = useId();
  const [drafts, setDrafts] = useState<Drafts>({});
  const [issues, setIssues] = useState<Record<string, Label[]>>({});
  const [general, setGeneral] = useState<Label[]>([]);
  const dirty = fields.some((f) => drafts[f.path] !== undefined && drafts[f.path]?.trim() !== f.value);

  const apply = () => {
    const result = applyDrafts(policyFile, year, fields, drafts);
    if (!result.ok) {
      setIssues(result.issues);
      setGeneral(result.general);
      return;
    }
    setIssues({});
    setGeneral([]);
    setDrafts({});
    onApply(result.file);
  };
  const reset = () => {
    setDrafts({});
    setIssues({});
    setGeneral([]);
    onReset();
  };

  const groups = [...new Set(fields.map((f) => f.group))];
  const refused = Object.keys(issues).length + general.length > 0;

  return (
    <main className="dashboard page" data-testid="page-policy" data-edited={String(edited)} aria-busy={updating}>
      <PageTitle title={t.title} meta={t.meta(year)} updating={updating}>
        <div className="toolbar-actions">
          {edited && (
            <span className="policy-edited" data-testid="policy-edited-marker">
              {t.edited}
            </span>
          )}
          <button type="button" className="button" data-testid="policy-apply" onClick={apply} disabled={!dirty}>
            {t.apply}
          </button>
          <button type="button" className="button light" data-testid="policy-reset" onClick={reset}>
            {t.reset}
          </button>
          <button type="button" className="button light" data-testid="policy-download" onClick={() => download(policyFile)}>
            {t.download}
          </button>
        </div>
      </PageTitle>
      {refused && (
        <div className="card error" role="alert" data-testid="policy-refused">
          {t.refused(Object.values(issues).flat().length + general.length)}
          {/* Each refused value by its field's name, so the reader knows which one without scrolling. */}
          {fields
            .filter((f) => (issues[f.path] ?? []).length > 0)
            .map((f) => (
              <p key={f.path} data-testid="policy-refused-field" data-path={f.path}>
                {lang === 'zh' ? `${f.label}：` : `${f.label}: `}
                {(issues[f.path] ?? []).map((i) => i[lang]).join(lang === 'zh' ? '；' : '; ')}
              </p>
            ))}
          {general.map((g) => (
            <p key={g.en} data-testid="policy-error" data-path="">
              {g[lang]}
            </p>
          ))}
        </div>
      )}
      <div className="grid">
        {groups.map((group) => (
          <section key={group} className="card span-6 policy-group" aria-label={group}>
            <header className="card-header">
              <h2>{group}</h2>
            </header>
            <div className="policy-fields">
              {fields
                .filter((f) => f.group === group)
                .map((field) => {
                  if (field.kind === 'note') {
                    return (
                      <p key={field.path} className="policy-field policy-note" data-testid="policy-note" data-path={field.path}>
                        <span>{field.label}</span>
                        <span>{field.value}</span>
                      </p>
                    );
                  }
                  const value = drafts[field.path] ?? field.value;
                  const fieldIssues = issues[field.path] ?? [];
                  const changed = value.trim() !== field.value;
                  const onChange = (text: string) => setDrafts((d) => ({ ...d, [field.path]: text }));
                  // The input is named by its label alone and described by its refusals (inside the label too).
                  const id = `${idBase}-${field.path}`;
                  const errorIds = fieldIssues.map((_, i) => `${id}-error-${i}`);
                  return (
                    <label key={field.path} className={`policy-field ${changed ? 'changed' : ''}`}>
                      <span id={`${id}-label`}>{field.label}</span>
                      {field.kind === 'basis' ? (
                        <select data-testid={testIdOf(field)} data-path={field.path} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
                          {field.path.startsWith('sharing.cities.') && <option value="">{t.inherit(words)}</option>}
                          {Object.entries(BASIS_LABEL).map(([k, label]) => (
                            <option key={k} value={k}>
                              {label[lang]}
                            </option>
                          ))}
                        </select>
                      ) : (
                        <input
                          data-testid={testIdOf(field)}
                          data-path={field.path}
                          value={value}
                          placeholder={field.placeholder}
                          inputMode="decimal"
                          aria-labelledby={`${id}-label`}
                          aria-invalid={fieldIssues.length > 0}
                          aria-describedby={errorIds.length > 0 ? errorIds.join(' ') : undefined}
                          onChange={(e) => onChange(e.currentTarget.value)}
                        />
                      )}
                      {fieldIssues.map((issue, i) => (
                        <span key={issue.zh} id={errorIds[i]} className="field-error" data-testid="policy-error" data-path={field.path}>
                          {issue[lang]}
                        </span>
                      ))}
                    </label>
                  );
                })}
            </div>
          </section>
        ))}
      </div>
    </main>
  );
}
