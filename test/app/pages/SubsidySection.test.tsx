// 居民医保财政补助分担 of a region with no insured persons loaded: the rule
// still names the policy's standard (670.00 元, not "—"), and there is no
// export of a table that is not there.
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SubsidySection } from '../../../src/app/pages/SubsidySection';
import { LangProvider } from '../../../src/app/i18n/LangProvider';
import { buildRegionTree } from '../../../src/app/view/regionTree';
import { DEFAULT_POLICY_FILE, resolvePolicy } from '../../../src/domain/policy/policy';
import { datasetLevelWords } from '../../../src/domain/levelWords';
import type { Analysis, Region } from '../../../src/domain/types';

const regions: Region[] = [
  { code: '430000', name: '湖南省', level: 'province', parentCode: null, tier: null },
  { code: '430400', name: '衡阳市', level: 'city', parentCode: '430000', tier: 3 },
  { code: '430405', name: '珠晖区', level: 'county', parentCode: '430400', tier: 3 },
];
const policy = resolvePolicy(DEFAULT_POLICY_FILE, 2024);
const analysis = { quarter: '2024Q4', regions, policy, subsidySplit: [], subsidyDemand: [] } as unknown as Analysis;

const splitCard = (): string => {
  const html = renderToStaticMarkup(
    <LangProvider>
      <SubsidySection analysis={analysis} tree={buildRegionTree(regions)} regionCode="430400" words={datasetLevelWords(regions)} />
    </LangProvider>,
  );
  return /data-testid="subsidy-split"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
};

describe('补助测算 without insured persons', () => {
  beforeAll(() => vi.stubGlobal('window', { location: { search: '' }, localStorage: { getItem: () => null } }));
  afterAll(() => vi.unstubAllGlobals());

  it('states the policy standard and offers no export', () => {
    const html = splitCard();
    expect(policy.financing.fiscal_subsidy_per_capita).toBe('670');
    expect(html).toContain('人均财政补助 670.00 元 × 参保人数');
    expect(html).toContain('没有居民参保人数');
    expect(html).not.toContain('导出 CSV');
  });
});
