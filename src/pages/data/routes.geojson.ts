/** `/data/routes.geojson`: every route as a GeoJSON line through its places, for download (see `src/lib/data/geojson.ts`). */
import type { APIRoute } from 'astro';
import { dataContent } from '../../lib/build-data/data-content';
import { dataFileResponse } from '../../lib/build-data/data-response';

export const GET: APIRoute = async () => dataFileResponse(await dataContent(), 'routes.geojson');
