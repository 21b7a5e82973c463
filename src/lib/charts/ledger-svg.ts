/** A "promise against price" ledger as SVG markup, from its layout (`ledger-layout.ts`). */
import type { LedgerLayout } from './ledger-layout';
import { type DrawingOptions, arrowHead, drawing, el, path, row, text } from './svg';

/**
 * The key (one block, one month), then per person: label and source, the promise in blue with
 * its words, the price in the accent cut into months, and the months it equals.
 */
export function ledgerSvg(layout: LedgerLayout, frame: DrawingOptions): string {
  const k = layout.key;
  let body =
    el('rect', { class: 'ch-hi', x: k.block.x, y: k.block.y, width: k.block.width, height: k.block.height }) +
    k.lines.map((l) => text(l, 'ch-source')).join('');
  for (const r of layout.rows) {
    let part =
      r.labelLines.map((l) => text(l, 'ch-strong')).join('') + r.sourceLines.map((l) => text(l, 'ch-source')).join('');
    part += r.promiseLines.map((l) => text(l, 'ch-value')).join('');
    const p = r.promise;
    part += el('rect', { class: 'ch-promise', x: p.x, y: p.y, width: p.width, height: p.height });
    if (p.open) {
      const cy = p.y + p.height / 2;
      part += el('path', {
        class: 'ch-open ch-promise',
        d:
          path([
            [p.open.from, cy],
            [p.open.tip, cy],
          ]) + arrowHead(p.open.tip, cy, 1, 4),
      });
    }
    part += r.priceLines.map((l) => text(l, 'ch-value')).join('');
    const q = r.price;
    part += el('rect', { class: 'ch-hi', x: q.x, y: q.y, width: q.width, height: q.height });
    if (q.cuts.length > 0) {
      part += el('path', {
        class: 'ch-cut',
        d: q.cuts
          .map((x) =>
            path([
              [x, q.y],
              [x, q.y + q.height],
            ]),
          )
          .join(''),
      });
    }
    part += r.monthsLines.map((l) => text(l, 'ch-strong')).join('');
    body += row(r.index, part);
  }
  return drawing({ width: layout.width, height: layout.height, ...frame }, body);
}
