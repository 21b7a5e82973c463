/**
 * The explore page (`/map/`), in Chromium on the built site (the account pages' maps are tested
 * in accounts.spec.ts). Content comes from CONTENT_DIR (default `content/`): build and test with the same.
 *
 * The live map's documented test hooks: `data-live="ready"` on `[data-explore-map]` once it has
 * drawn (`"failed"` when it could not start) and `window.__exploreMap`, the MapLibre `Map`.
 */
import { resolve } from 'node:path';
import type { Page, Request } from '@playwright/test';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { axeViolations, formatAxeViolations } from '../support/axe';
import { expect, expectCleanLoad, test } from '../support/fixtures';
import { basePath, repoRoot } from '../support/site';
import { loadContentOrThrow } from '../../src/lib/content';

declare global {
  interface Window {
    __exploreMap?: MapLibreMap;
  }
}

const content = loadContentOrThrow(resolve(repoRoot, process.env.CONTENT_DIR ?? 'content'));
const places = new Map(content.places.map((e) => [e.id, e.data]));
const routes = new Map(content.routes.map((e) => [e.id, e.data]));
const mapPath = `${basePath}map/`;
const LIVE = '[data-explore-map][data-live="ready"]';
const PLACE_LAYERS = ['places', 'places-highlight'];

/** Whether a request is for one of MapLibre's files (module, worker or stylesheet). */
const isMapLibre = (request: Request) => /maplibre-gl/i.test(request.url());

/**
 * Reaches for the map as a reader would (the pointer rests on it), which turns the static map
 * into the live one.
 */
async function reachForMap(page: Page): Promise<void> {
  await page.locator('[data-explore-map]').hover();
}

/** Reaches for the map, then waits until it has drawn and is not moving or loading. */
async function liveMapIdle(page: Page): Promise<void> {
  await reachForMap(page);
  await page.locator(LIVE).waitFor({ timeout: 30_000 });
  await page.waitForFunction(() => {
    const map = window.__exploreMap;
    return !!map && map.loaded() && !map.isMoving() && map.areTilesLoaded();
  });
  // The canvas fades in over the static map; until the fade ends its controls are half
  // transparent (axe would measure the attribution's contrast mid-fade).
  await page.waitForFunction(() => {
    const live = document.querySelector('.live-map');
    return !!live && getComputedStyle(live).opacity === '1';
  });
}

/** Ids of the places the explore map draws right now. */
async function renderedPlaceIds(page: Page): Promise<string[]> {
  await liveMapIdle(page);
  // Data updates reach the renderer on the next frames.
  await page.waitForTimeout(300);
  return page.evaluate((layers) => {
    const map = window.__exploreMap;
    if (!map) return [];
    const ids = map.queryRenderedFeatures({ layers }).map((f) => String(f.properties['id']));
    return [...new Set(ids)].sort();
  }, PLACE_LAYERS);
}

async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(
    violations.map((v) => v.id),
    `${where}:\n${formatAxeViolations(violations)}`,
  ).toEqual([]);
}

test.describe('/map/', () => {
  test('loads cleanly with the static map; the live map loads only when the reader reaches for it', async ({
    page,
    offsiteGuard,
    browserErrors,
  }) => {
    const mapLibreRequests: string[] = [];
    page.on('request', (request) => {
      if (isMapLibre(request) || /\/data\/basemap-/.test(request.url())) mapLibreRequests.push(request.url());
    });
    await page.goto(mapPath, { waitUntil: 'networkidle' });
    await expect(page.locator('[data-static-map] svg').first()).toBeVisible();
    await page.waitForTimeout(1000);
    expect(mapLibreRequests, 'MapLibre or a basemap requested before the reader reached for the map').toEqual([]);
    await expect(page.locator('[data-explore-map]')).not.toHaveAttribute('data-live');
    await liveMapIdle(page);
    expect(mapLibreRequests.length).toBeGreaterThan(0);
    await expect(page.locator('.live-map canvas')).toBeVisible();
    await expect(page.locator('.live-map canvas')).toHaveAttribute('aria-label', /map/i);
    const box = await page.locator('[data-explore-map]').boundingBox();
    const canvas = await page.locator('.live-map canvas').boundingBox();
    expect(canvas?.height, 'the live map fills the static map’s box').toBeCloseTo(box?.height ?? 0, 0);
    expectCleanLoad(mapPath, offsiteGuard, browserErrors);
  });

  test('a keyboard reader tabs to the map, which turns live and takes the focus; arrows pan, + zooms', async ({
    page,
  }) => {
    await page.goto(mapPath);
    const box = page.locator('[data-explore-map]');
    await expect(box).toHaveAttribute('tabindex', '0');
    await box.focus();
    await page.locator(LIVE).waitFor({ timeout: 30_000 });
    await expect(page.locator('.live-map canvas')).toBeFocused();
    await expect(box).not.toHaveAttribute('tabindex');
    await liveMapIdle(page);
    const view = () =>
      page.evaluate(() => ({ lng: window.__exploreMap!.getCenter().lng, zoom: window.__exploreMap!.getZoom() }));
    const before = await view();
    await page.locator('.live-map canvas').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await view()).lng).toBeGreaterThan(before.lng + 0.5);
    await page.keyboard.press('Equal');
    await expect.poll(async () => (await view()).zoom).toBeGreaterThan(before.zoom + 0.5);
  });

  test('has no WCAG 2.2 A/AA violations, with the live map and with a place panel open', async ({ page }) => {
    await page.goto(mapPath);
    await liveMapIdle(page);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await expectNoAxeViolations(page, mapPath);
    const first = content.places[0];
    if (!first) return;
    await page.goto(`${mapPath}#${first.id}`);
    await liveMapIdle(page);
    await expectNoAxeViolations(page, `${mapPath}#${first.id}`);
  });

  test('lists every place and route of the content in its tables', async ({ page }) => {
    await page.goto(mapPath);
    const placeIds = await page
      .locator('tr[data-place]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-place')));
    expect(placeIds.sort()).toEqual([...places.keys()].sort());
    const routeIds = await page
      .locator('tr[data-route]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-route')));
    expect(routeIds.sort()).toEqual([...routes.keys()].sort());
    // Every place row names its place, links to its panel and cites its sources.
    for (const [id, place] of places) {
      const row = page.locator(`tr[data-place="${id}"]`);
      await expect(row.locator('th a')).toHaveText(place.name);
      await expect(row.locator('th a')).toHaveAttribute('href', `#${id}`);
      if (place.local) await expect(row.locator(`[lang="${place.local.lang}"]`)).toHaveText(place.local.name);
      await expect(row.locator('a[href*="/sources/#source-"]')).toHaveCount(place.sources.length);
    }
  });

  test('filters reduce the table rows and hide the filtered-out places on the map', async ({ page }) => {
    test.slow(); // many map redraws in SwiftShader
    await page.goto(mapPath);
    const before = await renderedPlaceIds(page);
    expect(before.length, 'the overview draws every place').toBe(places.size);

    // Keep one country: the one with the fewest places.
    const counts = new Map<string, number>();
    for (const place of places.values()) counts.set(place.country, (counts.get(place.country) ?? 0) + 1);
    const [country] = [...counts].sort((a, b) => a[1] - b[1])[0] ?? ['', 0];
    const expected = [...places]
      .filter(([, p]) => p.country === country)
      .map(([id]) => id)
      .sort();
    const form = page.locator('#explore-filters');
    for (const box of await form.locator('input[name="country"]').all()) {
      if ((await box.getAttribute('value')) !== country) await box.uncheck();
    }
    await expect(page.locator('tr[data-place]:visible')).toHaveCount(expected.length);
    await expect(form.locator('[data-filter-summary]')).toContainText(`${expected.length} of ${places.size} places`);
    await expect.poll(() => renderedPlaceIds(page)).toEqual(expected);

    // A kind filter with nothing ticked hides every place.
    for (const box of await form.locator('input[name="kind"]').all()) await box.uncheck();
    await expect(page.locator('tr[data-place]:visible')).toHaveCount(0);
    await expect.poll(() => renderedPlaceIds(page)).toEqual([]);

    // "Show everything" brings them back.
    await form.getByRole('button', { name: 'Show everything' }).click();
    await expect(page.locator('tr[data-place]:visible')).toHaveCount(places.size);
    await expect.poll(() => renderedPlaceIds(page)).toEqual([...places.keys()].sort());

    // A year hides the undated routes.
    const year = await form.locator('select[name="year"] option').nth(1).getAttribute('value');
    if (year) {
      await form.locator('select[name="year"]').selectOption(year);
      for (const [id, route] of routes) {
        if (!route.period) await expect(page.locator(`tr[data-route="${id}"]`)).toBeHidden();
      }
      const visibleRoutes = await page.locator('tr[data-route]:visible').count();
      expect(visibleRoutes).toBeLessThanOrEqual(routes.size);
      expect(visibleRoutes).toBeGreaterThan(0);
    }
  });

  test('#<place-id> opens that place’s panel and centres the map on it', async ({ page }) => {
    const [id, place] = [...places].find(([, p]) => p.kind === 'compound-region') ?? [...places][0]!;
    await page.goto(`${mapPath}#${id}`);
    const panel = page.locator(`section.place-panel#${id}`);
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('heading', { level: 3 })).toContainText(place.name);
    await expect(page.locator('section.place-panel:visible')).toHaveCount(1);
    await expect(page.locator('[data-announcer]')).toContainText(place.name);
    await liveMapIdle(page);
    const center = await page.evaluate(() => window.__exploreMap?.getCenter().toArray());
    expect(center?.[0]).toBeCloseTo(place.coordinates[0], 1);
    expect(center?.[1]).toBeCloseTo(place.coordinates[1], 1);

    // Following a link in the table opens another panel (hashchange).
    const [otherId, other] = [...places].find(([key]) => key !== id)!;
    await page.locator(`tr[data-place="${otherId}"] th a`).click();
    await expect(page.locator(`section.place-panel#${otherId}`)).toBeVisible();
    await expect(panel).toBeHidden();
    await expect(page.locator('[data-announcer]')).toContainText(other.name);
    await expect
      .poll(async () => {
        await liveMapIdle(page);
        return page.evaluate(() => window.__exploreMap?.getCenter().toArray());
      })
      .toEqual([expect.closeTo(other.coordinates[0], 1), expect.closeTo(other.coordinates[1], 1)]);
  });

  test('clicking a place on the map sets the fragment and opens its panel', async ({ page }) => {
    await page.goto(mapPath);
    await liveMapIdle(page);
    // The place farthest from any other, so that the click cannot hit a neighbour.
    const target = await page.evaluate((layers) => {
      const map = window.__exploreMap!;
      const points = map.queryRenderedFeatures({ layers }).map((f) => {
        const [lon, lat] = (f.geometry as GeoJSON.Point).coordinates as [number, number];
        return { id: String(f.properties['id']), ...map.project([lon, lat]) };
      });
      const alone = (p: { x: number; y: number }) =>
        Math.min(...points.filter((q) => q !== p).map((q) => Math.hypot(q.x - p.x, q.y - p.y)));
      return points.sort((a, b) => alone(b) - alone(a))[0];
    }, PLACE_LAYERS);
    expect(target).toBeDefined();
    const canvas = await page.locator('.live-map canvas').boundingBox();
    await page.mouse.click((canvas?.x ?? 0) + target!.x, (canvas?.y ?? 0) + target!.y);
    await expect(page).toHaveURL(new RegExp(`#${target!.id}$`));
    await expect(page.locator(`section.place-panel#${target!.id}`)).toBeVisible();
  });

  test('without JavaScript: the static map, the full tables and every place section', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(mapPath);
    await expect(page.locator('[data-static-map] svg').first()).toBeVisible();
    await expect(page.locator('canvas')).toHaveCount(0);
    await expect(page.locator('tr[data-place]:visible')).toHaveCount(places.size);
    await expect(page.locator('tr[data-route]:visible')).toHaveCount(routes.size);
    await expect(page.locator('section.place-panel:visible')).toHaveCount(places.size);
    await expect(page.locator('#explore-filters')).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Explore the map');
    const [id] = [...places.keys()];
    await page.goto(`${mapPath}#${id}`);
    await expect(page.locator(`section.place-panel#${id}`)).toBeInViewport();
    await context.close();
  });

  test('without WebGL: the static map stays, nothing of MapLibre loads and the console stays clean', async ({
    page,
    offsiteGuard,
    browserErrors,
  }) => {
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        if (/webgl/i.test(type)) return null;
        return (original as (...args: unknown[]) => RenderingContext | null).call(this, type, ...rest);
      } as typeof original;
    });
    const mapLibreRequests: string[] = [];
    page.on('request', (request) => {
      if (isMapLibre(request)) mapLibreRequests.push(request.url());
    });
    await page.goto(mapPath);
    await reachForMap(page);
    await expect(page.locator('[data-explore-map][data-live="failed"]')).toHaveCount(1, { timeout: 15_000 });
    await expect(page.locator('[data-explore-map]'), 'no stand-in tab stop without a live map').not.toHaveAttribute(
      'tabindex',
    );
    await expect(page.locator('[data-static-map] svg').first()).toBeVisible();
    await expect(page.locator('.live-map')).toHaveCount(0);
    // The filters and panels still work without the live map.
    await expect(page.locator('#explore-filters')).toBeVisible();
    expect(mapLibreRequests).toEqual([]);
    expectCleanLoad(`${mapPath} without WebGL`, offsiteGuard, browserErrors);
  });
});
