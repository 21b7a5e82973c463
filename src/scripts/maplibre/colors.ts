/**
 * The map colours of the page's current theme, read from the CSS custom properties that the
 * static SVG maps use (`--map-sea`, `--accent`…, see `src/styles/global.css`), so the live map
 * matches them in light and dark mode.
 */
import { DEFAULT_COLORS, type MapColors } from '../../lib/live-map/style';

const PROPERTIES: Record<keyof MapColors, string> = {
  sea: '--map-sea',
  land: '--map-land',
  landHighlight: '--map-land-highlight',
  border: '--map-border',
  accent: '--accent',
  routeContext: '--map-route-context',
  label: '--map-label',
  labelHalo: '--map-label-halo',
};

/** The colours as computed on `element` (custom properties inherit), with the light defaults. */
export function readMapColors(element: Element = document.documentElement): MapColors {
  const style = getComputedStyle(element);
  const colors = { ...DEFAULT_COLORS };
  for (const key of Object.keys(PROPERTIES) as (keyof MapColors)[]) {
    const value = style.getPropertyValue(PROPERTIES[key]).trim();
    if (value) colors[key] = value;
  }
  return colors;
}
