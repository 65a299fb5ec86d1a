// A problem's sentences as the page and the command line say them: tests read
// what a user reads, and the problems themselves hold only codes and values.
import type { Lang } from '../../src/domain/lang';
import { expectedText, problemText, type Problem } from '../../src/engine/ingest/problems';

/** What is wrong, in `lang` (Chinese unless told). */
export function said(p: Problem | undefined, lang: Lang = 'zh'): string | undefined {
  return p && problemText(p, lang);
}

/** What was expected, in `lang`. */
export function wanted(p: Problem | undefined, lang: Lang = 'zh'): string | undefined {
  return p && expectedText(p, lang);
}
