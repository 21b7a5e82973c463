/**
 * Charts at their true size, in Chromium: at phone, tablet and desktop widths, every chart step on
 * `/` (bars, ranges, the ledger, the timeline) shows exactly one drawing of its chart (the others
 * are display: none, so out of the accessibility tree), named by the chart's text alternative,
 * every piece of text in that drawing lies inside the drawing and inside the window, no two
 * texts overlap, and no text is smaller than 11 px on screen (its font size times the drawing's
 * scale).
 *
 * Then the interactive layer: it is not downloaded before the reader scrolls; near a chart it
 * puts one focusable target over each row's marks, and hover, focus, arrow keys and Escape show,
 * move and hide a tooltip with the row's values, inside the chart's box even at 320 px.
 *
 * MapLibre and images are kept from loading: the charts are inline SVG shown by CSS alone, and
 * a WebGL map in software rendering would only slow the scroll past the map steps down.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { basePath } from '../support/site';
import AxeBuilder from '@axe-core/playwright';
import { formatAxeViolations, WCAG_TAGS } from '../support/axe';

/** The widths the issues name, and between them widths that show every other drawing (360, 430, 600, 1152, 1440). */
const WIDTHS = [320, 360, 390, 430, 600, 768, 1152, 1280, 1440] as const;
/** The widths in three tests (phones, tablets, desktops), so that the suite fits CI's time. */
const WIDTH_GROUPS: readonly (readonly number[])[] = [WIDTHS.slice(0, 4), WIDTHS.slice(4, 6), WIDTHS.slice(6)];
/** How far (CSS px) two texts may overlap: rounding, not a collision. */
const OVERLAP = 1;
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
  /** Text sticking out of the drawing or the window, with by how much. */
  outside: string[];
  /** Pairs of texts that overlap. */
  overlaps: string[];
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
    ({ stepIndex, tolerance, minPx, overlap }) => {
      const step = document.querySelectorAll('[data-visual="chart"]')[stepIndex]!;
      const shown = [...step.querySelectorAll<SVGSVGElement>('svg.ch-svg')].filter(
        (svg) => getComputedStyle(svg).display !== 'none',
      );
      const svg = shown[0];
      if (!svg) return { shown: 0, role: null, title: '', outside: [], overlaps: [], tooSmall: [], texts: 0 };
      const box = svg.getBoundingClientRect();
      const scale = box.width / svg.viewBox.baseVal.width;
      const outside: string[] = [];
      const overlaps: string[] = [];
      const tooSmall: string[] = [];
      const texts = [...svg.querySelectorAll('text')];
      const rects = texts.map((text) => text.getBoundingClientRect());
      texts.forEach((text, i) => {
        const r = rects[i]!;
        const overflow = Math.max(
          box.left - r.left,
          r.right - box.right,
          box.top - r.top,
          r.bottom - box.bottom,
          r.right - document.documentElement.clientWidth,
          -r.left,
        );
        if (overflow > tolerance) outside.push(`"${text.textContent?.trim()}" by ${overflow.toFixed(1)} px`);
        const px = parseFloat(getComputedStyle(text).fontSize) * scale;
        if (px < minPx) tooSmall.push(`"${text.textContent?.trim()}" at ${px.toFixed(1)} px`);
        for (let j = i + 1; j < texts.length; j++) {
          const q = rects[j]!;
          // Line boxes of lines set 17 px apart at 13 px touch; the glyphs do not: shrink each
          // box to its glyphs' middle band (cap height) before comparing.
          const inset = (b: DOMRect) => ({ top: b.top + b.height * 0.25, bottom: b.bottom - b.height * 0.25 });
          const [a, c] = [inset(r), inset(q)];
          const dx = Math.min(r.right, q.right) - Math.max(r.left, q.left);
          const dy = Math.min(a.bottom, c.bottom) - Math.max(a.top, c.top);
          if (dx > overlap && dy > overlap) {
            overlaps.push(`"${text.textContent?.trim()}" and "${texts[j]!.textContent?.trim()}"`);
          }
        }
      });
      const named = svg.getAttribute('aria-labelledby');
      return {
        shown: shown.length,
        role: svg.getAttribute('role'),
        title: (named ? document.getElementById(named)?.textContent?.trim() : '') ?? '',
        outside,
        overlaps,
        tooSmall,
        texts: texts.length,
      };
    },
    { stepIndex, tolerance, minPx, overlap: OVERLAP },
  );
}

// One load per group of widths, the page laid out again at each width in turn (the drawings
// are chosen by CSS alone, so a resize shows what a load at that width would).
for (const widths of WIDTH_GROUPS) {
  test(`at ${widths.join(', ')} px, each chart step shows one drawing whose text lies inside it at ${MIN_TEXT_PX} px or more`, async ({
    page,
  }) => {
    await skipMapsAndImages(page);
    await page.setViewportSize({ width: widths[0] ?? WIDTHS[0], height: 800 });
    await page.goto(basePath, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const steps = page.locator('[data-visual="chart"]');
    const count = await steps.count();
    expect(count, 'chart steps on /').toBeGreaterThan(0);
    for (const width of widths) {
      await page.setViewportSize({ width, height: 800 });
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
        expect.soft(report.overlaps, `${where}: texts that overlap`).toEqual([]);
        expect.soft(report.tooSmall, `${where}: text under ${MIN_TEXT_PX} px on screen`).toEqual([]);
      }
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

test('each kind of chart is on the long read: bars, ranges, a ledger and a timeline', async ({ page }) => {
  await skipMapsAndImages(page);
  await page.goto(basePath, { waitUntil: 'load' });
  const kinds = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('figure[data-chart]')].map((f) => f.dataset['chart']),
  );
  expect(new Set(kinds)).toEqual(new Set(['bar', 'ranges', 'ledger', 'timeline']));
});

test.describe('the interactive layer', () => {
  /** Requests for the layer's chunk. */
  const layerRequests = (page: Page): string[] => {
    const urls: string[] = [];
    page.on('request', (request) => {
      if (/\/interactive\.[\w-]+\.js$/.test(new URL(request.url()).pathname)) urls.push(request.url());
    });
    return urls;
  };

  test('is not downloaded until the reader scrolls toward a chart', async ({ page }) => {
    await skipMapsAndImages(page);
    await page.setViewportSize({ width: 1440, height: 900 });
    const requests = layerRequests(page);
    await page.goto(basePath, { waitUntil: 'networkidle' });
    await page.waitForTimeout(500);
    expect(requests, 'before any scroll').toEqual([]);
    await page.locator('figure[data-chart="ranges"]').first().scrollIntoViewIfNeeded();
    await expect.poll(() => requests.length, { message: 'after scrolling to a chart' }).toBeGreaterThan(0);
  });

  for (const width of [320, 1280] as const) {
    test(`at ${width} px: one target per row, and focus, arrows, hover and Escape show, move and hide the values inside the chart`, async ({
      page,
    }) => {
      await skipMapsAndImages(page);
      await page.setViewportSize({ width, height: 800 });
      await page.goto(basePath, { waitUntil: 'load' });
      const figure = page.locator('figure[data-chart="ranges"]').first();
      await figure.scrollIntoViewIfNeeded();
      await page.mouse.wheel(0, 10);
      const targets = figure.locator('.ch-target');
      // One target per row of the table.
      const rows = await figure.locator('tbody tr').count();
      await expect(targets).toHaveCount(rows);
      // One tab stop: the first target; the others are reached with the arrow keys.
      expect(await targets.evaluateAll((ts) => ts.map((t) => (t as HTMLElement).tabIndex))).toEqual([
        0,
        ...Array<number>(rows - 1).fill(-1),
      ]);

      const tip = figure.locator('.ch-tip');
      await targets.first().focus();
      await expect(tip).toHaveClass(/ch-shown/);
      await expect(tip).toContainText('Myanmar');
      await expect(tip).toContainText('at least 120,000');
      await page.keyboard.press('ArrowDown');
      await expect(targets.nth(1)).toBeFocused();
      await expect(tip).toContainText('around 100,000');

      // Inside the chart's box and the window.
      const inside = await figure.evaluate((f) => {
        const box = f.querySelector('.ch-drawings')!.getBoundingClientRect();
        const t = f.querySelector('.ch-tip')!.getBoundingClientRect();
        return {
          left: t.left - box.left,
          right: box.right - t.right,
          window: document.documentElement.clientWidth - t.right,
        };
      });
      expect(inside.left).toBeGreaterThanOrEqual(0);
      expect(inside.right).toBeGreaterThanOrEqual(0);
      expect(inside.window).toBeGreaterThanOrEqual(0);

      await page.keyboard.press('Escape');
      await expect(tip).not.toHaveClass(/ch-shown/);

      // Hover over the last row's target.
      await targets.last().hover();
      await expect(tip).toHaveClass(/ch-shown/);
      await expect(tip).toContainText('as many as 85,000');
    });
  }

  test('the timeline and the ledger get targets too, named with their rows', async ({ page }) => {
    await skipMapsAndImages(page);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(basePath, { waitUntil: 'load' });
    for (const kind of ['ledger', 'timeline'] as const) {
      const figure = page.locator(`figure[data-chart="${kind}"]`).first();
      await figure.scrollIntoViewIfNeeded();
      await page.mouse.wheel(0, 10);
      await expect(figure.locator('.ch-target')).toHaveCount(await figure.locator('tbody tr').count());
      const label = await figure.locator('.ch-target').first().getAttribute('aria-label');
      expect(label).toContain(kind === 'ledger' ? 'Tao' : 'Shwe Kokko');
    }
  });

  test('hydrated charts with a tooltip and their tables open pass axe (WCAG 2.2 A/AA), in light and dark', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await skipMapsAndImages(page);
    await page.setViewportSize({ width: 390, height: 844 });
    // Hydrated once, in the light theme; then the same state checked in both themes (the
    // theme is CSS alone, so switching it needs no reload).
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(basePath, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    for (const kind of ['ranges', 'ledger', 'timeline', 'bar'] as const) {
      const figure = page.locator(`figure[data-chart="${kind}"]`).first();
      await figure.scrollIntoViewIfNeeded();
      await page.mouse.wheel(0, 10);
      await expect(figure.locator('.ch-target').first()).toBeAttached();
    }
    await page.locator('figure[data-chart="ledger"] .ch-target').first().focus();
    await expect(page.locator('figure[data-chart="ledger"] .ch-tip')).toHaveClass(/ch-shown/);
    // With "About this data" and "Show the numbers" open (the tables scroll sideways when wide).
    await page.$$eval('figure[data-chart] details', (all) =>
      all.forEach((d) => ((d as HTMLDetailsElement).open = true)),
    );
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      // The charts only: the whole long read is checked by pages.spec.ts, before hydration.
      const { violations } = await new AxeBuilder({ page })
        .include('figure[data-chart]')
        .withTags([...WCAG_TAGS])
        .analyze();
      expect(
        violations.map((v) => v.id),
        `${scheme}:\n${formatAxeViolations(violations)}`,
      ).toEqual([]);
    }
  });
});
