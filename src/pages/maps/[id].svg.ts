/**
 * `/maps/<id>.svg`: the basemap picture of one static map frame (land, tinted countries,
 * borders), drawn at build time. See `src/lib/static-map/basemap-layer.ts` for why the basemap
 * is its own file, and `src/lib/build-data/map-views.ts` for where the list of views comes from.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allBasemapViews } from '../../lib/build-data/map-views';
import { basemapSvg, drawBasemap, type BasemapView } from '../../lib/static-map/basemap-layer';

export const getStaticPaths = (async () =>
  [...(await allBasemapViews())].map(([id, view]) => ({ params: { id }, props: { view } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ view: BasemapView }> = ({ props }) =>
  new Response(basemapSvg(drawBasemap(props.view)), { headers: { 'Content-Type': 'image/svg+xml' } });
