/**
 * The map colours of the page's current theme, read from the CSS custom properties that
 * `src/lib/map-theme.ts` defines (the same ones the static maps use), so that the live map
 * matches them in light and dark mode.
 */
import { MAP_COLOR_PROPERTIES, MAP_THEME, type MapColors } from '../../lib/map-theme';

/** The colours as computed on `element` (custom properties inherit), with the light defaults. */
export function readMapColors(element: Element = document.documentElement): MapColors {
  const style = getComputedStyle(element);
  const colors = { ...MAP_THEME.light };
  for (const key of Object.keys(MAP_COLOR_PROPERTIES) as (keyof MapColors)[]) {
    const value = style.getPropertyValue(MAP_COLOR_PROPERTIES[key]).trim();
    if (value) colors[key] = value;
  }
  return colors;
}
