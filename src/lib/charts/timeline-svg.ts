/** A timeline as SVG markup, from its layout (`timeline-layout.ts`). */
import type { TimelineLayout } from './timeline-layout';
import { type DrawingOptions, drawing, el, path, row, text } from './svg';

/** Radius of an event's dot (a year bar is as thick). */
const DOT_R = 4.5;

/**
 * The axis with a tick where each year begins and the year's number beside its span, then each
 * event: its mark in the accent (a dot, or a bar along the axis for a date known only to the
 * year), its leader, its date and its title.
 */
export function timelineSvg(layout: TimelineLayout, frame: DrawingOptions): string {
  const a = layout.axis;
  let body = el('line', { class: 'ch-axis', x1: a.x1, y1: a.y1, x2: a.x2, y2: a.y2 });
  body += el('path', {
    class: 'ch-axis',
    d: layout.ticks
      .map((t) =>
        path([
          [t.x1, t.y1],
          [t.x2, t.y2],
        ]),
      )
      .join(''),
  });
  for (const e of layout.events) {
    const leader = el('path', { class: 'ch-leader', d: path(e.leader) });
    const mark =
      e.x1 === e.x2 && e.y1 === e.y2
        ? el('circle', { class: 'ch-hi ch-dot', cx: e.x1, cy: e.y1, r: DOT_R })
        : el('path', {
            class: 'ch-open ch-hi ch-span',
            d: path([
              [e.x1, e.y1],
              [e.x2, e.y2],
            ]),
          });
    const words = text(e.dateLine, 'ch-date', e.anchor) + e.labelLines.map((l) => text(l, 'ch-t', e.anchor)).join('');
    body += row(e.index, leader + mark + words);
  }
  // Years last, with a halo, over any leader that passes them.
  body += layout.years.map((y) => text(y, 'ch-date ch-halo', y.anchor)).join('');
  return drawing({ width: layout.width, height: layout.height, ...frame }, body);
}
