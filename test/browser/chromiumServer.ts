// One Chromium for the whole run: globalSetup starts Debian's browser once
// (launching it per file cost ~1 s each and kept a second copy in memory),
// and every test file connects to it and opens its own context, which is as
// fresh as a new profile (no cookies, storage or cache shared between files).
import { chromium, type BrowserServer } from 'playwright-core';

// Debian's browser and the flags it needs here, as the bench launches it.
import { ARGS, CHROMIUM } from '../../scripts/bench/chromium';

export { ARGS, CHROMIUM };

/**
 * The tests' browser compiles WebAssembly with V8's baseline compiler only
 * (Liftoff): the same semantics, but no second, optimising compile of
 * DuckDB's hot code in the background of every page. A test page lives a few
 * seconds, so that compile never paid for itself: measured on the browser
 * files, 14% less CPU (README, Testing). The bench keeps Chromium's defaults.
 */
export const TEST_ARGS = [...ARGS, '--js-flags=--liftoff-only'];

export function launchChromiumServer(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: CHROMIUM, headless: true, args: TEST_ARGS });
}
