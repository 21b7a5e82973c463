/**
 * The fonts for names in Thai, Khmer, Burmese and Lao script, cut down at build time to the
 * letters the content actually uses. The site writes a few dozen local place names in these
 * scripts; the full Noto fonts would cost a reader about 90 KB (Myanmar alone 47 KB) the first
 * time one of those names is on screen. A subset made with HarfBuzz (`subset-font`) keeps every
 * glyph and shaping rule those letters need, so the names still shape correctly, at a few KB.
 *
 * The subsets are served as `/fonts/<file>.woff2` (`src/pages/fonts/[file].woff2.ts`) and
 * declared by `scriptFontCss`, which `src/integrations/generated-css.ts` serves as the stylesheet
 * `virtual:script-fonts.css`. Text in these scripts that is not in `content/` would fall back to
 * the reader's own fonts.
 *
 * Build time only (reads files with Node).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import subsetFont from 'subset-font';

const require = createRequire(import.meta.url);

/** One script the site ships a font for. */
export interface ScriptFont {
  /** BCP 47 language of the names written in it (`th`, `km`, `my`, `lo`). */
  lang: string;
  /** The CSS family name (the `:lang()` rules of `global.css` and the maps use it). */
  family: string;
  /** The full font, as the `@fontsource` package ships it. */
  source: string;
  /** The script's Unicode blocks, as inclusive code point ranges. */
  ranges: readonly (readonly [number, number])[];
}

/** The scripts of the local place names. */
export const SCRIPT_FONTS: readonly ScriptFont[] = [
  {
    lang: 'th',
    family: 'Noto Sans Thai',
    source: '@fontsource/noto-sans-thai/files/noto-sans-thai-thai-400-normal.woff2',
    ranges: [[0x0e00, 0x0e7f]],
  },
  {
    lang: 'km',
    family: 'Noto Sans Khmer',
    source: '@fontsource/noto-sans-khmer/files/noto-sans-khmer-khmer-400-normal.woff2',
    ranges: [
      [0x1780, 0x17ff],
      [0x19e0, 0x19ff],
    ],
  },
  {
    lang: 'my',
    family: 'Noto Sans Myanmar',
    source: '@fontsource/noto-sans-myanmar/files/noto-sans-myanmar-myanmar-400-normal.woff2',
    ranges: [
      [0x1000, 0x109f],
      [0xa9e0, 0xa9ff],
      [0xaa60, 0xaa7f],
    ],
  },
  {
    lang: 'lo',
    family: 'Noto Sans Lao',
    source: '@fontsource/noto-sans-lao/files/noto-sans-lao-lao-400-normal.woff2',
    ranges: [[0x0e80, 0x0eff]],
  },
];

/** Characters every subset keeps beside the script's own: joiners and the dotted circle. */
const SHAPING_EXTRAS = '\u200c\u200d\u25cc';

/** A subset to build: its font, the letters it keeps and its file name. */
export interface ScriptFontFile {
  font: ScriptFont;
  /** The script's characters used in the content, sorted, without repeats. */
  text: string;
  /** `script-<lang>-<hash>.woff2`: the hash changes when the letters do (safe to cache for ever). */
  file: string;
}

/** Every text file under `dir`, read as UTF-8. */
function readAll(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ya?ml|md|json)$/.test(entry.name))
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
    .join('\n');
}

/** The subsets the content in `dir` needs: one per script that it writes at least one letter of. */
export function scriptFontFiles(dir: string): ScriptFontFile[] {
  const all = [...new Set(readAll(dir))];
  return SCRIPT_FONTS.flatMap((font) => {
    const letters = all.filter((ch) => {
      const code = ch.codePointAt(0) ?? 0;
      return font.ranges.some(([from, to]) => code >= from && code <= to);
    });
    if (letters.length === 0) return [];
    const text = letters.sort().join('');
    const hash = createHash('sha256').update(text).digest('hex').slice(0, 10);
    return [{ font, text, file: `script-${font.lang}-${hash}.woff2` }];
  });
}

/** The WOFF2 subset of one script's font. */
export async function subsetScriptFont({ font, text }: ScriptFontFile): Promise<Buffer> {
  const full = readFileSync(require.resolve(font.source));
  return subsetFont(full, text + SHAPING_EXTRAS, { targetFormat: 'woff2' });
}

/** `U+xxxx` ranges of the letters a subset keeps, for its `unicode-range`. */
function unicodeRange(text: string): string {
  return [...(text + SHAPING_EXTRAS)].map((ch) => `U+${(ch.codePointAt(0) ?? 0).toString(16)}`).join(',');
}

/**
 * The `@font-face` rules of the subsets, with their URLs under `base` (the site's base path).
 * Each applies only to the letters it has, so a page downloads it only when it shows one.
 */
export function scriptFontCss(files: readonly ScriptFontFile[], base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return files
    .map(
      ({ font, text, file }) =>
        `@font-face{font-family:'${font.family}';font-style:normal;font-weight:400;font-display:swap;` +
        `src:url(${root}fonts/${file}) format('woff2');unicode-range:${unicodeRange(text)}}`,
    )
    .join('\n');
}
