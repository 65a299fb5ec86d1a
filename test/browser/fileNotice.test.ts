// Found by stop 33's presenter walk: the built folder opened from disk
// (index.html double-clicked, file://) showed the first screen unstyled, the
// logo filling the window and "正在启动分析引擎…" forever — a browser runs no
// module script of a file:// page. public/file-notice.js says why and how to
// open it; served over http it does nothing.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { APP_TIMEOUT, connectChromium, CONTEXT_OPTIONS } from './harness';

describe('the build opened from disk', () => {
  it('says, in Chinese and English, that it needs a web server and how to start one; served, the dashboard shows no such notice', async () => {
    const browser = await connectChromium();
    const context = await browser.newContext(CONTEXT_OPTIONS);
    try {
      const page = await context.newPage();
      await page.goto(pathToFileURL(join(inject('distDir'), 'index.html')).href);
      const notice = page.getByTestId('file-notice');
      await notice.waitFor({ timeout: APP_TIMEOUT });
      const text = await notice.innerText();
      expect(text).toContain('FundWatch 需要通过网页服务器打开');
      expect(text).toContain('python3 -m http.server 8080');
      expect(text).toContain('Opened from disk (file://), the browser does not run FundWatch: serve this folder as above.');
      // The stuck start screen is gone: the notice is the page.
      expect(await page.locator('[data-testid="dashboard"]').count()).toBe(0);

      const served = await context.newPage();
      await served.goto(inject('baseUrl'));
      await served.locator('[data-testid="dashboard"]').first().waitFor({ timeout: APP_TIMEOUT });
      expect(await served.getByTestId('file-notice').count()).toBe(0);
    } finally {
      await context.close();
      await browser.close();
    }
  });
});
