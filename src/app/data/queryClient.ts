// The page's one query client, its cache seeded with the first screen.
import { QueryClient } from '@tanstack/react-query';
import { FIRST_SCREEN } from './firstScreen';
import { seedFirstScreen } from './seedFirstScreen';

export function createQueryClient(): QueryClient {
  const client = new QueryClient({
    defaultOptions: { queries: { refetchOnWindowFocus: false, refetchOnReconnect: false } },
  });
  seedFirstScreen(client, FIRST_SCREEN);
  return client;
}
