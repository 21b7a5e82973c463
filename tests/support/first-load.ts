/**
 * What a page downloads before the reader does anything: open it in Playwright's Chromium, no
 * scrolling, no pointer, no key, wait until the network has been idle and a little longer, and
 * record every request with the bytes that crossed the wire. Shared by the byte budget test in
 * tests/e2e and by `npm run bench`.
 *
 * Bytes come from Playwright's `request.sizes()`, which reads Chromium's DevTools `Network`
 * events (`encodedDataLength`: compressed body plus headers) for every target. A DevTools
 * session of our own on the page would see the same figures for the page's requests but miss
 * those of its workers (MapLibre's worker fetches the basemaps). Chromium reports no body size
 * for a worker's own script: its Content-Length is used instead.
 */
import type { BrowserContextOptions, Page, Request } from '@playwright/test';
import { isBasemapUrl, isMapLibreUrl, kindOf, type ResourceKind } from './bytes.ts';
import type { Screen } from './measured-pages.ts';

/** One request the page made before any interaction. */
export interface LoadedRequest {
  /** The URL requested (a redirect is a request of its own). */
  readonly url: string;
  readonly kind: ResourceKind;
  /** HTTP status (0 if no response arrived). */
  readonly status: number;
  /** Bytes received for it: compressed body plus response headers (0 if it failed). */
  readonly encodedBytes: number;
  /** Chromium's error text if it failed (e.g. `net::ERR_ABORTED`), else undefined. */
  readonly failed?: string | undefined;
}

/** Options for {@link recordFirstLoad}. */
export interface FirstLoadOptions {
  /** How long to wait once the network is idle, for late timers and observers. Default 1500 ms. */
  readonly settleMs?: number;
  /** Longest wait for network idle, then for requests still running. Default 15 s each. */
  readonly timeoutMs?: number;
}

/** Playwright context options for a screen: viewport, and for a phone touch and a DPR of 3. */
export function contextOptionsFor(screen: Screen): BrowserContextOptions {
  return {
    viewport: { width: screen.width, height: screen.height },
    isMobile: screen.phone,
    hasTouch: screen.phone,
    deviceScaleFactor: screen.phone ? 3 : 1,
  };
}

/** What one finished request weighed; see the header comment for the worker script. */
async function measure(request: Request): Promise<LoadedRequest> {
  const response = await request.response();
  const sizes = await request.sizes();
  const contentLength = Number((await response?.headerValue('content-length')) ?? 0);
  const body = sizes.responseBodySize > 0 ? sizes.responseBodySize : contentLength;
  return {
    url: request.url(),
    kind: kindOf(request.url(), (await response?.headerValue('content-type')) ?? ''),
    status: response?.status() ?? 0,
    encodedBytes: body + sizes.responseHeadersSize,
  };
}

/**
 * Opens `url` in `page` (use a fresh context, so that nothing is cached), waits for `load`, then
 * until the network has been idle for 500 ms, then `settleMs`, then until no request is still
 * running, and returns every http(s) request of the page and its workers so far, in the order
 * they started. Never scrolls, clicks or moves the pointer.
 */
export async function recordFirstLoad(
  page: Page,
  url: string,
  options: FirstLoadOptions = {},
): Promise<LoadedRequest[]> {
  const settleMs = options.settleMs ?? 1500;
  const timeoutMs = options.timeoutMs ?? 15_000;
  const context = page.context();
  const started: Request[] = [];
  const results = new Map<Request, Promise<LoadedRequest>>();
  const onRequest = (request: Request): void => {
    if (/^https?:/.test(request.url())) started.push(request);
  };
  const onFinished = (request: Request): void => {
    results.set(request, measure(request));
  };
  const onFailed = (request: Request): void => {
    const failed = request.failure()?.errorText ?? 'failed';
    results.set(
      request,
      Promise.resolve({ url: request.url(), kind: kindOf(request.url()), status: 0, encodedBytes: 0, failed }),
    );
  };
  context.on('request', onRequest);
  context.on('requestfinished', onFinished);
  context.on('requestfailed', onFailed);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: timeoutMs * 2 });
    await page.waitForLoadState('networkidle', { timeout: timeoutMs }).catch(() => undefined);
    await page.waitForTimeout(settleMs);
    const deadline = Date.now() + timeoutMs;
    while (started.some((request) => !results.has(request)) && Date.now() < deadline) {
      await page.waitForTimeout(100);
    }
  } finally {
    context.off('request', onRequest);
    context.off('requestfinished', onFinished);
    context.off('requestfailed', onFailed);
  }
  return Promise.all(
    started.map(
      (request) =>
        results.get(request) ??
        Promise.resolve({
          url: request.url(),
          kind: kindOf(request.url()),
          status: 0,
          encodedBytes: 0,
          failed: 'still running when measured',
        }),
    ),
  );
}

/** The requests among `requests` that the live map needs: MapLibre's JS, worker or CSS, or a basemap. */
export function liveMapRequests(requests: readonly LoadedRequest[]): LoadedRequest[] {
  return requests.filter((request) => isMapLibreUrl(request.url) || isBasemapUrl(request.url));
}
