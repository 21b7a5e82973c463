/**
 * `/data/glossary.json`: every glossary term as `{ id: { term, definition } }`, fetched by the
 * in-place definitions (`src/scripts/glossary/term-popover.ts`) the first time a reader opens one.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import type { GlossaryDefinitions } from '../../scripts/glossary/term-popover';

export const GET: APIRoute = async () => {
  const terms = await getCollection('glossary');
  const out: GlossaryDefinitions = Object.fromEntries(
    terms.map((t) => [t.id, { term: t.data.term, definition: t.data.definition.trim() }]),
  );
  return new Response(JSON.stringify(out), { headers: { 'Content-Type': 'application/json' } });
};
