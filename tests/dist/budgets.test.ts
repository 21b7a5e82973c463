/**
 * Byte budgets of the built pages, deterministic (read from dist/, no browser, no network): the
 * gzip size (level 6) of every page's HTML, of the CSS it links and of the JS it loads eagerly
 * (its scripts and their static imports; dynamic `import()` chunks excluded), and no MapLibre
 * code or style referenced eagerly anywhere. Prints a table of the figures. What a page
 * downloads in a browser before any interaction (fonts, images, data) is budgeted in
 * tests/e2e/budgets.spec.ts.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { formatKb, isMapLibreUrl, KB, servedSize } from '../support/bytes.ts';
import { eagerAssets } from '../support/eager-assets.ts';
import { distDir, distRelative, listFiles, localPathOfDistFile, requireBuilt } from '../support/site.ts';
import { formatTable } from '../support/table.ts';

/**
 * Budgets in bytes, gzip level 6 (KB = 1000 bytes). `/` holds every step's static map for
 * readers without JavaScript or WebGL and in print, hence its larger HTML budget (issue 8:
 * at most 150 KB). Other pages are prose, tables and one map: 60 KB leaves room for content to
 * grow. The JS budget covers a page's own code; MapLibre (about 300 KB) must stay behind a
 * dynamic import.
 */
const HOME_HTML_BUDGET = 150 * KB;
const PAGE_HTML_BUDGET = 60 * KB;
const EAGER_JS_BUDGET = 20 * KB;
const CSS_BUDGET = 30 * KB;

requireBuilt();

interface PageFigures {
  readonly path: string;
  readonly file: string;
  readonly html: number;
  readonly htmlBudget: number;
  readonly css: number;
  readonly js: number;
  readonly assets: ReturnType<typeof eagerAssets>;
}

const sum = (files: readonly string[]): number => files.reduce((total, file) => total + servedSize(file), 0);

const pages: PageFigures[] = listFiles(distDir, ['.html'])
  .map((file) => {
  const path = localPathOfDistFile(file);
  const assets = eagerAssets(file);
  return {
    path,
    file,
    html: servedSize(file),
    htmlBudget: path === localPathOfDistFile(`${distDir}/index.html`) ? HOME_HTML_BUDGET : PAGE_HTML_BUDGET,
    css: sum(assets.stylesheets),
    js: sum(assets.scripts),
    assets,
  };
})
  .sort((a, b) => a.path.localeCompare(b.path));

/** `"/map/: HTML is 61.2 kB gzip, over its budget of 60.0 kB"`. */
const overBudget = (path: string, kind: string, bytes: number, budget: number): string =>
  `${path}: ${kind} is ${formatKb(bytes)} kB gzip, over its budget of ${formatKb(budget)} kB`;

beforeAll(() => {
  const mark = (bytes: number, budget: number): string => `${formatKb(bytes)}${bytes > budget ? ' !' : ''}`;
  const rows = pages.map((page) => [
    page.path,
    mark(page.html, page.htmlBudget),
    formatKb(page.htmlBudget),
    mark(page.css, CSS_BUDGET),
    mark(page.js, EAGER_JS_BUDGET),
    String(page.assets.scripts.length),
  ]);
  const header = ['page', 'HTML', 'budget', 'CSS', 'eager JS', 'JS files'];
  console.info(
    `\nkB gzip (level 6, 1000 bytes) per page in dist/; ! marks a budget exceeded ` +
      `(CSS ${formatKb(CSS_BUDGET)}, eager JS ${formatKb(EAGER_JS_BUDGET)})\n${formatTable(header, rows)}\n`,
  );
});

describe.each(pages)('$path', (page) => {
  test(`its HTML is within ${formatKb(page.htmlBudget)} kB gzip`, () => {
    expect(page.html, overBudget(page.path, 'HTML', page.html, page.htmlBudget)).toBeLessThanOrEqual(page.htmlBudget);
  });

  test(`the CSS it links is within ${formatKb(CSS_BUDGET)} kB gzip`, () => {
    expect(page.css, overBudget(page.path, 'linked CSS', page.css, CSS_BUDGET)).toBeLessThanOrEqual(CSS_BUDGET);
  });

  test(`the JS it loads eagerly is within ${formatKb(EAGER_JS_BUDGET)} kB gzip`, () => {
    const files = page.assets.scripts.map(distRelative).join(', ') || 'none';
    expect(page.js, `${overBudget(page.path, 'eager JS', page.js, EAGER_JS_BUDGET)} (${files})`).toBeLessThanOrEqual(
      EAGER_JS_BUDGET,
    );
  });

  test('every script and stylesheet it loads eagerly exists in dist/', () => {
    expect(page.assets.missing, `${page.path}: eager references with no file in dist/`).toEqual([]);
  });

  test('references no MapLibre code or style eagerly', () => {
    const eager = [...new Set([...page.assets.references, ...page.assets.scripts.map(distRelative)])].filter(
      isMapLibreUrl,
    );
    expect(eager, `${page.path}: MapLibre referenced eagerly: ${eager.join(', ')}`).toEqual([]);
  });
});
