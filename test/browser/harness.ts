// One Chromium for the run (started by globalSetup, see chromiumServer.ts),
// one context per test file, one fresh page per test. Guards fail the test
// on: a request to any origin but the local server, an uncaught page error,
// or any dialog (an alert() from injected HTML). A failing test keeps a
// screenshot and the page's text (failureArtefacts.ts) and names them.
import { basename } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Download, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from 'vitest';
import { saveFailureArtefacts } from './failureArtefacts';
import { appendRequestLog, foreignRequests, isLocalRequest } from './requestLog';

export { ARGS, CHROMIUM } from './chromiumServer';
/** Engine start plus first queries; DESIGN.md measured ~2.2 s on 2 cores, leave room for a loaded CI box. */
export const APP_TIMEOUT = 90_000;

/** What every test context is: a desktop window, Chinese, the time zone of the data. */
export const CONTEXT_OPTIONS: BrowserContextOptions = {
  viewport: { width: 1440, height: 900 },
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
};

/** The run's shared Chromium (globalSetup launched it); disconnect when done, never close it. */
export function connectChromium(): Promise<Browser> {
  return chromium.connect(inject('chromiumEndpoint'));
}

export interface BrowserSession {
  baseUrl: string;
  context: BrowserContext;
  /** Every request URL of this file, in order. */
  requests: string[];
  pageErrors: string[];
  dialogs: string[];
  cspViolations: string[];
  consoleErrors: string[];
  /** A fresh page at `baseUrl + path` (path like `?q=2024Q4&r=150900`). */
  open(path?: string): Promise<Page>;
  /**
   * Another browser context, as fresh as a new profile (what "open the link in
   * another browser" needs), under the same guards; closed after the test.
   */
  freshContext(options?: BrowserContextOptions): Promise<BrowserContext>;
}

const CLEAN = { foreignRequests: [], pageErrors: [], dialogs: [], cspViolations: [] };

/** Every page reports what its Content-Security-Policy refused (the built app must need nothing it refuses). */
const REPORT_CSP_VIOLATIONS = (): void => {
  document.addEventListener('securitypolicyviolation', (e) => {
    console.error(`[csp] ${e.effectiveDirective} refused ${e.blockedURI || '(inline)'} in ${e.sourceFile}:${e.lineNumber}`);
  });
};

interface Marks {
  requests: number;
  pageErrors: number;
  dialogs: number;
  cspViolations: number;
}

/**
 * Call once at the top of a test file; returns the session getter.
 * `name` labels the file's request log (defaults to a random id).
 */
export function setupBrowser(name = `file-${process.pid}-${Date.now()}`): () => BrowserSession {
  let session: BrowserSession | undefined;
  let marks: Marks = { requests: 0, pageErrors: 0, dialogs: 0, cspViolations: 0 };
  const pagesOfTest: Page[] = [];

  let browserConnection: Browser | undefined;
  const contextsOfTest: BrowserContext[] = [];

  beforeAll(async () => {
    const baseUrl = inject('baseUrl');
    browserConnection = await connectChromium();
    const connected = browserConnection;
    const guard = async (context: BrowserContext): Promise<void> => {
      context.on('request', (req) => s.requests.push(req.url()));
      await context.addInitScript(REPORT_CSP_VIOLATIONS);
      // Logged above, then stopped here so nothing actually leaves the machine.
      await context.route(
        (url) => !isLocalRequest(url.href, baseUrl),
        (route) => route.abort('blockedbyclient'),
      );
      context.pages().forEach(watch);
      context.on('page', watch);
    };
    const watch = (page: Page): void => {
      pagesOfTest.push(page);
      page.on('pageerror', (err) => s.pageErrors.push(`${page.url()}: ${err.message}`));
      page.on('console', (msg) => {
        if (msg.type() !== 'error') return;
        if (msg.text().startsWith('[csp] ')) s.cspViolations.push(`${page.url()}: ${msg.text()}`);
        else s.consoleErrors.push(msg.text());
      });
      page.on('dialog', (dialog) => {
        s.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
        void dialog.dismiss().catch(() => undefined);
      });
    };
    const context = await connected.newContext(CONTEXT_OPTIONS);
    const s: BrowserSession = {
      baseUrl,
      context,
      requests: [],
      pageErrors: [],
      dialogs: [],
      cspViolations: [],
      consoleErrors: [],
      async open(path = '') {
        const page = await context.newPage();
        await page.goto(new URL(path, baseUrl).href);
        return page;
      },
      async freshContext(options = {}) {
        const fresh = await connected.newContext({ ...CONTEXT_OPTIONS, ...options });
        contextsOfTest.push(fresh);
        await guard(fresh);
        return fresh;
      },
    };
    await guard(context);
    session = s;
  }, APP_TIMEOUT);

  beforeEach(() => {
    if (!session) return;
    marks = {
      requests: session.requests.length,
      pageErrors: session.pageErrors.length,
      dialogs: session.dialogs.length,
      cspViolations: session.cspViolations.length,
    };
  });

  afterEach(async (ctx) => {
    const pages = pagesOfTest.splice(0);
    const failed = ctx.task.result?.state === 'fail' && pages.length > 0;
    const artefacts = failed ? await saveFailureArtefacts(ctx.task.file.name, ctx.task.name, pages) : '';
    await Promise.all(pages.map((p) => p.close().catch(() => undefined)));
    await Promise.all(contextsOfTest.splice(0).map((c) => c.close().catch(() => undefined)));
    if (failed) throw new Error(artefacts);
    if (!session) return;
    const s = session;
    expect(
      {
        foreignRequests: foreignRequests(s.requests.slice(marks.requests), s.baseUrl),
        pageErrors: s.pageErrors.slice(marks.pageErrors),
        dialogs: s.dialogs.slice(marks.dialogs),
        cspViolations: s.cspViolations.slice(marks.cspViolations),
      },
      `guards of this test (console errors: ${JSON.stringify(s.consoleErrors)})`,
    ).toEqual(CLEAN);
  });

  afterAll(async () => {
    if (!session) return;
    const s = session;
    await s.context.close();
    await browserConnection?.close();
    await appendRequestLog(inject('requestLogDir'), basename(name), s.requests);
    expect(
      { foreignRequests: foreignRequests(s.requests, s.baseUrl), pageErrors: s.pageErrors, dialogs: s.dialogs, cspViolations: s.cspViolations },
      'guards of the whole file',
    ).toEqual(CLEAN);
  }, APP_TIMEOUT);

  return () => {
    if (!session) throw new Error('browser session is not started (setupBrowser must run at file top level)');
    return session;
  };
}

/** A download's bytes (read through Playwright's connection: the shared Chromium's files are not ours to open by path). */
export async function downloadBytes(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

/** A download as UTF-8 text. */
export async function downloadText(download: Download): Promise<string> {
  return (await downloadBytes(download)).toString('utf8');
}
