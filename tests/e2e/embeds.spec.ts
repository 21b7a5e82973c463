/**
 * The embeds in Chromium, as a newsroom uses them: every `/embed/<id>/` inside a host page on a
 * different origin (`localhost` on another port, answered by the test itself; the embeds stay on
 * the preview server), fitted by each of the three resizers a host may run: the real pym.js parent
 * library (from npm), a Datawrapper-style listener (Datawrapper's own responsive-embed code) and
 * our parent script. At 320, 640 and 960 px wide every iframe ends at its content's height, with
 * no scroll bar. Then: our parent script ignores a message from another frame and a height that
 * is not a sane number; each embed shows its graphic without JavaScript; `?theme=` forces a
 * theme; an embed's first load stays within its budget and MapLibre waits for the button.
 *
 * One test per resizer loops over the widths and the embeds, so the suite stays quick.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { Frame, Page } from '@playwright/test';
import { axeViolations, formatAxeViolations } from '../support/axe';
import { formatKb, KB, servedSize } from '../support/bytes';
import { expect, test } from '../support/fixtures';
import { contextOptionsFor, liveMapRequests, recordFirstLoad } from '../support/first-load';
import { LAPTOP, PHONE } from '../support/measured-pages';
import { basePath, distDir, distFileOf, listFiles, localPathOfDistFile, requireBuilt } from '../support/site';

requireBuilt();

// Playwright's trace recorder lays out and fetches what a reader's browser would not: the byte
// budgets below measure a reader's load, so no trace in this file.
test.use({ trace: 'off' });

/**
 * The host pages: a tiny server of the test's own on another port (another origin than the
 * preview server's), started for this file. It must be a real server on the loopback address:
 * Chromium blocks a page it takes for public (a name, or a response the test makes up) from
 * framing a loopback address.
 */
const hostPages = new Map<string, { type: string; body: string }>();
let HOST = '';
let server: Server | undefined;

test.beforeAll(async () => {
  hostPages.set('/pym.v1.min.js', { type: 'text/javascript', body: pymSource });
  hostPages.set('/evil.html', { type: 'text/html', body: '<!doctype html><title>Elsewhere</title>' });
  server = createServer((request, response) => {
    const page = hostPages.get(new URL(request.url ?? '/', 'http://x').pathname);
    response.writeHead(page ? 200 : 404, { 'Content-Type': page?.type ?? 'text/plain' });
    response.end(page?.body ?? 'not found');
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  HOST = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

test.afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));
/** Widths the issue names. */
const WIDTHS = [320, 640, 960] as const;
/** How far (CSS px) an iframe's height may differ from its content's: rounding, nothing more. */
const TOLERANCE = 1;
/** Budgets, as in tests/dist/embeds.test.ts, for what the browser really downloads. */
const BUDGET = { chart: 30 * KB, map: 60 * KB } as const;

const require = createRequire(import.meta.url);
const pymSource = readFileSync(require.resolve('pym.js/dist/pym.v1.min.js'), 'utf8');

/** Every built embed, by id (its folder under dist/embed/). */
const embedIds = listFiles(`${distDir}/embed`, ['.html'])
  .map((file) => localPathOfDistFile(file).slice(`${basePath}embed/`.length).replace(/\/$/, ''))
  .sort();
const isMap = (id: string) => id.startsWith('map-');

/** The Datawrapper responsive embed's listener, as Datawrapper ships it (chart-core `embed.js`). */
const DATAWRAPPER_LISTENER = `window.addEventListener('message', function (event) {
  if (typeof event.data['datawrapper-height'] !== 'undefined') {
    var iframes = document.querySelectorAll('iframe');
    for (var chartId in event.data['datawrapper-height'])
      for (var i = 0; i < iframes.length; i++)
        if (iframes[i].contentWindow === event.source)
          iframes[i].style.height = event.data['datawrapper-height'][chartId] + 'px';
  }
});`;

type Resizer = 'pym' | 'datawrapper' | 'parent';

/** A host page holding `ids`, with `resizer`; every iframe starts at a wrong height (100 px). */
function hostPage(resizer: Resizer, ids: readonly string[], embedOrigin: string, extra = ''): string {
  const url = (id: string) => `${embedOrigin}${basePath}embed/${id}/`;
  const frames = ids
    .map((id) =>
      resizer === 'pym'
        ? `<div id="pym-${id}" data-pym-src="${url(id)}"></div>`
        : `<iframe id="datawrapper-chart-${id}" title="${id}" src="${url(id)}" width="100%" height="100" scrolling="auto"></iframe>`,
    )
    .join('\n');
  const script =
    resizer === 'pym'
      ? '<script src="/pym.v1.min.js"></script>'
      : resizer === 'datawrapper'
        ? `<script>${DATAWRAPPER_LISTENER}</script>`
        : `<script async src="${embedOrigin}${basePath}embed/parent.js"></script>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Host page</title><style>body{margin:0;padding:0 8px}iframe{display:block;width:100%;border:0;margin:0 0 24px}</style></head>
<body><h1>A newsroom's article</h1>${frames}${extra}${script}
<script>window.__messages=[];window.addEventListener('message',function(e){window.__messages.push(e.data)});</script>
</body></html>`;
}

/**
 * Puts a host page on the host server at `path`, and lets this page reach the host server (the
 * off-site guard of `support/fixtures` blocks every origin but the preview server's).
 */
async function serveHost(page: Page, path: string, html: string): Promise<string> {
  hostPages.set(path, { type: 'text/html', body: html });
  await page.route(`${HOST}/**`, (route) => route.continue());
  return `${HOST}${path}`;
}

/** The embed frame of graphic `id` on the host page. */
function frameOf(page: Page, id: string): Frame {
  const frame = page.frames().find((f) => f.url().includes(`/embed/${id}/`));
  if (!frame) throw new Error(`no frame for ${id}`);
  return frame;
}

/** How an embed sits in its iframe: heights of the iframe and of the content, and any overflow. */
async function fit(page: Page, id: string) {
  const iframe = await page.evaluate((i) => {
    const el = [...document.querySelectorAll('iframe')].find((f) => f.src.includes(`/embed/${i}/`));
    return el ? el.getBoundingClientRect().height : -1;
  }, id);
  const inside = await frameOf(page, id).evaluate(() => ({
    content: document.documentElement.getBoundingClientRect().height,
    scrollHeight: document.documentElement.scrollHeight,
    scrollWidth: document.documentElement.scrollWidth,
    innerHeight: window.innerHeight,
    innerWidth: window.innerWidth,
  }));
  return { iframe, ...inside };
}

/** Waits until every embed's iframe is as tall as its content, with nothing to scroll. */
async function expectAllFitted(page: Page, ids: readonly string[], where: string): Promise<void> {
  for (const id of ids) {
    await expect
      .poll(
        async () => {
          const f = await fit(page, id);
          return (
            Math.abs(f.iframe - f.content) <= TOLERANCE &&
            f.scrollHeight <= f.innerHeight + TOLERANCE &&
            f.scrollWidth <= f.innerWidth
          );
        },
        {
          message: `${where}: ${id} does not fit its iframe: ${JSON.stringify(await fit(page, id).catch(() => ({})))}`,
          timeout: 15_000,
        },
      )
      .toBe(true);
  }
}

for (const resizer of ['pym', 'datawrapper', 'parent'] as const) {
  test(`every embed fits its iframe on another origin at 320, 640 and 960 px, resized by ${resizer}`, async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    const origin = new URL(baseURL ?? '').origin;
    const article = await serveHost(page, `/article-${resizer}.html`, hostPage(resizer, embedIds, origin));
    await page.setViewportSize({ width: WIDTHS[0], height: 900 });
    await page.goto(article);
    await expect.poll(() => page.frames().filter((f) => f.url().includes('/embed/')).length).toBe(embedIds.length);
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      await expectAllFitted(page, embedIds, `${resizer} at ${width} px`);
    }
    // Every format arrived from the embeds (pym's only where pym framed them).
    const messages = await page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages);
    const has = (test: (m: unknown) => boolean) => messages.some(test);
    expect(
      has((m) => typeof m === 'object' && m !== null && 'datawrapper-height' in m),
      'datawrapper-height',
    ).toBe(true);
    expect(
      has((m) => JSON.stringify(m).includes('"sentinel":"amp"')),
      'AMP embed-size',
    ).toBe(true);
    expect(
      has((m) => typeof m === 'string' && m.includes('"context":"iframe.resize"')),
      'Embedly iframe.resize',
    ).toBe(true);
    expect(
      has((m) => typeof m === 'string' && m.startsWith('pymxPYMx')),
      'pym height',
    ).toBe(resizer === 'pym');
  });
}

test('our parent script ignores messages from other frames and heights that are not sane numbers', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? '').origin;
  const id = embedIds.find((i) => !isMap(i)) ?? embedIds[0]!;
  const extra =
    `<iframe id="evil" title="another site" src="${HOST}/evil.html" height="100"></iframe>` +
    `<iframe id="ours-not-embed" title="not an embed" src="${origin}${basePath}about/" height="100"></iframe>` +
    // Every height the embed's iframe takes, in order.
    `<script>window.__heights=[];new MutationObserver(function(){var f=document.getElementById('datawrapper-chart-${id}');` +
    `window.__heights.push(f.style.height)}).observe(document.getElementById('datawrapper-chart-${id}'),{attributes:true});</script>`;
  await page.goto(await serveHost(page, '/article-rules.html', hostPage('parent', [id], origin, extra)));
  await expectAllFitted(page, [id], 'parent script');
  const settled = (await fit(page, id)).iframe;

  const heights = () => page.evaluate(() => (window as unknown as { __heights: string[] }).__heights);
  const frameHeight = (frameId: string) =>
    page.evaluate((f) => document.getElementById(f)?.style.height ?? '', frameId);
  const post = (frame: Frame, height: unknown) =>
    frame.evaluate(
      ([key, h]) => window.parent.postMessage({ 'datawrapper-height': { [key as string]: h } }, '*'),
      [id, height],
    );

  // Another site's frame, and a page of our own site that is not an embed, claim the embed's id.
  const evil = page.frames().find((f) => f.url().startsWith(`${HOST}/evil`))!;
  const about = page.frames().find((f) => f.url().includes('/about/'))!;
  await post(evil, 1234);
  await post(about, 1234);
  // The embed itself sends heights that are not finite numbers in range.
  const embed = frameOf(page, id);
  for (const bad of ['900', '900px', null, Number.NaN, Number.POSITIVE_INFINITY, -5, 10, 50_000])
    await post(embed, bad);
  await page.waitForTimeout(300);
  expect(await heights(), 'heights the embed iframe took').not.toContain('1234px');
  for (const bad of ['900px', 'NaNpx', 'Infinitypx', '-5px', '10px', '50000px'])
    expect(await heights()).not.toContain(bad);
  expect(await frameHeight('evil'), 'the other site’s frame').toBe('');
  expect(await frameHeight('ours-not-embed'), 'our non-embed page').toBe('');
  expect(Math.abs((await fit(page, id)).iframe - settled)).toBeLessThanOrEqual(TOLERANCE);

  // The same channel with a sane number does resize: the checks above can fail.
  await post(embed, 777);
  await expect.poll(heights).toContain('777px');
});

test('each embed shows its graphic without JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 640, height: 900 },
    baseURL,
  });
  const page = await context.newPage();
  for (const id of embedIds) {
    await page.goto(`${basePath}embed/${id}/`);
    const drawing = page.locator('[data-graphic] svg[role="img"]:visible').first();
    await expect(drawing, `${id}: no drawing shown`).toBeVisible();
    const box = await drawing.boundingBox();
    expect(box?.width ?? 0, id).toBeGreaterThan(280);
    expect(box?.height ?? 0, id).toBeGreaterThan(100);
    await expect(page.locator('h1'), id).toHaveCount(1);
    if (isMap(id)) {
      const basemap = page.locator('.map-basemap:visible').first();
      await basemap.scrollIntoViewIfNeeded();
      await expect
        .poll(() => basemap.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), id)
        .toBe(true);
      await expect(page.locator('[data-live-row]'), `${id}: the live-map button needs JavaScript`).toBeHidden();
    }
  }
  await context.close();
});

test('?theme=dark and ?theme=light force the theme whatever the reader’s setting', async ({ browser, baseURL }) => {
  const colours = { light: ['rgb(251, 250, 247)', 'rgb(29, 28, 26)'], dark: ['rgb(21, 21, 20)', 'rgb(236, 235, 230)'] };
  for (const scheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme: scheme, baseURL });
    const page = await context.newPage();
    for (const id of [embedIds.find((i) => !isMap(i))!, embedIds.find(isMap)!]) {
      for (const [query, expected] of [
        ['?theme=dark', 'dark'],
        ['?theme=light', 'light'],
        ['', scheme],
        ['?theme=auto', scheme],
      ] as const) {
        await page.goto(`${basePath}embed/${id}/${query}`);
        const where = `${id}${query} with a ${scheme} system`;
        const [paper, ink] = colours[expected];
        expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), where).toBe(paper);
        expect(await page.locator('h1').evaluate((h) => getComputedStyle(h).color), `${where}: headline`).toBe(ink);
      }
    }
    await context.close();
  }
});

test('embeds pass axe (WCAG 2.2 A/AA), in both themes: a chart, the overview map and a route map', async ({ page }) => {
  // Every chart embed is drawn by the same components, every map embed too: one of each kind of
  // page, rather than all of them (the gallery's own axe run covers the page around them).
  const sample = [
    embedIds.find((i) => !isMap(i))!,
    'map-overview',
    embedIds.find((i) => isMap(i) && i !== 'map-overview')!,
  ];
  await page.setViewportSize({ width: 640, height: 900 });
  for (const id of sample) {
    for (const theme of ['light', 'dark']) {
      await page.goto(`${basePath}embed/${id}/?theme=${theme}`, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const violations = await axeViolations(page);
      expect(
        violations.map((v) => v.id),
        `${id} (${theme}):\n${formatAxeViolations(violations)}`,
      ).toEqual([]);
    }
  }
});

test('a graphic’s page shows its embed code without JavaScript, and Copy puts it on the clipboard', async ({
  browser,
  baseURL,
}) => {
  const id = embedIds.find((i) => !isMap(i))!;
  const noJs = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const plain = await noJs.newPage();
  await plain.goto(`${basePath}charts/${id}/`);
  const code = plain.locator(`#${id}-code-responsive`);
  await expect(code).toBeVisible();
  await expect(code).toContainText(`/embed/${id}/`);
  await expect(plain.getByRole('button', { name: /Copy the embed code/ })).toHaveCount(0);
  await noJs.close();

  const context = await browser.newContext({ baseURL });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  await page.goto(`${basePath}charts/${id}/`);
  await page.getByRole('button', { name: 'Copy the embed code: Responsive iframe' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied.' })).toHaveCount(1);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await page.locator(`#${id}-code-responsive`).innerText());
  expect(copied).toMatch(
    /^<iframe src="[^"]+\/embed\/[\w-]+\/"[^>]*><\/iframe>\n<script async src="[^"]+\/embed\/parent\.js"/,
  );
  await context.close();
});

for (const kind of ['chart', 'map'] as const) {
  for (const screen of [PHONE, LAPTOP]) {
    test.describe(`a ${kind} embed at ${screen.name}`, () => {
      test.use(contextOptionsFor(screen));

      test(`downloads at most ${formatKb(BUDGET[kind])} kB before any interaction, and MapLibre only on request`, async ({
        page,
        baseURL,
      }) => {
        const id = embedIds.find((i) => isMap(i) === (kind === 'map'))!;
        const origin = new URL(baseURL ?? '').origin;
        const requests = await recordFirstLoad(page, `${basePath}embed/${id}/`, { settleMs: 800 });
        const weighed = requests
          .filter((r) => new URL(r.url).origin === origin)
          .map((r) => ({ url: r.url, bytes: servedSize(distFileOf(new URL(r.url).pathname) ?? '') }));
        const total = weighed.reduce((sum, r) => sum + r.bytes, 0);
        console.info(`${id} at ${screen.name}: ${formatKb(total)} kB gzip before any interaction`);
        expect(
          liveMapRequests(requests).map((r) => r.url),
          'MapLibre or live-map data before the reader asked',
        ).toEqual([]);
        expect(total, weighed.map((r) => `${formatKb(r.bytes)} ${r.url}`).join('\n')).toBeLessThanOrEqual(BUDGET[kind]);
        if (kind === 'map') {
          // The reader asks: MapLibre loads and the live map replaces the picture (or, without
          // WebGL, a note says why not).
          const maplibre = page.waitForRequest((r) => /maplibre-gl/.test(r.url()));
          await page.getByRole('button', { name: 'Explore the live map' }).click();
          await maplibre;
          await expect(page.locator('[data-live-map][data-live="ready"]')).toHaveCount(1, { timeout: 30_000 });
        }
      });
    });
  }
}
