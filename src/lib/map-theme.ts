/**
 * The one source of the maps' colours and type sizes, in light and dark themes. Everything that
 * draws a map reads them from here:
 * - the page's CSS custom properties (`--map-sea`, `--map-land`…), generated from `MAP_THEME`
 *   by `mapThemeCss()` and served as the virtual stylesheet `virtual:map-theme.css`
 *   (see `src/integrations/generated-css.ts`); the inline SVG overlays and the legends use them;
 * - the static basemap pictures (`src/lib/static-map/basemap-layer.ts`), which are standalone SVG
 *   files and so carry both themes in their own `<style>`;
 * - the MapLibre style (`src/lib/live-map/style.ts`), which reads the custom properties at run
 *   time and falls back to `MAP_THEME.light`.
 *
 * Pure data and string building: safe for client code.
 */

/** Colours of the map, as CSS colour strings. */
export interface MapColors {
  sea: string;
  land: string;
  /** Countries a step tints. */
  landHighlight: string;
  border: string;
  /** Highlighted routes and places. */
  accent: string;
  /** Routes and places shown for context. */
  routeContext: string;
  label: string;
  /** Halo behind labels and casing under routes. */
  labelHalo: string;
}

/** The map colours of each theme. The accent equals the site's `--accent`. */
export const MAP_THEME: { light: MapColors; dark: MapColors } = {
  light: {
    sea: '#dce6ec',
    land: '#efebe3',
    landHighlight: '#f3d9c9',
    border: '#ffffff',
    accent: '#b83a0b',
    routeContext: '#8d8578',
    label: '#2b2925',
    labelHalo: 'rgb(255 255 255 / 0.9)',
  },
  dark: {
    sea: '#1a2329',
    land: '#2c2b28',
    landHighlight: '#4a3124',
    border: '#45433e',
    accent: '#f08a52',
    routeContext: '#8f897d',
    label: '#ecebe6',
    labelHalo: 'rgb(21 21 20 / 0.9)',
  },
};

/** The CSS custom property that carries each colour on the page. */
export const MAP_COLOR_PROPERTIES: Readonly<Record<keyof MapColors, string>> = {
  sea: '--map-sea',
  land: '--map-land',
  landHighlight: '--map-land-highlight',
  border: '--map-border',
  accent: '--map-route',
  routeContext: '--map-route-context',
  label: '--map-label',
  labelHalo: '--map-label-halo',
};

/**
 * Type sizes of the maps. Static frames are drawn in viewBox units (`src/lib/geo/frames.ts`
 * holds the frame sizes); the live maps in CSS pixels.
 */
export const MAP_TYPE = {
  /** English place names on the live maps, in CSS pixels. */
  liveLabel: 13,
  /** Country names on the live maps, relative to `liveLabel`. */
  liveCountryScale: 0.78,
} as const;

/**
 * The font that draws each language's local-script place names. The site ships these fonts
 * (script subsets only, see `BaseLayout.astro`); the HTML labels get them from the `:lang()`
 * rules of `global.css`. A local name in any other language is left off the maps: with no font
 * of ours for it, a reader's device could show it as empty boxes.
 */
export const LOCAL_SCRIPT_FONTS: Readonly<Record<string, string>> = {
  th: 'Noto Sans Thai',
  km: 'Noto Sans Khmer',
  my: 'Noto Sans Myanmar',
  lo: 'Noto Sans Lao',
};

/** A place's local name if the maps can draw it with the site's own fonts, else `undefined`. */
export function drawableLocalName<L extends { lang: string }>(local: L | undefined): L | undefined {
  return local && local.lang in LOCAL_SCRIPT_FONTS ? local : undefined;
}

/** Width in CSS pixels of country borders on the static basemap pictures. */
export const BORDER_WIDTH = 1.2;

/** The custom property declarations of one theme, `--map-sea: #…;` each. */
function declarations(colors: MapColors): string {
  return (Object.keys(MAP_COLOR_PROPERTIES) as (keyof MapColors)[])
    .map((key) => `${MAP_COLOR_PROPERTIES[key]}: ${colors[key]};`)
    .join(' ');
}

/** The stylesheet that defines the map colours for the page, light first, dark on request. */
export function mapThemeCss(): string {
  return [
    `:root { ${declarations(MAP_THEME.light)} }`,
    `@media (prefers-color-scheme: dark) { :root { ${declarations(MAP_THEME.dark)} } }`,
    `@media print { :root { ${declarations(MAP_THEME.light)} } }`,
  ].join('\n');
}
