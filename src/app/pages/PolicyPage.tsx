// 政策参数: the policy of the selected year, editable for this session.
// The whole edited file is validated by the domain before anything is
// recomputed; each refusal is shown next to its field and nothing changes.
import { useMemo, useState } from 'react';
import { resolvePolicy } from '../../domain/policy';
import type { PolicyFile } from '../../domain/policyTypes';
import { yearOf } from '../../domain/quarter';
import { applyDrafts, BASIS_LABEL, policyFields, policyJsonText, type Drafts, type PolicyField } from '../view/policyForm';
import { PageTitle } from '../components/PageTitle';
import type { PageProps } from './pageProps';

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
  return field.path === 'coverage_target' ? 'policy-coverage-target' : 'policy-field';
}

export function PolicyPage({ analysis, tree, policyFile, updating, edited, onApply, onReset }: PolicyPageProps) {
  const year = yearOf(analysis.quarter);
  const cities = useMemo(() => (tree.root ? tree.childrenOf(tree.root.code).filter((r) => r.level === 'city') : []), [tree]);
  const fields = useMemo(() => policyFields(resolvePolicy(policyFile, year), cities), [policyFile, year, cities]);
  const [drafts, setDrafts] = useState<Drafts>({});
  const [issues, setIssues] = useState<Record<string, string[]>>({});
  const [general, setGeneral] = useState<string[]>([]);
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
      <PageTitle title="政策参数" meta={`${year} 年度 · 修改只在本次会话有效`} updating={updating}>
        <div className="toolbar-actions">
          {edited && (
            <span className="policy-edited" data-testid="policy-edited-marker">
              已修改（本次会话）
            </span>
          )}
          <button type="button" className="button" data-testid="policy-apply" onClick={apply} disabled={!dirty}>
            应用修改并重新计算
          </button>
          <button type="button" className="button light" data-testid="policy-reset" onClick={reset}>
            恢复文件值
          </button>
          <button type="button" className="button light" data-testid="policy-download" onClick={() => download(policyFile)}>
            下载 policy.json
          </button>
        </div>
      </PageTitle>
      {refused && (
        <div className="card error" role="alert" data-testid="policy-refused">
          修改未应用：有 {Object.values(issues).flat().length + general.length} 处不符合要求，见标红的字段。
          {general.map((g) => (
            <p key={g} data-testid="policy-error" data-path="">
              {g}
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
                  const value = drafts[field.path] ?? field.value;
                  const fieldIssues = issues[field.path] ?? [];
                  const changed = value.trim() !== field.value;
                  const onChange = (text: string) => setDrafts((d) => ({ ...d, [field.path]: text }));
                  return (
                    <label key={field.path} className={`policy-field ${changed ? 'changed' : ''}`}>
                      <span>{field.label}</span>
                      {field.kind === 'basis' ? (
                        <select data-testid={testIdOf(field)} data-path={field.path} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
                          {field.path.startsWith('sharing.cities.') && <option value="">沿用全区默认</option>}
                          {Object.entries(BASIS_LABEL).map(([k, label]) => (
                            <option key={k} value={k}>
                              {label}
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
                          aria-invalid={fieldIssues.length > 0}
                          onChange={(e) => onChange(e.currentTarget.value)}
                        />
                      )}
                      {fieldIssues.map((issue) => (
                        <span key={issue} className="field-error" data-testid="policy-error" data-path={field.path}>
                          {issue}
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
