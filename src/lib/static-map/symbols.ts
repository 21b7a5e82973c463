/**
 * Map symbols as SVG path data: one shape per kind of place, and the arrowhead at the drawn end
 * of a route. Shared by the static map and its legend so that both always draw the same marks.
 */
import type { Place } from '../content/schema';

/** The mark a place gets on the map; several kinds of place share the town circle. */
export type PlaceSymbol = 'compound-region' | 'border-crossing' | 'town';

/** The mark for a kind of place. */
export function symbolForKind(kind: Place['kind']): PlaceSymbol {
  return kind === 'compound-region' || kind === 'border-crossing' ? kind : 'town';
}

/**
 * How far a symbol of `size` reaches from its centre (used to keep labels and arrowheads clear
 * of it).
 */
export function symbolRadius(symbol: PlaceSymbol, size: number): number {
  return symbol === 'border-crossing' ? size * 1.1 : size;
}

/**
 * Path data for a symbol centred on `x, y`: a square for a compound region, a diamond for a
 * border crossing, a circle for a town. `size` is the half-width of the square and the radius
 * of the circle.
 */
export function symbolPath(symbol: PlaceSymbol, x: number, y: number, size: number): string {
  const n = (v: number) => round(v);
  switch (symbol) {
    case 'compound-region':
      return `M${n(x - size)},${n(y - size)}h${n(2 * size)}v${n(2 * size)}h${n(-2 * size)}Z`;
    case 'border-crossing': {
      const r = size * 1.1;
      return `M${n(x)},${n(y - r)}L${n(x + r)},${n(y)}L${n(x)},${n(y + r)}L${n(x - r)},${n(y)}Z`;
    }
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
