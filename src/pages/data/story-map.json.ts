/**
 * `/data/story-map.json`: the long read's live-map states, step by step
 * (`src/lib/build-data/story-map-data.ts`), fetched by `src/scripts/story-map/` when the live
 * map starts.
 */
import type { APIRoute } from 'astro';
import { longReadMapData } from '../../lib/build-data/story-map-data';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await longReadMapData()), { headers: { 'Content-Type': 'application/json' } });
