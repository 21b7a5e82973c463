/** `/data/routes.json`: every route as a GeoJSON line (see `src/lib/live-map/features.ts`). */
import type { APIRoute } from 'astro';
import { mapLookups } from '../../lib/build-data/lookups';
import { routeFeatures } from '../../lib/live-map/features';

export const GET: APIRoute = async () => {
  const { places, routes } = await mapLookups();
  return new Response(JSON.stringify(routeFeatures(routes, places)), {
    headers: { 'Content-Type': 'application/json' },
  });
};
