/**
 * Astro integration, after the build:
 * - adds the hash of every marked inline `<style>` (`InlineStyle.astro`) to its page's policy
 *   `<meta>`, which Astro wrote before that component ran, and drops the hashes of inline code
 *   the page does not have (Astro lists the whole site's on every page);
 * - writes `dist/_headers` (Netlify and Cloudflare Pages) from `src/lib/security/policy.ts`:
 *   security headers, `frame-ancestors` (embeds may be framed, nothing else), cache lifetimes.
 * The policy itself and the reasons for each directive are in `src/lib/security/`.
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, withInlineStyleHashes, withOnlyUsedHashes } from '../lib/security/headers';

/** Every `.html` file under `dir`. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(dir, name));
}

export default function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        for (const file of htmlFiles(distDir)) {
          const html = readFileSync(file, 'utf8');
          const updated = withOnlyUsedHashes(withInlineStyleHashes(html));
          if (updated !== html) writeFileSync(file, updated);
        }
        const entries = readdirSync(distDir).sort();
        const sections = entries.filter(
          (name) =>
            name !== '_astro' &&
            statSync(join(distDir, name)).isDirectory() &&
            htmlFiles(join(distDir, name)).length > 0,
        );
        const rootPages = entries.filter((name) => name.endsWith('.html') && name !== 'index.html');
        if (!existsSync(join(distDir, 'index.html'))) logger.warn('dist/index.html is missing');
        writeFileSync(join(distDir, '_headers'), headersFile(base, sections, rootPages));
        logger.info(`_headers: ${sections.length} sections, ${rootPages.length} pages at the top`);
      },
    },
  };
}
