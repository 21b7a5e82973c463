/** A chart of estimates as ranges, as SVG markup, from its layout (`ranges-layout.ts`). */
import { RANGE_MARK, type RangesLayout } from './ranges-layout';
import { type DrawingOptions, arrowHead, drawing, el, path, row, text } from './svg';

/**
 * The scale's grid and tick labels, then each group's heading and rule and each estimate: its
 * label, its mark (dot, range bar, or dot and arrow) in the accent, and its words.
 */
export function rangesSvg(layout: RangesLayout, frame: DrawingOptions): string {
  let body = layout.ticks
    .map(
      (t) =>
        el('line', {
          class: 'ch-grid',
          x1: Math.round(t.x) + 0.5,
          x2: Math.round(t.x) + 0.5,
          y1: layout.grid.y1,
          y2: layout.grid.y2,
        }) + text(t.label, 'ch-source', t.label.anchor),
    )
    .join('');
  body += layout.groups
    .map(
      (g) =>
        text(g.heading, 'ch-strong') +
        el('line', { class: 'ch-axis', x1: g.rule.x1, x2: g.rule.x2, y1: g.rule.y, y2: g.rule.y }),
    )
    .join('');
  for (const r of layout.rows) {
    const labels = r.labelLines.map((l) => text(l, 'ch-value ch-halo')).join('');
    let mark = '';
    if (r.kind === 'range') {
      const h = RANGE_MARK.range;
      mark = el('rect', {
        class: 'ch-hi',
        x: r.x1 - h / 2,
        y: r.y - h / 2,
        width: r.x2 - r.x1 + h,
        height: h,
        rx: h / 2,
      });
    } else if (r.kind === 'dot') {
      mark = el('circle', { class: 'ch-hi', cx: r.x1, cy: r.y, r: RANGE_MARK.dot });
      if (r.arrow) {
        const toward = r.arrow.tip > r.arrow.from ? 1 : -1;
        mark += el('path', {
          class: 'ch-open ch-hi',
          d:
            path([
              [r.arrow.from, r.y],
              [r.arrow.tip, r.y],
            ]) + arrowHead(r.arrow.tip, r.y, toward),
        });
      }
    }
    const words = text(r.words, r.kind === 'none' ? 'ch-source ch-small ch-halo' : 'ch-t ch-halo');
    body += row(r.index, labels + mark + words);
  }
  return drawing({ width: layout.width, height: layout.height, ...frame }, body);
}
