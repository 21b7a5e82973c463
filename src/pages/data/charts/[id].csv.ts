/** `/data/charts/<chart-id>.csv`: one chart's rows (see `chartTable` in `src/lib/data/csv.ts`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { dataContent } from '../../../lib/build-data/data-content';
import { dataFileResponse } from '../../../lib/build-data/data-response';
import { chartFilePath } from '../../../lib/data/downloads';

export const getStaticPaths = (async () =>
  (await getCollection('charts')).map((chart) => ({ params: { id: chart.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  dataFileResponse(await dataContent(), chartFilePath(params['id'] as string));
