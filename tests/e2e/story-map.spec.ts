/**
 * The story map on `/`, in Chromium (WebGL through SwiftShader): the live map follows the steps
 * with the camera and layers each step declares, loads only when it nears the viewport, leaves
 * the mouse wheel to the page, and its static twins sit where it draws. Reduced motion: no camera
 * animation. (Without JavaScript, without WebGL and when MapLibre cannot be loaded, the static
 * maps stay: tests/e2e/degradation.spec.ts.)
 *
 * Reads the map through the test hook `window.__storyMap.state()` (see
 * `src/scripts/story-map/index.ts`) and derives what to expect from the page's own embedded
 * step states with the same pure functions the client uses.
 */
import type { Page, Request } from '@playwright/test';
import { expect, test, unexpectedConsoleErrors } from '../support/fixtures';
import { basePath } from '../support/site';
import {
  liveCamera,
  storyTrails,
  visibleStoryLayers,
  type StepMapState,
  type StoryMapData,
} from '../../src/lib/live-map/story-state';
import type { StoryMapHookState } from '../../src/scripts/story-map/index';

type MapStep = Extract<StepMapState, { kind: 'map' }>;

const isMapLibreFile = (url: string) => /maplibre-gl/.test(url);

async function storyData(page: Page): Promise<StoryMapData> {
  // The live map fetches the same file when it starts.
  const response = await page.request.get(`${basePath}data/story-map.json`);
  expect(response.ok(), '/data/story-map.json').toBe(true);
  return (await response.json()) as StoryMapData;
}

async function hook(page: Page): Promise<StoryMapHookState | undefined> {
  return page.evaluate(() => window.__storyMap?.state());
}

/** Scrolls to a step the way its anchor does, and waits until the map has settled on it. */
async function goToStep(page: Page, id: string): Promise<StoryMapHookState> {
  await page.evaluate((stepId) => document.getElementById(stepId)?.scrollIntoView({ block: 'start' }), id);
  await page.waitForFunction(
    (stepId) => {
      const s = window.__storyMap?.state();
      return s?.live === true && s.stepId === stepId && s.moving === false;
    },
    id,
    { timeout: 30_000 },
  );
  return (await hook(page)) as StoryMapHookState;
}

async function mapBox(page: Page): Promise<{ width: number; height: number }> {
  return page.evaluate(() => {
    const el = document.querySelector('.story-map-canvas') ?? document.querySelector('[data-story-map]');
    return { width: el?.clientWidth ?? 0, height: el?.clientHeight ?? 0 };
  });
}

async function expectStep(page: Page, step: MapStep, wide: boolean, data: StoryMapData): Promise<void> {
  const state = await goToStep(page, step.id);
  const box = await mapBox(page);
  const expected = liveCamera(step, { ...box, wide }, 'bleed');
  // MapLibre keeps the world at least as tall as the map: world views stop at that zoom.
  const minZoom = Math.log2(box.height / 512);
  expect(state.zoom, `${step.id}: zoom`).toBeCloseTo(Math.max(expected.zoom, minZoom), 2);
  // World views can be nudged by MapLibre to keep the world on screen: check centres from zoom 2.
  if (expected.zoom >= 2) {
    expect(state.center?.[0], `${step.id}: centre longitude`).toBeCloseTo(expected.center[0], 2);
    expect(state.center?.[1], `${step.id}: centre latitude`).toBeCloseTo(expected.center[1], 2);
  }
  const trails = storyTrails(data)[data.steps.indexOf(step)];
  expect(state.visibleLayers, `${step.id}: visible layers`).toEqual(visibleStoryLayers(step, trails));
}

test.describe('story map, live', () => {
  test('follows each step: camera and layers match the step (first steps and the last)', async ({
    page,
    browserErrors,
  }) => {
    // Six camera flights through a long page: more than a minute on a busy machine.
    test.setTimeout(120_000);
    await page.goto(basePath);
    const data = await storyData(page);
    const maps = data.steps.filter((s): s is MapStep => s.kind === 'map');
    expect(maps.length).toBeGreaterThan(0);
    const chosen = [...new Set([...maps.slice(0, 4), maps.at(-1) as MapStep])];
    for (const step of chosen) await expectStep(page, step, true, data);
    // And back up: the map follows in reverse too.
    await expectStep(page, maps[0] as MapStep, true, data);
    expect(unexpectedConsoleErrors(browserErrors)).toEqual([]);
    expect(browserErrors.page).toEqual([]);
  });

  test('on a phone, uses the mobile camera converted to the screen width', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(basePath);
    const data = await storyData(page);
    const step = data.steps.find((s): s is MapStep => s.kind === 'map' && s.mobileCamera !== undefined);
    test.skip(!step, 'no step has a mobile camera');
    await expectStep(page, step as MapStep, false, data);
  });

  test('on a phone, the text cards are painted above the live map', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(basePath);
    const data = await storyData(page);
    const maps = data.steps.filter((s): s is MapStep => s.kind === 'map');
    for (const step of [maps[1], maps.at(-1)] as MapStep[]) {
      await goToStep(page, step.id);
      // The map ignores the pointer on purpose; let it take part in hit testing for this check,
      // which then follows paint order: the card must be on top where it lies over the map.
      const hit = await page.evaluate((id) => {
        const map = document.querySelector<HTMLElement>('[data-story-map]');
        const card = document.querySelector(`#${id} .step-text`);
        if (!map || !card) return 'missing';
        map.style.pointerEvents = 'auto';
        const r = card.getBoundingClientRect();
        const y = Math.min(Math.max(r.top + 10, 10), window.innerHeight - 10);
        const el = document.elementFromPoint(r.left + r.width / 2, y);
        map.style.pointerEvents = '';
        return card.contains(el) ? 'card' : `${el?.tagName ?? 'nothing'}.${el?.className ?? ''}`;
      }, step.id);
      expect(hit, `${step.id}: what is on top at the card`).toBe('card');
    }
  });

  test('the mouse wheel over the map scrolls the page', async ({ page }) => {
    await page.goto(basePath);
    const data = await storyData(page);
    const first = data.steps.find((s) => s.kind === 'map') as MapStep;
    await goToStep(page, first.id);
    const box = await page.locator('[data-story-map]').boundingBox();
    expect(box).not.toBeNull();
    await page.mouse.move((box?.x ?? 0) + (box?.width ?? 0) / 2, (box?.y ?? 0) + (box?.height ?? 0) / 2);
    const before = await page.evaluate(() => window.scrollY);
    await page.mouse.wheel(0, 400);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 100);
  });

  test('loads no MapLibre file until the map nears the viewport, then loads it', async ({ page }) => {
    // A short window keeps the map more than a viewport away at the top of the page.
    await page.setViewportSize({ width: 1280, height: 360 });
    const requests: string[] = [];
    page.on('request', (request: Request) => requests.push(request.url()));
    await page.goto(basePath, { waitUntil: 'load' });
    const distance = await page.evaluate(
      () => (document.querySelector('[data-story-map]')?.getBoundingClientRect().top ?? 0) / window.innerHeight,
    );
    expect(distance, 'the map starts more than two viewports down in this window').toBeGreaterThan(2);
    await page.waitForTimeout(1500);
    expect(requests.filter(isMapLibreFile)).toEqual([]);
    expect(await page.evaluate(() => performance.getEntriesByName('story-map:near').length)).toBe(0);

    await page.evaluate(() => document.querySelector('[data-story-step]')?.scrollIntoView({ block: 'start' }));
    await page.waitForFunction(() => window.__storyMap?.state().live === true, null, { timeout: 30_000 });
    const loaded = requests.filter(isMapLibreFile);
    expect(
      loaded.some((url) => /maplibre-gl[^/]*\.js$/.test(url)),
      'MapLibre chunk',
    ).toBe(true);
    expect(
      loaded.some((url) => /maplibre-gl-worker[^/]*\.mjs$/.test(url)),
      'MapLibre worker',
    ).toBe(true);
    expect(
      loaded.some((url) => /maplibre-gl[^/]*\.css$/.test(url)),
      'MapLibre CSS',
    ).toBe(true);
  });

  test('reduced motion: the camera jumps to each step, no animation', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(basePath);
    const data = await storyData(page);
    const maps = data.steps.filter((s): s is MapStep => s.kind === 'map');
    await goToStep(page, maps[0]?.id ?? '');
    // Next step, by keyboard: the focus lands on the step.
    const index = data.steps.findIndex((s) => s.id === maps[0]?.id);
    const next = data.steps[index + 1];
    test.skip(next?.kind !== 'map', 'the step after the first map step is not a map');
    await page.locator(`[id="${maps[0]?.id}"] a[rel="next"]`).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => window.__storyMap?.state().stepId === id, next?.id ?? '');
    const state = await hook(page);
    expect(state?.moving, 'no camera animation after the step change').toBe(false);
    const box = await mapBox(page);
    expect(state?.zoom).toBeCloseTo(liveCamera(next as MapStep, { ...box, wide: true }, 'bleed').zoom, 2);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(next?.id);
  });
});

test.describe('story map, layout', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
  ]) {
    test(`at ${viewport.width}x${viewport.height} the map fills the screen's height and runs to its right edge`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await page.goto(basePath);
      const data = await storyData(page);
      const first = data.steps.find((s) => s.kind === 'map') as MapStep;
      await goToStep(page, first.id);
      const box = await page.locator('[data-story-map]').boundingBox();
      const canvas = await page.locator('.story-map-canvas canvas').boundingBox();
      expect(box && canvas).toBeTruthy();
      expect(canvas?.height ?? 0, 'the live map is at least 85% of the screen tall').toBeGreaterThanOrEqual(
        viewport.height * 0.85,
      );
      expect((box?.x ?? 0) + (box?.width ?? 0), 'the map runs to the right edge').toBeGreaterThanOrEqual(
        viewport.width - 20,
      );
    });
  }
});

test.describe('story map, static twin', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    test(`at ${viewport.width} px the static picture sits where the live map draws (seamless switch)`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await page.goto(basePath);
      const data = await storyData(page);
      for (const step of data.steps.filter((s): s is MapStep => s.kind === 'map').slice(0, 3)) {
        // Scroll until the step's picture is stuck in place, as when it is read.
        await page.evaluate((id) => {
          const el = document.getElementById(id);
          if (el) window.scrollTo({ top: window.scrollY + el.getBoundingClientRect().top + 10, behavior: 'instant' });
        }, step.id);
        const svg = await page
          .locator(`[id="${step.id}"] .step-visual svg.map-svg`)
          .filter({ visible: true })
          .first()
          .boundingBox();
        const box = await page.locator('[data-story-map]').boundingBox();
        expect(svg && box, step.id).toBeTruthy();
        if (!svg || !box) continue;
        // The picture covers exactly the live map's box: same edges.
        expect(Math.abs(svg.x - box.x), `${step.id}: x`).toBeLessThan(1.5);
        expect(Math.abs(svg.y - box.y), `${step.id}: y`).toBeLessThan(1.5);
        expect(Math.abs(svg.width - box.width), `${step.id}: width`).toBeLessThan(1.5);
        expect(Math.abs(svg.height - box.height), `${step.id}: height`).toBeLessThan(1.5);
      }
    });
  }
  // Without JavaScript, without WebGL and with MapLibre failing to load: degradation.spec.ts.
});
