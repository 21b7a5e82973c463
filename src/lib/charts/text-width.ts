/**
 * Text width without a DOM: how wide a string set in the site's sans-serif (Noto Sans) will be,
 * from a table of character advances. Charts are laid out at build time, so labels get the room
 * they need and wrap where they must, and nothing is measured in the browser.
 *
 * The advances are Noto Sans Variable's (the font the site ships), in thousandths of an em, at
 * weights 400 and 600, as Chromium measured them. Kerning is ignored (it only narrows Latin text
 * set in this font) and every width is multiplied by `SAFETY` so that a fallback font a little
 * wider than Noto Sans still fits.
 */

/** Characters in the order of the advance tables below: ASCII from space to tilde, then a few more. */
const CHARS =
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~–—“”‘’…·éíóáüñ×€£';

const ADVANCES: Record<TextWeight, readonly number[]> = {
  400: [
    260, 269, 408, 646, 572, 831, 732, 225, 300, 300, 551, 572, 268, 322, 268, 372, 572, 572, 572, 572, 572, 572, 572,
    572, 572, 572, 268, 268, 572, 572, 572, 434, 899, 639, 650, 632, 730, 556, 519, 728, 741, 339, 273, 619, 524, 907,
    760, 781, 605, 781, 622, 549, 556, 731, 600, 930, 586, 566, 572, 329, 372, 329, 572, 444, 281, 561, 615, 480, 615,
    564, 344, 615, 618, 258, 258, 534, 258, 935, 618, 605, 615, 615, 413, 479, 361, 618, 508, 786, 529, 510, 470, 380,
    551, 380, 572, 500, 1000, 359, 359, 175, 175, 791, 268, 564, 258, 605, 561, 618, 618, 572, 572, 572,
  ],
  600: [
    260, 277, 452, 646, 572, 875, 743, 250, 324, 324, 546, 572, 279, 320, 276, 399, 572, 572, 572, 572, 572, 572, 572,
    572, 572, 572, 276, 279, 572, 572, 572, 461, 898, 672, 659, 638, 732, 558, 538, 726, 756, 370, 309, 647, 546, 929,
    793, 787, 615, 787, 643, 550, 569, 747, 631, 953, 638, 603, 576, 330, 399, 330, 572, 423, 333, 585, 626, 502, 626,
    585, 371, 626, 638, 283, 283, 588, 283, 960, 638, 617, 626, 626, 434, 493, 406, 638, 547, 830, 560, 548, 484, 389,
    551, 389, 572, 500, 1000, 413, 413, 201, 201, 831, 276, 585, 283, 617, 585, 638, 638, 572, 572, 572,
  ],
};

/** Font weights the table knows. */
export type TextWeight = 400 | 600;

/** Advance of a character the table does not know: a whole em, wider than any it knows, so it errs on the side of room. */
const UNKNOWN = 1000;

/** Every measured width is multiplied by this, for fallback fonts and rounding in the browser. */
export const SAFETY = 1.06;

const index = new Map([...CHARS].map((c, i) => [c, i]));

/** Width of `text` in CSS pixels when set at `fontSize` px and `weight`, with the safety margin. */
export function textWidth(text: string, fontSize: number, weight: TextWeight = 400): number {
  const advances = ADVANCES[weight];
  let sum = 0;
  for (const c of text) {
    const i = index.get(c);
    sum += i === undefined ? UNKNOWN : (advances[i] ?? UNKNOWN);
  }
  return (sum / 1000) * fontSize * SAFETY;
}

/**
 * Breaks `text` into lines no wider than `maxWidth` at spaces (a word longer than the line gets a
 * line of its own). Returns at least one line.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, weight: TextWeight = 400): string[] {
  const words = text.trim().split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize, weight) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  lines.push(line);
  return lines;
}

/**
 * Like `wrapText`, but with lines of even length: the same number of lines as `wrapText` gives,
 * at the narrowest width that still needs no more, so a label never ends on one orphaned word.
 */
export function balanceText(text: string, maxWidth: number, fontSize: number, weight: TextWeight = 400): string[] {
  const greedy = wrapText(text, maxWidth, fontSize, weight);
  if (greedy.length < 2) return greedy;
  let lo = Math.max(
    ...text
      .trim()
      .split(/\s+/)
      .map((word) => textWidth(word, fontSize, weight)),
  );
  let hi = maxWidth;
  while (hi - lo > 1) {
    const mid = (lo + hi) / 2;
    if (wrapText(text, mid, fontSize, weight).length <= greedy.length) hi = mid;
    else lo = mid;
  }
  return wrapText(text, hi, fontSize, weight);
}
