/**
 * Reader care in Chromium: the switch that hides passages describing violence (works without
 * JavaScript, remembers the reader's choice on the device with no cookie, and a classroom link
 * hides the passages by default), on the long read and in the survivor accounts, glossary terms explained in place, and "Cite this" (references on the citations page, copy
 * buttons that copy them).
 */
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { basePath, repoRoot } from '../support/site';
import { loadContentOrThrow } from '../../src/lib/content';

const FLAGGED = '[data-content-warning] .step-body';

async function flaggedVisible(page: Page): Promise<boolean[]> {
  return page.locator(FLAGGED).evaluateAll((els) => els.map((el) => getComputedStyle(el).display !== 'none'));
}

test.describe('passages that describe violence', () => {
  test('shown by default; the switch hides them, and the choice survives a reload with no cookie', async ({
    page,
    context,
  }) => {
    await page.goto(basePath);
    const before = await flaggedVisible(page);
    expect(before.length, 'the story has flagged passages').toBeGreaterThan(0);
    expect(before.every(Boolean), 'shown by default').toBe(true);

    await page.locator('#hide-violence').check();
    expect((await flaggedVisible(page)).some(Boolean), 'hidden once checked').toBe(false);
    // Each hidden passage says so, with a way to show them again.
    await expect(page.locator('[data-content-warning] .step-hidden').first()).toBeVisible();

    await page.reload();
    await expect(page.locator('#hide-violence')).toBeChecked();
    expect((await flaggedVisible(page)).some(Boolean), 'still hidden after a reload').toBe(false);
    expect(await context.cookies(), 'no cookie is set').toEqual([]);

    await page.locator('#hide-violence').uncheck();
    await page.reload();
    await expect(page.locator('#hide-violence')).not.toBeChecked();
    expect((await flaggedVisible(page)).every(Boolean)).toBe(true);
  });

  test('a classroom link hides them by default, even after the reader chose to show them', async ({ page }) => {
    await page.goto(basePath);
    await page.locator('#hide-violence').uncheck();
    await page.goto(`${basePath}?classroom`);
    await expect(page.locator('#hide-violence')).toBeChecked();
    expect((await flaggedVisible(page)).some(Boolean)).toBe(false);
  });

  test('without JavaScript the switch still hides and shows them', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(basePath);
    expect((await flaggedVisible(page)).every(Boolean)).toBe(true);
    await page.locator('label[for="hide-violence"]').first().click();
    expect((await flaggedVisible(page)).some(Boolean)).toBe(false);
    await context.close();
  });
});

test.describe('passages that describe violence in a survivor account', () => {
  // Every account whose front matter marks warned passages.
  const accounts = loadContentOrThrow(resolve(repoRoot, 'content')).stories.filter(
    (s) => s.data.warnedPassages.length > 0,
  );
  const WARNED = '.warned .warned-body';
  const shown = (page: Page) =>
    page.locator(WARNED).evaluateAll((els) => els.map((el) => getComputedStyle(el).display !== 'none'));

  test('each is marked with a note, hidden by the switch, and the choice made on the long read holds there', async ({
    page,
  }) => {
    expect(accounts.length, 'an account marks a passage').toBeGreaterThan(0);
    for (const account of accounts) {
      const path = `${basePath}stories/${account.id}/`;
      await page.goto(path);
      const passages = page.locator('.warned');
      await expect(passages, path).toHaveCount(account.data.warnedPassages.length);
      await expect(passages.first().locator('.content-note'), path).toBeVisible();
      expect((await shown(page)).every(Boolean), `${path}: shown by default`).toBe(true);
      await page.locator('#hide-violence').check();
      expect((await shown(page)).some(Boolean), `${path}: hidden once checked`).toBe(false);
      await expect(passages.first().locator('.warned-hidden'), path).toBeVisible();
      await page.locator('#hide-violence').uncheck();
    }
    // The same choice, stored on the device, applies from one page to the other.
    await page.goto(basePath);
    await page.locator('#hide-violence').check();
    await page.goto(`${basePath}stories/${accounts[0]!.id}/`);
    await expect(page.locator('#hide-violence')).toBeChecked();
    expect((await shown(page)).some(Boolean)).toBe(false);
  });

  test('a classroom link hides them, and without JavaScript the switch still works', async ({ page, browser }) => {
    const path = `${basePath}stories/${accounts[0]!.id}/`;
    await page.goto(`${path}?classroom`);
    await expect(page.locator('#hide-violence')).toBeChecked();
    expect((await shown(page)).some(Boolean)).toBe(false);

    const context = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(path);
    expect((await shown(noJs)).every(Boolean)).toBe(true);
    await noJs.locator('label[for="hide-violence"]').first().click();
    expect((await shown(noJs)).some(Boolean)).toBe(false);
    await context.close();
  });

  test('each account links to its references, which exist in four formats', async ({ page }) => {
    const all = loadContentOrThrow(resolve(repoRoot, 'content')).stories;
    for (const account of all) {
      await page.goto(`${basePath}stories/${account.id}/`);
      await expect(page.getByRole('link', { name: 'Cite this account' })).toHaveAttribute(
        'href',
        `${basePath}cite/#story-${account.id}`,
      );
    }
    await page.goto(`${basePath}cite/`);
    for (const account of all) {
      const cite = page.locator(`[id="story-${account.id}"]`);
      for (const style of ['APA', 'MLA', 'Chicago', 'BibTeX']) await expect(cite, style).toContainText(style);
      await expect(cite).toContainText(`/stories/${account.id}/`);
    }
  });
});

test.describe('cite this', () => {
  test('every chapter links to its references, which exist in four formats', async ({ page }) => {
    await page.goto(basePath);
    const links = await page
      .locator('.chapter-head a[href*="/cite/#chapter-"]')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    const chapters = await page.locator('section.chapter').count();
    expect(links).toHaveLength(chapters);
    await page.goto(links[0] as string);
    const id = new URL(links[0] as string).hash.slice(1);
    const item = page.locator(`[id="${id}"]`);
    for (const label of ['APA 7', 'MLA 9', 'Chicago', 'BibTeX']) {
      await expect(item.locator('dt', { hasText: label })).toBeVisible();
    }
    await expect(item.locator('pre').first()).toContainText('(2026, November 24)');
  });

  test('the copy button copies the reference', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`${basePath}cite/`);
    const first = page.locator('[data-cite]').first();
    const button = first.locator('[data-copy]').first();
    await expect(button).toBeVisible();
    await button.click();
    await expect(button).toHaveText('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await first.locator('pre').first().textContent());
  });
});

test.describe('glossary terms in place', () => {
  test('a term opens its definition beside it, from the keyboard too, and Escape returns to it', async ({ page }) => {
    await page.goto(basePath);
    const term = page.locator('a.term[data-term="repatriation"]').first();
    await term.scrollIntoViewIfNeeded();
    await term.focus();
    await page.keyboard.press('Enter');
    const panel = page.locator('#term-panel');
    await expect(panel).toBeVisible();
    await expect(panel).toHaveAttribute('role', 'dialog');
    await expect(panel.locator('.term-panel-title')).toHaveText('repatriation');
    await expect(panel.locator('.term-panel-text')).not.toBeEmpty();
    await expect(term).toHaveAttribute('aria-expanded', 'true');
    const box = await panel.boundingBox();
    const width = page.viewportSize()?.width ?? 0;
    expect(box && box.x >= 0 && box.x + box.width <= width, 'the panel stays on screen').toBe(true);
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(term).toBeFocused();
  });

  test('at 320 px the panel fits the screen', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(basePath);
    const term = page.locator('a.term').last();
    await term.scrollIntoViewIfNeeded();
    await term.click();
    const box = await page.locator('#term-panel').boundingBox();
    expect(box).not.toBeNull();
    expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= 320).toBe(true);
  });

  test('without JavaScript a term is a link to its glossary entry', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(basePath);
    const term = page.locator('a.term').first();
    const id = await term.getAttribute('data-term');
    await term.scrollIntoViewIfNeeded();
    await term.click();
    await expect(page).toHaveURL(new RegExp(`/glossary/#${id}$`));
    await expect(page.locator(`[id="${id}"]`)).toBeVisible();
    await context.close();
  });
});

test.describe('reading aids', () => {
  test('the chapter menu stays hidden over the opening, then follows the chapter in view', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(basePath);
    const nav = page.locator('[data-story-progress]');
    await expect(nav).not.toHaveClass(/is-shown/);
    const chapters = await page.locator('section.chapter').evaluateAll((els) => els.map((e) => e.id));
    await page.evaluate((id) => document.getElementById(id)?.scrollIntoView(), chapters[2] as string);
    await expect(nav).toHaveClass(/is-shown/);
    await expect(nav.locator('.where')).toHaveText(`3 / ${chapters.length}`);
    const toggle = nav.locator('.toggle');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(nav.locator('a[aria-current="true"]')).toHaveAttribute('href', `#${chapters[2]}`);
    await page.keyboard.press('Escape');
    await expect(nav.locator('.panel')).toBeHidden();
    await expect(toggle).toBeFocused();
    // A chapter from the menu.
    await toggle.click();
    await nav.locator(`a[href="#${chapters[5]}"]`).click();
    await expect(nav.locator('.where')).toHaveText(`6 / ${chapters.length}`);
  });

  test('reading time and "in brief" with a source and a link for every fact', async ({ page }) => {
    await page.goto(basePath);
    await expect(page.locator('.hero .meta')).toContainText(/about \d+ minutes to read/);
    const items = page.locator('.in-brief li');
    expect(await items.count()).toBeGreaterThanOrEqual(3);
    for (const item of await items.all()) {
      await expect(item.locator('.source-line a').first()).toBeAttached();
      const target = (await item.locator('a[href^="#"]').getAttribute('href')) ?? '';
      expect(await page.locator(target).count(), `${target} exists`).toBe(1);
    }
  });
});
