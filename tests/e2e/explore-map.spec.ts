/**
 * The explore page (`/map/`), in Chromium on the built site (the account pages' maps are tested
 * in accounts.spec.ts). Content comes from CONTENT_DIR (default `content/`): build and test with the same.
 *
 * The live map's documented test hooks: `data-live="ready"` on `[data-explore-map]` once it has
 * drawn (`"failed"` when it could not start) and `window.__exploreMap`, the MapLibre `Map`.
 */
import { resolve } from 'node:path';
import type { Page, Request } from '@playwright/test';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { axeViolations, formatAxeViolations } from '../support/axe';
import { expect, expectCleanLoad, test } from '../support/fixtures';
import { basePath, repoRoot } from '../support/site';
import { loadContentOrThrow } from '../../src/lib/content';
import { exploreModel, REGION_COUNTRIES } from '../../src/components/explore/model';

declare global {
  interface Window {
    __exploreMap?: MapLibreMap;
  }
}

const content = loadContentOrThrow(resolve(repoRoot, process.env.CONTENT_DIR ?? 'content'));
const places = new Map(content.places.map((e) => [e.id, e.data]));
const routes = new Map(content.routes.map((e) => [e.id, e.data]));
const mapPath = `${basePath}map/`;
const model = exploreModel({ places, routes, stories: new Map(content.stories.map((e) => [e.id, e.data])) });
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
  await page.waitForFunction(
    () => {
      const map = window.__exploreMap;
      return !!map && map.loaded() && !map.isMoving() && map.areTilesLoaded();
    },
    undefined,
    { timeout: 30_000 },
  );
  // The canvas fades in over the static map; until the fade ends its controls are half
  // transparent (axe would measure the attribution's contrast mid-fade).
  await page.waitForFunction(() => {
    const live = document.querySelector('.live-map');
    return !!live && getComputedStyle(live).opacity === '1';
  });
}

/** Ids of the places in the explore map's places source now (grouped or not), and the chosen one. */
async function sourcePlaceIds(page: Page): Promise<string[]> {
  await liveMapIdle(page);
  return page.evaluate(async () => {
    const map = window.__exploreMap!;
    const ids: string[] = [];
    for (const source of ['places', 'places-focus']) {
      const data = (await (map.getSource(source) as GeoJSONSource).getData()) as GeoJSON.FeatureCollection;
      ids.push(...data.features.map((f) => String(f.properties?.['id'])));
    }
    return [...new Set(ids)].sort();
  });
}

/** A group of places as drawn: its members and its centre in page pixels. */
interface DrawnGroup {
  ids: string[];
  x: number;
  y: number;
}

/** The groups the static map on screen draws (only those of the level shown at this width). */
async function staticGroups(page: Page): Promise<DrawnGroup[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<SVGGElement>('[data-explore-map] .map-svg g.cluster')]
      .map((g) => ({ g, r: g.querySelector('circle')!.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0)
      .map(({ g, r }) => ({
        ids: (g.dataset['cluster'] ?? '').split(' ').sort(),
        x: r.x + r.width / 2,
        y: r.y + r.height / 2,
      })),
  );
}

/** The groups the live map draws, with their members (from the clustered source). */
async function liveGroups(page: Page): Promise<DrawnGroup[]> {
  return page.evaluate(async () => {
    const map = window.__exploreMap!;
    const canvas = map.getCanvas().getBoundingClientRect();
    const source = map.getSource('places') as GeoJSONSource;
    const seen = new Map<number, DrawnGroup>();
    for (const f of map.queryRenderedFeatures({ layers: ['place-clusters'] })) {
      const id = Number(f.properties['cluster_id']);
      if (seen.has(id)) continue;
      const leaves = await source.getClusterLeaves(id, Infinity, 0);
      const at = map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
      seen.set(id, {
        ids: leaves.map((l) => String(l.properties?.['id'])).sort(),
        x: canvas.x + at.x,
        y: canvas.y + at.y,
      });
    }
    return [...seen.values()];
  });
}

/** Groups well inside the map box (those at its very edge may be cut off by one map and not the other). */
async function insideBox(page: Page, groups: DrawnGroup[], margin = 16): Promise<string[]> {
  const box = (await page.locator('[data-explore-map]').boundingBox())!;
  return groups
    .filter(
      (g) =>
        g.x > box.x + margin &&
        g.x < box.x + box.width - margin &&
        g.y > box.y + margin &&
        g.y < box.y + box.height - margin,
    )
    .map((g) => g.ids.join('+'))
    .sort();
}

/**
 * Every pair of labels on the static map on screen whose boxes overlap (place names and group
 * names with each other and with country names, symbols, group circles and the controls over
 * the map), as readable strings; empty when nothing collides.
 */
async function staticLabelCollisions(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type Rect = { name: string; x0: number; y0: number; x1: number; y1: number };
    const rect = (el: Element, name: string): Rect | undefined => {
      const r = el.getBoundingClientRect();
      return r.width > 0 ? { name, x0: r.left, y0: r.top, x1: r.right, y1: r.bottom } : undefined;
    };
    const svg = [...document.querySelectorAll('[data-explore-map] .map-svg')].find(
      (s) => s.getBoundingClientRect().width > 0,
    );
    if (!svg) return ['no static map on screen'];
    // A label's box is its glyphs' (a text element's own box is the font's whole line height).
    const context = document.createElement('canvas').getContext('2d')!;
    const glyphs = (t: SVGTextElement): Rect | undefined => {
      const r = t.getBoundingClientRect();
      const matrix = t.getScreenCTM();
      if (r.width === 0 || !matrix || t.querySelectorAll('tspan').length !== 1)
        return rect(t, t.textContent?.trim() ?? '');
      const style = getComputedStyle(t);
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const text = t.textContent?.trim() ?? '';
      const m = context.measureText(text);
      const start = t.getStartPositionOfChar(0);
      const baseline = new DOMPoint(start.x, start.y).matrixTransform(matrix).y;
      const scale = matrix.d;
      return {
        name: text,
        x0: r.left,
        x1: r.right,
        y0: baseline - m.actualBoundingBoxAscent * scale,
        y1: baseline + m.actualBoundingBoxDescent * scale,
      };
    };
    const labels = [...svg.querySelectorAll<SVGTextElement>('text.label')].flatMap((t) => glyphs(t) ?? []);
    const others = [
      ...[...svg.querySelectorAll('text.country-label')].flatMap(
        (t) => rect(t, `country ${t.textContent?.trim()}`) ?? [],
      ),
      ...[...svg.querySelectorAll('g.cluster circle')].flatMap((c) => rect(c, 'a group circle') ?? []),
      ...[...svg.querySelectorAll('path.place')].flatMap(
        (p) => rect(p, `symbol ${p.getAttribute('data-place')}`) ?? [],
      ),
      ...[...document.querySelectorAll('#explore-map .inset, #explore-map .view-switch')].flatMap(
        (c) => rect(c, 'a control over the map') ?? [],
      ),
    ];
    // A pixel of slack: boxes of neighbouring glyph runs may touch.
    const hit = (a: Rect, b: Rect) =>
      Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 1 && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 1;
    const found: string[] = [];
    labels.forEach((a, i) => {
      for (const b of labels.slice(i + 1)) if (hit(a, b)) found.push(`${a.name} / ${b.name}`);
      for (const b of others) if (hit(a, b)) found.push(`${a.name} / ${b.name}`);
    });
    return found;
  });
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
    await expect(page.locator('[data-view-pane="region"] .map-svg:visible')).toBeVisible();
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
    test.slow(); // two live maps and two axe runs in SwiftShader
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
    const before = await sourcePlaceIds(page);
    expect(before.length, 'the map holds every place').toBe(places.size);

    // Keep one country: the one with the fewest places.
    const counts = new Map<string, number>();
    for (const place of places.values()) counts.set(place.country, (counts.get(place.country) ?? 0) + 1);
    const [country] = [...counts].sort((a, b) => a[1] - b[1])[0] ?? ['', 0];
    const expected = [...places]
      .filter(([, p]) => p.country === country)
      .map(([id]) => id)
      .sort();
    const form = page.locator('#explore-filters');
    await page.locator('[data-filter-toggle]').click();
    for (const box of await form.locator('input[name="country"]').all()) {
      if ((await box.getAttribute('value')) !== country) await box.uncheck();
    }
    await expect(page.locator('tr[data-place]:visible')).toHaveCount(expected.length);
    await expect(form.locator('[data-filter-summary]')).toContainText(`${expected.length} of ${places.size} places`);
    await expect(page.locator('[data-filter-bar] [data-filter-summary]')).toContainText(
      `${expected.length} of ${places.size} places`,
    );
    await expect.poll(() => sourcePlaceIds(page)).toEqual(expected);

    // A kind filter with nothing ticked hides every place.
    for (const box of await form.locator('input[name="kind"]').all()) await box.uncheck();
    await expect(page.locator('tr[data-place]:visible')).toHaveCount(0);
    await expect.poll(() => sourcePlaceIds(page)).toEqual([]);
    await expect
      .poll(() =>
        page.evaluate(
          () => window.__exploreMap!.queryRenderedFeatures({ layers: ['places', 'place-clusters'] }).length,
        ),
      )
      .toBe(0);

    // "Show everything" brings them back.
    await form.getByRole('button', { name: 'Show everything' }).click();
    await expect(page.locator('tr[data-place]:visible')).toHaveCount(places.size);
    await expect.poll(() => sourcePlaceIds(page)).toEqual([...places.keys()].sort());

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
    // The routes through the place are lit, on the static map first.
    const through = model.places
      .find((p) => p.id === id)!
      .routes.map((r) => r.id)
      .sort();
    const litStatic = await page.evaluate(() =>
      [
        ...new Set(
          [...document.querySelectorAll<SVGGElement>('.map-svg .route.is-highlight')].map((g) => g.dataset['route']),
        ),
      ].sort(),
    );
    expect(litStatic).toEqual(through);
    await liveMapIdle(page);
    const center = await page.evaluate(() => window.__exploreMap?.getCenter().toArray());
    expect(center?.[0]).toBeCloseTo(place.coordinates[0], 1);
    expect(center?.[1]).toBeCloseTo(place.coordinates[1], 1);
    // … and on the live map, where the place stands on its own even among close neighbours.
    const litLive = await page.evaluate(async () => {
      const data = (await (
        window.__exploreMap!.getSource('routes') as GeoJSONSource
      ).getData()) as GeoJSON.FeatureCollection;
      return [
        ...new Set(
          data.features.filter((f) => f.properties?.['highlight'] === true).map((f) => String(f.properties?.['id'])),
        ),
      ].sort();
    });
    expect(litLive).toEqual(through);
    const focus = await page.evaluate(() =>
      window.__exploreMap!.queryRenderedFeatures({ layers: ['places-highlight-focus'] }).map((f) => f.properties['id']),
    );
    expect(focus).toContain(id);

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

  for (const screen of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    test(`opens on the Mekong region, the static and the live map framed and grouped alike, at ${screen.width} px`, async ({
      page,
    }) => {
      test.slow();
      await page.setViewportSize(screen);
      await page.goto(mapPath);
      await expect(page.locator('[data-view-pane="region"] .map-svg:visible')).toBeVisible();
      await expect(page.locator('[data-view-pane="span"]')).toBeHidden();
      // The live map fades in over the static one, which stays underneath to compare with.
      await liveMapIdle(page);

      // Every place in the five Mekong countries is drawn inside the map, alone or in a group;
      // the far-away ones (west of 90° E) are not.
      const drawn = await page.evaluate(() => {
        const svg = [...document.querySelectorAll('[data-view-pane="region"] .map-svg')].find(
          (el) => el.getBoundingClientRect().width > 0,
        )!;
        const frame = svg.getBoundingClientRect();
        const inside = (el: Element) => {
          const r = el.getBoundingClientRect();
          const [x, y] = [r.x + r.width / 2, r.y + r.height / 2];
          return r.width > 0 && x >= frame.left && x <= frame.right && y >= frame.top && y <= frame.bottom;
        };
        const singles = [...svg.querySelectorAll('path.place')]
          .filter(inside)
          .map((el) => el.getAttribute('data-place')!);
        const grouped = [...svg.querySelectorAll<SVGGElement>('g.cluster')]
          .filter((g) => inside(g.querySelector('circle')!))
          .flatMap((g) => (g.dataset['cluster'] ?? '').split(' '));
        return { singles, grouped };
      });
      const all = [...drawn.singles, ...drawn.grouped];
      for (const place of model.places.filter((p) => REGION_COUNTRIES.includes(p.country))) {
        expect(all, `${place.id} on the opening map`).toContain(place.id);
      }
      for (const place of model.places.filter((p) => p.coordinates[0] < 90)) expect(all).not.toContain(place.id);
      expect(new Set(all).size, 'no place drawn twice').toBe(all.length);
      expect(drawn.grouped.length, 'some places are grouped at the opening zoom').toBeGreaterThan(0);

      const symbols = await page.evaluate(() =>
        [...document.querySelectorAll('[data-view-pane="region"] .map-svg path.place')].flatMap((el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0
            ? [{ id: el.getAttribute('data-place')!, x: r.x + r.width / 2, y: r.y + r.height / 2 }]
            : [];
        }),
      );
      const groups = await staticGroups(page);
      // Every group's number is its count of places.
      const numbers = await page.evaluate(() =>
        [...document.querySelectorAll<SVGGElement>('[data-view-pane="region"] .map-svg g.cluster')]
          .filter((g) => g.getBoundingClientRect().width > 0)
          .map((g) => [g.querySelector('text')?.textContent?.trim(), (g.dataset['cluster'] ?? '').split(' ').length]),
      );
      for (const [shown, count] of numbers) expect(shown).toBe(String(count));

      // The live camera frames what the static picture shows: every place sits where it did.
      const projected = await page.evaluate(
        (points) => {
          const map = window.__exploreMap!;
          const canvas = map.getCanvas().getBoundingClientRect();
          return points.map(([lon, lat]) => {
            const at = map.project([lon, lat]);
            return [canvas.x + at.x, canvas.y + at.y] as [number, number];
          });
        },
        symbols.map((s) => places.get(s.id)!.coordinates),
      );
      symbols.forEach((symbol, i) => {
        const [x, y] = projected[i]!;
        expect(Math.abs(x - symbol.x), `${symbol.id}: live and static x`).toBeLessThan(2);
        expect(Math.abs(y - symbol.y), `${symbol.id}: live and static y`).toBeLessThan(2);
      });
      // And the same places are grouped, in the same spots.
      const live = await liveGroups(page);
      expect(await insideBox(page, live)).toEqual(await insideBox(page, groups));
      for (const group of live) {
        const twin = groups.find((g) => g.ids.join() === group.ids.join());
        if (twin) {
          expect(Math.abs(twin.x - group.x)).toBeLessThan(2);
          expect(Math.abs(twin.y - group.y)).toBeLessThan(2);
        }
      }
    });
  }

  test('choosing a numbered circle zooms in until its places come apart', async ({ page }) => {
    test.slow();
    await page.goto(mapPath);
    await liveMapIdle(page);
    const groups = await liveGroups(page);
    const box = (await page.locator('[data-explore-map]').boundingBox())!;
    const target = groups
      .filter(
        (g) => g.x > box.x + 30 && g.x < box.x + box.width - 60 && g.y > box.y + 60 && g.y < box.y + box.height - 30,
      )
      .sort((a, b) => b.ids.length - a.ids.length)[0];
    expect(target, 'a group inside the map').toBeDefined();
    const before = await page.evaluate(() => window.__exploreMap!.getZoom());
    await page.mouse.click(target!.x, target!.y);
    await expect.poll(() => page.evaluate(() => window.__exploreMap!.getZoom())).toBeGreaterThan(before + 0.5);
    await liveMapIdle(page);
    await page.waitForTimeout(300);
    const after = await liveGroups(page);
    expect(
      after.map((g) => g.ids.join('+')),
      'the group came apart',
    ).not.toContain(target!.ids.join('+'));
    // Each of its places is now drawn alone or in a smaller group.
    const singles = await page.evaluate(() =>
      window.__exploreMap!.queryRenderedFeatures({ layers: ['places'] }).map((f) => String(f.properties['id'])),
    );
    for (const id of target!.ids) {
      const inGroup = after.find((g) => g.ids.includes(id));
      expect(singles.includes(id) || (inGroup !== undefined && inGroup.ids.length < target!.ids.length), id).toBe(true);
    }
  });

  test('"Show long-haul routes" frames the whole span and back, by keyboard, on the static and the live map', async ({
    page,
  }) => {
    test.slow();
    await page.goto(mapPath);
    const box = page.locator('[data-explore-map]');
    const inset = page.getByRole('link', { name: 'Show long-haul routes' });
    // The inset is reached with Tab, like any link.
    await page.locator('h1').focus();
    let reached = false;
    for (let i = 0; i < 25 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await inset.evaluate((el) => el === document.activeElement);
    }
    expect(reached, 'Tab reaches the inset').toBe(true);
    await liveMapIdle(page);
    const zoomOf = () => page.evaluate(() => window.__exploreMap!.getZoom());
    const regionZoom = await zoomOf();
    await inset.focus();
    await page.keyboard.press('Enter');
    await expect(box).toHaveAttribute('data-view', 'span');
    await expect(page.locator('[data-view-pane="span"] .map-svg:visible')).toBeVisible();
    const back = page.getByRole('link', { name: 'Back to the Mekong region' });
    await expect(back).toBeFocused();
    await expect(page.locator('[data-announcer]')).toContainText('every route');
    // The live camera flies out to the span's framing: Nairobi comes into view.
    const expected = await page.evaluate(() => {
      const el = document.querySelector<HTMLElement>('[data-explore-map]')!;
      const config = JSON.parse(el.dataset['exploreMap']!);
      const wide = matchMedia('(min-width: 48rem)').matches;
      const camera = wide || !config.span.mobileCamera ? config.span.camera : config.span.mobileCamera;
      return camera.zoom + Math.log2(el.clientWidth / (wide || !config.span.mobileCamera ? 1200 : 600));
    });
    await expect.poll(zoomOf, { timeout: 15_000 }).toBeCloseTo(expected, 1);
    expect(expected).toBeLessThan(regionZoom - 1);
    const nairobi = model.places.find((p) => p.coordinates[0] < 40);
    if (nairobi) {
      await liveMapIdle(page);
      const inView = await page.evaluate(([lon, lat]) => {
        const map = window.__exploreMap!;
        const at = map.project([lon!, lat!]);
        const c = map.getCanvas();
        return at.x > 0 && at.x < c.clientWidth && at.y > 0 && at.y < c.clientHeight;
      }, nairobi.coordinates);
      expect(inView, `${nairobi.name} in view`).toBe(true);
    }
    // And back.
    await page.keyboard.press('Enter');
    await expect(box).toHaveAttribute('data-view', 'region');
    await expect(inset).toBeFocused();
    await expect.poll(zoomOf, { timeout: 15_000 }).toBeCloseTo(regionZoom, 1);
    await expect(page.locator('[data-view-pane="region"] .map-svg:visible')).toBeVisible();
  });

  test('the filters drawer opens and closes with the button, Escape and focus handled', async ({ page }) => {
    await page.goto(mapPath);
    const toggle = page.locator('[data-filter-toggle]');
    const drawer = page.locator('#explore-filters');
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(drawer).toBeHidden();
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(drawer).toBeVisible();
    await expect(page.locator('#explore-filters-title')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(drawer.locator('input').first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(toggle).toBeFocused();
    // Beside the map it unfolds in the page, not over it.
    await toggle.click();
    expect(await drawer.evaluate((el) => getComputedStyle(el).position)).toBe('static');
    await toggle.click();
    await expect(drawer).toBeHidden();
  });

  test('on a phone the filters are a bottom sheet over the map, with a Close button', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(mapPath);
    const toggle = page.locator('[data-filter-toggle]');
    const drawer = page.locator('#explore-filters');
    await toggle.click();
    await expect(drawer).toBeVisible();
    await expect(page.locator('#explore-filters-title')).toBeFocused();
    expect(await drawer.evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
    // Once it has slid in, it sits on the bottom edge.
    await expect
      .poll(async () => Math.round(await drawer.evaluate((el) => el.getBoundingClientRect().bottom)))
      .toBe(844);
    const sheet = (await drawer.boundingBox())!;
    expect(sheet.width).toBeCloseTo(390, 0);
    expect(sheet.height).toBeLessThan(844 * 0.7);
    // The map shows above the sheet.
    await expect.poll(async () => (await page.locator('[data-explore-map]').boundingBox())!.y).toBeLessThan(sheet.y);
    await expect
      .poll(async () => (await page.locator('[data-explore-map]').boundingBox())!.y)
      .toBeGreaterThanOrEqual(-1);
    await expectNoAxeViolations(page, `${mapPath} at 390 px with the filters open`);
    await drawer.getByRole('button', { name: 'Close' }).click();
    await expect(drawer).toBeHidden();
    await expect(toggle).toBeFocused();
    await toggle.click();
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
    await expect(toggle).toBeFocused();
  });

  for (const width of [320, 390, 1280]) {
    test(`no label on the static maps overlaps another label, a symbol or a control, at ${width} px`, async ({
      browser,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } });
      const page = await context.newPage();
      for (const [view, path] of [
        ['region', mapPath],
        ['span', `${mapPath}#long-haul`],
      ] as const) {
        await page.goto(path);
        await expect(page.locator(`[data-view-pane="${view}"] .map-svg:visible`)).toBeVisible();
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        expect(await staticLabelCollisions(page), `${view} view at ${width} px`).toEqual([]);
        const labels = await page.locator(`[data-view-pane="${view}"] .map-svg text.label:visible`).count();
        expect(labels, `${view} view names places`).toBeGreaterThan(3);
      }
      await context.close();
    });
  }

  test('table captions and the map’s text alternative read as words', async ({ page }) => {
    await page.goto(mapPath);
    expect(await page.locator('#explore-places-caption').evaluate((el) => el.textContent)).toBe(
      `All ${places.size} places on the map, by country`,
    );
    expect(await page.locator('#explore-routes-caption').evaluate((el) => el.textContent)).toBe(
      `All ${routes.size} documented routes`,
    );
    // The static map's title names every group it draws.
    const title = await page.locator('[data-view-pane="region"] svg.map-svg title').first().textContent();
    expect(title).toMatch(/drawn as one circle with their number: .+ \(\d+\)/);
  });

  test('without JavaScript: the static map, the full tables and every place section', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(mapPath);
    await expect(page.locator('[data-view-pane="region"] .map-svg:visible')).toBeVisible();
    await expect(page.locator('canvas')).toHaveCount(0);
    await expect(page.locator('tr[data-place]:visible')).toHaveCount(places.size);
    await expect(page.locator('tr[data-route]:visible')).toHaveCount(routes.size);
    await expect(page.locator('section.place-panel:visible')).toHaveCount(places.size);
    await expect(page.locator('#explore-filters')).toBeHidden();
    await expect(page.locator('[data-filter-toggle]')).toBeHidden();
    await expect(page.locator('[data-place-index]')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Explore the map');
    // The long-haul view by its fragment, and back.
    await expect(page.locator('[data-view-pane="span"]')).toBeHidden();
    await page.getByRole('link', { name: 'Show long-haul routes' }).click();
    await expect(page).toHaveURL(/#long-haul$/);
    await expect(page.locator('[data-view-pane="span"] .map-svg:visible')).toBeVisible();
    await expect(page.locator('[data-view-pane="region"]')).toBeHidden();
    await page.getByRole('link', { name: 'Back to the Mekong region' }).click();
    await expect(page.locator('[data-view-pane="region"] .map-svg:visible')).toBeVisible();
    await expect(page.locator('[data-view-pane="span"]')).toBeHidden();
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
    await expect(page.locator('[data-view-pane="region"] .map-svg:visible')).toBeVisible();
    await expect(page.locator('.live-map')).toHaveCount(0);
    // The filters and panels still work without the live map.
    await page.locator('[data-filter-toggle]').click();
    await expect(page.locator('#explore-filters')).toBeVisible();
    expect(mapLibreRequests).toEqual([]);
    expectCleanLoad(`${mapPath} without WebGL`, offsiteGuard, browserErrors);
  });
});
