// One Chromium for the whole run: globalSetup starts Debian's browser once
// (launching it per file cost ~1 s each and kept a second copy in memory),
// and every test file connects to it and opens its own context, which is as
// fresh as a new profile (no cookies, storage or cache shared between files).
import { chromium, type BrowserServer } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromiumServer(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: CHROMIUM, headless: true, args: ARGS });
}
