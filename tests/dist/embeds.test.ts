/**
 * The press room's files in dist/, for every graphic of the registry: the embed page (noindex,
 * canonical to its graphic's page, no site furniture, the drawing as SVG in the HTML), the
 * graphic's page with its social image, the downloads (CSV that parses and holds the graphic's
 * data and the rows its embed shows; SVG; PNG at twice the SVG's size), and the social images of
 * the story and the accounts. Byte budgets of the embeds, from the files: a chart embed under
 * 30 KB gzip in all, a map embed's static first view under 60 KB. Prints a table of the figures.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { DomUtils, parseDocument } from 'htmlparser2';
import { selectAll as cssSelectAll, selectOne as cssSelectOne } from 'css-select';
import type { AnyNode, Element } from 'domhandler';
import { loadContentOrThrow } from '../../src/lib/content';
import { graphicsInputFrom } from '../../src/lib/graphics/input';
import { listGraphics, type Graphic } from '../../src/lib/graphics/registry';
import { downloadPaths, embedPath, graphicPagePath } from '../../src/lib/graphics/paths';
import { formatKb, KB, servedSize } from '../support/bytes';
import { parseCsv } from '../support/csv';
import { eagerAssets } from '../support/eager-assets';
import { basePath, distFileOf, publicUrlOf, requireBuilt } from '../support/site';
import { readSitemapUrls } from '../support/sitemap';
import { formatTable } from '../support/table';

/** Budgets in bytes, gzip level 6 (KB = 1000 bytes), of everything an embed loads before any interaction. */
const CHART_EMBED_BUDGET = 30 * KB;
const MAP_EMBED_BUDGET = 60 * KB;

requireBuilt();

const content = loadContentOrThrow(process.env.CONTENT_DIR ?? 'content');
const graphics = listGraphics(graphicsInputFrom(content));
const sitemap = new Set(readSitemapUrls());
const local = (sitePath: string) => basePath + sitePath.slice(1);
const fileOf = (sitePath: string) => distFileOf(local(sitePath)) ?? '';
const read = (sitePath: string) => readFileSync(fileOf(sitePath), 'utf8');
const doc = (sitePath: string) => parseDocument(read(sitePath));
const selectAll = (query: string, root: AnyNode): Element[] => cssSelectAll<AnyNode, Element>(query, root);
const selectOne = (query: string, root: AnyNode): Element | null => cssSelectOne<AnyNode, Element>(query, root);
const attr = (el: Element | null, name: string) => el?.attribs[name];
const text = (el: Element) => DomUtils.textContent(el).replace(/\s+/g, ' ').trim();

/** Width and height of a PNG file, from its IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1'), `${file} is not a PNG`).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** What one embed loads before the reader does anything, weighed from dist/. */
interface EmbedWeight {
  graphic: Graphic;
  html: number;
  css: number;
  js: number;
  font: number;
  /** The larger basemap picture of its frames (only one is shown). */
  basemap: number;
  /** Script subsets the page has text for. */
  scriptFonts: number;
  total: number;
  budget: number;
}

function weigh(graphic: Graphic): EmbedWeight {
  const file = fileOf(embedPath(graphic.id));
  const html = readFileSync(file, 'utf8');
  const page = parseDocument(html);
  const assets = eagerAssets(file);
  const sum = (files: readonly string[]) => files.reduce((total, f) => total + servedSize(f), 0);
  const fontLinks = selectAll('link[rel=preload][as=font]', page).map((el) => distFileOf(attr(el, 'href') ?? '') ?? '');
  const basemaps = selectAll('img.map-basemap', page).map((el) =>
    servedSize(distFileOf((attr(el, 'src') ?? '').split('#')[0] ?? '') ?? ''),
  );
  const css = assets.stylesheets.map((f) => readFileSync(f, 'utf8')).join('\n');
  const scriptFonts = [...css.matchAll(/url\(([^)]*\/fonts\/script-([a-z]+)-[^)]*\.woff2)\)/g)]
    .filter((m) => html.includes(`lang="${m[2]}"`))
    .map((m) => servedSize(distFileOf(m[1] ?? '') ?? ''));
  const weight = {
    graphic,
    html: servedSize(file),
    css: sum(assets.stylesheets),
    js: sum(assets.scripts),
    font: fontLinks.reduce((total, f) => total + servedSize(f), 0),
    basemap: Math.max(0, ...basemaps),
    scriptFonts: scriptFonts.reduce((a, b) => a + b, 0),
    total: 0,
    budget: graphic.kind === 'chart' ? CHART_EMBED_BUDGET : MAP_EMBED_BUDGET,
  };
  weight.total = weight.html + weight.css + weight.js + weight.font + weight.basemap + weight.scriptFonts;
  return weight;
}

test('the registry has charts and maps to check', () => {
  expect(graphics.filter((g) => g.kind === 'chart').length).toBeGreaterThan(0);
  expect(graphics.filter((g) => g.kind === 'map').length).toBeGreaterThan(1);
});

describe.each(graphics.map((graphic) => ({ id: graphic.id, graphic })))('$id', ({ graphic }) => {
  const embed = embedPath(graphic.id);
  const pagePath = graphicPagePath(graphic.id);

  test('its embed page is minimal: noindex, canonical to its graphic’s page, links open outside the frame, no site furniture', () => {
    const page = doc(embed);
    expect(attr(selectOne('meta[name=robots]', page), 'content')).toBe('noindex');
    const canonical = attr(selectOne('link[rel=canonical]', page), 'href');
    expect(canonical).toBe(publicUrlOf(local(pagePath)));
    expect(sitemap.has(canonical ?? ''), `${canonical} is not in the sitemap`).toBe(true);
    expect(attr(selectOne('base', page), 'target')).toBe('_blank');
    expect(selectAll('header, nav, .masthead, .site-footer', page)).toEqual([]);
    expect(selectAll('h1', page).map(text)).toEqual([graphic.title]);
  });

  test('its embed page holds the drawing as SVG, with its text alternative', () => {
    const page = doc(embed);
    const drawings = selectAll('[data-graphic] svg[role=img]', page);
    expect(drawings.length).toBeGreaterThan(0);
    for (const svg of drawings) {
      const titleId = attr(svg, 'aria-labelledby') ?? '';
      const title = selectOne(`[id="${titleId}"]`, page);
      expect(title && text(title), `${graphic.id}: an SVG without its title`).toBe(graphic.alt.replace(/\s+/g, ' ').trim());
    }
  });

  test('its graphic page exists, links its downloads and has its own social image (1200 × 630)', () => {
    const page = doc(pagePath);
    const files = downloadPaths(graphic.id);
    const links = selectAll('a[download]', page).map((a) => attr(a, 'href'));
    expect(links).toEqual(expect.arrayContaining([local(files.png), local(files.svg), local(files.csv)]));
    const image = attr(selectOne('meta[property="og:image"]', page), 'content') ?? '';
    expect(image).toBe(publicUrlOf(local(`/social/graphic-${graphic.id}.png`)));
    expect(pngSize(fileOf(new URL(image).pathname.slice(basePath.length - 1)))).toEqual([1200, 630]);
    expect(attr(selectOne('meta[name="twitter:card"]', page), 'content')).toBe('summary_large_image');
    expect(attr(selectOne('meta[property="og:image:alt"]', page), 'content')).toContain(graphic.title);
  });

  test('its CSV parses and holds the graphic’s data, the rows its embed shows', () => {
    const rows = parseCsv(read(downloadPaths(graphic.id).csv));
    const [header, ...body] = rows;
    expect(header).toEqual(graphic.data.columns);
    expect(body.length).toBe(graphic.data.rows.length);
    body.forEach((row, i) => {
      expect(row.length, `row ${i + 1}`).toBe(header?.length);
      graphic.data.columns.forEach((column, j) => {
        const value = graphic.data.rows[i]?.[column];
        expect(row[j], `row ${i + 1}, ${column}`).toBe(value === undefined ? '' : String(value));
      });
    });
    // The embed's own table ("Show the numbers") lists the same rows, in the same order: each
    // row's header cell is one of that CSV row's values (a label, a group, a date as written).
    const shown = selectAll('[data-graphic] table tbody th[scope=row]', doc(embed)).map(text);
    expect(shown.length).toBe(body.length);
    shown.forEach((header, i) => {
      const values = (body[i] ?? []).map((cell) => cell.replace(/\s+/g, ' ').trim());
      expect(values, `row ${i + 1}: "${header}" is not in the CSV row`).toContain(header);
    });
  });

  test('its SVG download is a standalone card and its PNG is the same at twice the size', () => {
    const files = downloadPaths(graphic.id);
    const svg = read(files.svg);
    const size = /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="(\d+)" height="(\d+)"/.exec(svg);
    expect(size, `${files.svg} does not start with a sized <svg>`).not.toBeNull();
    expect(svg).toContain(`<title>${graphic.title.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</title>`);
    expect(svg).not.toMatch(/var\(--|class="/);
    expect(svg).not.toMatch(/<(script|foreignObject|image)\b/i);
    expect(pngSize(fileOf(files.png))).toEqual([Number(size?.[1]) * 2, Number(size?.[2]) * 2]);
  });
});

describe('social images of the story and the accounts', () => {
  const pages = ['/', ...content.stories.map((s) => `/stories/${s.id}/`)];
  test.each(pages)('%s has its card, a 1200 × 630 PNG with a text alternative', (path) => {
    const page = doc(path);
    const image = attr(selectOne('meta[property="og:image"]', page), 'content') ?? '';
    const expected = path === '/' ? '/social/story.png' : `/social/account-${path.split('/')[2]}.png`;
    expect(image).toBe(publicUrlOf(local(expected)));
    expect(pngSize(fileOf(expected))).toEqual([1200, 630]);
    expect(attr(selectOne('meta[property="og:image:alt"]', page), 'content')?.length).toBeGreaterThan(20);
  });

  test('no account’s card or alt names anyone but by the pseudonym', () => {
    for (const story of content.stories) {
      const alt = attr(selectOne('meta[property="og:image:alt"]', doc(`/stories/${story.id}/`)), 'content') ?? '';
      expect(alt).toContain(`“${story.data.pseudonym}” is a pseudonym`);
    }
  });

  test('every other page shares the story’s card, and every og:image exists', () => {
    for (const url of sitemap) {
      const path = new URL(url).pathname.slice(basePath.length - 1);
      const image = attr(selectOne('meta[property="og:image"]', doc(path)), 'content') ?? '';
      expect(image, path).not.toBe('');
      expect(existsSync(fileOf(new URL(image).pathname.slice(basePath.length - 1))), `${path}: ${image}`).toBe(true);
    }
  });
});

describe('embed budgets', () => {
  const weights = graphics.map(weigh);

  beforeAll(() => {
    const rows = weights.map((w) => [
      w.graphic.id,
      formatKb(w.html),
      formatKb(w.css),
      formatKb(w.js),
      formatKb(w.font + w.scriptFonts),
      formatKb(w.basemap),
      `${formatKb(w.total)}${w.total > w.budget ? ' !' : ''}`,
      formatKb(w.budget),
    ]);
    console.info(
      `\nkB gzip (level 6) an embed loads before any interaction, from dist/ (map: its larger basemap)\n` +
        formatTable(['embed', 'HTML', 'CSS', 'JS', 'fonts', 'basemap', 'total', 'budget'], rows) +
        '\n',
    );
  });

  test.each(weights.map((w) => ({ id: w.graphic.id, w })))('$id is within its budget', ({ w }) => {
    expect(
      w.total,
      `${w.graphic.id}: ${formatKb(w.total)} kB gzip before any interaction, over its budget of ${formatKb(w.budget)} kB`,
    ).toBeLessThanOrEqual(w.budget);
  });

  test('no embed references MapLibre before the reader asks for the live map', () => {
    for (const { graphic } of weights) {
      const assets = eagerAssets(fileOf(embedPath(graphic.id)));
      expect(assets.scripts.concat(assets.stylesheets).filter((f) => /maplibre/i.test(f)), graphic.id).toEqual([]);
    }
  });

  test('the embed font exists in dist/', () => {
    const font = selectOne('link[rel=preload][as=font]', doc(embedPath(graphics[0]!.id)));
    expect(existsSync(join(distFileOf(attr(font, 'href') ?? '') ?? ''))).toBe(true);
  });
});
