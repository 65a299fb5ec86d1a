// The page's list of problems shows a file's name as the terminal does: a
// right-to-left override (or another control character) in it written out,
// never acting on the rest of the line.
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ProblemsPanel } from '../../../src/app/components/ProblemsPanel';
import { LangProvider } from '../../../src/app/i18n/LangProvider';
import { message } from '../../../src/domain/messages/codes';
import { explain, type Problem } from '../../../src/engine/ingest/problems';

describe('the list of problems', () => {
  beforeAll(() => vi.stubGlobal('window', { location: { search: '' }, localStorage: { getItem: () => null } }));
  afterAll(() => vi.unstubAllGlobals());

  it('writes out a right-to-left override and an escape in a file name', () => {
    const problem: Problem = {
      file: 'regions\u202ecsv.txt',
      row: null,
      column: null,
      ...explain(message('file.not_in_contract'), message('file.contract_expected', { tables: ['regions'], policyFile: 'policy.json' })),
      severity: 'warning',
    };
    const html = renderToStaticMarkup(
      <LangProvider>
        <ProblemsPanel problems={[problem, { ...problem, file: 'a\u001b[2Jb.csv' }]} keptName={null} onClose={() => undefined} />
      </LangProvider>,
    );
    expect(html.includes('\u202e') || html.includes('\u001b')).toBe(false);
    expect(html).toContain('regions\\u202ecsv.txt · 不是数据契约中的文件，已忽略');
    expect(html).toContain('a\\u001b[2Jb.csv · ');
  });
});
