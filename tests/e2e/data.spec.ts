/**
 * The data page in Chromium, as a journalist uses it: each download link saves a file under its
 * own name (the `download` attribute), byte for byte the file in dist/, and the CSV files read
 * back with a header row. Layout, axe and sideways scrolling are covered for every page by
 * pages.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { expect, test } from '../support/fixtures';
import { basePath, distFileOf } from '../support/site';

test('every download on /data/ saves its file under its own name, identical to dist/', async ({ page }) => {
  await page.goto(`${basePath}data/`);
  const links = page.locator('a[download]');
  const count = await links.count();
  expect(count).toBeGreaterThan(4);
  for (let i = 0; i < count; i++) {
    const link = links.nth(i);
    const href = (await link.getAttribute('href')) ?? '';
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const expected = href.split('/').pop()!;
    expect(download.suggestedFilename(), href).toBe(expected);
    const saved = readFileSync((await download.path())!);
    expect(saved.equals(readFileSync(distFileOf(href)!)), `${href}: the saved file differs from dist/`).toBe(true);
    if (expected.endsWith('.csv')) expect(csvParse(saved.toString('utf8')).columns.length, href).toBeGreaterThan(1);
    if (expected.endsWith('json')) expect(() => JSON.parse(saved.toString('utf8')) as unknown, href).not.toThrow();
  }
});
