/**
 * Where each graphic and its files live on the site, as site paths (no base path: pass them
 * through `href` for links, or `absoluteUrl` for code that leaves the site, like embed codes).
 * One definition for the pages, the build step that writes the files and the tests.
 */

/** The embed page: headline, graphic, notes, source, credit; nothing else. */
export const embedPath = (id: string): string => `/embed/${id}/`;

/** The graphic's page in the press room (the embeds' canonical address). */
export const graphicPagePath = (id: string): string => `/charts/${id}/`;

/** The press room: every graphic with its embed code and downloads. */
export const PRESS_ROOM_PATH = '/charts/';

/** The downloads of a graphic: the drawing as SVG and as PNG (twice the CSS size), the data as CSV. */
export const downloadPaths = (id: string): { svg: string; png: string; csv: string } => ({
  svg: `/charts/${id}.svg`,
  png: `/charts/${id}.png`,
  csv: `/charts/${id}.csv`,
});

/** The script host pages load to fit our iframes to their content (`public/embed/parent.js`). */
export const PARENT_SCRIPT_PATH = '/embed/parent.js';

/**
 * An absolute URL for a site path: the public origin (`site`, from SITE_URL) plus the base path.
 * `absoluteUrl('/charts/', 'https://example.org', '/scam/')` gives `https://example.org/scam/charts/`.
 */
export function absoluteUrl(path: string, site: URL | string, base: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return new URL(b + path.replace(/^\/+/, ''), site).href;
}
