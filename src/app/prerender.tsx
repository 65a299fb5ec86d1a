// The first screen rendered ahead of time: the build (scripts/snapshot)
// renders the page's first render of the built-in dataset's overview to
// HTML under Node, with the charts' build-time pictures, and index.html
// carries it — the numbers are on screen as soon as the HTML is, before
// any script has run. The page's own render replaces it (main.tsx).
import { renderToString } from 'react-dom/server';
import { createQueryClient } from './data/queryClient';
import { Root } from './Root';

/**
 * Wider than any picture: each chart shows its widest drawing, scaled to
 * its card by its viewBox until the page measures the card.
 */
const ANY_WIDTH = 100_000;

export function prerenderFirstScreen(): string {
  return renderToString(<Root queryClient={createQueryClient()} prerenderWidth={ANY_WIDTH} />);
}
