/**
 * `/data/datapackage.json`: the Frictionless Data Package describing every file on /data/ (see
 * `src/lib/data/datapackage.ts`). The build fails if the descriptor does not validate.
 */
import type { APIRoute } from 'astro';
import { dataContent } from '../../lib/build-data/data-content';
import { dataFiles } from '../../lib/data/downloads';
import { dataPackage } from '../../lib/data/datapackage';
import { dataPackageProblems } from '../../lib/data/frictionless';
import { href } from '../../lib/url';

export const GET: APIRoute = async ({ site }) => {
  const content = await dataContent();
  const origin = site ?? new URL('https://example.org');
  const descriptor = dataPackage(dataFiles(content), {
    homepage: new URL(href('/data/'), origin).href,
    siteUrl: new URL(href('/'), origin).href,
    sources: new Map(content.sources.map((s) => [s.id, s.data])),
  });
  const problems = dataPackageProblems(descriptor);
  if (problems.length > 0) throw new Error(`datapackage.json is not a valid Data Package:\n${problems.join('\n')}`);
  return new Response(`${JSON.stringify(descriptor, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
