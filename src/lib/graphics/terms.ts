/**
 * What newsrooms may do with the graphics, and the credit line they carry: one place for the
 * press room, the embeds, the downloads and the README's "For journalists".
 */
import { SITE } from '../site';

/** The credit line under every embed and on every download: `Chart: The job was a trap`. */
export function creditLine(kind: 'chart' | 'map'): string {
  return kind === 'map' ? `Map: ${SITE.title}; Natural Earth` : `Chart: ${SITE.title}`;
}

/**
 * The terms shown in the press room. The graphics are drawn by this site from the sources named
 * under each one; the sources keep the rights to their own reporting.
 */
export const PRESS_TERMS =
  'Embed these charts and maps, or republish the images and data unchanged, with the credit line shown under each one and a link to its page here. The figures come from the reporting and estimates named in each source line; cite those sources too when you report the numbers.';
