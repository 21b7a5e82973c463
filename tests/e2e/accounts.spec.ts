/**
 * Survivor account pages as scroll-driven stories, in Chromium (WebGL through SwiftShader) on the
 * built site: every account's map sticks beside (or above) its text and changes scene as the
 * reader scrolls; MapLibre waits until the reader scrolls; without JavaScript each account shows
 * its whole story on a static map; accounts without a route show the places they name; the
 * border-crossing mark is never covered; nothing is cut off at 320 px.
 *
 * Reads the map through the test hook `window.__accountMap.state()` (see
 * `src/scripts/account-map/index.ts`) and the scenes from the content, derived by the same
 * function the build uses (`accountStory`). Content comes from CONTENT_DIR (default `content/`):
 * build and test with the same.
 */
import { resolve } from 'node:path';
import type { Page, Request } from '@playwright/test';
import { axeViolations, formatAxeViolations } from '../support/axe';
import { expect, expectCleanLoad, test } from '../support/fixtures';
import { basePath, repoRoot } from '../support/site';
import { loadContentOrThrow } from '../../src/lib/content';
import { accountStory, type AccountStory } from '../../src/lib/build-data/account-scenes';
import { countryBounds } from '../../src/lib/build-data/country-bounds';
import { ACCOUNT_FRAMES } from '../../src/lib/geo/frames';
import type { AccountMapHookState } from '../../src/scripts/account-map/index';
import {
  liveCamera,
  storyTrails,
  visibleStoryLayers,
  type StepMapState,
  type StoryMapData,
} from '../../src/lib/live-map/story-state';

const content = loadContentOrThrow(resolve(repoRoot, process.env.CONTENT_DIR ?? 'content'));
const lookups = {
  places: new Map(content.places.map((e) => [e.id, e.data])),
  routes: new Map(content.routes.map((e) => [e.id, e.data])),
  countryBounds,
};
const accounts = content.stories.map((entry) => ({
  id: entry.id,
  data: entry.data,
  path: `${basePath}stories/${entry.id}/`,
  story: accountStory(entry, lookups),
}));

/**
 * The scene of each step of the page, in order: the overview (the facts box and any text before
 * the first scene), then one step per part of the text that starts a scene.
 */
function expectedSteps(story: AccountStory): string[] {
  return ['overview', ...story.parts.filter((p) => p.scene > 0).map((p) => story.scenes[p.scene]!.id)];
}

const isMapLibre = (request: Request) => /maplibre-gl/i.test(request.url());

async function hook(page: Page): Promise<AccountMapHookState | undefined> {
  return page.evaluate(() => window.__accountMap?.state());
}

/** Scrolls so that the top of a scene step sits at `at` (a fraction of the viewport's height). */
async function scrollStepTo(page: Page, index: number, at: number): Promise<void> {
  await page.evaluate(
    ([i, fraction]) => {
      const step = document.querySelectorAll('[data-scene-step]')[i];
      if (!step) throw new Error(`no scene step ${i}`);
      const top = step.getBoundingClientRect().top + window.scrollY;
      window.scrollTo({ top: top - window.innerHeight * fraction, behavior: 'instant' });
    },
    [index, at] as const,
  );
}

/** The map box's place on screen. */
async function mapRect(
  page: Page,
): Promise<{ top: number; bottom: number; left: number; right: number; height: number }> {
  return page.locator('[data-account-map]').evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height };
  });
}

const SCREENS = [
  { name: 'wide', width: 1280, height: 800, trigger: 0.6 },
  { name: 'phone', width: 390, height: 844, trigger: 0.7 },
] as const;

/**
 * Scrolls to each scene step in turn (its top just above the trigger line) and checks that the
 * map shows its scene and stays stuck in view; returns the scenes seen.
 */
async function followScenes(
  page: Page,
  account: (typeof accounts)[number],
  screen: (typeof SCREENS)[number],
  onScene?: (sceneId: string) => Promise<void>,
): Promise<string[]> {
  const stepScenes = await page
    .locator('[data-scene-step]')
    .evaluateAll((steps) => steps.map((s) => (s as HTMLElement).dataset['scene'] ?? ''));
  // One step per part of the text, each naming a scene of the account, in reading order.
  expect(stepScenes).toEqual(expectedSteps(account.story));
  const seen: string[] = [];
  for (const [i, sceneId] of stepScenes.entries()) {
    // Its top just above the trigger line (any step is taller than 2% of the screen).
    await scrollStepTo(page, i, screen.trigger - 0.02);
    await page.waitForFunction(
      (id) => {
        const s = window.__accountMap?.state();
        return s?.sceneId === id && s.staticScene === id;
      },
      sceneId,
      // Generous: with the live map starting, software WebGL on a busy machine can hold frames back.
      { timeout: 30_000 },
    );
    const state = (await hook(page))!;
    const scene = account.story.scenes.find((s) => s.id === sceneId)!;
    expect(state.headline, `${account.id} ${sceneId}: headline`).toBe(scene.headline);
    seen.push(sceneId);
    // Sticky: once the page has scrolled, the map stays at the top of the screen, a good part of it.
    const rect = await mapRect(page);
    if (i > 0) {
      expect(Math.abs(rect.top), `${account.id} ${sceneId}: map top`).toBeLessThanOrEqual(1);
      expect(rect.height).toBeGreaterThan(screen.height * 0.4);
    }
    await expect(page.locator(`[data-scene-map="${sceneId}"] [data-static-map] svg:visible`)).toHaveCount(1);
    await onScene?.(sceneId);
  }
  return seen;
}

for (const screen of SCREENS) {
  test.describe(`account maps at ${screen.width}x${screen.height}`, () => {
    test.use({ viewport: { width: screen.width, height: screen.height } });

    for (const account of accounts) {
      test(`${account.id}: the map sticks and follows the text, scene by scene`, async ({ page }) => {
        // The static pictures follow the text by themselves; the live map is tested below (and
        // without it, these tests stay quick on a machine drawing WebGL in software).
        await page.route(/maplibre-gl/, (route) => route.abort());
        await page.goto(account.path);
        // At the top: the overview, beside or just under the header.
        expect((await hook(page))?.sceneId).toBe('overview');
        const seen = await followScenes(page, account, screen);
        expect(seen.length).toBe(expectedSteps(account.story).length);
        // Every scene of the account is shown somewhere in the text.
        expect(new Set(seen)).toEqual(new Set(account.story.scenes.map((s) => s.id)));
        // And back to the top: the overview again.
        await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
        await page.waitForFunction(() => window.__accountMap?.state().sceneId === 'overview', undefined, {
          timeout: 10_000,
        });
      });
    }

    test('the live map follows the scenes: camera and layers', async ({ page, offsiteGuard, browserErrors }) => {
      const account = accounts.find((a) => a.data.route && a.story.scenes.some((s) => s.show === 'crossing'))!;
      await page.goto(account.path);
      const data = JSON.parse((await page.locator('#account-map-data').textContent()) ?? '{}') as StoryMapData;
      await page.mouse.wheel(0, 200);
      await page.waitForFunction(() => window.__accountMap?.state().live === true, undefined, { timeout: 30_000 });
      await followScenes(page, account, screen, async (sceneId) => {
        await page.waitForFunction(
          (id) => {
            const s = window.__accountMap?.state();
            return s?.sceneId === id && s.moving === false;
          },
          sceneId,
          { timeout: 30_000 },
        );
        const state = (await hook(page))!;
        const step = data.steps.find((s) => s.id === sceneId) as Extract<StepMapState, { kind: 'map' }>;
        const box = await page
          .locator('[data-account-map-box]')
          .evaluate((el) => ({ width: el.clientWidth, height: el.clientHeight }));
        const expected = liveCamera(step, { ...box, wide: screen.width >= 768 }, 'bleed', ACCOUNT_FRAMES);
        expect(state.zoom, `${sceneId}: zoom`).toBeCloseTo(expected.zoom, 2);
        expect(state.center?.[0], `${sceneId}: centre longitude`).toBeCloseTo(expected.center[0], 2);
        expect(state.center?.[1], `${sceneId}: centre latitude`).toBeCloseTo(expected.center[1], 2);
        const trails = storyTrails(data)[data.steps.indexOf(step)];
        expect(state.visibleLayers, `${sceneId}: layers`).toEqual(visibleStoryLayers(step, trails));
      });
      expectCleanLoad(account.path, offsiteGuard, browserErrors);
    });
  });
}

test('reduced motion: the live map jumps from scene to scene, no animation', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const account = accounts.find((a) => a.data.route)!;
  await page.goto(account.path);
  await page.mouse.wheel(0, 200);
  await page.waitForFunction(() => window.__accountMap?.state().live === true, undefined, { timeout: 30_000 });
  const steps = expectedSteps(account.story);
  for (const i of [1, 2]) {
    await scrollStepTo(page, i, SCREENS[0].trigger - 0.02);
    await page.waitForFunction((id) => window.__accountMap?.state().sceneId === id, steps[i]!, { timeout: 30_000 });
    const state = await hook(page);
    expect(state?.moving, `${steps[i]}: no camera animation after the scene change`).toBe(false);
  }
});

test.describe('account maps load MapLibre only when the reader scrolls', () => {
  for (const screen of SCREENS) {
    test(`at ${screen.width}x${screen.height}`, async ({ page }) => {
      await page.setViewportSize({ width: screen.width, height: screen.height });
      const mapLibreRequests: string[] = [];
      page.on('request', (request) => {
        if (isMapLibre(request)) mapLibreRequests.push(request.url());
      });
      const account = accounts.find((a) => a.data.route) ?? accounts[0]!;
      await page.goto(account.path, { waitUntil: 'load' });
      await expect(page.locator('[data-account-map] [data-scene-map="overview"] svg:visible')).toHaveCount(1);
      await page.waitForTimeout(1500);
      expect(mapLibreRequests, 'MapLibre requested before the reader scrolled').toEqual([]);
      await expect(page.locator('[data-account-map]')).not.toHaveAttribute('data-live');
      await page.mouse.wheel(0, 400);
      await expect(page.locator('[data-account-map]')).toHaveAttribute('data-live', 'ready', { timeout: 30_000 });
      expect(mapLibreRequests.length).toBeGreaterThan(0);
      await page.waitForFunction(() => {
        const live = document.querySelector('.story-map-canvas');
        return !!live && getComputedStyle(live).opacity === '1';
      });
      const violations = await axeViolations(page);
      expect(violations, formatAxeViolations(violations)).toEqual([]);
    });
  }
});

test.describe('account maps without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const account of accounts) {
    test(`${account.id}: shows the whole account on a static map, and all of its text`, async ({ page }) => {
      await page.goto(account.path);
      const overview = page.locator('[data-scene-map="overview"]');
      const svg = overview.locator('[data-static-map] svg:visible');
      await expect(svg).toBeVisible();
      const box = await page.locator('[data-account-map]').boundingBox();
      expect(box?.height ?? 0).toBeGreaterThan(200);
      // Its basemap picture arrives.
      await expect
        .poll(() =>
          overview.locator('img.map-basemap:visible').evaluate((img) => (img as HTMLImageElement).naturalWidth),
        )
        .toBeGreaterThan(0);
      // What the overview marks is drawn.
      const drawn = await svg.evaluate((el) =>
        [...el.querySelectorAll('[data-place]')].map((p) => p.getAttribute('data-place')),
      );
      expect(drawn.sort()).toEqual(account.story.scenes[0]!.visual.places.map((p) => p.id).sort());
      // Every scene's text is there, and only one picture (the overview) is shown.
      await expect(page.locator('[data-scene-step]')).toHaveCount(expectedSteps(account.story).length);
      await expect(page.locator('[data-scene-map]:visible')).toHaveCount(1);
    });
  }
});

test.describe('accounts without a route show the places they name', () => {
  for (const account of accounts.filter((a) => !a.data.route)) {
    test(account.id, async ({ page }) => {
      await page.goto(account.path);
      const named = account.story.scenes.filter((s) => s.show === 'places' || s.show === 'origin');
      for (const scene of named) {
        const ids = await page
          .locator(`[data-scene-map="${scene.id}"] .frame-wide [data-place]`)
          .evaluateAll((paths) => paths.map((p) => p.getAttribute('data-place')));
        expect(ids.sort(), `${account.id} ${scene.id}`).toEqual(scene.visual.places.map((p) => p.id).sort());
      }
      const places = new Set(account.story.scenes.flatMap((s) => s.visual.places.map((p) => p.id)));
      const countries = new Set(account.story.scenes.flatMap((s) => s.visual.countries));
      // Each names somewhere beyond the origin: a place, or another country shaded.
      expect(places.size + [...countries].filter((c) => c !== account.data.origin.country).length).toBeGreaterThan(0);
    });
  }
});

/**
 * Every border-crossing mark on every account map, in both frames: no place name lies over it,
 * and no other mark is painted over it.
 */
for (const screen of [
  { width: 1280, height: 800, frame: 'wide' },
  { width: 390, height: 844, frame: 'portrait' },
] as const) {
  test(`the border-crossing marks are never covered, ${screen.frame} frames`, async ({ page }) => {
    await page.setViewportSize({ width: screen.width, height: screen.height });
    let checked = 0;
    for (const account of accounts) {
      await page.goto(account.path);
      const problems = await page.evaluate((frame) => {
        const out: string[] = [];
        let marks = 0;
        const maps = [...document.querySelectorAll<HTMLElement>('[data-scene-map]')];
        for (const map of maps) {
          for (const m of maps) m.toggleAttribute('data-active', m === map);
          const svg =
            map.querySelector<SVGSVGElement>(`.frame-${frame} svg`) ?? map.querySelector<SVGSVGElement>('svg');
          if (!svg) continue;
          const crossings = [...svg.querySelectorAll<SVGGraphicsElement>('path.place.border-crossing')];
          const boxOf = (el: SVGGraphicsElement) => {
            const b = el.getBBox();
            return { x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height };
          };
          const overlaps = (a: ReturnType<typeof boxOf>, b: ReturnType<typeof boxOf>) =>
            Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0.5 && Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 0.5;
          for (const crossing of crossings) {
            marks++;
            const mark = boxOf(crossing);
            if (mark.x1 - mark.x0 <= 0) out.push(`${map.dataset['sceneMap']}: crossing not laid out`);
            for (const label of svg.querySelectorAll<SVGGraphicsElement>('text.label')) {
              if (overlaps(mark, boxOf(label)))
                out.push(
                  `${map.dataset['sceneMap']}: "${label.textContent?.trim()}" covers the crossing ${crossing.dataset['place']}`,
                );
            }
            // Symbols painted after it (later in the document) would lie on top of it.
            let later = crossing.nextElementSibling as SVGGraphicsElement | null;
            while (later) {
              if (overlaps(mark, boxOf(later)))
                out.push(
                  `${map.dataset['sceneMap']}: the mark of ${later.dataset['place']} covers the crossing ${crossing.dataset['place']}`,
                );
              later = later.nextElementSibling as SVGGraphicsElement | null;
            }
          }
        }
        return { out, marks };
      }, screen.frame);
      expect(problems.out, account.id).toEqual([]);
      checked += problems.marks;
    }
    expect(checked, 'no crossing marks found on any account map').toBeGreaterThan(0);
  });
}

test.describe('account pages at 320 px', () => {
  test.use({ viewport: { width: 320, height: 568 } });
  for (const account of accounts) {
    test(`${account.id}: nothing is cut off`, async ({ page }) => {
      await page.goto(account.path);
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const check = async (where: string) => {
        const problems = await page.evaluate(() => {
          const out: string[] = [];
          const width = document.documentElement.clientWidth;
          if (document.documentElement.scrollWidth > width)
            out.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px)`);
          const inside = (el: Element, what: string, box: DOMRect) => {
            const r = el.getBoundingClientRect();
            if (r.width === 0) return;
            if (r.left < box.left - 0.5 || r.right > box.right + 0.5)
              out.push(`${what} runs past its box (${Math.round(r.left)}..${Math.round(r.right)})`);
          };
          const viewport = new DOMRect(0, 0, width, window.innerHeight);
          for (const el of document.querySelectorAll('main h1, main p, main dd, main dt, main li, main h2'))
            inside(el, el.tagName.toLowerCase(), viewport);
          const map = document.querySelector('[data-account-map]')!;
          const mapBox = map.getBoundingClientRect();
          for (const el of map.querySelectorAll('.scene-headline[data-active], .map-credit'))
            inside(el, el.className, mapBox);
          for (const el of document.querySelectorAll('main dd, main .scene-headline')) {
            const e = el as HTMLElement;
            if (e.offsetWidth > 0 && e.scrollWidth > e.clientWidth + 1)
              out.push(`${e.className || e.tagName} overflows: "${e.textContent?.trim()}"`);
          }
          return out;
        });
        expect(problems, `${account.id}, ${where}`).toEqual([]);
      };
      await check('at the top');
      const steps = await page.locator('[data-scene-step]').count();
      await scrollStepTo(page, steps - 1, 0.45);
      await page.waitForTimeout(300);
      await check('at the last scene');
      // The map keeps a useful height, and the text below it has room to be read.
      const rect = await mapRect(page);
      expect(rect.height).toBeGreaterThan(200);
      expect(568 - rect.bottom).toBeGreaterThan(240);
    });
  }
});
