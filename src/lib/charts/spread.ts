/**
 * Labels along one axis that must not overlap: each wants to sit centred on its mark, in a given
 * order, with a gap between neighbours. `spread` moves them apart as little as possible (least
 * squares), which is an isotonic regression solved by pooling adjacent violators: labels pushed
 * together form a block centred where its members want to be on average.
 */

/** A label to place: where its centre wants to be and how much room it takes along the axis. */
export interface SpreadItem {
  /** Ideal position of the label's centre. */
  ideal: number;
  /** Its extent along the axis (height for labels stacked down the page). */
  size: number;
}

/**
 * Start positions (top edges) for `items`, kept in the order given, at least `gap` apart, as
 * close to their ideal centres as can be; within `[min, max]` when they fit there (otherwise
 * they start at `min` and run past `max`).
 */
export function spread(items: readonly SpreadItem[], gap: number, min = -Infinity, max = Infinity): number[] {
  // Position i must be at least `offset[i]` after position 0: shift that out and the constraint
  // becomes "non-decreasing", whose least-squares fit is the pooled means of adjacent violators.
  const offsets: number[] = [];
  let run = 0;
  for (const item of items) {
    offsets.push(run);
    run += item.size + gap;
  }
  const targets = items.map((item, i) => item.ideal - item.size / 2 - offsets[i]!);
  const blocks: { sum: number; count: number }[] = [];
  for (const t of targets) {
    blocks.push({ sum: t, count: 1 });
    while (blocks.length > 1) {
      const last = blocks[blocks.length - 1]!;
      const previous = blocks[blocks.length - 2]!;
      if (previous.sum / previous.count <= last.sum / last.count) break;
      previous.sum += last.sum;
      previous.count += last.count;
      blocks.pop();
    }
  }
  const fitted = blocks.flatMap((b) => Array<number>(b.count).fill(b.sum / b.count));
  const used = items.length === 0 ? 0 : run - gap;
  const upper = Math.max(min, max - used);
  return fitted.map((z, i) => Math.min(upper, Math.max(min, z)) + offsets[i]!);
}
