/**
 * Every page of the built site, in Chromium: the pages listed in dist/'s sitemap, plus the 404
 * page (served by `astro preview` for any unknown path). Each page loads cleanly without leaving
 * the site, passes axe for WCAG 2.2 A/AA, starts keyboard navigation with a skip link, and sits on
 * the one grid (tests/support/grid.ts: the text column on the logo's edge at 1280 and 1440 px, a
 * one-row masthead and no sideways scrolling at 320 and 390 px): all in one visit per page.
 */
import { axeViolations, formatAxeViolations } from '../support/axe';
import { expect, expectCleanLoad, scrollThrough, test } from '../support/fixtures';
import { basePath } from '../support/site';
import { readSitemapPaths } from '../support/sitemap';
import { expectOneGrid } from '../support/grid';
import type { Page } from '@playwright/test';

interface PageUnderTest {
  /** Shown in test titles and failure messages. */
  readonly label: string;
  /** Local path, BASE_PATH included. */
  readonly path: string;
  readonly notFound: boolean;
}

const pages: PageUnderTest[] = [
  ...readSitemapPaths().map((path) => ({ label: path, path, notFound: false })),
  { label: '404 page', path: `${basePath}this-page-does-not-exist/`, notFound: true },
];

/** Opens a page and waits for its fonts, so that contrast and layout checks see the final text. */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(path, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** Asserts that axe finds nothing, printing every violation readably when it does. */
async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  // Embeds in iframes are checked in embeds.spec.ts.
  const violations = await axeViolations(page, { frames: false });
  expect(
    violations.map((violation) => violation.id),
    `${where}: axe found ${violations.length} violation(s):\n${formatAxeViolations(violations)}\n`,
  ).toEqual([]);
}

/**
 * Checks that the first Tab focuses a visible "skip to content" link whose target is the main
 * landmark or inside it. Call it with the page freshly loaded and nothing focused.
 */
async function expectSkipLinkFirst(page: Page, label: string): Promise<void> {
  await expect(page.getByRole('main'), `${label}: number of main landmarks`).toHaveCount(1);

  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused, `${label}: nothing has focus after the first Tab`).toHaveCount(1);
  const link = await focused.evaluate((element) => {
    const href = element.getAttribute('href') ?? '';
    const id = href.startsWith('#') ? decodeURIComponent(href.slice(1)) : '';
    const target = id ? document.getElementById(id) : null;
    const box = element.getBoundingClientRect();
    return {
      tag: element.tagName.toLowerCase(),
      href,
      name: (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim(),
      targetFound: target !== null,
      targetIsMainOrInMain: target?.closest('main, [role="main"]') != null,
      box: { left: box.left, top: box.top, width: box.width, height: box.height },
      viewport: { width: window.innerWidth, height: window.innerHeight },
    };
  });
  const described = `<${link.tag} href="${link.href}">${link.name}</${link.tag}>`;
  expect(
    link.tag === 'a' && /skip/i.test(link.name),
    `${label}: the first Tab focused ${described}, not a "Skip to content" link`,
  ).toBe(true);
  expect(link.targetFound, `${label}: the skip link ${described} points at no element (expected #main)`).toBe(true);
  expect(
    link.targetIsMainOrInMain,
    `${label}: the skip link's target ${link.href} is neither the main landmark nor inside it`,
  ).toBe(true);

  await expect(focused, `${label}: the focused skip link is not visible`).toBeVisible();
  const { box, viewport } = link;
  const onScreen =
    box.width > 1 &&
    box.height > 1 &&
    box.left < viewport.width &&
    box.top < viewport.height &&
    box.left + box.width > 0 &&
    box.top + box.height > 0;
  expect(onScreen, `${label}: the focused skip link is clipped or off screen (box ${JSON.stringify(box)})`).toBe(true);
}

// One visit per page (the suite has to fit CI's time): axe on the page as it first shows, then the
// first Tab, then a scroll to the bottom and back so that lazy parts load, then the log.
for (const { label, path, notFound } of pages) {
  test(`${label}: HTTP ${notFound ? '404' : '2xx'}, no axe violations, a skip link first, one grid, no errors or requests to other origins`, async ({
    page,
    offsiteGuard,
    browserErrors,
  }) => {
    const response = await page.goto(path, { waitUntil: 'load' });
    expect(response, `${label}: no response for ${path}`).not.toBeNull();
    const status = response?.status() ?? 0;
    if (notFound) expect.soft(status, `${label}: HTTP status for ${path}`).toBe(404);
    else expect.soft(status >= 200 && status < 300, `${label}: HTTP status ${status} for ${path}`).toBe(true);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));

    // axe before the Tab: the focused skip link covers the logo, which axe would count as an
    // obscured target.
    await expectNoAxeViolations(page, label);
    await expectSkipLinkFirst(page, label);
    await expectOneGrid(page, label, true, 1280);
    await scrollThrough(page, path);
    expectCleanLoad(label, offsiteGuard, browserErrors);
  });
}

test.describe('home page at a 390 px phone width', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

  test('has no WCAG 2.2 A/AA violations found by axe', async ({ page }) => {
    await open(page, basePath);
    await expectNoAxeViolations(page, `${basePath} at 390 px`);
  });
});
