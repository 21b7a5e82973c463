/**
 * The place symbols of the live maps, drawn on a canvas like `src/lib/static-map/symbols.ts` draws them
 * in SVG (circle: town, square: compound area, diamond: border crossing; filled with the accent
 * when highlighted), and added to a map as images named by `iconName`.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { PlaceSymbol } from '../../lib/static-map/symbols';
import { ARROW_ICONS, iconName, type MapColors } from '../../lib/live-map/style';

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
  const size = SIZE * (highlight ? HIGHLIGHT : 1);
  const line = symbol === 'compound-region' && !highlight ? 2 : 1.5;
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
  else if (symbol === 'compound-region') ctx.rect(m - size, m - size, size * 2, size * 2);
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
  ctx.strokeStyle = highlight ? c.labelHalo : symbol === 'compound-region' ? c.accent : c.label;
  ctx.stroke();
  return ctx.getImageData(0, 0, px, px);
}
