/**
 * Tests on the built site in dist/ (no browser): metadata on every page, robots.txt, sitemap,
 * favicon, no request to another origin, byte totals. Run `npm run build` first, with the same
 * SITE_URL and BASE_PATH as the build.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/dist/**/*.test.ts'],
    environment: 'node',
  },
});
