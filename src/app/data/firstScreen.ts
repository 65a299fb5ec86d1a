// The build-time snapshot, revived once when the page starts (a few ms:
// one JSON.parse), so the first screen needs neither the engine nor a fetch.
import text from 'virtual:fundwatch-snapshot';
import { reviveSnapshot } from './snapshot';

export const FIRST_SCREEN = reviveSnapshot(text);
