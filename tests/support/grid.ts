/**
 * One grid for every page: the checks the every-page test (tests/e2e/pages.spec.ts) runs on each
 * page it opens.
 * - On wide screens (1280 and 1440 px) the page's text column starts on the grid's content edge,
 *   the left edge of the logo (`.brand`): the first `h1` in `main`, and the first `.measure` in
 *   `main` where there is one, line up with it within a pixel.
 * - On phones (320 and 390 px) the masthead is a single row, at most 64 px tall, and nothing makes
 *   the page scroll sideways.
 */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** Widths at which the text column must start on the logo's edge. */
export const WIDE_WIDTHS = [1280, 1440] as const;
/** Phone widths at which the masthead must be one row and the page must not scroll sideways. */
export const PHONE_WIDTHS = [320, 390] as const;
/** The tallest a one-row masthead may be, in CSS px. */
const MAX_HEADER_HEIGHT = 64;
/** How far apart two edges may be and still count as aligned, in CSS px. */
const TOLERANCE = 1;

/**
 * Lays the open page out at a new viewport width and waits two frames, so that media queries,
 * container queries and resize handlers have run before anything is measured. Reloading at each
 * width would test the same CSS four times as slowly.
 */
export async function resizeTo(page: Page, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

/** The left edge (CSS px) of the first element matching `selector`, or null when there is none. */
async function leftEdge(page: Page, selector: string): Promise<number | null> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    return el ? el.getBoundingClientRect().left : null;
  }, selector);
}

/** The text column starts on the logo's left edge (wide screens). */
export async function expectOnGrid(page: Page, path: string, width: number): Promise<void> {
  const brand = await leftEdge(page, '.brand');
  expect(brand, `${path} at ${width} px: no .brand (logo) in the masthead`).not.toBeNull();
  const heading = await leftEdge(page, 'main h1');
  expect(heading, `${path} at ${width} px: no h1 in main`).not.toBeNull();
  expect
    .soft(
      Math.abs((heading ?? 0) - (brand ?? 0)),
      `${path} at ${width} px: the h1 starts at x=${heading}, the logo at x=${brand}`,
    )
    .toBeLessThanOrEqual(TOLERANCE);
  const measure = await leftEdge(page, 'main .measure');
  if (measure !== null) {
    expect
      .soft(
        Math.abs(measure - (brand ?? 0)),
        `${path} at ${width} px: the first .measure starts at x=${measure}, the logo at x=${brand}`,
      )
      .toBeLessThanOrEqual(TOLERANCE);
  }
}

/** A one-row masthead and no sideways scrolling (phones). */
export async function expectPhoneFit(page: Page, path: string, width: number): Promise<void> {
  const header = await page.evaluate(() => document.querySelector('body > header')?.getBoundingClientRect().height);
  expect(header, `${path} at ${width} px: no masthead (body > header)`).toBeDefined();
  expect
    .soft(header ?? Infinity, `${path} at ${width} px: the masthead is ${header} px tall (two rows?)`)
    .toBeLessThanOrEqual(MAX_HEADER_HEIGHT);
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect
    .soft(scrollWidth, `${path} at ${width} px: the page is ${scrollWidth} px wide in a ${innerWidth} px window`)
    .toBeLessThanOrEqual(innerWidth);
}

/**
 * Runs every grid check on the page already open: wide widths first (skipped when `aligned` is
 * false), then phones, laying the same document out again at each width. Leaves the viewport at
 * `restoreWidth` x 800.
 */
export async function expectOneGrid(page: Page, path: string, aligned: boolean, restoreWidth: number): Promise<void> {
  if (aligned) {
    for (const width of [...WIDE_WIDTHS].reverse()) {
      await resizeTo(page, width);
      await expectOnGrid(page, path, width);
    }
  }
  for (const width of [...PHONE_WIDTHS].reverse()) {
    await resizeTo(page, width);
    await expectPhoneFit(page, path, width);
  }
  await page.setViewportSize({ width: restoreWidth, height: 800 });
}
