/**
 * `/data/basemap-world.json`: the live maps' world basemap layer as GeoJSON (see
 * `src/lib/map/basemap-data.ts`). Served as `.json` so that static hosts compress it.
 */
import type { APIRoute } from 'astro';
import { basemapData } from '../../lib/map/basemap-data';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(basemapData('world')), { headers: { 'Content-Type': 'application/json' } });
