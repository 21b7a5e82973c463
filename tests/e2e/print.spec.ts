/**
 * The printed edition, in Chromium: the long read and a survivor account printed to PDF (A4)
 * come out at a sensible length, and in print media every map step shows its static map, nothing
 * is wider than the paper, screen furniture (navigation, footer, buttons, the violence switch)
 * is gone, a chart told over two steps prints once, and the page ends with the sources it cites,
 * each with its web address, and the address it was printed from. (The classroom sheets are
 * checked in classroom.spec.ts.)
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { basePath } from '../support/site';

/** Pages in a PDF that Chromium printed (each page is a `/Type /Page` object). */
const pageCount = (pdf: Buffer): number => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;

/** A4's printable width at our page margins (210 mm - 2 x 14 mm), in CSS px. */
const PAPER_WIDTH = Math.floor(((210 - 28) / 25.4) * 96);

/** Opens a page at paper width in print media, fonts loaded. */
async function openForPrint(page: Page, path: string): Promise<void> {
  await page.setViewportSize({ width: PAPER_WIDTH, height: 1100 });
  await page.goto(path, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.emulateMedia({ media: 'print' });
}

/** What print media shows of the page's furniture, figures and printed sources. */
async function printReport(page: Page) {
  return page.evaluate(() => {
    const shown = (el: Element) => {
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return style.display !== 'none' && style.visibility !== 'hidden' && box.width > 0 && box.height > 0;
    };
    const furniture = ['.masthead nav', '.site-footer', '.cw-toggle', 'main button', '.skip-link'].flatMap((sel) =>
      [...document.querySelectorAll(sel)].filter(shown).map(() => sel),
    );
    const tooWide = [...document.querySelectorAll('main svg, main img, main table, main figure')]
      .filter((el) => shown(el) && el.getBoundingClientRect().right > window.innerWidth + 1)
      .map((el) => `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}`);
    const sources = [...document.querySelectorAll('.print-sources li')].filter(shown).map((li) => li.textContent ?? '');
    const origin = [...document.querySelectorAll('.print-origin')].filter(shown).map((p) => p.textContent ?? '');
    return { furniture, tooWide, sources, origin, scrollWidth: document.documentElement.scrollWidth };
  });
}

function expectPrintable(where: string, report: Awaited<ReturnType<typeof printReport>>, sourceCount: number): void {
  expect.soft(report.furniture, `${where}: screen furniture in print`).toEqual([]);
  expect.soft(report.tooWide, `${where}: figures wider than the paper`).toEqual([]);
  expect.soft(report.scrollWidth, `${where}: the page is wider than the paper`).toBeLessThanOrEqual(PAPER_WIDTH);
  expect(report.sources.length, `${where}: printed sources`).toBe(sourceCount);
  for (const source of report.sources)
    expect.soft(source, `${where}: a printed source without its address`).toMatch(/https?:\/\/\S+/);
  expect(report.origin.join(''), `${where}: where it was printed from`).toMatch(/Printed from https?:\/\//);
}

test('the long read prints every step with its static map and its sources with their addresses', async ({ page }) => {
  test.slow();
  await openForPrint(page, basePath);
  const steps = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-story-step]')].map((step) => {
      const visual = step.querySelector('.step-visual');
      const pictures = [...(visual?.querySelectorAll('svg, img') ?? [])].filter((el) => {
        const box = el.getBoundingClientRect();
        return getComputedStyle(el).display !== 'none' && box.width > 50 && box.height > 50;
      });
      return {
        id: step.id,
        kind: step.dataset['visual'],
        repeats: visual?.hasAttribute('data-repeats-chart') ?? false,
        pictures: pictures.length,
      };
    }),
  );
  expect(steps.length).toBeGreaterThan(0);
  for (const step of steps.filter((s) => s.kind === 'map'))
    expect.soft(step.pictures, `${step.id}: a map step prints its static map`).toBeGreaterThan(0);
  for (const step of steps.filter((s) => s.kind === 'chart')) {
    if (step.repeats) expect.soft(step.pictures, `${step.id}: the chart of the step before prints once`).toBe(0);
    else expect.soft(step.pictures, `${step.id}: a chart step prints its chart`).toBeGreaterThan(0);
  }
  const cited = await page.locator('.print-sources li').count();
  expect(cited, 'the long read cites sources').toBeGreaterThan(20);
  expectPrintable('/', await printReport(page), cited);

  const pages = pageCount(await page.pdf({ format: 'A4', printBackground: true }));
  // 50 steps, most with a map, and the list of sources: about a page per step.
  expect(pages, '/ printed on A4').toBeGreaterThanOrEqual(30);
  expect(pages, '/ printed on A4').toBeLessThanOrEqual(60);
});

test('a survivor account prints its map, its text and its sources with their addresses on a few pages', async ({
  page,
}) => {
  const path = `${basePath}stories/tao/`;
  await openForPrint(page, path);
  await expect(
    page.locator('.account-map [data-static-map] svg, .account-map [data-static-map] img').first(),
  ).toBeVisible();
  expectPrintable(path, await printReport(page), 4);
  const pages = pageCount(await page.pdf({ format: 'A4', printBackground: true }));
  expect(pages, `${path} printed on A4`).toBeGreaterThanOrEqual(2);
  expect(pages, `${path} printed on A4`).toBeLessThanOrEqual(4);
});
