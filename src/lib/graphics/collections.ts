/**
 * The graphics registry fed from Astro's content collections, for pages. (The build step that
 * draws the downloads feeds the same registry from `loadContentOrThrow`: see `input.ts`.)
 */
import { getCollection } from 'astro:content';
import { listGraphics, type Graphic, type GraphicsInput } from './registry';

/** The registry's input, read from the collections. */
export async function graphicsInput(): Promise<GraphicsInput> {
  const [charts, routes, places, stories, chapters, timeline, sources] = await Promise.all([
    getCollection('charts'),
    getCollection('routes'),
    getCollection('places'),
    getCollection('stories'),
    getCollection('chapters'),
    getCollection('timeline'),
    getCollection('sources'),
  ]);
  return {
    charts: new Map(charts.map((e) => [e.id, e.data])),
    routes: new Map(routes.map((e) => [e.id, e.data])),
    places: new Map(places.map((e) => [e.id, e.data])),
    stories: new Map(stories.map((e) => [e.id, e.data])),
    chapters: chapters.sort((a, b) => a.data.order - b.data.order).map((e) => e.data),
    timeline: new Map(timeline.map((e) => [e.id, e.data])),
    sources: new Map(sources.map((e) => [e.id, e.data])),
  };
}

/** Every embeddable graphic, in press-room order. */
export async function allGraphics(): Promise<Graphic[]> {
  return listGraphics(await graphicsInput());
}
