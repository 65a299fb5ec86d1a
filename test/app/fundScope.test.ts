// The header's fund choice on pages that do not follow it: alerts and
// reconciliation list both funds, allocation is medical assistance alone; the
// header says so instead of a 居民医保 that filters nothing.
import { describe, expect, it } from 'vitest';
import { fundScopeNote } from '../../src/app/view/fundScope';
import { PAGES } from '../../src/app/view/route';

describe('fundScopeNote', () => {
  it('names what the page covers where it does not follow the fund choice, in both languages', () => {
    expect(fundScopeNote('alerts', 'zh')).toBe('本页含两项基金');
    expect(fundScopeNote('reconciliation', 'en')).toBe('This page covers both funds');
    expect(fundScopeNote('allocation', 'zh')).toBe('本页为医疗救助资金');
  });

  it('says nothing elsewhere: the pages the fund choice drives, and those with no fund figures', () => {
    const following = PAGES.filter((p) => fundScopeNote(p, 'zh') === null);
    expect(following).toEqual(['overview', 'sharing', 'stress', 'policy', 'data', 'revisions', 'report']);
  });
});
