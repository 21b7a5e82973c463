/**
 * `/data/charts/<chart-id>.csv`: one graphic's data, for every file of the `chart` group in
 * `dataFiles` (`src/lib/data/downloads.ts`): today one per chart in `content/charts/` (see
 * `chartTable` in `src/lib/data/csv.ts`). A graphic drawn from other content gets its CSV here by
 * adding its file to that list.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { dataContent } from '../../../lib/build-data/data-content';
import { dataFileResponse } from '../../../lib/build-data/data-response';
import { chartFilePath, dataFiles } from '../../../lib/data/downloads';

export const getStaticPaths = (async () =>
  dataFiles(await dataContent())
    .filter((file) => file.group === 'chart')
    .map((file) => ({ params: { id: file.path.replace(/^charts\/|\.csv$/g, '') } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  dataFileResponse(await dataContent(), chartFilePath(params['id'] as string));
