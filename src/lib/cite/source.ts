/**
 * Citations: how a bibliography entry is named in a source line under a step, a chart or an
 * account, and the anchor it links to on /sources/.
 */
import type { Source } from '../content/schema';
import { formatPartialDate } from '../format/date';

/** Short form for source lines: `Bangkok Post, 8 January 2025`. */
export function shortCitation(source: Source): string {
  return source.date ? `${source.publisher}, ${formatPartialDate(source.date)}` : source.publisher;
}

/** The fragment id of a source on the bibliography page. */
export function sourceAnchor(id: string): string {
  return `source-${id}`;
}

/** The address readers should follow: the original if known, otherwise the copy that was read. */
export function primaryLink(source: Source): string {
  return source.url ?? source.readAt ?? '';
}
