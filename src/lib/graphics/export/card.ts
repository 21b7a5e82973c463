/**
 * The downloadable picture of a graphic: its drawing (`standalone-svg.ts`) on a card with the
 * anatomy of the embed (headline, subtitle, drawing, legend, source line, credit and address),
 * as one standalone SVG document. The SVG download is this file; the PNG is it rasterised.
 *
 * Text is laid out here with the site's character-width table (`lib/charts/text-width.ts`,
 * Noto Sans), since SVG has no line breaking.
 */
import { textWidth, wrapText } from '../../charts/text-width';
import type { Drawing } from './standalone-svg';

/** The words on a card. */
export interface CardText {
  title: string;
  subtitle: string;
  /** Text alternative, written into the file's `<desc>`. */
  alt: string;
  /** `Sources: Al Jazeera, 15 July 2022; …`. */
  sources: string;
  /** `Chart: The job was a trap`. */
  credit: string;
  /** Where the graphic lives, as shown (`example.org/charts/x/`). */
  address: string;
}

/** The card's font, as SVG readers and the rasteriser know it. */
export const CARD_FONT =
  "'Noto Sans', 'Noto Sans Thai', 'Noto Sans Khmer', 'Noto Sans Myanmar', 'Noto Sans Lao', sans-serif";

const PAD = 24;
const TITLE = { size: 22, line: 28 };
const SUBTITLE = { size: 15, line: 21 };
const SMALL = { size: 12.5, line: 18 };
const LEGEND = { size: 13, row: 24 };

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Lines of text as `<text>` elements from baseline `y`, `line` apart. */
function lines(texts: readonly string[], x: number, y: number, line: number, attrs: string): string {
  return texts.map((text, i) => `<text x="${x}" y="${y + i * line}" ${attrs}>${escape(text)}</text>`).join('');
}

/** The card as a standalone SVG document of `drawing.width + 2 × 24` CSS pixels wide. */
export function cardSvg(drawing: Drawing, text: CardText): { svg: string; width: number; height: number } {
  const inner = drawing.width;
  const width = inner + 2 * PAD;
  const paper = drawing.color('--paper');
  const ink = drawing.color('--ink');
  const muted = drawing.color('--muted');
  const rule = drawing.color('--rule');
  const parts: string[] = [];
  let y = PAD;

  // Bold headline: the 600 table, a little narrower, errs on the side of room.
  const titleLines = wrapText(text.title, inner * 0.96, TITLE.size, 600);
  parts.push(
    lines(titleLines, PAD, y + TITLE.size, TITLE.line, `font-size="${TITLE.size}" font-weight="700" fill="${ink}"`),
  );
  y += titleLines.length * TITLE.line + 6;
  const subtitleLines = wrapText(text.subtitle, inner, SUBTITLE.size);
  parts.push(
    lines(subtitleLines, PAD, y + SUBTITLE.size, SUBTITLE.line, `font-size="${SUBTITLE.size}" fill="${muted}"`),
  );
  y += subtitleLines.length * SUBTITLE.line + 14;

  parts.push(drawing.place(PAD, y, inner));
  y += drawing.height + 12;

  if (drawing.legend.length > 0) {
    let x = PAD;
    y += 4;
    for (const item of drawing.legend) {
      const itemWidth = 28 + 6 + textWidth(item.label, LEGEND.size) + 18;
      if (x > PAD && x + itemWidth > PAD + inner) {
        x = PAD;
        y += LEGEND.row;
      }
      parts.push(item.swatch(x, y));
      parts.push(
        `<text x="${x + 34}" y="${y + 12.5}" font-size="${LEGEND.size}" fill="${ink}">${escape(item.label)}</text>`,
      );
      x += itemWidth;
    }
    y += LEGEND.row + 4;
  }

  parts.push(`<path d="M${PAD},${y}H${PAD + inner}" stroke="${rule}" stroke-width="1"/>`);
  y += 8;
  const sourceLines = wrapText(text.sources, inner, SMALL.size);
  parts.push(lines(sourceLines, PAD, y + SMALL.size, SMALL.line, `font-size="${SMALL.size}" fill="${muted}"`));
  y += sourceLines.length * SMALL.line + 4;
  parts.push(
    `<text x="${PAD}" y="${y + SMALL.size}" font-size="${SMALL.size}" fill="${ink}" font-weight="600">${escape(text.credit)}</text>`,
    `<text x="${PAD + inner}" y="${y + SMALL.size}" font-size="${SMALL.size}" fill="${muted}" text-anchor="end">${escape(text.address)}</text>`,
  );
  y += SMALL.line + PAD - 4;

  const height = Math.ceil(y);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="${CARD_FONT}">` +
    `<title>${escape(text.title)}</title><desc>${escape(text.alt)}</desc>` +
    `<rect width="${width}" height="${height}" fill="${paper}"/>` +
    parts.join('') +
    '</svg>\n';
  return { svg, width, height };
}
