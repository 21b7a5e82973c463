/**
 * Social images (Open Graph and Twitter, 1200 × 630): typographic cards, as SVG documents that
 * `src/lib/graphics/export/raster.ts` turns into PNG at build time. No photographs and no faces,
 * ever: the story's card is its title; a survivor account's card is its headline, its summary and
 * the protection label ("Name changed"); a graphic's card is its headline beside its drawing.
 *
 * Pure string building. Text is wrapped with the site's Noto Sans width table
 * (`lib/charts/text-width.ts`); the serif headlines are narrower than that, so they always fit.
 */
import { wrapText } from '../charts/text-width';
import type { Drawing } from '../graphics/export/standalone-svg';

/** Size of every social image, in pixels. */
export const SOCIAL_SIZE = { width: 1200, height: 630 } as const;

/** The card's colours (the site's light theme). */
export interface CardColors {
  paper: string;
  ink: string;
  muted: string;
  accent: string;
  rule: string;
}

const SERIF = "'Source Serif 4', serif";
const SANS = "'Noto Sans', sans-serif";
const M = 64;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Wraps `text` to `width`, stepping the size down until it fits in `maxLines`. */
function fit(
  text: string,
  width: number,
  sizes: readonly number[],
  maxLines: number,
): { lines: string[]; size: number } {
  for (const size of sizes) {
    const lines = wrapText(text, width, size, 600);
    if (lines.length <= maxLines) return { lines, size };
  }
  const size = sizes.at(-1) ?? 32;
  const lines = wrapText(text, width, size, 600);
  const kept = lines.slice(0, maxLines);
  if (lines.length > maxLines) kept[maxLines - 1] = `${kept[maxLines - 1]?.replace(/[\s,;:.]*\S*$/, '')}…`;
  return { lines: kept, size };
}

/** `<text>` lines from the first baseline `y`. */
function textLines(lines: readonly string[], x: number, y: number, leading: number, attrs: string): string {
  return lines.map((line, i) => `<text x="${x}" y="${y + i * leading}" ${attrs}>${escape(line)}</text>`).join('');
}

/** The frame every card shares: paper, an accent rule at the top, the site's name at the foot. */
function frame(colors: CardColors, site: string, body: string, foot = ''): string {
  const { width, height } = SOCIAL_SIZE;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect width="${width}" height="${height}" fill="${colors.paper}"/>` +
    `<rect width="${width}" height="10" fill="${colors.accent}"/>` +
    body +
    `<text x="${M}" y="${height - 48}" font-family="${SERIF}" font-size="30" font-weight="600" fill="${colors.ink}">${escape(site)}</text>` +
    (foot
      ? `<text x="${width - M}" y="${height - 50}" font-family="${SANS}" font-size="22" fill="${colors.muted}" text-anchor="end">${escape(foot)}</text>`
      : '') +
    '</svg>\n'
  );
}

/** A small capitals label above a headline. */
function kicker(text: string, x: number, y: number, colors: CardColors): string {
  return `<text x="${x}" y="${y}" font-family="${SANS}" font-size="22" font-weight="700" letter-spacing="2.5" fill="${colors.accent}">${escape(text.toUpperCase())}</text>`;
}

/** The story's card: its title and tagline. */
export function storyCard(
  input: { title: string; tagline: string; site: string; kicker: string },
  colors: CardColors,
): string {
  const width = SOCIAL_SIZE.width - 2 * M;
  const title = fit(input.title, width, [104, 92, 80], 2);
  const titleTop = 150 + title.size * 0.9;
  const tagline = fit(input.tagline, width * 0.92, [40, 36, 32], 3);
  const taglineTop = titleTop + (title.lines.length - 1) * title.size * 1.05 + 40 + tagline.size;
  return frame(
    colors,
    input.site,
    kicker(input.kicker, M, 120, colors) +
      textLines(
        title.lines,
        M,
        titleTop,
        title.size * 1.05,
        `font-family="${SERIF}" font-size="${title.size}" font-weight="600" fill="${colors.ink}"`,
      ) +
      textLines(
        tagline.lines,
        M,
        taglineTop,
        tagline.size * 1.3,
        `font-family="${SANS}" font-size="${tagline.size}" fill="${colors.muted}"`,
      ),
  );
}

/** A survivor account's card: headline, summary and the protection label. No face, no photo. */
export function accountCard(
  input: { headline: string; dek: string; pseudonym: string; site: string },
  colors: CardColors,
): string {
  const width = SOCIAL_SIZE.width - 2 * M;
  const headline = fit(input.headline, width, [72, 64, 56, 48], 2);
  let y = 120 + 34 + headline.size * 0.9;
  const head = textLines(
    headline.lines,
    M,
    y,
    headline.size * 1.08,
    `font-family="${SERIF}" font-size="${headline.size}" font-weight="600" fill="${colors.ink}"`,
  );
  y += (headline.lines.length - 1) * headline.size * 1.08 + 34 + 30;
  const dek = fit(input.dek, width * 0.95, [30, 28, 26], 3);
  const dekText = textLines(
    dek.lines,
    M,
    y,
    dek.size * 1.35,
    `font-family="${SANS}" font-size="${dek.size}" fill="${colors.muted}"`,
  );
  y += (dek.lines.length - 1) * dek.size * 1.35 + 40;
  const label = `Name changed: “${input.pseudonym}” is a pseudonym chosen by this site.`;
  const labelBox =
    `<rect x="${M}" y="${y}" width="6" height="48" fill="${colors.accent}"/>` +
    `<text x="${M + 24}" y="${y + 33}" font-family="${SANS}" font-size="24" fill="${colors.ink}">${escape(label)}</text>`;
  return frame(colors, input.site, kicker('Survivor account', M, 120, colors) + head + dekText + labelBox);
}

/** A graphic's card: kind and headline on the left, the drawing on the right. */
export function graphicCard(
  input: { title: string; kind: 'chart' | 'map'; site: string; address: string },
  drawing: Drawing,
  colors: CardColors,
): string {
  const column = 400;
  const title = fit(input.title, column, [40, 36, 32, 28], 7);
  const body =
    kicker(input.kind === 'chart' ? 'Chart' : 'Map', M, 120, colors) +
    textLines(
      title.lines,
      M,
      120 + 26 + title.size,
      title.size * 1.15,
      `font-family="${SERIF}" font-size="${title.size}" font-weight="600" fill="${colors.ink}"`,
    );
  // The drawing fills the right-hand box, centred, at its own proportions.
  const box = { x: M + column + 48, y: 56, width: SOCIAL_SIZE.width - (M + column + 48) - 48, height: 470 };
  const scale = Math.min(box.width / drawing.width, box.height / drawing.height);
  const w = drawing.width * scale;
  const h = drawing.height * scale;
  const x = box.x + (box.width - w) / 2;
  const y = box.y + (box.height - h) / 2;
  const placed = `<g font-family="${SANS}">${drawing.place(Math.round(x), Math.round(y), Math.round(w))}</g>`;
  return frame(colors, input.site, body + placed, input.address);
}
