/** `/data/places.json`: every place as a GeoJSON point (see `src/lib/map/features.ts`). */
import type { APIRoute } from 'astro';
import { mapLookups } from '../../components/map/lookups';
import { placeFeatures } from '../../lib/map/features';

export const GET: APIRoute = async () => {
  const { places } = await mapLookups();
  return new Response(JSON.stringify(placeFeatures(places)), { headers: { 'Content-Type': 'application/json' } });
};
