// @ts-check
/**
 * Astro configuration. The site is fully static (`output: 'static'`).
 *
 * Deploying under a sub-path or another domain: set SITE_URL (the public origin, used for
 * canonical URLs, Open Graph and the sitemap) and BASE_PATH (for example `/scam-compounds/`)
 * when building. Every internal link goes through `src/lib/url.ts`, which honours BASE_PATH.
 *
 * Building somewhere else (the scale test, `tests/scale/`, builds generated content side by side
 * with other builds): OUT_DIR replaces the output folder (default `dist/`), and ASTRO_CACHE_DIR
 * holds every cache the build keeps between runs (default `node_modules/.astro/` for Astro,
 * `node_modules/.vite/` for Vite and `node_modules/.cache/graphic-fonts/` for the fonts of the
 * downloads, see `src/lib/graphics/export/raster.ts`), so that such a build shares none of them.
 * Content comes from CONTENT_DIR (default `content/`, see `src/content.config.ts`). Astro still
 * writes its generated types into `.astro/` in the project, which git ignores.
 */
import { join } from 'node:path';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import contentCheck from './src/integrations/content-check';
import generatedCss from './src/integrations/generated-css';
import graphicFiles from './src/integrations/graphic-files';
import securityHeaders from './src/integrations/security-headers';
import { CSP_DIRECTIVES, CSP_SCRIPT_RESOURCES, CSP_STYLE_RESOURCES } from './src/lib/security/policy';
import { inlineScriptHashes } from './src/lib/security/inline-scripts';

const site = process.env.SITE_URL ?? 'https://example.org';
const base = process.env.BASE_PATH ?? '/';
const outDir = process.env.OUT_DIR || undefined;
const cacheDir = process.env.ASTRO_CACHE_DIR || undefined;

export default defineConfig({
  site,
  base,
  output: 'static',
  ...(outDir ? { outDir } : {}),
  ...(cacheDir ? { cacheDir, vite: { cacheDir: join(cacheDir, 'vite') } } : {}),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'auto' },
  integrations: [
    contentCheck(),
    generatedCss(),
    sitemap({ filter: (page) => !page.includes('/embed/') }),
    // After the build: SVG and PNG downloads of every graphic, and the social images.
    graphicFiles(),
    // After the build: dist/_headers, the same policy as HTTP headers (see the README).
    securityHeaders(),
  ],
  // The content security policy, written by Astro as a <meta> in every page with the hashes of
  // that page's scripts and styles. Defined in src/lib/security/policy.ts.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...CSP_SCRIPT_RESOURCES], hashes: inlineScriptHashes() },
      styleDirective: { resources: [...CSP_STYLE_RESOURCES] },
    },
  },
  devToolbar: { enabled: false },
  prefetch: false,
  // Astro's HTML compression drops the space between a line of text and an element that starts
  // the next line ("site.<a>How we work"); gzip makes the saving negligible anyway.
  compressHTML: false,
});
