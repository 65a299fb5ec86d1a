// One Chromium for the whole run: globalSetup starts Debian's browser once
// (launching it per file cost ~1 s each and kept a second copy in memory),
// and every test file connects to it and opens its own context, which is as
// fresh as a new profile (no cookies, storage or cache shared between files).
import { chromium, type BrowserServer } from 'playwright-core';

// Debian's browser and the flags it needs here, as the bench launches it.
import { ARGS, CHROMIUM } from '../../scripts/bench/chromium';

export { ARGS, CHROMIUM };

export function launchChromiumServer(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: CHROMIUM, headless: true, args: ARGS });
}
