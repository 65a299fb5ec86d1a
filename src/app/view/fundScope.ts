// Which fund a page's figures are of. The header's fund choice drives the
// pages about one fund (overview, gap sharing, stress test); a page that lists
// both funds (alerts with their own fund filter, reconciliation) or is about
// medical assistance alone (factor allocation, subsidy) does not follow it, and
// the header says so in place of the choice: a 居民医保 selected above a list
// of both funds' alerts read as a filter that was not applied.
import { texts, type Lang } from '../../domain/lang';
import type { PageId } from './route';

const SCOPE = texts(
  { both: '本页含两项基金', assistance: '本页为医疗救助资金' },
  { both: 'This page covers both funds', assistance: 'This page covers medical assistance funds' },
);

const NOT_FOLLOWING: Partial<Record<PageId, 'both' | 'assistance'>> = {
  alerts: 'both',
  reconciliation: 'both',
  allocation: 'assistance',
};

/** What the header says in place of its fund choice on `page`, or null where the page follows the choice. */
export function fundScopeNote(page: PageId, lang: Lang): string | null {
  const scope = NOT_FOLLOWING[page];
  return scope === undefined ? null : SCOPE[lang][scope];
}
