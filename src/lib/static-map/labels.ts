/**
 * Place labels for the static map: how much room a label needs, and where it goes.
 *
 * There are no font metrics at build time, so text width is estimated per script from average
 * Noto Sans advances; the estimate errs on the wide side. Each label tries eight positions
 * around its symbol (right first, then left, above, below, then the diagonals) and takes the
 * first that stays inside the viewport and clear of every symbol and of the labels placed
 * before it; highlighted places are placed first. When nothing fits, the least bad position
 * wins: every place keeps its label.
 *
 * Vertical offsets are returned in em, so a label stays attached to its symbol when CSS makes
 * the type smaller on wide screens.
 */

/** An axis-aligned box in viewport units. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The words of a label: the English name and, if known, the local name in local script. */
export interface LabelText {
  name: string;
  local?: { name: string; lang: string } | undefined;
}

/** A label to place next to a symbol at `x, y` that reaches `clearance` units from its centre. */
export interface LabelRequest {
  id: string;
  x: number;
  y: number;
  clearance: number;
  text: LabelText;
  /** Placed before the others and never left out (highlighted places). */
  required?: boolean;
}

/** Where a label sits around its symbol. */
export type LabelPosition =
  'right' | 'left' | 'above' | 'below' | 'above-right' | 'below-right' | 'above-left' | 'below-left';

/** A placed label: draw `<text x y text-anchor>` with the first line shifted by `dy` em. */
export interface PlacedLabel {
  id: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** Baseline of the first line relative to `y`, in em of the label's font size. */
  dy: number;
  position: LabelPosition;
  box: Box;
  /** Whether the local name is shown (it is dropped where there is no room for it). */
  withLocal: boolean;
}

/** Type metrics in em of the name's font size (the local name is set smaller, on a second line). */
export const LABEL_METRICS = {
  /** Height of capitals and ascenders above the baseline. */
  ascent: 0.75,
  /** Depth below the baseline. */
  descent: 0.25,
  /** Font size of the local name relative to the English name. */
  localScale: 0.8,
  /** Distance between the two baselines. */
  lineGap: 1.1,
  /** Room taken by the halo around the letters. */
  halo: 0.15,
} as const;

/** Gap between a symbol's edge and its label, in em. */
const GAP = 0.3;

/** Average advance per character, in em, for the scripts the site sets place names in. */
const ADVANCE: [RegExp, number][] = [
  [/\p{Script=Myanmar}/u, 0.8],
  [/\p{Script=Khmer}/u, 0.75],
  [/\p{Script=Thai}|\p{Script=Lao}/u, 0.57],
  [/\p{Script=Han}/u, 1.0],
  [/\p{Script=Arabic}/u, 0.5],
  [/[A-Z]/u, 0.68],
  [/\s/u, 0.27],
];

/** Estimated width of `text` set at `fontSize` (combining marks take no room). */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if (/\p{M}/u.test(ch)) continue;
    em += ADVANCE.find(([re]) => re.test(ch))?.[1] ?? 0.56;
  }
  return em * fontSize;
}

/** Width and height a label needs at `fontSize`, halo included. */
export function labelSize(text: LabelText, fontSize: number): { width: number; height: number } {
  const m = LABEL_METRICS;
  const width = Math.max(
    textWidth(text.name, fontSize) * 1.04,
    text.local ? textWidth(text.local.name, fontSize * m.localScale) : 0,
  );
  const lines = text.local ? m.ascent + m.lineGap + m.descent * m.localScale : m.ascent + m.descent;
  return { width: width + 2 * m.halo * fontSize, height: (lines + 2 * m.halo) * fontSize };
}

/** Options for `placeLabels`. */
export interface PlaceLabelsOptions {
  width: number;
  height: number;
  fontSize: number;
  /** Boxes labels must avoid besides each other (the symbols). */
  obstacles: Box[];
  /**
   * Areas no label may touch, even one whose own point lies inside (controls laid over the
   * map); a label that only fits there is left out, unless it is required.
   */
  reserved?: readonly Box[];
}

/** Places the requested labels; see the header comment for the rules. */
export function placeLabels(requests: readonly LabelRequest[], options: PlaceLabelsOptions): PlacedLabel[] {
  const { width, height, fontSize, obstacles, reserved = [] } = options;
  const ordered = [...requests].sort((a, b) => Number(b.required ?? false) - Number(a.required ?? false));
  const placed: PlacedLabel[] = [];
  for (const request of ordered) {
    const others = [
      ...obstacles.filter((o) => !contains(o, request.x, request.y)),
      ...reserved,
      ...placed.map((p) => p.box),
    ];
    const cost = (label: PlacedLabel) =>
      outside(label.box, width, height) * 4 + others.reduce((sum, o) => sum + overlap(label.box, o), 0);
    const full = candidates(request, fontSize, true);
    const short = request.text.local ? candidates(request, fontSize, false) : [];
    const clean = [...full, ...short].find((label) => cost(label) === 0);
    if (clean) placed.push(clean);
    else if (request.required) {
      const best = full.reduce((a, b) => (cost(b) < cost(a) ? b : a));
      placed.push(best);
    }
  }
  return placed;
}

/** The eight positions around a symbol, in order of preference. */
function candidates(request: LabelRequest, fontSize: number, withLocal: boolean): PlacedLabel[] {
  const { x, y, clearance, id } = request;
  const local = withLocal && request.text.local !== undefined;
  const text = local ? request.text : { name: request.text.name };
  const { width: w, height: h } = labelSize(text, fontSize);
  const m = LABEL_METRICS;
  const pad = m.halo * fontSize;
  const gap = GAP * fontSize;
  const firstBaseline = m.ascent + m.halo; // em from the top of the box
  const d = clearance * Math.SQRT1_2;
  const make = (
    position: LabelPosition,
    ax: number,
    ay: number,
    anchor: PlacedLabel['anchor'],
    top: number,
  ): PlacedLabel => {
    const x0 = anchor === 'start' ? ax - pad : anchor === 'end' ? ax - w + pad : ax - w / 2;
    const box = { x0, y0: top, x1: x0 + w, y1: top + h };
    return {
      id,
      x: round(ax, 10),
      y: round(ay, 10),
      anchor,
      dy: round(firstBaseline + (top - ay) / fontSize),
      position,
      box,
      withLocal: local,
    };
  };
  return [
    make('right', x + clearance + gap, y, 'start', y - h / 2),
    make('left', x - clearance - gap, y, 'end', y - h / 2),
    make('above', x, y - clearance - gap * 0.5, 'middle', y - clearance - gap * 0.5 - h),
    make('below', x, y + clearance + gap * 0.5, 'middle', y + clearance + gap * 0.5),
    make('above-right', x + d + gap * 0.5, y - d, 'start', y - d - h + pad),
    make('below-right', x + d + gap * 0.5, y + d, 'start', y + d - pad),
    make('above-left', x - d - gap * 0.5, y - d, 'end', y - d - h + pad),
    make('below-left', x - d - gap * 0.5, y + d, 'end', y + d - pad),
  ];
}

/** Area of a box that lies outside the viewport. */
function outside(b: Box, width: number, height: number): number {
  const area = (b.x1 - b.x0) * (b.y1 - b.y0);
  return area - overlap(b, { x0: 0, y0: 0, x1: width, y1: height });
}

/** Area shared by two boxes. */
export function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

function contains(b: Box, x: number, y: number): boolean {
  return x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1;
}

/** `v` rounded to 1/`per` (hundredths by default). */
function round(v: number, per = 100): number {
  return Math.round(v * per) / per;
}
