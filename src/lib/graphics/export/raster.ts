/**
 * SVG to PNG at build time, with resvg (`@resvg/resvg-js`: a Rust rasteriser with prebuilt
 * binaries, no browser) and only the fonts that ship with the site: Noto Sans at the weights the
 * graphics use, Source Serif 4 for the social cards' headlines, and the Thai, Khmer, Burmese and
 * Lao subsets for local place names. resvg reads TrueType files, so each is converted from the
 * `@fontsource` WOFF2 files (fixed weights cut from the variable fonts) and kept in
 * `node_modules/.cache/graphic-fonts/` (or `graphic-fonts/` under ASTRO_CACHE_DIR), named by a
 * hash of what it holds: a later build reuses it.
 *
 * No system font is ever used (`loadSystemFonts: false`): a build on any machine draws the same
 * picture. Build time only.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import subsetFont from 'subset-font';
import { embedFontFile, embedFontInstance } from '../../build-data/embed-font';
import { scriptFontFiles } from '../../build-data/script-fonts';

const require = createRequire(import.meta.url);

/** Weights of Noto Sans the graphics and cards are set in. */
const SANS_WEIGHTS = [400, 500, 600, 700] as const;
/** Weights of Source Serif 4 the social cards' headlines use. */
const SERIF_WEIGHTS = [600] as const;
const SERIF_SOURCE = '@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2';

/** Where the TrueType files are kept between builds (under ASTRO_CACHE_DIR when set, see `astro.config.mjs`). */
const CACHE_DIR = process.env.ASTRO_CACHE_DIR
  ? resolve(process.env.ASTRO_CACHE_DIR, 'graphic-fonts')
  : resolve('node_modules/.cache/graphic-fonts');

/** The font files for resvg, made once per content folder. */
const fontCache = new Map<string, Promise<string[]>>();

/** The TrueType font files the rasteriser draws with, for the content in `contentDir`. */
export function rasterFonts(contentDir: string): Promise<string[]> {
  let fonts = fontCache.get(contentDir);
  if (!fonts) {
    fonts = makeFonts(contentDir);
    fontCache.set(contentDir, fonts);
  }
  return fonts;
}

/** A cached font file: made by `make` unless a file for the same `key` exists. */
async function cached(key: string, make: () => Promise<Buffer>): Promise<string> {
  const file = join(CACHE_DIR, `${createHash('sha256').update(key).digest('hex').slice(0, 16)}.ttf`);
  if (!existsSync(file)) {
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(file, await make());
  }
  return file;
}

async function makeFonts(contentDir: string): Promise<string[]> {
  const latin = embedFontFile(contentDir);
  const sans = SANS_WEIGHTS.map((weight) =>
    cached(`sans ${weight} ${latin.text}`, () => embedFontInstance(latin, weight)),
  );
  const serifs = SERIF_WEIGHTS.map((weight) =>
    cached(`serif ${weight} ${latin.text}`, () =>
      subsetFont(readFileSync(require.resolve(SERIF_SOURCE)), latin.text, {
        targetFormat: 'truetype',
        variationAxes: { wght: weight },
      }),
    ),
  );
  const scripts = scriptFontFiles(contentDir).map(({ font, text }) =>
    cached(`script ${font.source} ${text}`, () =>
      subsetFont(readFileSync(require.resolve(font.source)), `${text}\u200c\u200d\u25cc`, { targetFormat: 'truetype' }),
    ),
  );
  return Promise.all([...sans, ...serifs, ...scripts]);
}

/** Rasterises an SVG document at `scale` times its size (2 for a sharp image on high-density screens). */
export async function svgToPng(svg: string, contentDir: string, scale = 2): Promise<Buffer> {
  const resvg = new Resvg(svg, {
    font: { fontFiles: await rasterFonts(contentDir), loadSystemFonts: false, defaultFontFamily: 'Noto Sans' },
    fitTo: { mode: 'zoom', value: scale },
    shapeRendering: 2,
    textRendering: 1,
    logLevel: 'error',
  });
  return resvg.render().asPng();
}
