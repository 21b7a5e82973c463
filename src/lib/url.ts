/**
 * Internal links. Every link inside the site goes through `href` so the built folder works when
 * served from a sub-path (BASE_PATH) as well as from a domain root.
 */

/** The configured base path, always ending in a slash (`/` or `/scam-compounds/`). */
export const basePath: string = import.meta.env.BASE_URL.endsWith('/')
  ? import.meta.env.BASE_URL
  : `${import.meta.env.BASE_URL}/`;

/**
 * Prefixes a site-relative path with the base path: `href('/sources/#ohchr-2023')` gives
 * `/scam-compounds/sources/#ohchr-2023` when BASE_PATH is `/scam-compounds/`.
 */
export function href(path: string): string {
  return joinBase(basePath, path);
}

/** Joins a base path and a site-relative path without doubling or dropping slashes. */
export function joinBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\/+/, '');
}
