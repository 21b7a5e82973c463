/** `/data/places.json`: every place as a GeoJSON point (see `src/lib/live-map/features.ts`). */
import type { APIRoute } from 'astro';
import { mapLookups } from '../../lib/build-data/lookups';
import { placeFeatures } from '../../lib/live-map/features';

export const GET: APIRoute = async () => {
  const { places } = await mapLookups();
  return new Response(JSON.stringify(placeFeatures(places)), { headers: { 'Content-Type': 'application/json' } });
};
