/**
 * Self-checks of the browser test harness, so that a green run means something: the server
 * serves the built dist/, the external-request guard really catches requests to other origins,
 * and the error recorder really records errors.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../support/fixtures';
import { basePath, distDir, requireBuilt } from '../support/site';

test.describe('the test harness', () => {
  test('serves the built dist/index.html, not a dev server', async ({ request }) => {
    requireBuilt();
    const response = await request.get(basePath);
    expect(response.status(), `GET ${basePath}`).toBe(200);
    const served = await response.text();
    expect(
      served,
      'the server injects the Vite dev client: is `astro dev` running on this port? Stop it or set E2E_PORT',
    ).not.toContain('/@vite/client');
    expect(
      served === readFileSync(join(distDir, 'index.html'), 'utf8'),
      `GET ${basePath} differs from dist/index.html: rebuild, or stop the stale server on this port`,
    ).toBe(true);
  });

  test.describe('with the pages’ content security policy set aside', () => {
    // The pages' policy stops these requests before they reach the network; the guard must
    // catch them on its own, for a page whose policy someone loosens.
    test.use({ bypassCSP: true });

    test('blocks and records an injected image, fetch and WebSocket to other origins, and nothing else', async ({
      page,
      offsiteGuard,
    }) => {
      await page.goto(basePath, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle');
      expect(offsiteGuard.blocked, `${basePath} itself requested other origins`).toEqual([]);

      const fetchOutcome = await page.evaluate(async () => {
        const image = document.createElement('img');
        image.alt = '';
        image.src = 'https://example.com/x.png';
        document.body.append(image);
        new WebSocket('wss://example.net/socket');
        return fetch('https://example.org/').then(
          () => 'resolved',
          () => 'rejected',
        );
      });

      expect(fetchOutcome, 'a fetch to another origin must fail in the browser tests').toBe('rejected');
      await expect
        .poll(() => offsiteGuard.blocked.map((request) => request.url).sort())
        .toEqual(['https://example.com/x.png', 'https://example.org/', 'wss://example.net/socket']);
      expect(offsiteGuard.blocked.map((request) => request.resourceType).sort()).toEqual([
        'fetch',
        'image',
        'websocket',
      ]);
    });
  });

  test('records console errors and uncaught page errors', async ({ page, browserErrors }) => {
    await page.goto(basePath, { waitUntil: 'load' });
    expect(browserErrors.console, 'console errors before the test injected any').toEqual([]);
    expect(browserErrors.page, 'page errors before the test injected any').toEqual([]);

    await page.evaluate(() => {
      console.error('harness self-check: console');
      setTimeout(() => {
        throw new Error('harness self-check: uncaught');
      });
    });

    await expect.poll(() => browserErrors.page.length).toBe(1);
    expect(browserErrors.page[0]).toContain('harness self-check: uncaught');
    expect(browserErrors.console.map((error) => error.text)).toContain('harness self-check: console');
  });
});
