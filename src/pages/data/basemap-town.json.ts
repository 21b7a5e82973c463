/**
 * `/data/basemap-town.json`: the live maps' town basemap layer as GeoJSON (see
 * `src/lib/map/basemap-data.ts`). Served as `.json` so that static hosts compress it.
 */
import type { APIRoute } from 'astro';
import { basemapData } from '../../lib/map/basemap-data';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(basemapData('town')), { headers: { 'Content-Type': 'application/json' } });
