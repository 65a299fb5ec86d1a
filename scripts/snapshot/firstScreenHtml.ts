// The built-in dataset's first screen as HTML (src/app/prerender.tsx),
// rendered while the app builds, under Node through a Vite server of its
// own (plugin.ts); index.html carries it.
import { prerenderFirstScreen } from '../../src/app/prerender';

/** What the page's first render reads of the window: an address with no view and no language, nothing stored (Chinese). */
const FIRST_VISIT = { location: { search: '', pathname: '/', hash: '' }, localStorage: { getItem: (): null => null } };

export function firstScreenHtml(): string {
  const g = globalThis as { window?: unknown };
  const had = 'window' in g;
  const before = g.window;
  g.window = FIRST_VISIT;
  try {
    return prerenderFirstScreen();
  } finally {
    if (had) g.window = before;
    else delete g.window;
  }
}
