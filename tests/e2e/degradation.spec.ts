/**
 * Graceful degradation, as a matrix: the long read (`/`), a survivor account, the explorer
 * (`/map/`) and a map embed, each under every condition a reader may bring:
 *
 * - JavaScript disabled;
 * - WebGL unavailable (the browser gives no WebGL context);
 * - the MapLibre chunk failing to load;
 * - a slow 3G network (Chrome's "Slow 3G": 2 s round trips, 50 kB/s each way);
 * - reduced motion;
 * - print media;
 * - a 320 px phone at 200% zoom (a 160 CSS px wide viewport at device scale 2);
 * - forced colours (Windows high contrast).
 *
 * In each, one visit checks that the prose is complete (every paragraph, heading and list item
 * of the page's static HTML that a reader is meant to see is rendered), that every map step
 * shows a map (scrolled to, step by step: a static picture or the live map, visible), that no
 * text block overlaps another or is cut off at the window's edge, that the page does not scroll
 * sideways, and that nothing reaches the console (errors or warnings) and no request leaves the
 * site. The deeper checks of each piece (camera per step, MapLibre only on scroll, the printed
 * sources…) live in the specs of those pieces.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, expectCleanLoad, test, type BrowserErrors } from '../support/fixtures';
import { basePath } from '../support/site';

/** A page of the matrix: where it is, what counts as its map steps and its maps. */
interface Subject {
  name: string;
  path: string;
  /**
   * Elements the reader scrolls to, each of which must show a map when it is on screen (the
   * map steps of a scroll story). Absent: the page's map is checked once, scrolled into view.
   */
  steps?: string;
  /** Elements that draw a map: static pictures and the live map's canvas. */
  maps: string;
  /** Where the page's prose is (its paragraphs, headings and list items are read from there). */
  prose: string;
  /**
   * Prose that the page's script shows on demand (a place's panel, once the place is chosen):
   * not required on screen when scripts run, but in print and without JavaScript.
   */
  onDemand?: string;
  /**
   * How a reader asks for the live map where it does not load by itself on scroll: hover the
   * map (the explorer) or press a button (an embed's "Explore the live map", when shown).
   */
  reach?: { hover?: string; click?: string };
}

const SUBJECTS: readonly Subject[] = [
  {
    name: 'the long read',
    path: '',
    steps: '[data-story-step][data-visual="map"]',
    maps: '.step-visual svg.map-svg, [data-story-map] canvas',
    prose: 'main',
  },
  {
    name: 'a survivor account',
    path: 'stories/tao/',
    steps: '[data-scene-step]',
    maps: '[data-account-map] svg.map-svg, [data-account-map] canvas',
    prose: 'main',
  },
  {
    name: 'the explorer',
    path: 'map/',
    maps: 'main svg.map-svg, main canvas',
    prose: 'main',
    onDemand: '.place-panel',
  },
  { name: 'a map embed', path: 'embed/map-overview/', maps: 'svg.map-svg, canvas', prose: 'body' },
];

type Condition =
  | 'JavaScript disabled'
  | 'WebGL unavailable'
  | 'MapLibre fails to load'
  | 'slow 3G'
  | 'reduced motion'
  | 'print'
  | '320 px at 200% zoom'
  | 'forced colours';

const CONDITIONS: readonly Condition[] = [
  'JavaScript disabled',
  'WebGL unavailable',
  'MapLibre fails to load',
  'slow 3G',
  'reduced motion',
  'print',
  '320 px at 200% zoom',
  'forced colours',
];

/** The elements that hold a page's prose. */
const PROSE = 'p, h1, h2, h3, h4, li, dt, dd, blockquote';

const isMapLibreChunk = (url: string) => /maplibre-gl[^/]*\.m?js$/.test(url);

/** Makes every request for a WebGL context fail, as on a browser or GPU without WebGL. */
function withoutWebGl(): void {
  const original = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
    if (/webgl/i.test(type)) return null;
    return (original as (...args: unknown[]) => unknown).call(this, type, ...rest);
  } as typeof original;
}

/**
 * Sets the condition up on a fresh page (the context is new for JavaScript and zoom) and returns
 * the URLs aborted on purpose (their "Failed to load resource" lines are expected).
 */
async function applyCondition(page: Page, condition: Condition): Promise<string[]> {
  const aborted: string[] = [];
  switch (condition) {
    case 'WebGL unavailable':
      await page.addInitScript(withoutWebGl);
      break;
    case 'MapLibre fails to load':
      await page.route(
        (url) => isMapLibreChunk(url.pathname),
        (route) => {
          aborted.push(route.request().url());
          return route.abort('failed');
        },
      );
      break;
    case 'slow 3G': {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: 2000,
        downloadThroughput: 50 * 1024,
        uploadThroughput: 50 * 1024,
      });
      break;
    }
    case 'reduced motion':
      await page.emulateMedia({ reducedMotion: 'reduce' });
      break;
    case 'forced colours':
      await page.emulateMedia({ forcedColors: 'active' });
      break;
    default:
      break;
  }
  return aborted;
}

/** What the in-page check found. */
interface Report {
  missingProse: string[];
  mapless: string[];
  mapCount: number;
  overlaps: string[];
  cutOff: string[];
  sideways: number;
}

/**
 * The checks, run in the page: `expected` are the texts of the static HTML's prose; `settle`
 * says whether to wait for frames after each scroll (there are none without JavaScript);
 * `onScreen`, whether a map must be seen on screen at its step (else only laid out).
 */
async function inspect(
  page: Page,
  subject: Omit<Subject, 'reach'>,
  expected: string[],
  settle: boolean,
  onScreen: boolean,
) {
  return page.evaluate(
    async ({ subject, expected, settle, onScreen, PROSE }): Promise<Report> => {
      const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
      const norm = (text: string) => text.replace(/\s+/g, ' ').trim();
      const opacity = (el: Element | null): number => {
        let value = 1;
        for (let node = el; node; node = node.parentElement) value *= Number(getComputedStyle(node).opacity);
        return value;
      };
      const drawn = (el: Element): boolean => {
        const style = getComputedStyle(el);
        const box = el.getBoundingClientRect();
        if (style.display === 'none' || style.visibility === 'hidden' || box.width < 50 || box.height < 50)
          return false;
        if (opacity(el) < 0.4) return false;
        if (!onScreen) return true;
        const visible = Math.min(box.bottom, innerHeight) - Math.max(box.top, 0);
        return visible > Math.min(100, box.height / 2);
      };
      const aMapShows = () => [...document.querySelectorAll(subject.maps)].some(drawn);
      // After a scroll: whether a map shows once the page has reacted, that is after a frame
      // (the observers' turn), or within 2 s while a fade runs. No frames without JavaScript:
      // the page is as laid out. (A frame of the live map takes up to a second in SwiftShader.)
      const mapShowsAfterScroll = async (): Promise<boolean> => {
        if (!settle) return aMapShows();
        await frame();
        const until = performance.now() + 2000;
        while (!aMapShows() && performance.now() < until) await frame();
        return aMapShows();
      };

      // Every map step, scrolled to, shows a map.
      const mapless: string[] = [];
      const steps = subject.steps ? [...document.querySelectorAll<HTMLElement>(subject.steps)] : [];
      for (const step of steps) {
        step.scrollIntoView({ block: 'center', behavior: 'instant' });
        if (!(await mapShowsAfterScroll())) mapless.push(step.id || step.dataset['scene'] || step.className);
      }
      if (!subject.steps) {
        // The first map laid out (a map has one picture per frame shape; the others are hidden).
        const laidOut = [...document.querySelectorAll(subject.maps)].find(
          (el) => el.getBoundingClientRect().height > 0,
        );
        laidOut?.scrollIntoView({ block: 'center', behavior: 'instant' });
        if (!(await mapShowsAfterScroll())) mapless.push(subject.path || '/');
      }
      scrollTo({ top: 0, behavior: 'instant' });
      if (settle) await frame();

      // The prose is complete: each expected text is the text of an element the page renders
      // (not hidden by display or visibility; off-screen parts skipped by `content-visibility`
      // count as rendered, as do static pictures faded under the live map).
      const root = document.querySelector<HTMLElement>(subject.prose) ?? document.body;
      const shown = new Set(
        [...root.querySelectorAll(PROSE)]
          .filter((el) => el.checkVisibility({ visibilityProperty: true }))
          .map((el) => norm(el.textContent ?? '')),
      );
      const missingProse = expected.filter((text) => !shown.has(text));

      // No text block overlaps another, none is cut off at the window's edge. Graphics (maps,
      // sticky layers) are left out: cards pass over them by design.
      const layered = (el: Element): boolean => {
        for (let node: Element | null = el; node; node = node.parentElement) {
          const position = getComputedStyle(node).position;
          if (position === 'sticky' || position === 'fixed') return true;
          if (node.matches('svg, [aria-hidden="true"], .step-visual, [data-account-map], .static-map')) return true;
        }
        return false;
      };
      const scrolls = (el: Element): boolean => {
        for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
          const overflow = getComputedStyle(node).overflowX;
          if (overflow === 'auto' || overflow === 'scroll') return true;
        }
        return false;
      };
      const blocks = [
        ...root.querySelectorAll<HTMLElement>('p, h1, h2, h3, h4, li, dt, dd, figcaption, blockquote, summary, label'),
      ].filter((el) => {
        if (!el.innerText.trim() || layered(el)) return false;
        const box = el.getBoundingClientRect();
        // Left out: text for screen readers only (a 1 px clipped box).
        return box.width > 1 && box.height > 1 && getComputedStyle(el).visibility !== 'hidden';
      });
      const name = (el: Element) => `${el.tagName.toLowerCase()} "${norm(el.textContent ?? '').slice(0, 40)}"`;
      const cutOff = blocks
        .filter((el) => {
          const box = el.getBoundingClientRect();
          const clipped = el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible';
          return (box.left < -1 || box.right > document.documentElement.clientWidth + 1 || clipped) && !scrolls(el);
        })
        .map(name);
      const overlaps: string[] = [];
      const boxes = blocks.map((el) => ({ el, box: el.getBoundingClientRect() }));
      for (let i = 0; i < boxes.length && overlaps.length < 10; i++) {
        const a = boxes[i]!;
        for (let j = i + 1; j < boxes.length; j++) {
          const b = boxes[j]!;
          if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
          const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
          const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
          if (x > 2 && y > 2) overlaps.push(`${name(a.el)} / ${name(b.el)}`);
        }
      }
      return {
        missingProse,
        mapless,
        mapCount: document.querySelectorAll(subject.maps).length,
        overlaps,
        cutOff,
        sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      };
    },
    { subject, expected, settle, onScreen, PROSE },
  );
}

/**
 * The prose of the page as its static HTML has it: the text of every paragraph, heading, list
 * item and term of `subject.prose` that a reader is meant to see (not in a closed `<details>`,
 * not hidden, not for screen readers or print only, not inside a graphic).
 */
async function staticProse(page: Page, subject: Subject, onDemand: string | undefined): Promise<string[]> {
  const response = await page.request.get(`${basePath}${subject.path}`);
  expect(response.ok()).toBe(true);
  const html = await response.text();
  return page.evaluate(
    ({ html, prose, PROSE, onDemand }) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const root = doc.querySelector(prose) ?? doc.body;
      const skip =
        'details:not([open]), [hidden], .visually-hidden, .print-only, noscript, template, svg, [aria-hidden="true"], ' +
        // Controls and navigation, not prose (print leaves them out).
        'nav, .step-foot, .cw-toggle, .press-link, ' +
        // Shown only once a reader has hidden the passages that describe violence.
        '.warned-hidden, .step-hidden, ' +
        // An account map's captions, one per scene, shown with their scene.
        '.scene-headline' +
        (onDemand ? `, ${onDemand}` : '');
      return [...root.querySelectorAll(PROSE)]
        .filter((el) => !el.closest(skip))
        .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
        .filter((text) => text.length >= 12);
    },
    { html, prose: subject.prose, PROSE, onDemand },
  );
}

/** Console lines Chromium itself writes for a request we aborted on purpose. */
function withoutAborted(errors: BrowserErrors, aborted: string[]): BrowserErrors {
  return {
    ...errors,
    console: errors.console.filter(
      (line) => !(line.text.startsWith('Failed to load resource') && aborted.some((url) => line.url === url)),
    ),
  };
}

for (const subject of SUBJECTS) {
  test.describe(`degradation: ${subject.name}`, () => {
    for (const condition of CONDITIONS) {
      test(`${condition}: prose complete, a map at every map step, nothing overlaps or is cut off, a clean console`, async ({
        browser,
        page: defaultPage,
        offsiteGuard,
        browserErrors,
      }) => {
        // Slow 3G loads the long read's steps and pictures over 2 s round trips.
        test.setTimeout(condition === 'slow 3G' ? 150_000 : 90_000);
        let context: BrowserContext | undefined;
        let page = defaultPage;
        if (condition === 'JavaScript disabled' || condition === '320 px at 200% zoom') {
          // A context of our own (the fixtures' guard and error log are per context: re-attach).
          context = await browser.newContext(
            condition === 'JavaScript disabled'
              ? { javaScriptEnabled: false, baseURL: test.info().project.use.baseURL }
              : {
                  viewport: { width: 160, height: 320 },
                  deviceScaleFactor: 2,
                  isMobile: true,
                  hasTouch: true,
                  baseURL: test.info().project.use.baseURL,
                },
          );
          page = await context.newPage();
        }
        const local = new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1/').origin;
        const ownErrors: { text: string; url: string }[] = [];
        const offsite: string[] = [];
        const failed: string[] = [];
        if (context) {
          page.on('console', (m) => {
            if (m.type() === 'error' || m.type() === 'warning')
              ownErrors.push({ text: m.text(), url: m.location().url });
          });
          page.on('pageerror', (e) => ownErrors.push({ text: String(e), url: '' }));
          page.on('response', (r) => {
            if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
          });
          await context.route(
            (url) => !['data:', 'blob:'].includes(url.protocol) && url.origin !== local,
            (route) => {
              offsite.push(route.request().url());
              return route.abort('blockedbyclient');
            },
          );
        }
        const scripted = condition !== 'JavaScript disabled';
        const print = condition === 'print';
        const expected = await staticProse(page, subject, scripted && !print ? subject.onDemand : undefined);
        expect(expected.length, 'prose read from the static page').toBeGreaterThan(0);
        const aborted = await applyCondition(page, condition);
        await page.goto(`${basePath}${subject.path}`, { waitUntil: 'load', timeout: 120_000 });
        if (scripted && subject.reach) {
          // The live map, where the reader must ask for it: then wait until it has loaded (or
          // failed), at most 10 s (on slow 3G MapLibre takes longer: the static map must hold).
          const { hover, click } = subject.reach;
          if (hover) await page.locator(hover).first().hover();
          if (click && (await page.locator(click).first().isVisible())) await page.locator(click).first().click();
          await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
        }
        if (print) await page.emulateMedia({ media: 'print' });
        // A map must be laid out and not faded out; on screen too when its step is, except
        // without JavaScript (no frames to scroll by) and in print (no screen).
        const { reach: _reach, ...shape } = subject;
        const report = await inspect(page, shape, expected, scripted, scripted && !print);

        expect.soft(report.missingProse, 'prose the page does not render').toEqual([]);
        expect.soft(report.mapCount, 'maps on the page').toBeGreaterThan(0);
        expect.soft(report.mapless, 'map steps that show no map').toEqual([]);
        expect.soft(report.overlaps, 'text blocks that overlap').toEqual([]);
        expect.soft(report.cutOff, 'text blocks cut off at the window’s edge').toEqual([]);
        expect.soft(report.sideways, 'the page scrolls sideways by (px)').toBeLessThanOrEqual(1);
        if (context) {
          const lines = ownErrors.filter(
            (line) => !(line.text.startsWith('Failed to load resource') && aborted.includes(line.url)),
          );
          expect.soft(lines, 'console errors and warnings').toEqual([]);
          expect.soft(offsite, 'requests to other origins').toEqual([]);
          expect.soft(failed, 'requests that failed').toEqual([]);
          await context.close();
        } else {
          expectCleanLoad(`${subject.name}, ${condition}`, offsiteGuard, withoutAborted(browserErrors, aborted));
        }
      });
    }
  });
}
