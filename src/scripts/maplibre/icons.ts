/**
 * The place symbols of the live maps, drawn on a canvas like `src/lib/static-map/symbols.ts` draws them
 * in SVG (circle: town, diamond: border crossing, filled with the accent when highlighted; a
 * translucent disc with a rim: the area where compounds were reported, in the accent when
 * highlighted, grey otherwise), and added to a map as images named by `iconName`. Area icons are
 * drawn `AREA_ICON_RADIUS` pixels in radius and scaled by the style's `icon-size` to their
 * radius at the map's zoom.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { PlaceSymbol } from '../../lib/static-map/symbols';
import { AREA_RIM } from '../../lib/geo/marks';
import { AREA_ICON_RADIUS, ARROW_ICONS, iconName, type MapColors } from '../../lib/live-map/style';

/** Fill and rim opacity of the areas, as `MapSvg.astro`'s CSS draws them. */
const AREA_STYLE = {
  context: { fill: 0.22, rim: 0.55 },
  highlight: { fill: 0.28, rim: 0.85 },
} as const;

const SYMBOLS: PlaceSymbol[] = ['town', 'compound-region', 'border-crossing'];

/** Half-width of a symbol in CSS pixels (the static map's is about 4 px where it is shown). */
const SIZE = 4.5;
const HIGHLIGHT = 1.25;

/** Adds (or replaces) the six place icons on `map`. */
export function addPlaceIcons(map: MapLibreMap, colors: MapColors): void {
  const ratio = Math.max(1, Math.min(3, Math.round(window.devicePixelRatio || 1)));
  for (const symbol of SYMBOLS) {
    for (const highlight of [false, true]) {
      const image = drawIcon(symbol, highlight, colors, ratio);
      if (!image) continue;
      const name = iconName(symbol, highlight);
      if (map.hasImage(name)) map.removeImage(name);
      map.addImage(name, image, { pixelRatio: ratio });
    }
  }
}

/**
 * Adds the two route arrowheads (context and highlighted colour): a triangle pointing up with
 * its tip at the top edge, about the size of the static map's.
 */
export function addArrowIcons(map: MapLibreMap, colors: MapColors): void {
  const ratio = Math.max(1, Math.min(3, Math.round(window.devicePixelRatio || 1)));
  for (const [name, colour, length] of [
    [ARROW_ICONS.context, colors.routeContext, 9],
    [ARROW_ICONS.highlight, colors.accent, 11],
  ] as const) {
    const half = length * Math.tan(0.45);
    const w = Math.ceil((half * 2 + 2) * ratio);
    const h = Math.ceil((length + 1) * ratio);
    const canvas = document.createElement('canvas');
    canvas.width = w;
    canvas.height = h;
    const ctx = canvas.getContext('2d');
    if (!ctx) continue;
    ctx.scale(ratio, ratio);
    const m = w / ratio / 2;
    ctx.beginPath();
    ctx.moveTo(m, 0);
    ctx.lineTo(m + half, length);
    ctx.lineTo(m - half, length);
    ctx.closePath();
    ctx.fillStyle = colour;
    ctx.fill();
    if (map.hasImage(name)) map.removeImage(name);
    map.addImage(name, ctx.getImageData(0, 0, w, h), { pixelRatio: ratio });
  }
}

function drawIcon(symbol: PlaceSymbol, highlight: boolean, c: MapColors, ratio: number): ImageData | undefined {
  if (symbol === 'compound-region') return drawArea(highlight, c, ratio);
  const size = SIZE * (highlight ? HIGHLIGHT : 1);
  const line = 1.5;
  const half = size * (symbol === 'border-crossing' ? 1.15 : 1) + line;
  const px = Math.ceil(half * 2 * ratio);
  const canvas = document.createElement('canvas');
  canvas.width = px;
  canvas.height = px;
  const ctx = canvas.getContext('2d');
  if (!ctx) return undefined;
  ctx.scale(ratio, ratio);
  const m = px / ratio / 2;
  ctx.beginPath();
  if (symbol === 'town') ctx.arc(m, m, size, 0, Math.PI * 2);
  else {
    const r = size * 1.15;
    ctx.moveTo(m, m - r);
    ctx.lineTo(m + r, m);
    ctx.lineTo(m, m + r);
    ctx.lineTo(m - r, m);
    ctx.closePath();
  }
  ctx.fillStyle = highlight ? c.accent : c.labelHalo;
  ctx.fill();
  ctx.lineWidth = line;
  ctx.strokeStyle = highlight ? c.labelHalo : c.label;
  ctx.stroke();
  return ctx.getImageData(0, 0, px, px);
}

/** An area icon: a disc `AREA_ICON_RADIUS` pixels in radius (to the middle of its rim). */
function drawArea(highlight: boolean, c: MapColors, ratio: number): ImageData | undefined {
  const r = AREA_ICON_RADIUS;
  const rim = r * AREA_RIM;
  const px = Math.ceil((r + rim) * 2 * ratio) + 2;
  const canvas = document.createElement('canvas');
  canvas.width = px;
  canvas.height = px;
  const ctx = canvas.getContext('2d');
  if (!ctx) return undefined;
  ctx.scale(ratio, ratio);
  const m = px / ratio / 2;
  const colour = highlight ? c.accent : c.routeContext;
  const style = highlight ? AREA_STYLE.highlight : AREA_STYLE.context;
  ctx.beginPath();
  ctx.arc(m, m, r, 0, Math.PI * 2);
  ctx.fillStyle = colour;
  ctx.globalAlpha = style.fill;
  ctx.fill();
  ctx.lineWidth = rim;
  ctx.strokeStyle = colour;
  ctx.globalAlpha = style.rim;
  ctx.stroke();
  return ctx.getImageData(0, 0, px, px);
}
