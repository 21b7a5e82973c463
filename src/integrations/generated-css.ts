/**
 * Astro integration: stylesheets written from data at build time, served as virtual modules
 * that `BaseLayout.astro` imports:
 * - `virtual:map-theme.css`: the maps' colours as CSS custom properties, from
 *   `src/lib/map-theme.ts` (the one source the static pictures and the MapLibre style read too);
 * - `virtual:script-fonts.css`: `@font-face` rules for the Thai, Khmer, Burmese and Lao fonts,
 *   cut down to the letters the content uses (`src/lib/build-data/script-fonts.ts`).
 */
import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { mapThemeCss } from '../lib/map-theme';
import { scriptFontCss, scriptFontFiles } from '../lib/build-data/script-fonts';

const MODULES: Record<string, (base: string) => string> = {
  'virtual:map-theme.css': () => mapThemeCss(),
  'virtual:script-fonts.css': (base) =>
    scriptFontCss(scriptFontFiles(resolve(process.env.CONTENT_DIR ?? 'content')), base),
};

export default function generatedCss(): AstroIntegration {
  return {
    name: 'generated-css',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'generated-css',
                // Vite's convention for virtual modules: a `\0` prefix keeps other plugins off the id.
                resolveId: (id: string) => (id in MODULES ? `\0${id}` : undefined),
                load: (id: string) => {
                  const make = id.startsWith('\0') ? MODULES[id.slice(1)] : undefined;
                  return make?.(config.base);
                },
              },
            ],
          },
        });
      },
    },
  };
}
