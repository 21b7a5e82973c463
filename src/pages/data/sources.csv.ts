/** `/data/sources.csv`: the bibliography, one row per source (see `src/lib/data/tables.ts`). */
import type { APIRoute } from 'astro';
import { dataContent } from '../../lib/build-data/data-content';
import { dataFileResponse } from '../../lib/build-data/data-response';

export const GET: APIRoute = async () => dataFileResponse(await dataContent(), 'sources.csv');
