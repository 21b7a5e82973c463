/**
 * The graphics registry's input from content read with `src/lib/content` (outside Astro: the
 * build step that draws the downloads, and tests).
 */
import type { Content } from '../content';
import type { GraphicsInput } from './registry';

/** The registry's input from loaded content. */
export function graphicsInputFrom(content: Content): GraphicsInput {
  const byId = <T>(entries: readonly { id: string; data: T }[]) => new Map(entries.map((e) => [e.id, e.data]));
  return {
    charts: byId(content.charts),
    routes: byId(content.routes),
    places: byId(content.places),
    stories: byId(content.stories),
    chapters: [...content.chapters].sort((a, b) => a.data.order - b.data.order).map((e) => e.data),
    timeline: byId(content.timeline),
    sources: byId(content.sources),
  };
}
