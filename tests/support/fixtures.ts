/**
 * Playwright fixtures for the browser tests on the built site. Import `test` and `expect` from
 * here instead of from @playwright/test: every test then runs with
 * - `offsiteGuard`: every request (and WebSocket) to an origin other than the local preview
 *   server is blocked before it leaves the machine, and recorded;
 * - `browserErrors`: console errors and warnings, uncaught page errors and failed (4xx/5xx)
 *   sub-resources are recorded.
 * Both are automatic; a test asserts on them (see `expectCleanLoad`), so a test that wants to
 * trigger them on purpose (the guard's own test) still can.
 */
import { test as base, expect, type Page, type Response } from '@playwright/test';

/** A request the guard stopped. */
export interface BlockedRequest {
  /** The URL that was requested. */
  readonly url: string;
  /** Playwright's resource type: `image`, `fetch`, `script`, `websocket`… */
  readonly resourceType: string;
  /** The URL of the frame that made the request, when known. */
  readonly from: string;
}

/** What the external-request guard saw during one test. */
export interface OffsiteGuard {
  /** The only origin requests may go to, e.g. `http://127.0.0.1:4321`. */
  readonly localOrigin: string;
  /** Every request to another origin, in order. They were all aborted. */
  readonly blocked: readonly BlockedRequest[];
}

/**
 * A `console.error` or `console.warn` message, or an error or warning the browser itself logged
 * to the console (a blocked script, a deprecated API, a WebGL problem).
 */
export interface ConsoleError {
  /** `error` or `warning`. */
  readonly type: 'error' | 'warning';
  readonly text: string;
  /** The URL of the script or document that logged it ('' when unknown). */
  readonly url: string;
  /** 1-based line in `url`. */
  readonly line: number;
}

/** What went wrong in the browser during one test. */
export interface BrowserErrors {
  /** Console errors and warnings, in order. */
  readonly console: readonly ConsoleError[];
  /** Uncaught exceptions and unhandled rejections, with their stacks. */
  readonly page: readonly string[];
  /** Sub-resources (not page navigations) answered with status 400 or more: `404 http://…/x.js`. */
  readonly failedResources: readonly string[];
  /** URLs of page navigations answered with status 400 or more (the 404 page's own URL). */
  readonly failedNavigations: readonly string[];
}

/**
 * Whether a URL may be loaded: `data:` and `blob:` URLs, and URLs on `localOrigin`. Everything
 * else, including the public SITE_URL, is "another origin": the built site must only use
 * relative URLs or its own server.
 */
export function isLocalUrl(url: string, localOrigin: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:')) return true;
  try {
    const parsed = new URL(url);
    const origin =
      parsed.protocol === 'ws:' || parsed.protocol === 'wss:' ? parsed.origin.replace(/^ws/, 'http') : parsed.origin;
    return origin === localOrigin;
  } catch {
    return false;
  }
}

export const test = base.extend<{ offsiteGuard: OffsiteGuard; browserErrors: BrowserErrors }>({
  offsiteGuard: [
    async ({ context, baseURL }, use) => {
      if (!baseURL)
        throw new Error('baseURL is not set: the guard needs to know the local origin (see playwright.config.ts)');
      const localOrigin = new URL(baseURL).origin;
      const blocked: BlockedRequest[] = [];
      await context.route('**/*', async (route) => {
        const request = route.request();
        if (isLocalUrl(request.url(), localOrigin)) {
          await route.fallback();
          return;
        }
        let from = '';
        try {
          from = request.frame().url();
        } catch {
          // Service-worker requests have no frame.
        }
        blocked.push({ url: request.url(), resourceType: request.resourceType(), from });
        await route.abort('blockedbyclient');
      });
      await context.routeWebSocket(
        () => true,
        (socket) => {
          if (isLocalUrl(socket.url(), localOrigin)) {
            socket.connectToServer();
            return;
          }
          blocked.push({ url: socket.url(), resourceType: 'websocket', from: '' });
          void socket.close({ code: 1008, reason: 'blocked by the test guard' });
        },
      );
      await use({ localOrigin, blocked });
    },
    { auto: true },
  ],

  browserErrors: [
    async ({ context }, use) => {
      const consoleErrors: ConsoleError[] = [];
      const pageErrors: string[] = [];
      const failedResources: string[] = [];
      const failedNavigations: string[] = [];
      context.on('console', (message) => {
        const type = message.type();
        if (type !== 'error' && type !== 'warning') return;
        const { url, lineNumber } = message.location();
        consoleErrors.push({ type, text: message.text(), url, line: lineNumber + 1 });
      });
      context.on('weberror', (webError) => {
        const error = webError.error();
        pageErrors.push(
          error.stack?.includes(error.message)
            ? error.stack
            : `${error.name}: ${error.message}\n${error.stack ?? ''}`.trim(),
        );
      });
      context.on('response', (response: Response) => {
        if (response.status() < 400) return;
        if (response.request().isNavigationRequest()) failedNavigations.push(response.url());
        else failedResources.push(`${response.status()} ${response.url()}`);
      });
      await use({ console: consoleErrors, page: pageErrors, failedResources, failedNavigations });
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Opens `path` (BASE_PATH included), waits for `load`, then scrolls through the whole page and
 * back so that lazy parts (scroll-driven steps, maps and charts started by IntersectionObserver)
 * load too, and finally waits until the network has been idle for 500 ms (at most 10 s; a page
 * that keeps polling gets an annotation, not a failure). Returns the main response.
 */
export async function visitAndScroll(page: Page, path: string): Promise<Response | null> {
  const response = await page.goto(path, { waitUntil: 'load' });
  await scrollThrough(page, path);
  return response;
}

/**
 * Scrolls the page already open to the bottom in steps of 80% of the viewport and back to the
 * top, then waits (up to 10 s, noted as a warning when it is not) for the network to go idle, so
 * that everything loaded on scroll has loaded. `path` only names the page in the warning.
 */
export async function scrollThrough(page: Page, path: string): Promise<void> {
  await page.evaluate(async () => {
    const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
    const step = Math.max(200, Math.floor(window.innerHeight * 0.8));
    for (let y = 0, steps = 0; y < document.documentElement.scrollHeight && steps < 100; y += step, steps++) {
      window.scrollTo({ top: y, behavior: 'instant' });
      await pause(50);
    }
    window.scrollTo({ top: 0, behavior: 'instant' });
    await pause(50);
  });
  try {
    await page.waitForLoadState('networkidle', { timeout: 10_000 });
  } catch {
    test
      .info()
      .annotations.push({ type: 'warning', description: `${path}: the network was still busy 10 s after scrolling` });
  }
}

/**
 * The console errors and warnings worth failing a test for, as `warning: text (at url:line)`
 * (errors without the prefix). Leaves out the
 * "Failed to load resource" line Chromium logs for a page whose own document answered 4xx/5xx
 * (the 404 page): its status is asserted on its own.
 */
export function unexpectedConsoleErrors(errors: BrowserErrors): string[] {
  return errors.console
    .filter(
      (error) => !(error.text.startsWith('Failed to load resource') && errors.failedNavigations.includes(error.url)),
    )
    .map((error) => {
      const text = error.type === 'warning' ? `warning: ${error.text}` : error.text;
      return error.url ? `${text} (at ${error.url}:${error.line})` : text;
    });
}

/**
 * Asserts (softly, so every problem is reported at once) that nothing went wrong while the test
 * ran: no console error or warning, no page error, no failed sub-resource and no blocked request. Every
 * message names `where` (the page path).
 */
export function expectCleanLoad(where: string, guard: OffsiteGuard, errors: BrowserErrors): void {
  expect.soft(errors.page, `${where}: uncaught errors in the page`).toEqual([]);
  expect.soft(unexpectedConsoleErrors(errors), `${where}: console errors and warnings`).toEqual([]);
  expect.soft(errors.failedResources, `${where}: sub-resources that failed to load`).toEqual([]);
  expect.soft(guard.blocked, `${where}: requests to other origins (blocked)`).toEqual([]);
}
