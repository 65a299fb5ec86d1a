// One Chromium per test file (Debian's /usr/bin/chromium through
// playwright-core; a browser is never downloaded), one fresh page per test.
// Guards fail the test on: a request to any origin but the local server,
// an uncaught page error, or any dialog (an alert() from injected HTML).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from 'vitest';
import { appendRequestLog, foreignRequests, isLocalRequest } from './requestLog';

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
/** Engine start plus first queries; DESIGN.md measured ~2.2 s on 2 cores, leave room for a loaded CI box. */
export const APP_TIMEOUT = 90_000;

export interface BrowserSession {
  baseUrl: string;
  context: BrowserContext;
  /** Every request URL of this file, in order. */
  requests: string[];
  pageErrors: string[];
  dialogs: string[];
  consoleErrors: string[];
  /** A fresh page at `baseUrl + path` (path like `?q=2024Q4&r=150900`). */
  open(path?: string): Promise<Page>;
}

const CLEAN = { foreignRequests: [], pageErrors: [], dialogs: [] };

interface Marks {
  requests: number;
  pageErrors: number;
  dialogs: number;
}

/**
 * Call once at the top of a test file; returns the session getter.
 * `name` labels the file's request log (defaults to a random id).
 */
export function setupBrowser(name = `file-${process.pid}-${Date.now()}`): () => BrowserSession {
  let session: BrowserSession | undefined;
  let profileDir = '';
  let marks: Marks = { requests: 0, pageErrors: 0, dialogs: 0 };
  const pagesOfTest: Page[] = [];

  beforeAll(async () => {
    const baseUrl = inject('baseUrl');
    profileDir = await mkdtemp(join(tmpdir(), 'fundwatch-chromium-'));
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: { width: 1440, height: 900 },
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
    const s: BrowserSession = {
      baseUrl,
      context,
      requests: [],
      pageErrors: [],
      dialogs: [],
      consoleErrors: [],
      async open(path = '') {
        const page = await context.newPage();
        pagesOfTest.push(page);
        await page.goto(new URL(path, baseUrl).href);
        return page;
      },
    };
    context.on('request', (req) => s.requests.push(req.url()));
    // Logged above, then stopped here so nothing actually leaves the machine.
    await context.route(
      (url) => !isLocalRequest(url.href, baseUrl),
      (route) => route.abort('blockedbyclient'),
    );
    const watch = (page: Page): void => {
      page.on('pageerror', (err) => s.pageErrors.push(`${page.url()}: ${err.message}`));
      page.on('console', (msg) => {
        if (msg.type() === 'error') s.consoleErrors.push(msg.text());
      });
      page.on('dialog', (dialog) => {
        s.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
        void dialog.dismiss().catch(() => undefined);
      });
    };
    context.pages().forEach(watch);
    context.on('page', watch);
    session = s;
  }, APP_TIMEOUT);

  beforeEach(() => {
    if (!session) return;
    marks = {
      requests: session.requests.length,
      pageErrors: session.pageErrors.length,
      dialogs: session.dialogs.length,
    };
  });

  afterEach(async () => {
    const pages = pagesOfTest.splice(0);
    await Promise.all(pages.map((p) => p.close().catch(() => undefined)));
    if (!session) return;
    const s = session;
    expect(
      {
        foreignRequests: foreignRequests(s.requests.slice(marks.requests), s.baseUrl),
        pageErrors: s.pageErrors.slice(marks.pageErrors),
        dialogs: s.dialogs.slice(marks.dialogs),
      },
      `guards of this test (console errors: ${JSON.stringify(s.consoleErrors)})`,
    ).toEqual(CLEAN);
  });

  afterAll(async () => {
    if (!session) return;
    const s = session;
    await s.context.close();
    await rm(profileDir, { recursive: true, force: true });
    await appendRequestLog(inject('requestLogDir'), basename(name), s.requests);
    expect(
      { foreignRequests: foreignRequests(s.requests, s.baseUrl), pageErrors: s.pageErrors, dialogs: s.dialogs },
      'guards of the whole file',
    ).toEqual(CLEAN);
  }, APP_TIMEOUT);

  return () => {
    if (!session) throw new Error('browser session is not started (setupBrowser must run at file top level)');
    return session;
  };
}
