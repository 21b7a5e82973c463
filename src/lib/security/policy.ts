/**
 * The site's content security policy and security headers: the one source for the policy Astro
 * writes into every page (`security.csp` in `astro.config.mjs`), the `_headers` file the build
 * writes (`src/integrations/security-headers.ts`) and the committed `vercel.json`.
 *
 * Scripts: only files from our own origin and inline scripts whose SHA-256 hash is in the page's
 * policy. Astro hashes the scripts and stylesheets it bundles; an inline script of our own goes
 * through `InlineScript.astro`, which adds its hash to the page (see README, "Security policy").
 * No `'unsafe-inline'`, no `'unsafe-eval'`.
 *
 * Styles: `<style>` elements are hashed the same way; `style=""` attributes (the SVG maps and
 * charts, d3 and MapLibre set them) are allowed with `style-src-attr 'unsafe-inline'`, which
 * cannot run code. Hashing each attribute would need `'unsafe-hashes'` and thousands of hashes.
 *
 * MapLibre: its worker is a file on our origin (`setWorkerUrl` in `load-maplibre.ts`), so
 * `default-src 'self'` covers it; its stylesheet's control icons are `data:` images and it may
 * decode map images through `blob:` URLs, hence `img-src 'self' data: blob:`.
 */
import { createHash } from 'node:crypto';

/** A directive Astro accepts in `security.csp.directives`: a name, then its sources. */
export type CspDirective = `${'default-src' | 'img-src' | 'object-src' | 'base-uri' | 'form-action'} ${string}`;

/**
 * Directives besides `script-src` and `style-src` (which Astro writes from `CSP_SCRIPT_RESOURCES`,
 * `CSP_STYLE_RESOURCES` and the hashes). No other origin appears anywhere: the site loads
 * nothing from another website.
 */
export const CSP_DIRECTIVES: readonly CspDirective[] = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** Sources for `script-src` besides the hashes: our own files only. */
export const CSP_SCRIPT_RESOURCES: readonly string[] = ["'self'"];

/** Sources for `style-src`: our own files, plus `style=""` attributes (`style-src-attr`). */
export const CSP_STYLE_RESOURCES: readonly (string | { resource: string; kind: 'attribute' })[] = [
  "'self'",
  { resource: "'unsafe-inline'", kind: 'attribute' },
];

/** `frame-ancestors` of an embed (`/embed/<id>/`): any https site may frame it. */
export const EMBED_FRAME_ANCESTORS = "frame-ancestors 'self' https:";

/** `frame-ancestors` of every other page: no site may frame it (clickjacking). */
export const PAGE_FRAME_ANCESTORS = "frame-ancestors 'none'";

/** Headers for every response. No `Set-Cookie` anywhere: the site sets no cookie. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': [
    'accelerometer=()',
    'autoplay=()',
    'camera=()',
    'display-capture=()',
    'geolocation=()',
    'gyroscope=()',
    'magnetometer=()',
    'microphone=()',
    'midi=()',
    'payment=()',
    'usb=()',
  ].join(', '),
};

/** Cache for files whose names carry a content hash (`/_astro/*`): a year, never revalidated. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

/** Cache for pages: five minutes, so that a correction reaches readers quickly. */
export const PAGE_CACHE = 'public, max-age=300, must-revalidate';

/** The CSP source for `text` (an inline script's or style's exact content): `sha256-…`. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
