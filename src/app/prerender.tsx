// The first screen rendered ahead of time: the build (scripts/snapshot)
// renders the page's first render of the built-in dataset's overview to
// HTML under Node, with the charts' build-time pictures, and index.html
// carries it — the numbers are on screen as soon as the HTML is, before
// any script has run. The page's own render takes it over (main.tsx).
import { renderToString } from 'react-dom/server';
import { createQueryClient } from './data/queryClient';
import { FIRST_SCREEN_WIDTH } from '../charts/prerendered';
import { Root } from './Root';

export function prerenderFirstScreen(): string {
  return renderToString(<Root queryClient={createQueryClient()} prerenderWidth={FIRST_SCREEN_WIDTH} />);
}
