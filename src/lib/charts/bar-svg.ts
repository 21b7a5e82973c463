/** A bar chart's drawing as SVG markup, from its layout (`bar-layout.ts`). */
import type { BarLayout } from './bar-layout';
import { type DrawingOptions, drawing, el, row, text } from './svg';

/**
 * Bars in grey, the first in the accent; a zero line beside them; each row's label, source and
 * value(s). Each row is one `data-row` group.
 */
export function barSvg(layout: BarLayout, frame: DrawingOptions): string {
  const first = layout.bars[0];
  const last = layout.bars.at(-1);
  const zero = (y1: number, y2: number) =>
    el('line', { class: 'ch-grid', x1: layout.x0 + 0.5, x2: layout.x0 + 0.5, y1, y2 });
  let body = layout.labels === 'left' && first && last ? zero(first.y - 3, last.y + last.height + 3) : '';
  layout.bars.forEach((b, i) => {
    const labels = b.labelLines.map((l) => text(l, 'ch-label')).join('');
    const sources = b.sourceLines.map((l) => text(l, 'ch-source')).join('');
    const rule = layout.labels === 'above' ? zero(b.y - 3, b.y + b.height + 3) : '';
    const bar = el('rect', { class: i === 0 ? 'ch-hi' : 'ch-bar', x: b.x, y: b.y, width: b.width, height: b.height });
    const values = b.values.map((v) => text(v, 'ch-value', v.anchor)).join('');
    body += row(i, labels + sources + rule + bar + values);
  });
  return drawing({ width: layout.width, height: layout.height, ...frame }, body);
}
