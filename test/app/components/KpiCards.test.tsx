// The coverage card of a region whose recipients are all zero (every county 0/0):
// the data are there, the rate cannot be computed; "no data" would say the opposite.
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { KpiCards } from '../../../src/app/components/KpiCards';
import { LangProvider } from '../../../src/app/i18n/LangProvider';
import { DEFAULT_POLICY_FILE, resolvePolicy } from '../../../src/domain/policy/policy';
import type { CoverageRow } from '../../../src/domain/types';

const policy = resolvePolicy(DEFAULT_POLICY_FILE, 2024);
const card = (coverage: CoverageRow | undefined): string =>
  renderToStaticMarkup(
    <LangProvider>
      <KpiCards coverage={coverage} status={undefined} policy={policy} alertCounts={{ red: 0, orange: 0, yellow: 0, blue: 0 }} alertScope="" fundLabel="" />
    </LangProvider>,
  );
const coverageCard = (html: string): string => /data-testid="kpi-coverage"[\s\S]*?<\/section>|data-testid="kpi-coverage"[\s\S]*?<\/div>/.exec(html)?.[0] ?? '';

describe('the coverage KPI card', () => {
  beforeAll(() => vi.stubGlobal('window', { location: { search: '' }, localStorage: { getItem: () => null } }));
  afterAll(() => vi.unstubAllGlobals());

  it('0 recipients: 无法计算 with 0 / 0, not 无数据', () => {
    const html = coverageCard(card({ regionCode: '150100', level: 'city', category: null, recipients: 0, enrolled: 0, rate: null }));
    expect(html).toContain('无法计算');
    expect(html).not.toContain('无数据');
    expect(html).toContain('已参保 0 / 0 人');
  });

  it('no enrollment rows at all: 无数据', () => {
    expect(coverageCard(card(undefined))).toContain('无数据');
  });
});
