/**
 * Place labels for the static map: how much room a label needs, and where it goes.
 *
 * There are no font metrics at build time, so text width is estimated per script from average
 * Noto Sans advances; the estimate errs on the wide side. Each label tries twelve positions
 * around its symbol (right first, then left, above, below, the diagonals, then right and left
 * raised or lowered by half a line) and takes the first that stays inside the label area (the
 * part of the frame every screen shows) and clear of every symbol and of the labels placed
 * before it; required labels (the places a step is about) are placed first, and when nothing
 * fits for one of them the least bad position wins. Other labels that do not fit are left out,
 * and the map leaves out their symbols too (`scene.ts`): no mark without a name. Reserved areas
 * (controls laid over the map) are kept clear like symbols, even by a label whose point lies in one.
 *
 * Vertical offsets are returned in em, so a label stays attached to its symbol when CSS makes
 * the type smaller on wide screens.
 */

import { LABEL_METRICS } from '../geo/marks';

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
  | 'right'
  | 'left'
  | 'above'
  | 'below'
  | 'above-right'
  | 'below-right'
  | 'above-left'
  | 'below-left'
  | 'right-high'
  | 'right-low'
  | 'left-high'
  | 'left-low';

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

/** Type metrics of names (shared with the live maps, see `src/lib/geo/marks.ts`). */
export { LABEL_METRICS } from '../geo/marks';

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
  /** Where labels may go; the safe area (0, 0 to `width`, `height`) when left out. */
  area?: Box;
  /**
   * Areas no label may touch, even one whose own point lies inside (controls laid over the
   * map); a label that only fits there is left out, unless it is required.
   */
  reserved?: readonly Box[];
}

/** Places the requested labels; see the header comment for the rules. */
export function placeLabels(requests: readonly LabelRequest[], options: PlaceLabelsOptions): PlacedLabel[] {
  const required = requests.filter((r) => r.required === true);
  const optional = requests.filter((r) => r.required !== true);
  // Greedy placement depends on the order: the first label takes the best spot. With few
  // required labels, try each order of them and keep the best outcome (fewest collisions, then
  // most names placed, then the most preferred positions); the given order wins ties.
  let best: { placed: PlacedLabel[]; score: number } | undefined;
  for (const order of orders(required)) {
    const outcome = placeInOrder([...order, ...optional], options);
    if (!best || outcome.score < best.score) best = outcome;
    if (best.score === 0) break;
  }
  return best?.placed ?? [];
}

/** Up to 120 orders of `items`: every permutation of five or fewer, else rotations. */
function orders<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  if (items.length > 5) return items.map((_, i) => [...items.slice(i), ...items.slice(0, i)]);
  const out: T[][] = [];
  const permute = (rest: readonly T[], acc: T[]) => {
    if (rest.length === 0) out.push(acc);
    rest.forEach((item, i) => permute([...rest.slice(0, i), ...rest.slice(i + 1)], [...acc, item]));
  };
  permute(items, []);
  return out;
}

/**
 * Greedy placement in the given order, and its score: the area of collisions and overflow of
 * required labels (×1000), the labels left out (×100), and how far down their preference list
 * the placed labels went (0 when every label took its first choice).
 */
function placeInOrder(
  ordered: readonly LabelRequest[],
  { width, height, fontSize, obstacles, area: given, reserved = [] }: PlaceLabelsOptions,
): { placed: PlacedLabel[]; score: number } {
  const area = given ?? { x0: 0, y0: 0, x1: width, y1: height };
  const placed: PlacedLabel[] = [];
  let score = 0;
  for (const request of ordered) {
    const others = [
      ...obstacles.filter((o) => !contains(o, request.x, request.y)),
      ...reserved,
      ...placed.map((p) => p.box),
    ];
    const cost = (label: PlacedLabel) =>
      outside(label.box, area) * 4 + others.reduce((sum, o) => sum + overlap(label.box, o), 0);
    const all = [
      ...candidates(request, fontSize, true),
      ...(request.text.local ? candidates(request, fontSize, false) : []),
    ];
    const clean = all.findIndex((label) => cost(label) === 0);
    if (clean >= 0) {
      placed.push(all[clean] as PlacedLabel);
      score += clean;
    } else if (request.required) {
      const least = all.reduce((a, b) => (cost(b) < cost(a) ? b : a));
      placed.push(least);
      score += 1000 * (1 + cost(least));
    } else score += 100;
  }
  return { placed, score };
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
    make('right-high', x + clearance + gap, y, 'start', y - h * 0.9),
    make('right-low', x + clearance + gap, y, 'start', y - h * 0.1),
    make('left-high', x - clearance - gap, y, 'end', y - h * 0.9),
    make('left-low', x - clearance - gap, y, 'end', y - h * 0.1),
  ];
}

/** Area of a box that lies outside `area`. */
function outside(b: Box, area: Box): number {
  return (b.x1 - b.x0) * (b.y1 - b.y0) - overlap(b, area);
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
