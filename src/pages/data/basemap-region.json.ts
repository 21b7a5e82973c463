/**
 * `/data/basemap-region.json`: the live maps' region basemap layer as GeoJSON (see
 * `src/lib/build-data/basemap-geojson.ts`). Served as `.json` so that static hosts compress it.
 */
import type { APIRoute } from 'astro';
import { basemapData } from '../../lib/build-data/basemap-geojson';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(basemapData('region')), { headers: { 'Content-Type': 'application/json' } });
