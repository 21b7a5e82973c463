/**
 * The live story map's place labels, where the static twin put them. The static label placer
 * (`src/lib/static-map/labels.ts`) has already found, for each step and frame, a place for every
 * name that collides with no other name or symbol and stays in the part of the picture every
 * screen shows; the live map draws the same picture at the same scale (`liveCamera`), so it
 * copies those places rather than let MapLibre place (and drop) names on its own. Each place
 * feature carries `labelAnchor`, `labelOffset` and `focus` (`stepPlaces`); this module points
 * the label layer at them, sizes the names as the static picture shows them, and draws the
 * focus place's local-script name in HTML under its English name (MapLibre does not shape
 * Burmese, Khmer, Thai or Lao), as the static map does. The overlay is `aria-hidden`.
 *
 * MapLibre encodes a GeoJSON source's features as vector tiles, which keep only strings, numbers
 * and booleans: an array property such as `labelOffset` reaches the style as a JSON string, and
 * `text-offset: ['get', 'labelOffset']` would fall back to no offset (with a console warning).
 * So the offset is looked up instead: each feature gets a string key, and `text-offset` is a
 * `match` from the keys of the step's places to their offsets, as literals.
 */
import type { FeatureCollection, Point } from 'geojson';
import type { DataDrivenPropertyValueSpecification, GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { PlaceProperties } from '../../lib/live-map/features';
import { LINE_MIDDLE, type PlacedLabelProperties } from '../../lib/live-map/story-state';
import { SOURCES, STYLE_LAYERS } from '../../lib/live-map/style';
import { LABEL_METRICS } from '../../lib/geo/marks';

/** A place as the story's places source holds it. */
export type StoryPlace = PlaceProperties & { highlight: boolean } & Partial<PlacedLabelProperties>;

/** The story map's labels. */
export interface PlacedLabels {
  /**
   * Sets the places (with their label places) and the size of names in CSS pixels: the static
   * picture's label size times its scale on this screen.
   */
  setPlaces(places: FeatureCollection<Point, StoryPlace>, size: number): void;
  destroy(): void;
}

/** Where the top of a line box sits above its baseline, in em, for a line height of 1. */
const ASCENT = 0.88;

/** Points the label layer of `map` at the static placements; see the header comment. */
export function attachPlacedLabels(map: MapLibreMap): PlacedLabels {
  const overlay = document.createElement('div');
  overlay.className = 'map-local-labels';
  overlay.setAttribute('aria-hidden', 'true');
  map.getCanvasContainer().append(overlay);
  const span = document.createElement('span');
  span.style.lineHeight = '1';
  let focus:
    { at: [number, number]; anchor: PlacedLabelProperties['labelAnchor']; offset: [number, number] } | undefined;
  let size = 13;

  let offsets: DataDrivenPropertyValueSpecification<[number, number]> = ['literal', [0, 0]];

  const layout = () => {
    map.setLayoutProperty(STYLE_LAYERS.labels, 'text-anchor', ['get', 'labelAnchor']);
    map.setLayoutProperty(STYLE_LAYERS.labels, 'text-offset', offsets);
    map.setLayoutProperty(STYLE_LAYERS.labels, 'text-justify', 'auto');
    // The static placer has kept every name clear of the others: draw them all, as placed.
    map.setLayoutProperty(STYLE_LAYERS.labels, 'text-allow-overlap', true);
    map.setLayoutProperty(STYLE_LAYERS.labels, 'text-ignore-placement', true);
    map.setLayoutProperty(STYLE_LAYERS.labels, 'text-size', size);
  };

  /** Puts the local line under the focus place's English name for the current camera. */
  const render = () => {
    if (!focus) return;
    const p = map.project(focus.at);
    // The English line's middle is `offset` em from the point; its baseline `LINE_MIDDLE` below.
    const x = p.x + focus.offset[0] * size;
    const middle = p.y + focus.offset[1] * size;
    const localSize = size * LABEL_METRICS.localScale;
    const baseline = middle + LINE_MIDDLE * size + LABEL_METRICS.lineGap * size;
    const shift = focus.anchor === 'left' ? '0' : focus.anchor === 'right' ? '-100%' : '-50%';
    span.style.fontSize = `${localSize}px`;
    span.style.transform = `translate(${Math.round(x)}px, ${Math.round(baseline - ASCENT * localSize)}px) translateX(${shift})`;
  };

  map.on('render', render);
  const destroy = () => {
    map.off('render', render);
    map.off('remove', destroy);
    overlay.remove();
  };
  map.on('remove', destroy);

  return {
    setPlaces(places, labelSize) {
      size = labelSize;
      const keyed = withOffsetKeys(places);
      offsets = offsetLookup(keyed.offsets);
      if (map.getLayer(STYLE_LAYERS.labels)) layout();
      map.getSource<GeoJSONSource>(SOURCES.places)?.setData(keyed.places);
      const f = places.features.find((feature) => feature.properties.focus === true && feature.properties.localName);
      if (f && f.properties.labelAnchor && f.properties.labelOffset) {
        focus = {
          at: f.geometry.coordinates as [number, number],
          anchor: f.properties.labelAnchor,
          offset: f.properties.labelOffset,
        };
        span.textContent = f.properties.localName;
        span.lang = f.properties.lang;
        if (!span.isConnected) overlay.append(span);
        render();
      } else {
        focus = undefined;
        span.remove();
      }
    },
    destroy,
  };
}

/** The key of a label offset, kept as a string property: `"0.5,-1.2"`. */
const offsetKey = ([dx, dy]: [number, number]): string => `${dx},${dy}`;

/** The places, each with its `labelOffsetKey`, and the offsets by key. */
function withOffsetKeys(places: FeatureCollection<Point, StoryPlace>): {
  places: FeatureCollection<Point, StoryPlace & { labelOffsetKey?: string }>;
  offsets: Map<string, [number, number]>;
} {
  const offsets = new Map<string, [number, number]>();
  const features = places.features.map((feature) => {
    const offset = feature.properties.labelOffset;
    if (!offset) return feature;
    const key = offsetKey(offset);
    offsets.set(key, offset);
    return { ...feature, properties: { ...feature.properties, labelOffsetKey: key } };
  });
  return { places: { ...places, features }, offsets };
}

/** `text-offset` as a lookup from `labelOffsetKey` to the offset; no offset for other places. */
function offsetLookup(offsets: Map<string, [number, number]>): DataDrivenPropertyValueSpecification<[number, number]> {
  if (offsets.size === 0) return ['literal', [0, 0]];
  const pairs = [...offsets].flatMap(([key, offset]) => [key, ['literal', offset]]);
  // The style types cannot spell a `match` of any length: checked by MapLibre when it is set.
  return [
    'match',
    ['get', 'labelOffsetKey'],
    ...pairs,
    ['literal', [0, 0]],
  ] as unknown as DataDrivenPropertyValueSpecification<[number, number]>;
}
