/**
 * The long read's maps say what they mean on phones: for every map step at 320x640 and
 * 390x844, the static twin's place names (measured as the browser draws them, local scripts
 * included) do not overlap each other or any mark, and lie on screen below the map's headline;
 * every mark has a name. The live map draws the same names (none dropped), tints the same
 * countries on a phone and on a wide screen, and shows the step's headline over the map, clear
 * of its text card.
 *
 * `tests/unit/static-map/story-maps.test.ts` checks the placer's own geometry for both frames;
 * this spec checks what readers see.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { basePath } from '../support/site';
import type { StepMapState, StoryMapData } from '../../src/lib/live-map/story-state';
import type { StoryMapHookState } from '../../src/scripts/story-map/index';

type MapStep = Extract<StepMapState, { kind: 'map' }>;

interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** What one step's visible static picture shows, in CSS pixels. */
interface Drawn {
  labels: { id: string; lines: Rect[] }[];
  marks: { id: string; box: Rect }[];
  headlineBottom: number;
  screen: { width: number; height: number };
}

async function storyData(page: Page): Promise<StoryMapData> {
  // The live map fetches the same file when it starts.
  const response = await page.request.get(`${basePath}data/story-map.json`);
  expect(response.ok(), '/data/story-map.json').toBe(true);
  return (await response.json()) as StoryMapData;
}

/**
 * Scrolls the step's top to the top of the screen (its static map then fills it) and reads its
 * picture: each name's lines (each line's box trimmed to its letters: the browser's box adds
 * the font's line spacing) and each mark's box (an area's middle only: names may lie over a
 * wide area's wash).
 */
async function readStep(page: Page, id: string): Promise<Drawn> {
  await page.evaluate((stepId) => {
    const el = document.getElementById(stepId);
    if (el) window.scrollTo({ top: window.scrollY + el.getBoundingClientRect().top, behavior: 'instant' });
  }, id);
  return page.evaluate((stepId) => {
    const step = document.getElementById(stepId) as HTMLElement;
    const svg = [...step.querySelectorAll<SVGSVGElement>('.step-visual svg.map-svg')].find(
      (s) => s.getBoundingClientRect().width > 0,
    ) as SVGSVGElement;
    const rect = (r: DOMRect, top = 0, bottom = 0): Rect => ({
      x0: r.left,
      y0: r.top + top,
      x1: r.right,
      y1: r.bottom - bottom,
    });
    const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize) * (svg.getScreenCTM()?.a ?? 1);
    const labels = [...svg.querySelectorAll<SVGTextElement>('text.label')].map((text) => ({
      id: text.dataset['label'] ?? '',
      lines: [...text.querySelectorAll('tspan')].map((tspan) => {
        const size = px(tspan);
        const local = tspan.classList.contains('local');
        return rect(tspan.getBoundingClientRect(), (local ? 0.35 : 0.25) * size, (local ? 0.1 : 0.05) * size);
      }),
    }));
    const labelSize = px(svg.querySelector('text.label') ?? svg);
    const marks = [...svg.querySelectorAll<SVGPathElement>('path.place')].map((path) => {
      const r = path.getBoundingClientRect();
      if (!path.classList.contains('compound-region')) return { id: path.dataset['place'] ?? '', box: rect(r) };
      const cx = (r.left + r.right) / 2;
      const cy = (r.top + r.bottom) / 2;
      const core = Math.min(r.width / 2, 0.5 * labelSize);
      return { id: path.dataset['place'] ?? '', box: { x0: cx - core, y0: cy - core, x1: cx + core, y1: cy + core } };
    });
    const headline = step.querySelector('.map-headline')?.getBoundingClientRect();
    return {
      labels,
      marks,
      headlineBottom: headline?.bottom ?? 0,
      screen: { width: window.innerWidth, height: window.innerHeight },
    };
  }, id);
}

const overlapArea = (a: Rect, b: Rect) =>
  Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));

/** Every problem with one step's picture, as readable lines. */
function problems(id: string, drawn: Drawn): string[] {
  const out: string[] = [];
  const named = new Set(drawn.labels.map((l) => l.id));
  for (const mark of drawn.marks) if (!named.has(mark.id)) out.push(`${id}: ${mark.id} has a mark but no name`);
  drawn.labels.forEach((label, i) => {
    for (const line of label.lines) {
      if (line.x0 < -0.5 || line.x1 > drawn.screen.width + 0.5 || line.y1 > drawn.screen.height + 0.5)
        out.push(`${id}: the name of ${label.id} runs off the screen`);
      if (line.y0 < drawn.headlineBottom - 0.5) out.push(`${id}: the name of ${label.id} runs under the headline`);
      for (const other of drawn.labels.slice(i + 1))
        for (const o of other.lines)
          if (overlapArea(line, o) > 1) out.push(`${id}: the names of ${label.id} and ${other.id} overlap`);
      for (const mark of drawn.marks)
        if (mark.id !== label.id && overlapArea(line, mark.box) > 1)
          out.push(`${id}: the name of ${label.id} covers the mark of ${mark.id}`);
    }
  });
  return [...new Set(out)];
}

for (const viewport of [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
]) {
  test.describe(`story map names at ${viewport.width}x${viewport.height}`, () => {
    test('static twins: no name overlaps another name or a mark, every name is on screen, every mark named', async ({
      browser,
    }) => {
      test.setTimeout(120_000);
      // Without JavaScript each step's own static picture is what the reader sees.
      const context = await browser.newContext({ viewport, javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(basePath);
      const ids = await page.locator('[data-story-step][data-visual="map"]').evaluateAll((els) => els.map((e) => e.id));
      expect(ids.length).toBeGreaterThan(30);
      const found: string[] = [];
      for (const id of ids) found.push(...problems(id, await readStep(page, id)));
      expect(found).toEqual([]);
      await context.close();
    });
  });
}

/** Goes to a step the way its link does and waits for the live map to settle on it. */
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
  // A frame for the labels of the settled camera.
  await page.waitForTimeout(300);
  return (await page.evaluate(() => window.__storyMap?.state())) as StoryMapHookState;
}

const LIVE_STEPS = [
  'journey-airport-to-mae-sot',
  'compounds-myawaddy',
  'compounds-elsewhere',
  'change-philippines-2024',
];

test.describe('story map names, live', () => {
  test('on a phone, the live map names every place the static twin names, and marks no other', async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(basePath);
    const data = await storyData(page);
    for (const id of LIVE_STEPS) {
      const step = data.steps.find((s): s is MapStep => s.id === id && s.kind === 'map');
      expect(step, id).toBeDefined();
      const expected = (step?.labels?.portrait ?? []).map(([place]) => place).sort();
      const state = await goToStep(page, id);
      expect(state.labelled, `${id}: names on the live map`).toEqual(expected);
      expect(state.marked, `${id}: marks on the live map`).toEqual(expected);
    }
  });

  test('the headline shows over the map, clear of the card, and the same countries are tinted on a phone and a wide screen', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const tints: Record<string, string[][]> = {};
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1440, height: 900 },
    ]) {
      await page.setViewportSize(viewport);
      await page.goto(basePath);
      const data = await storyData(page);
      for (const id of LIVE_STEPS) {
        const step = data.steps.find((s): s is MapStep => s.id === id && s.kind === 'map') as MapStep;
        const state = await goToStep(page, id);
        (tints[id] ??= []).push(state.tinted ?? []);
        expect(state.tinted, `${id}: tinted countries`).toEqual([...step.countries].sort());
        const headline = page.locator('[data-story-headline]');
        await expect(headline).toHaveText((await page.locator(`[id="${id}"] .map-headline`).textContent()) ?? '');
        await expect(headline).toHaveCSS('opacity', '1');
        const box = await headline.boundingBox();
        const card = await page.locator(`[id="${id}"] .step-text`).boundingBox();
        expect(box && card, id).toBeTruthy();
        if (box && card && viewport.width < 1200)
          expect(box.y + box.height, `${id}: the headline is above the card`).toBeLessThanOrEqual(card.y);
      }
    }
    for (const [id, [phone, wide]] of Object.entries(tints)) expect(phone, id).toEqual(wide);
  });
});
