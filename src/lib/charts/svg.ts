/**
 * SVG markup as strings, for the chart renderers (`*-svg.ts`): compact (numbers to a tenth of a
 * pixel, no whitespace, classes from `charts.css` instead of repeated attributes) because the
 * long read carries every chart at five widths, and pure, so that the same markup can be put in
 * a page, written to a file or rasterised.
 */
import { CHART_TYPE, px, type TextLine } from './type';

/** Text escaped for use in SVG content and attribute values. */
export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

type AttrValue = string | number | undefined | false;

/** ` a="1" b="x"`: numbers rounded to a tenth, strings escaped, `undefined` and `false` left out. */
export function attrs(values: Record<string, AttrValue>): string {
  let out = '';
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === false) continue;
    out += ` ${name}="${typeof value === 'number' ? px(value) : esc(value)}"`;
  }
  return out;
}

/** An element: `<name attrs>children</name>`, or self-closing without children. */
export function el(name: string, values: Record<string, AttrValue>, children?: string): string {
  return children === undefined ? `<${name}${attrs(values)}/>` : `<${name}${attrs(values)}>${children}</${name}>`;
}

/** A line of text with a class (and an anchor other than start). */
export function text(line: TextLine, cls: string, anchor?: 'start' | 'middle' | 'end'): string {
  const anchorClass = anchor === 'end' ? ' ch-end' : anchor === 'middle' ? ' ch-mid' : '';
  return el('text', { class: cls + anchorClass, x: line.x, y: line.y }, esc(line.text));
}

/** A polyline as a path: `M1 2L3 4`. */
export function path(points: readonly (readonly [number, number])[]): string {
  return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${px(x)} ${px(y)}`).join('');
}

/**
 * An arrowhead at (x, y) pointing `toward` (+1 right, -1 left), for open bounds ("at least"):
 * a path of two strokes.
 */
export function arrowHead(x: number, y: number, toward: 1 | -1, size = 5): string {
  return path([
    [x - toward * size, y - size],
    [x, y],
    [x - toward * size, y + size],
  ]);
}

/** What a drawing needs besides its body. */
export interface DrawingFrame {
  width: number;
  height: number;
  /** The width bands this drawing is shown in (see `bandsOf`); by default its own width's. */
  bands?: readonly number[];
  /** Id of the element holding the chart's text alternative (`aria-labelledby`). */
  labelledBy: string;
}

/** What a renderer needs besides its layout: the alt text's id and the bands the drawing serves. */
export type DrawingOptions = Pick<DrawingFrame, 'labelledBy' | 'bands'>;

/**
 * One drawing: an `<svg>` of its true size with the classes that let `charts.css` show the
 * drawing for its width band, an image to assistive technology, named by the chart's alt text.
 */
export function drawing(frame: DrawingFrame, body: string): string {
  return el(
    'svg',
    {
      class: `ch-svg ${(frame.bands ?? [frame.width]).map((band) => `ch-w${band}`).join(' ')}`,
      width: frame.width,
      height: frame.height,
      viewBox: `0 0 ${frame.width} ${frame.height}`,
      role: 'img',
      'aria-labelledby': frame.labelledBy,
      'font-size': CHART_TYPE.label,
    },
    body,
  );
}

/** The marks and labels of one row, grouped so that the interactive layer can find them (`data-row`). */
export function row(index: number, body: string): string {
  return `<g data-row="${index}">${body}</g>`;
}
