/**
 * Compact SVG path data for the static maps, drawn through a d3 projection.
 *
 * d3's own `geoPath().digits(1)` writes every vertex as an absolute pair. Here, as coordinates
 * come out of the projection, a vertex closer than `tolerance` viewBox units to the last one
 * kept is dropped (Natural Earth has far more detail than a 1200-unit-wide map can show), rings
 * smaller than `minArea` square units are left out (islands too small to see, and the
 * slivers clipping leaves), and the rest is written as relative moves with one
 * decimal (or none, with `decimals` 0). Rounding is done on absolute positions, so errors do not add up along a line. For a
 * region-wide view this makes the basemap about three times smaller than d3's output.
 */
import { geoPath, type GeoContext, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';

/** Returns a function that draws a GeoJSON object to compact path data ('' when nothing shows). */
export function compactPath(
  projection: GeoProjection,
  tolerance = 1,
  minArea = tolerance * tolerance * 3,
  decimals: 0 | 1 = 1,
): (object: GeoPermissibleObjects) => string {
  return (object) => {
    const context = new CompactContext(tolerance, minArea, decimals === 0 ? whole : round);
    geoPath(projection, context)(object);
    return context.result();
  };
}

/** The subset of CanvasRenderingContext2D that d3-geo draws with, writing path data instead. */
class CompactContext implements GeoContext {
  private readonly out: string[] = [];
  /** The line or ring being drawn: its text, where its last kept vertex is, and how many segments it has. */
  private current = '';
  private x = 0;
  private y = 0;
  private segments = 0;
  private open = false;
  /** The last vertex dropped for being too close, kept to end a line exactly where it ends. */
  private skipped: [number, number] | undefined;

  /** Twice the signed area of the ring so far (shoelace), from its first vertex. */
  private area = 0;
  private x0 = 0;
  private y0 = 0;

  constructor(
    private readonly tolerance: number,
    private readonly minArea: number,
    private readonly round: (v: number) => number,
  ) {}

  beginPath(): void {}

  moveTo(x: number, y: number): void {
    this.flush(false);
    this.x = this.round(x);
    this.y = this.round(y);
    this.x0 = this.x;
    this.y0 = this.y;
    this.area = 0;
    this.current = `M${num(this.x)},${num(this.y)}l`;
    this.segments = 0;
    this.open = true;
    this.skipped = undefined;
  }

  lineTo(x: number, y: number): void {
    const rx = this.round(x);
    const ry = this.round(y);
    if (Math.hypot(rx - this.x, ry - this.y) < this.tolerance) {
      this.skipped = [rx, ry];
      return;
    }
    this.skipped = undefined;
    this.append(rx, ry);
  }

  private append(rx: number, ry: number): void {
    this.area += (this.x - this.x0) * (ry - this.y0) - (rx - this.x0) * (this.y - this.y0);
    const dx = num(this.round(rx - this.x));
    const dy = num(this.round(ry - this.y));
    const pair = `${dx}${dy.startsWith('-') ? '' : ','}${dy}`;
    this.current += this.segments === 0 || pair.startsWith('-') ? pair : ` ${pair}`;
    this.x = rx;
    this.y = ry;
    this.segments++;
  }

  closePath(): void {
    this.flush(true);
  }

  /** d3 draws points as circles; the maps draw no points through here, but keep it valid. */
  arc(x: number, y: number, r: number): void {
    this.flush(false);
    this.out.push(
      `M${num(this.round(x + r))},${num(this.round(y))}a${r},${r} 0 1,1 ${-2 * r},0a${r},${r} 0 1,1 ${2 * r},0z`,
    );
  }

  result(): string {
    this.flush(false);
    return this.out.join('');
  }

  /** Keeps the current line if it still has a segment, or the ring if it still has an area. */
  private flush(closed: boolean): void {
    if (!this.open) return;
    if (!closed && this.skipped && (this.skipped[0] !== this.x || this.skipped[1] !== this.y))
      this.append(...this.skipped);
    const keep = closed ? this.segments >= 2 && Math.abs(this.area) / 2 >= this.minArea : this.segments >= 1;
    if (keep) this.out.push(this.current + (closed ? 'z' : ''));
    this.open = false;
  }
}

/** Rounds to one decimal. */
function round(v: number): number {
  return Math.round(v * 10) / 10;
}

/** Rounds to a whole unit (the basemap pictures: a unit is half a pixel or less on screen). */
function whole(v: number): number {
  return Math.round(v);
}

/** A number as short as SVG allows: `0.5` → `.5`, `-0.5` → `-.5`. */
function num(v: number): string {
  return String(Object.is(v, -0) ? 0 : v).replace(/^(-?)0\./, '$1.');
}
