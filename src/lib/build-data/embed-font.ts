/**
 * The one font of the embeds: Noto Sans (the site's sans-serif), cut down to the Latin letters
 * and punctuation the content uses and to weights 400 to 700, about 14 KB instead of the 36 KB
 * of the full Latin file. A chart embed must stay under 30 KB in all, so embeds set headlines
 * in this font too rather than load the serif. Served as `/embed/<file>.woff2`
 * (`src/pages/embed/[font].woff2.ts`) and declared by `embedFontCss`, which `EmbedLayout`
 * inlines.
 *
 * Also gives the static TTF instances the rasteriser (`src/lib/graphics/export/`) draws with:
 * resvg reads TrueType, not WOFF2, and draws fixed weights.
 *
 * Build time only (reads files with Node).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);

/** The full Latin file of the variable Noto Sans the site ships. */
const SOURCE = '@fontsource-variable/noto-sans/files/noto-sans-latin-wght-normal.woff2';

/** The family name embeds use (kept apart from the site's, so the two never mix in one page). */
export const EMBED_FONT_FAMILY = 'Noto Sans Embed';

/** The weight range kept: regular text, semibold labels, bold headlines. */
export const EMBED_FONT_WEIGHTS = { min: 400, max: 700 } as const;

/**
 * Always kept: printable ASCII, dashes, quotes, ellipsis, bullets, arrows, minus, times,
 * currency, and the fractions charts write from numbers ("12½ months").
 */
const ALWAYS =
  Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('') +
  '\u00a0–—‘’“”…•·→←↓↑−×$€£¥°½¼¾';

/** Whether a character is one the Latin font draws: Latin letters, general punctuation, currency signs. */
function isLatin(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return (code >= 0xa0 && code <= 0x24f) || (code >= 0x2000 && code <= 0x206f) || (code >= 0x20a0 && code <= 0x20cf);
}

/** Every character of the text files under `dir` (content), as a set. */
function contentCharacters(dir: string): Set<string> {
  const text = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ya?ml|md)$/.test(entry.name))
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
    .join('\n');
  return new Set(text);
}

/** The subset to build: the letters it keeps and its file name. */
export interface EmbedFontFile {
  text: string;
  /** `noto-sans-embed-<hash>.woff2`; the hash changes with the letters (safe to cache for ever). */
  file: string;
}

/** The embed font for the content in `dir`: ASCII and common punctuation plus every Latin letter the content uses. */
export function embedFontFile(dir: string): EmbedFontFile {
  const letters = new Set(ALWAYS);
  for (const ch of contentCharacters(dir)) if (isLatin(ch)) letters.add(ch);
  const text = [...letters].sort().join('');
  const hash = createHash('sha256')
    .update(text + JSON.stringify(EMBED_FONT_WEIGHTS))
    .digest('hex')
    .slice(0, 10);
  return { text, file: `noto-sans-embed-${hash}.woff2` };
}

/** The full Latin Noto Sans (variable, WOFF2). */
function sourceFont(): Buffer {
  return readFileSync(require.resolve(SOURCE));
}

/** The WOFF2 subset served to embeds. */
export function subsetEmbedFont({ text }: EmbedFontFile): Promise<Buffer> {
  return subsetFont(sourceFont(), text, { targetFormat: 'woff2', variationAxes: { wght: EMBED_FONT_WEIGHTS } });
}

/** A static TrueType instance of Noto Sans at one weight, with the same letters, for the rasteriser. */
export function embedFontInstance({ text }: EmbedFontFile, weight: number): Promise<Buffer> {
  return subsetFont(sourceFont(), text, { targetFormat: 'truetype', variationAxes: { wght: weight } });
}

/**
 * The `@font-face` rule of the embed font, its URL under `base` (the site's base path). No
 * `unicode-range`: embeds always use the font, and a letter it lacks falls back on its own.
 */
export function embedFontCss({ file }: EmbedFontFile, base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return (
    `@font-face{font-family:'${EMBED_FONT_FAMILY}';font-style:normal;` +
    `font-weight:${EMBED_FONT_WEIGHTS.min} ${EMBED_FONT_WEIGHTS.max};font-display:swap;` +
    `src:url(${root}embed/${file}) format('woff2')}`
  );
}

/** The URL of the embed font under `base`, for a preload link. */
export function embedFontUrl({ file }: EmbedFontFile, base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}embed/${file}`;
}
