/**
 * Map symbols as SVG path data: one shape per kind of place, and the arrowhead at the drawn end
 * of a route. Shared by the static map and its legend so that both always draw the same marks;
 * the live maps draw the same shapes (`src/scripts/maplibre/icons.ts`) at the same sizes.
 *
 * A compound region is an *area*, not a point: a soft translucent disc whose radius is how far
 * from its point the sources place the compounds (`AREA_RADIUS_KM`, by the place's `precision`),
 * projected at the map's scale, and never smaller than `AREA_MIN` (em of the label size) so that
 * it stays visible on maps of a whole region (the numbers are in `src/lib/geo/marks.ts`, shared
 * with the live maps). Towns are small circles, border crossings diamonds.
 */
import type { Place } from '../content/schema';
import { AREA_MIN, AREA_RADIUS_KM, pixelsPerKm } from '../geo/marks';

export { AREA_MIN, AREA_RADIUS_KM, AREA_RIM, pixelsPerKm } from '../geo/marks';

/** The mark a place gets on the map; several kinds of place share the town circle. */
export type PlaceSymbol = 'compound-region' | 'border-crossing' | 'town';

/** The mark for a kind of place. */
export function symbolForKind(kind: Place['kind']): PlaceSymbol {
  return kind === 'compound-region' || kind === 'border-crossing' ? kind : 'town';
}

/** The radius of a compound region's area in viewBox units: its km at the map's scale, at least the minimum. */
export function areaRadius(place: Pick<Place, 'precision' | 'coordinates'>, zoom: number, fontSize: number): number {
  return Math.max(AREA_MIN * fontSize, AREA_RADIUS_KM[place.precision] * pixelsPerKm(place.coordinates[1], zoom));
}

/**
 * How far a symbol of `size` reaches from its centre (used to keep labels and arrowheads clear
 * of it). For an area, `size` is its radius.
 */
export function symbolRadius(symbol: PlaceSymbol, size: number): number {
  return symbol === 'border-crossing' ? size * 1.1 : size;
}

/**
 * Path data for a symbol centred on `x, y`: a disc for a compound region (`size` is its radius),
 * a diamond for a border crossing, a circle for a town (`size` is its radius).
 */
export function symbolPath(symbol: PlaceSymbol, x: number, y: number, size: number): string {
  const n = (v: number) => round(v);
  switch (symbol) {
    case 'border-crossing': {
      const r = size * 1.1;
      return `M${n(x)},${n(y - r)}L${n(x + r)},${n(y)}L${n(x)},${n(y + r)}L${n(x - r)},${n(y)}Z`;
    }
    case 'compound-region':
    case 'town':
      return `M${n(x - size)},${n(y)}a${n(size)},${n(size)} 0 1,0 ${n(2 * size)},0a${n(size)},${n(size)} 0 1,0 ${n(-2 * size)},0Z`;
  }
}

/**
 * Path data for an arrowhead with its tip on `x, y`, pointing along `angle` (radians, screen
 * coordinates: 0 points right, π/2 points down). `size` is the length from tip to base.
 */
export function arrowPath(x: number, y: number, angle: number, size: number): string {
  const back = (spread: number): string => {
    const a = angle + Math.PI + spread;
    return `${round(x + size * Math.cos(a))},${round(y + size * Math.sin(a))}`;
  };
  return `M${round(x)},${round(y)}L${back(0.45)}L${back(-0.45)}Z`;
}

/** A number with one decimal, as the rest of the SVG output. */
function round(v: number): number {
  return Math.round(v * 10) / 10;
}
