/**
 * Astro integration: serves the maps' colours (`src/lib/map-theme.ts`) as the stylesheet
 * `virtual:map-theme.css`, which `BaseLayout.astro` imports. The colours are written once, in
 * TypeScript, and reach the page's CSS custom properties, the static basemap pictures and the
 * MapLibre style from there.
 */
import type { AstroIntegration } from 'astro';
import { mapThemeCss } from '../lib/map-theme';

const ID = 'virtual:map-theme.css';
// Vite's convention for virtual modules: a `\0` prefix keeps other plugins off the id.
const RESOLVED = `\0${ID}`;

export default function mapTheme(): AstroIntegration {
  return {
    name: 'map-theme',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'map-theme-css',
                resolveId: (id: string) => (id === ID ? RESOLVED : undefined),
                load: (id: string) => (id === RESOLVED ? mapThemeCss() : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
