/**
 * `/data/basemap-world.json`, `-region.json` and `-town.json`: the live maps' basemap bands as
 * GeoJSON (see `src/lib/build-data/basemap-geojson.ts`). Served as `.json` so that static hosts
 * compress them.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { basemapData, BASEMAP_FILES, type BasemapFile } from '../../lib/build-data/basemap-geojson';

export const getStaticPaths = (() =>
  (Object.keys(BASEMAP_FILES) as BasemapFile[]).map((band) => ({ params: { band } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(basemapData(params['band'] as BasemapFile)), {
    headers: { 'Content-Type': 'application/json' },
  });
