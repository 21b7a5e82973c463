/**
 * The content the data files on /data/ are made from, read from Astro's content collections
 * (build only). Everything else about the files is pure and lives in `src/lib/data/`.
 */
import { getCollection } from 'astro:content';
import type { DataContent } from '../data/downloads';

/** Places, routes, timeline, bibliography and charts, as `dataFiles` takes them. */
export async function dataContent(): Promise<DataContent> {
  const [places, routes, timeline, sources, charts] = await Promise.all([
    getCollection('places'),
    getCollection('routes'),
    getCollection('timeline'),
    getCollection('sources'),
    getCollection('charts'),
  ]);
  return {
    places: new Map(places.map((entry) => [entry.id, entry.data])),
    routes: new Map(routes.map((entry) => [entry.id, entry.data])),
    timeline: timeline.map(({ id, data }) => ({ id, data })),
    sources: sources.map(({ id, data }) => ({ id, data })),
    charts: charts.map(({ id, data }) => ({ id, data })),
  };
}
