/**
 * Charts at their true size, in Chromium: at phone, tablet and desktop widths, every chart step on
 * `/` shows exactly one drawing of its chart (the others are display: none, so out of the
 * accessibility tree), every piece of text in that drawing lies inside the drawing, and no text
 * is smaller than 11 px on screen (its font size times the drawing's scale).
 *
 * MapLibre and images are kept from loading: the charts are inline SVG shown by CSS alone, and
 * a WebGL map in software rendering would only slow the scroll past the map steps down.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { basePath } from '../support/site';

/** The widths the issue names, and between them widths that show every other drawing (360, 430, 600, 1152, 1440). */
const WIDTHS = [320, 360, 390, 430, 600, 768, 1152, 1280, 1440] as const;
/** How far (CSS px) a text's box may stick out of its drawing: rounding, not clipping. */
const TOLERANCE = 0.5;
/** The smallest text size allowed on screen, in CSS px. */
const MIN_TEXT_PX = 11;

/** What one chart step's visible drawing looks like on screen. */
interface DrawingReport {
  /** Drawings shown (exactly one expected). */
  shown: number;
  /** Its accessible role and whether its title is there. */
  role: string | null;
  title: string;
  /** Text sticking out of the drawing, with by how much. */
  outside: string[];
  /** Text smaller than the minimum on screen. */
  tooSmall: string[];
  /** Number of texts checked. */
  texts: number;
}

/** Aborts requests for MapLibre and for images (basemap pictures), which no chart needs. */
async function skipMapsAndImages(page: Page): Promise<void> {
  await page.route(
    (url) => /maplibre/.test(url.pathname),
    (route) => route.abort(),
  );
  await page.route(
    () => true,
    (route) => (route.request().resourceType() === 'image' ? route.abort() : route.fallback()),
  );
}

/** Measures the drawing shown in a chart step, in the page. */
function measure(page: Page, stepIndex: number, tolerance: number, minPx: number): Promise<DrawingReport> {
  return page.evaluate(
    ({ stepIndex, tolerance, minPx }) => {
      const step = document.querySelectorAll('[data-visual="chart"]')[stepIndex]!;
      const shown = [...step.querySelectorAll<SVGSVGElement>('svg.bar-chart')].filter(
        (svg) => getComputedStyle(svg).display !== 'none',
      );
      const svg = shown[0];
      if (!svg) return { shown: 0, role: null, title: '', outside: [], tooSmall: [], texts: 0 };
      const box = svg.getBoundingClientRect();
      const scale = box.width / svg.viewBox.baseVal.width;
      const outside: string[] = [];
      const tooSmall: string[] = [];
      const texts = [...svg.querySelectorAll('text')];
      for (const text of texts) {
        const r = text.getBoundingClientRect();
        const overflow = Math.max(box.left - r.left, r.right - box.right, box.top - r.top, r.bottom - box.bottom);
        if (overflow > tolerance) outside.push(`"${text.textContent?.trim()}" by ${overflow.toFixed(1)} px`);
        const px = parseFloat(getComputedStyle(text).fontSize) * scale;
        if (px < minPx) tooSmall.push(`"${text.textContent?.trim()}" at ${px.toFixed(1)} px`);
      }
      return {
        shown: shown.length,
        role: svg.getAttribute('role'),
        title: svg.querySelector('title')?.textContent?.trim() ?? '',
        outside,
        tooSmall,
        texts: texts.length,
      };
    },
    { stepIndex, tolerance, minPx },
  );
}

for (const width of WIDTHS) {
  test(`at ${width} px, each chart step shows one drawing whose text lies inside it at ${MIN_TEXT_PX} px or more`, async ({
    page,
  }) => {
    await skipMapsAndImages(page);
    await page.setViewportSize({ width, height: 800 });
    await page.goto(basePath, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const steps = page.locator('[data-visual="chart"]');
    const count = await steps.count();
    expect(count, 'chart steps on /').toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const step = steps.nth(i);
      const where = `${width} px, chart step ${(await step.getAttribute('id')) ?? i}`;
      await step.scrollIntoViewIfNeeded();
      const report = await measure(page, i, TOLERANCE, MIN_TEXT_PX);
      expect(report.shown, `${where}: drawings shown`).toBe(1);
      expect(report.role, `${where}: role`).toBe('img');
      expect(report.title, `${where}: text alternative`).not.toBe('');
      expect(report.texts, `${where}: texts in the drawing`).toBeGreaterThan(0);
      expect.soft(report.outside, `${where}: text outside the drawing`).toEqual([]);
      expect.soft(report.tooSmall, `${where}: text under ${MIN_TEXT_PX} px on screen`).toEqual([]);
    }
  });
}

test('ids inside charts are unique on the page, also for a chart shown by two steps', async ({ page }) => {
  await skipMapsAndImages(page);
  await page.goto(basePath, { waitUntil: 'load' });
  const ids = await page.evaluate(() =>
    [...document.querySelectorAll('[data-visual="chart"] [id]')].map((element) => element.id),
  );
  expect(ids.length).toBeGreaterThan(0);
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
});
