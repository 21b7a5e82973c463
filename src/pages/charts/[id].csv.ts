/**
 * `/charts/<id>.csv`: "Get the data" for one graphic, the rows of its registry table
 * (`src/lib/graphics/table.ts`): UTF-8 with a byte order mark, comma-separated, CRLF.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allGraphics } from '../../lib/graphics/collections';
import type { Graphic } from '../../lib/graphics/registry';
import { toCsv } from '../../lib/graphics/table';

export const getStaticPaths = (async () =>
  (await allGraphics()).map((graphic) => ({
    params: { id: graphic.id },
    props: { graphic },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ graphic: Graphic }> = ({ props }) =>
  new Response(toCsv(props.graphic.data), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
