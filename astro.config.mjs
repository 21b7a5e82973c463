// @ts-check
/**
 * Astro configuration. The site is fully static (`output: 'static'`).
 *
 * Deploying under a sub-path or another domain: set SITE_URL (the public origin, used for
 * canonical URLs, Open Graph and the sitemap) and BASE_PATH (for example `/scam-compounds/`)
 * when building. Every internal link goes through `src/lib/url.ts`, which honours BASE_PATH.
 */
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import contentCheck from './src/integrations/content-check';
import generatedCss from './src/integrations/generated-css';
import graphicFiles from './src/integrations/graphic-files';

const site = process.env.SITE_URL ?? 'https://example.org';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'auto' },
  integrations: [
    contentCheck(),
    generatedCss(),
    sitemap({ filter: (page) => !page.includes('/embed/') }),
    // After the build: SVG and PNG downloads of every graphic, and the social images.
    graphicFiles(),
  ],
  devToolbar: { enabled: false },
  prefetch: false,
  // Astro's HTML compression drops the space between a line of text and an element that starts
  // the next line ("site.<a>How we work"); gzip makes the saving negligible anyway.
  compressHTML: false,
});
