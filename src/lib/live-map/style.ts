/**
 * The MapLibre style of the live maps, built in code from the site's colours so that the live
 * map matches its static twin in light and dark themes. Pure: no DOM. The colours come from
 * `src/lib/map-theme.ts`; the client reads them from the page's CSS custom properties
 * (`readMapColors` in `src/scripts/maplibre/colors.ts`), so a theme switch follows the page.
 *
 * No `glyphs`: MapLibre 6 then draws labels with the page's own fonts (`text-font` is read as a
 * CSS font-family list), so there is no glyph server; wait for the fonts before the first frame.
 *
 * Layers, bottom to top: sea (background); for each basemap band (world 1:110m, region 1:50m,
 * town 1:10m at close zooms) a sea-coloured cover over the coarser band inside its box, land,
 * highlighted countries and borders; country names; routes (halo, context line, highlighted line,
 * arrowheads at their drawn ends: points with `arrow: true` in the routes source); places (one
 * symbol layer, icon by kind, highlighted ones in a layer on top); labels (English only: the local
 * name is drawn in HTML under it by `src/scripts/maplibre/local-labels.ts`, which the browser shapes).
 * Places and routes carry a boolean `highlight` property; `STYLE_LAYERS` names every layer.
 */
import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  FilterSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import { REGION_ZOOM, TOWN_ZOOM } from '../geo/zoom-bands';
import type { PlaceSymbol } from '../static-map/symbols';
import { LOCAL_SCRIPT_FONTS, MAP_THEME, MAP_TYPE, type MapColors } from '../map-theme';

/** The colours the style is built with (see `src/lib/map-theme.ts`). */
export type { MapColors };

/** Light-theme colours; used when the page's CSS gives nothing. */
export const DEFAULT_COLORS: MapColors = MAP_THEME.light;

/** GeoJSON data for a source: a URL the site serves, or the data itself. */
export type SourceData = GeoJSONSourceSpecification['data'];

/** What `buildStyle` needs. */
export interface StyleOptions {
  colors: MapColors;
  /** URLs (or data) of the basemap layers, from `/data/basemap-*.json`. */
  basemap: { world: SourceData; region: SourceData; town: SourceData };
  /** Place points with `PlaceProperties` plus a boolean `highlight`. */
  places: SourceData;
  /** Route lines with `RouteProperties` plus a boolean `highlight`. */
  routes: SourceData;
  /** Country names as points with a `name` (empty when left out). */
  countryNames?: SourceData;
  /** Countries (ISO alpha-2) to tint; more can be set later with `countryFilter`. */
  countries?: readonly string[];
  /** Font stack for English names (CSS family names of fonts the page loads). */
  fonts?: readonly string[];
  /** Base size of place labels in CSS pixels (local names are drawn at `LABEL_LAYOUT.localScale` of it). */
  labelSize?: number;
  /** Smallest radius of a compound region's area in CSS pixels (see `placeIconSize`). */
  areaMinRadius?: number;
}

/** Source ids. */
export const SOURCES = {
  world: 'basemap-world',
  region: 'basemap-region',
  town: 'basemap-town',
  places: 'places',
  routes: 'routes',
  countryNames: 'country-names',
} as const;

/** Layer ids, by role. */
export const STYLE_LAYERS = {
  sea: 'sea',
  worldLand: 'land-world',
  regionCover: 'cover-region',
  regionLand: 'land-region',
  townCover: 'cover-town',
  townLand: 'land-town',
  countryHighlight: ['country-highlight-world', 'country-highlight-region', 'country-highlight-town'],
  borders: ['borders-world', 'borders-region', 'borders-town'],
  countryLabels: 'country-labels',
  routeTrails: 'route-trails',
  routeHalo: 'route-halo',
  routeContext: 'route-context',
  routeHighlight: 'route-highlight',
  routeArrows: 'route-arrows',
  places: 'places',
  placesHighlight: 'places-highlight',
  labels: 'place-labels',
} as const;

/** Name of the icon for a place symbol: `town`, `town-highlight`, `compound-region`… */
export function iconName(symbol: PlaceSymbol, highlight: boolean): string {
  return highlight ? `${symbol}-highlight` : symbol;
}

/** The English font stack: the site's sans-serif (`--font-sans`). */
export const DEFAULT_FONTS = ['Noto Sans Variable', 'Noto Sans'] as const;

/** The font for names in local script, by language (see `src/lib/map-theme.ts`). */
export { LOCAL_SCRIPT_FONTS };

/** A filter for the countries of a list (by ISO alpha-2 code); matches nothing for `[]`. */
export function countryFilter(codes: readonly string[]): FilterSpecification {
  return ['all', ['==', ['get', 'kind'], 'country'], ['in', ['get', 'iso2'], ['literal', [...codes]]]];
}

/** The icon for a place feature: its kind's symbol, highlighted or not. */
const ICON: ExpressionSpecification = [
  'concat',
  ['match', ['get', 'kind'], 'compound-region', 'compound-region', 'border-crossing', 'border-crossing', 'town'],
  ['case', ['==', ['get', 'highlight'], true], '-highlight', ''],
];

const isHighlight: ExpressionSpecification = ['==', ['get', 'highlight'], true];
const isArea: ExpressionSpecification = ['==', ['get', 'kind'], 'compound-region'];

/** Radius in CSS pixels of the area icons as drawn (`src/scripts/maplibre/icons.ts`), before `icon-size`. */
export const AREA_ICON_RADIUS = 32;

/** Smallest radius of an area on the live maps unless a map sets its own, in CSS pixels. */
export const DEFAULT_AREA_MIN_RADIUS = 8;

/**
 * `icon-size` of the place symbols: 1 for towns and border crossings; for a compound region its
 * area's radius at the map's zoom (the feature's `area`, its radius at zoom 0, doubled at each
 * level, as the static map draws it) over the icon's, never below `minRadius` pixels. A zoom
 * expression must be a top-level `interpolate`, so the radius is given at each whole zoom level,
 * exponential in between.
 */
export function placeIconSize(minRadius: number): ExpressionSpecification {
  const stops: (number | ExpressionSpecification)[] = [];
  for (let zoom = 0; zoom <= 18; zoom++) {
    stops.push(zoom, [
      'case',
      isArea,
      ['/', ['max', minRadius, ['*', ['get', 'area'], 2 ** zoom]], AREA_ICON_RADIUS],
      1,
    ]);
  }
  return ['interpolate', ['exponential', 2], ['zoom'], ...stops] as unknown as ExpressionSpecification;
}
const isLabelLeft: ExpressionSpecification = ['==', ['get', 'labelLeft'], true];

/** Whether a place has a name in local script. */
export const hasLocalName: ExpressionSpecification = ['!=', ['get', 'localName'], ''];

/**
 * How place labels are laid out, in em of the English name's size: the English name sits
 * `offsetX` beside the symbol; when a local line goes under it, the two lines (the local one at
 * `localScale`, both `lineHeight` tall) are centred on the symbol, so the English name moves up
 * by `localShift`. Shared by the style and the HTML local lines (`src/scripts/maplibre/local-labels.ts`).
 */
export const LABEL_LAYOUT = {
  offsetX: 0.75,
  lineHeight: 1.25,
  localScale: 0.85,
  /** Half the height of the local line: `lineHeight * localScale / 2`. */
  localShift: (1.25 * 0.85) / 2,
} as const;

/** Size of the English place names in CSS pixels, unless `labelSize` says otherwise. */
export const DEFAULT_LABEL_SIZE = MAP_TYPE.liveLabel;

/**
 * `text-offset` of the place labels: beside the symbol (on the `labelLeft` side), raised by
 * `LABEL_LAYOUT.localShift` where `withLocal` holds.
 */
export function labelOffset(withLocal: ExpressionSpecification): ExpressionSpecification {
  const { offsetX: x, localShift: up } = LABEL_LAYOUT;
  return [
    'case',
    isLabelLeft,
    ['case', withLocal, ['literal', [-x, -up]], ['literal', [-x, 0]]],
    ['case', withLocal, ['literal', [x, -up]], ['literal', [x, 0]]],
  ] as ExpressionSpecification;
}
const isTrail: ExpressionSpecification = ['==', ['get', 'trail'], true];
const isLine: ExpressionSpecification = ['all', ['==', ['geometry-type'], 'LineString'], ['!', isTrail]];
const isPoint: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];

/**
 * How a trail (a route followed in an earlier step) is drawn, in CSS pixels: thin and faint,
 * in the accent colour it had when it was followed. The static basemap pictures draw the same.
 */
export const TRAIL = { width: 2, opacity: 0.35 } as const;

/** Names of the arrowhead icons at the drawn end of routes (drawn pointing up, turned by `bearing`). */
export const ARROW_ICONS = { context: 'route-arrow', highlight: 'route-arrow-highlight' } as const;

/** The MapLibre style for the given colours and data. */
export function buildStyle(options: StyleOptions): StyleSpecification {
  const { colors: c, basemap } = options;
  const fonts = [...(options.fonts ?? DEFAULT_FONTS)];
  const size = options.labelSize ?? DEFAULT_LABEL_SIZE;
  const tint = countryFilter(options.countries ?? []);
  // Areas (washes) under the point symbols of the same layer.
  const placeLayout = {
    'icon-image': ICON,
    'icon-size': placeIconSize(options.areaMinRadius ?? DEFAULT_AREA_MIN_RADIUS),
    'icon-allow-overlap': true,
    'icon-ignore-placement': true,
    'symbol-sort-key': ['case', isArea, 0, 1],
  } as const satisfies Extract<LayerSpecification, { type: 'symbol' }>['layout'];
  const geojson = (data: SourceData): GeoJSONSourceSpecification => ({ type: 'geojson', data, tolerance: 0.5 });
  const country: FilterSpecification = ['==', ['get', 'kind'], 'country'];
  const border: FilterSpecification = ['==', ['get', 'kind'], 'border'];
  // Which basemap source draws at which zoom: the world layer always (under), the region layer
  // from REGION_ZOOM - 1 (its cover hides the world inside the box), the town layer from
  // TOWN_ZOOM - 0.5 (live maps are often narrower than the static frame, so their zoom is lower).
  const bands = [
    { source: SOURCES.world, min: 0, max: 24 },
    { source: SOURCES.region, min: REGION_ZOOM - 1, max: 24 },
    { source: SOURCES.town, min: TOWN_ZOOM - 0.5, max: 24 },
  ] as const;
  const borderWidth: DataDrivenPropertyValueSpecification<number> = [
    'interpolate',
    ['linear'],
    ['zoom'],
    2,
    0.6,
    6,
    1.2,
    10,
    1.8,
  ];

  // Each basemap band draws its cover (sea over the coarser band inside its box), land,
  // highlighted countries and borders, so a finer band replaces a coarser one where it has data.
  const covers = [undefined, STYLE_LAYERS.regionCover, STYLE_LAYERS.townCover] as const;
  const lands = [STYLE_LAYERS.worldLand, STYLE_LAYERS.regionLand, STYLE_LAYERS.townLand] as const;
  const basemapLayers = bands.flatMap((band, i): LayerSpecification[] => {
    const cover = covers[i];
    const zoom = band.min > 0 ? { minzoom: band.min } : {};
    return [
      ...(cover
        ? [
            {
              id: cover,
              type: 'fill',
              source: band.source,
              ...zoom,
              filter: ['==', ['get', 'kind'], 'cover'],
              paint: { 'fill-color': c.sea, 'fill-antialias': false },
            } satisfies LayerSpecification,
          ]
        : []),
      {
        id: lands[i] as string,
        type: 'fill',
        source: band.source,
        ...zoom,
        filter: country,
        paint: { 'fill-color': c.land, 'fill-outline-color': c.land },
      },
      {
        id: STYLE_LAYERS.countryHighlight[i] as string,
        type: 'fill',
        source: band.source,
        ...zoom,
        filter: tint,
        paint: { 'fill-color': c.landHighlight, 'fill-outline-color': c.landHighlight },
      },
      {
        id: STYLE_LAYERS.borders[i] as string,
        type: 'line',
        source: band.source,
        ...zoom,
        filter: border,
        layout: { 'line-join': 'round' },
        paint: { 'line-color': c.border, 'line-width': borderWidth },
      },
    ];
  });

  const layers: LayerSpecification[] = [
    { id: STYLE_LAYERS.sea, type: 'background', paint: { 'background-color': c.sea } },
    ...basemapLayers,
    {
      id: STYLE_LAYERS.countryLabels,
      type: 'symbol',
      source: SOURCES.countryNames,
      layout: {
        'text-field': ['upcase', ['get', 'name']],
        'text-font': ['literal', fonts],
        'text-size': Math.round(size * MAP_TYPE.liveCountryScale),
        'text-letter-spacing': 0.14,
        'text-max-width': 20,
        'text-padding': 2,
      },
      paint: { 'text-color': c.label, 'text-opacity': 0.55, 'text-halo-color': c.labelHalo, 'text-halo-width': 1 },
    },
    {
      id: STYLE_LAYERS.routeTrails,
      type: 'line',
      source: SOURCES.routes,
      filter: ['all', ['==', ['geometry-type'], 'LineString'], isTrail],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': c.accent, 'line-width': TRAIL.width, 'line-opacity': TRAIL.opacity },
    },
    {
      id: STYLE_LAYERS.routeHalo,
      type: 'line',
      source: SOURCES.routes,
      filter: isLine,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': c.labelHalo, 'line-width': ['case', isHighlight, 8, 6], 'line-opacity': 0.85 },
    },
    {
      id: STYLE_LAYERS.routeContext,
      type: 'line',
      source: SOURCES.routes,
      filter: ['all', isLine, ['!', isHighlight]],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': c.routeContext, 'line-width': 2.25 },
    },
    {
      id: STYLE_LAYERS.routeHighlight,
      type: 'line',
      source: SOURCES.routes,
      filter: ['all', isLine, isHighlight],
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': c.accent, 'line-width': 3.5 },
    },
    {
      id: STYLE_LAYERS.routeArrows,
      type: 'symbol',
      source: SOURCES.routes,
      filter: ['all', isPoint, ['==', ['get', 'arrow'], true]],
      layout: {
        'icon-image': ['case', isHighlight, ARROW_ICONS.highlight, ARROW_ICONS.context],
        'icon-rotate': ['get', 'bearing'],
        'icon-rotation-alignment': 'map',
        'icon-anchor': 'top',
        // Stop short of the symbol of a place the route reaches (offsets turn with the icon).
        'icon-offset': ['case', ['==', ['get', 'atPlace'], true], ['literal', [0, 9]], ['literal', [0, -2]]],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
    },
    {
      id: STYLE_LAYERS.places,
      type: 'symbol',
      source: SOURCES.places,
      filter: ['!', isHighlight],
      layout: placeLayout,
    },
    {
      id: STYLE_LAYERS.placesHighlight,
      type: 'symbol',
      source: SOURCES.places,
      filter: isHighlight,
      layout: placeLayout,
    },
    {
      id: STYLE_LAYERS.labels,
      type: 'symbol',
      source: SOURCES.places,
      layout: {
        // English only: MapLibre draws text glyph by glyph, without the shaping Burmese, Khmer,
        // Thai and Lao need. The local name is an HTML line under it (`local-labels.ts`).
        'text-field': ['get', 'name'],
        'text-font': ['literal', fonts],
        'text-size': ['case', isHighlight, size + 1, size],
        'text-line-height': LABEL_LAYOUT.lineHeight,
        // A fixed anchor per place, like the static map: right of the symbol, or left of it where
        // the client sets `labelLeft` (near the right edge), so the local line can sit under it.
        'text-anchor': ['case', isLabelLeft, 'right', 'left'],
        // Raised for a local line only where one is drawn: on the places in focus.
        'text-offset': labelOffset(['all', hasLocalName, isHighlight]),
        'text-justify': 'auto',
        // One line, so the HTML local line knows where the English name ends.
        'text-max-width': 40,
        'symbol-sort-key': ['case', isHighlight, 0, 1],
        'text-padding': 4,
      },
      paint: {
        'text-color': c.label,
        'text-halo-color': c.labelHalo,
        'text-halo-width': 1.6,
        'text-halo-blur': 0.3,
      },
    },
  ];

  return {
    version: 8,
    sources: {
      [SOURCES.world]: geojson(basemap.world),
      [SOURCES.region]: geojson(basemap.region),
      [SOURCES.town]: geojson(basemap.town),
      [SOURCES.places]: { type: 'geojson', data: options.places },
      [SOURCES.routes]: { type: 'geojson', data: options.routes, lineMetrics: true },
      [SOURCES.countryNames]: {
        type: 'geojson',
        data: options.countryNames ?? { type: 'FeatureCollection', features: [] },
      },
    },
    layers,
  };
}
