/**
 * The local-script line of the live maps' place labels, drawn in HTML by the browser.
 *
 * MapLibre draws text glyph by glyph without complex-script shaping, so Burmese medials, Khmer
 * subscript consonants and Thai or Lao marks come out wrong or as boxes. The label layer of the
 * style (`STYLE_LAYERS.labels`) therefore draws the English name only, with a fixed anchor per
 * place: right of the symbol, or left of it where the place's `labelLeft` property is true. This
 * module sets that property (as in the static map, `src/lib/static-map/labels.ts`: right first, left
 * where that runs past the edge or covers another symbol or label) and lays one `<span lang>` per labelled place over the
 * canvas, just under its English name (`LABEL_LAYOUT` in `src/lib/live-map/style.ts` is the geometry
 * both share). The browser shapes the text; the `:lang()` rules of `global.css` pick the font.
 *
 * Local lines show only for places whose English label MapLibre placed (`queryRenderedFeatures`
 * on the label layer, after each frame at most every `QUERY_INTERVAL` ms and when the map is
 * idle), and are dropped where they would cover another label or symbol. Positions follow the
 * camera on every frame. The overlay is `aria-hidden`: the page's text already names the places.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { PlaceProperties } from '../../lib/live-map/features';
import { mercatorUnit, TILE_SIZE } from '../../lib/geo/mercator';
import {
  DEFAULT_FONTS,
  DEFAULT_LABEL_SIZE,
  LABEL_LAYOUT,
  LOCAL_SCRIPT_FONTS,
  SOURCES,
  STYLE_LAYERS,
} from '../../lib/live-map/style';

/** A place as the places source holds it. */
export type LabelPlace = PlaceProperties & { highlight?: boolean; labelLeft?: boolean };

/** The data of the places source. */
export type LabelPlaces = FeatureCollection<Point, LabelPlace>;

/** A camera to decide label sides for (the map's current one by default). */
export interface LabelCamera {
  center: [number, number];
  zoom: number;
  bearing?: number;
  padding?: { top?: number; bottom?: number; left?: number; right?: number };
}

/** Options of `attachLocalLabels`. */
export interface LocalLabelsOptions {
  /**
   * Whether a place with a local name shows it at `zoom` (by default: when the place is
   * highlighted, the map's focus, as on the static maps); must match the `text-offset` of the
   * label layer (`labelOffset`).
   */
  showLocal?: (place: LabelPlace, zoom: number) => boolean;
  /** `labelSize` given to `buildStyle`. */
  labelSize?: number;
}

/** The local lines of one map. */
export interface LocalLabels {
  /** Sets the places source's data, with label sides decided for `camera` (default: the current one). */
  setPlaces(places: LabelPlaces, camera?: LabelCamera): void;
  /** Removes the overlay and every listener. */
  destroy(): void;
}

/** Minimum time between two `queryRenderedFeatures` while the map moves, in ms. */
const QUERY_INTERVAL = 100;

/** Space between the English line's box and the local line, in em of the English size (clears descenders). */
const LINE_GAP = 0.08;

/** Room kept free at the viewport's edge, in CSS pixels. */
const EDGE = 4;

/** Half the size of a place symbol, in CSS pixels (the icons are about 14 px). */
const SYMBOL_RADIUS = 7;

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

const quote = (families: readonly string[]) => families.map((f) => `"${f}"`).join(', ');

/** Lays the local lines of `map`'s place labels over it; see the header comment. */
export function attachLocalLabels(map: MapLibreMap, options: LocalLabelsOptions = {}): LocalLabels {
  const base = options.labelSize ?? DEFAULT_LABEL_SIZE;
  const showLocal = options.showLocal ?? ((place: LabelPlace) => place.highlight === true);
  const { offsetX, lineHeight, localScale, localShift } = LABEL_LAYOUT;

  const overlay = document.createElement('div');
  overlay.className = 'map-local-labels';
  overlay.setAttribute('aria-hidden', 'true');
  map.getCanvasContainer().append(overlay);

  const context = document.createElement('canvas').getContext('2d');
  const widths = new Map<string, number>();
  /** Width of `text` at `px` in the font of `lang` (English for ''), measured once. */
  const measure = (text: string, px: number, lang: string): number => {
    const key = `${px}|${lang}|${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      const family = LOCAL_SCRIPT_FONTS[lang];
      const fonts = family ? [family, ...DEFAULT_FONTS] : [...DEFAULT_FONTS];
      if (context) {
        context.font = `500 ${px}px ${quote(fonts)}, sans-serif`;
        width = context.measureText(text).width;
      } else width = text.length * px * 0.6;
      widths.set(key, width);
    }
    return width;
  };

  const sizeOf = (p: LabelPlace) => (p.highlight === true ? base + 1 : base);
  const withLocal = (p: LabelPlace, zoom: number) => p.localName !== '' && showLocal(p, zoom);

  let places: LabelPlaces | undefined;
  let byId = new Map<string, LabelPlaces['features'][number]>();

  /**
   * Whether each place's label goes left of its symbol, for screen points from `project`: like
   * the static map, highlighted places first, each label right of its symbol unless that runs
   * past the edge or covers a symbol or a label placed before it, and then left if that is clear.
   */
  const decideSides = (project: (lonLat: [number, number]) => { x: number; y: number }, zoom: number) => {
    const width = map.getContainer().clientWidth;
    const features = [...(places?.features ?? [])].sort(
      (a, b) => Number(b.properties.highlight === true) - Number(a.properties.highlight === true),
    );
    const points = new Map(features.map((f) => [f.properties.id, project(f.geometry.coordinates as [number, number])]));
    const r = SYMBOL_RADIUS;
    const symbols = [...points].map(([id, at]) => ({
      id,
      box: { x0: at.x - r, y0: at.y - r, x1: at.x + r, y1: at.y + r },
    }));
    const placed: Box[] = [];
    const sides = new Map<string, boolean>();
    for (const f of features) {
      const p = f.properties;
      const at = points.get(p.id);
      if (!at) continue;
      const size = sizeOf(p);
      const local = withLocal(p, zoom);
      const w = Math.max(measure(p.name, size, ''), local ? measure(p.localName, size * localScale, p.lang) : 0);
      const h = lineHeight * size * (local ? 1 + localScale : 1);
      const box = (left: boolean): Box => {
        const x0 = left ? at.x - offsetX * size - w : at.x + offsetX * size;
        return { x0, y0: at.y - h / 2, x1: x0 + w, y1: at.y + h / 2 };
      };
      const cost = (b: Box) =>
        (b.x0 < EDGE || b.x1 > width - EDGE ? 2 : 0) +
        (symbols.some((s) => s.id !== p.id && overlaps(s.box, b)) || placed.some((o) => overlaps(o, b)) ? 1 : 0);
      const right = box(false);
      const left = box(true);
      const goLeft = cost(right) > 0 && cost(left) < cost(right);
      sides.set(p.id, goLeft);
      placed.push(goLeft ? left : right);
    }
    return sides;
  };

  /** Screen point for `camera` (Web Mercator, 512 px tiles; pitch is not used for sides). */
  const projectFor = (camera: LabelCamera) => {
    const world = TILE_SIZE * 2 ** camera.zoom;
    const [centreX, centreY] = mercatorUnit(camera.center);
    const turn = (-(camera.bearing ?? 0) * Math.PI) / 180;
    const container = map.getContainer();
    const pad = { top: 0, bottom: 0, left: 0, right: 0, ...camera.padding };
    const cx = (container.clientWidth + pad.left - pad.right) / 2;
    const cy = (container.clientHeight + pad.top - pad.bottom) / 2;
    return ([lon, lat]: [number, number]) => {
      const [x, y] = mercatorUnit([lon, lat]);
      const dx = (x - centreX) * world;
      const dy = (y - centreY) * world;
      return { x: cx + dx * Math.cos(turn) - dy * Math.sin(turn), y: cy + dx * Math.sin(turn) + dy * Math.cos(turn) };
    };
  };

  /** Pushes `places` with these sides into the source (only if a side changed, unless `force`). */
  const push = (sides: Map<string, boolean>, force: boolean) => {
    if (!places) return;
    const changed = places.features.some((f) => (f.properties.labelLeft ?? false) !== sides.get(f.properties.id));
    if (!changed && !force) return;
    places = {
      ...places,
      features: places.features.map((f) => ({
        ...f,
        properties: { ...f.properties, labelLeft: sides.get(f.properties.id) ?? false },
      })),
    };
    byId = new Map(places.features.map((f) => [f.properties.id, f]));
    map.getSource<GeoJSONSource>(SOURCES.places)?.setData(places);
  };

  interface Shown {
    id: string;
    lonLat: [number, number];
    left: boolean;
    size: number;
    span: HTMLSpanElement;
  }
  const spans = new Map<string, HTMLSpanElement>();
  let shown: Shown[] = [];

  /** Moves every shown local line under its English name for the current camera. */
  const render = () => {
    for (const { lonLat, left, size, span } of shown) {
      const at = map.project(lonLat);
      const x = Math.round(at.x + (left ? -1 : 1) * offsetX * size);
      // The English line is centred `localShift` above the point; the local line starts at its bottom.
      const y = Math.round(at.y + (lineHeight / 2 - localShift + LINE_GAP) * size);
      span.style.transform = `translate(${x}px, ${y}px)${left ? ' translateX(-100%)' : ''}`;
    }
  };

  /** Asks MapLibre which labels it placed and shows the local lines that fit. */
  let lastQuery = 0;
  const refresh = () => {
    lastQuery = performance.now();
    const layers = [STYLE_LAYERS.labels, STYLE_LAYERS.places, STYLE_LAYERS.placesHighlight].filter((id) =>
      map.getLayer(id),
    );
    const rendered = places && layers.includes(STYLE_LAYERS.labels) ? map.queryRenderedFeatures({ layers }) : [];
    const labelled = new Set<string>();
    const symbols = new Set<string>();
    for (const f of rendered) {
      const id = f.properties['id'];
      if (typeof id !== 'string') continue;
      (f.layer.id === STYLE_LAYERS.labels ? labelled : symbols).add(id);
    }
    const zoom = map.getZoom();
    const point = (id: string) => {
      const f = byId.get(id);
      return f ? map.project(f.geometry.coordinates as [number, number]) : undefined;
    };
    // What the local lines must not cover: placed English names and drawn symbols.
    const taken: { id: string; box: Box }[] = [];
    for (const id of labelled) {
      const p = byId.get(id)?.properties;
      const at = point(id);
      if (!p || !at) continue;
      const size = sizeOf(p);
      const w = measure(p.name, size, '');
      const cy = at.y - (withLocal(p, zoom) ? localShift * size : 0);
      const x0 = p.labelLeft === true ? at.x - offsetX * size - w : at.x + offsetX * size;
      taken.push({ id, box: { x0, y0: cy - (lineHeight / 2) * size, x1: x0 + w, y1: cy + (lineHeight / 2) * size } });
    }
    for (const id of symbols) {
      const at = point(id);
      const r = SYMBOL_RADIUS;
      if (at) taken.push({ id, box: { x0: at.x - r, y0: at.y - r, x1: at.x + r, y1: at.y + r } });
    }
    const candidates = [...labelled]
      .flatMap((id) => {
        const f = byId.get(id);
        return f && withLocal(f.properties, zoom) ? [f] : [];
      })
      .sort((a, b) => Number(b.properties.highlight === true) - Number(a.properties.highlight === true));
    const next: Shown[] = [];
    for (const f of candidates) {
      const p = f.properties;
      const at = point(p.id);
      if (!at) continue;
      const size = sizeOf(p);
      const w = measure(p.localName, size * localScale, p.lang);
      const left = p.labelLeft === true;
      const top = at.y + (lineHeight / 2 - localShift + LINE_GAP) * size;
      const x0 = left ? at.x - offsetX * size - w : at.x + offsetX * size;
      const box = { x0, y0: top, x1: x0 + w, y1: top + lineHeight * localScale * size };
      if (taken.some((t) => t.id !== p.id && overlaps(t.box, box))) continue;
      taken.push({ id: p.id, box });
      let span = spans.get(p.id);
      if (!span) {
        span = document.createElement('span');
        spans.set(p.id, span);
      }
      if (span.textContent !== p.localName) span.textContent = p.localName;
      if (p.lang) span.lang = p.lang;
      else span.removeAttribute('lang');
      span.style.fontSize = `${size * localScale}px`;
      next.push({ id: p.id, lonLat: f.geometry.coordinates as [number, number], left, size, span });
    }
    const keep = new Set(next.map((s) => s.id));
    for (const [id, span] of spans) {
      if (keep.has(id)) continue;
      span.remove();
      spans.delete(id);
    }
    shown = next;
    for (const s of shown) if (!s.span.isConnected) overlay.append(s.span);
    render();
  };

  const onRender = () => {
    if (performance.now() - lastQuery >= QUERY_INTERVAL) refresh();
    else render();
  };
  /** After the camera stops, names that now run past the right edge move left (and back). */
  const onMoveEnd = () => {
    if (places)
      push(
        decideSides((lonLat) => map.project(lonLat), map.getZoom()),
        false,
      );
  };
  const destroy = () => {
    map.off('render', onRender);
    map.off('idle', refresh);
    map.off('moveend', onMoveEnd);
    map.off('remove', destroy);
    overlay.remove();
    spans.clear();
    shown = [];
  };
  map.on('render', onRender);
  map.on('idle', refresh);
  map.on('moveend', onMoveEnd);
  // Torn down with the map, whoever removes it.
  map.on('remove', destroy);

  return {
    setPlaces(data, camera) {
      places = data;
      byId = new Map(data.features.map((f) => [f.properties.id, f]));
      const sides = camera
        ? decideSides(projectFor(camera), camera.zoom)
        : decideSides((lonLat) => map.project(lonLat), map.getZoom());
      push(sides, true);
    },
    destroy,
  };
}
