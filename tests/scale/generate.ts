/**
 * Generates a synthetic content set for the scale test (`npm run test:scale`): at scale 1, 300
 * survivor accounts, 200 places, 100 routes and 200 long-read steps spread over 8 chapters, with
 * the sources, charts, timeline events and glossary terms they cite (a fixed share of the counts
 * above, so every part grows with the scale); scale 2 and 4 multiply every count. The set passes
 * `loadContent` with no problems (`tests/unit/scale-generator.test.ts` checks scale 1).
 *
 * Everything generated says it is synthetic ("Synthetic paragraph 3 of account 17.") and is only
 * ever written to a folder outside the repository (the callers use the system's temporary
 * folder); `generateContent` refuses a folder inside it. The same scale and seed give the same
 * files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { makeAccounts } from './accounts.ts';
import { makeAtlas } from './atlas.ts';
import { chartId, isChartStep, makeChapters, makeCharts, stepId } from './chapters.ts';
import { makeClassroom, makeOfferCheck, makePages, type GuideLinks } from './guides.ts';
import { createRandom } from './random.ts';

/** The counts at scale 1 that the scale multiplies. */
export const BASE_COUNTS = { accounts: 300, places: 200, routes: 100, steps: 200 } as const;

/** How many of each kind of content a set holds. */
export interface ScaleCounts {
  accounts: number;
  places: number;
  routes: number;
  /** Steps of the long read, spread over `chapters`. */
  steps: number;
  /** Steps that show a map (the others show a chart). */
  mapSteps: number;
  chapters: number;
  charts: number;
  sources: number;
  timeline: number;
  glossary: number;
}

/** The smallest scale that still makes every kind of content (a chart step, a route, a crossing). */
export const MIN_SCALE = 0.05;

/** The counts of a set at `scale` (1 = `BASE_COUNTS`). */
export function countsFor(scale: number): ScaleCounts {
  if (!(scale >= MIN_SCALE)) throw new Error(`scale must be a number of at least ${MIN_SCALE}, not ${scale}`);
  const times = (n: number, min = 1) => Math.max(min, Math.round(n * scale));
  const steps = times(BASE_COUNTS.steps, 8);
  return {
    accounts: times(BASE_COUNTS.accounts),
    places: times(BASE_COUNTS.places, 10),
    routes: times(BASE_COUNTS.routes),
    steps,
    mapSteps: Array.from({ length: steps }, (_, i) => i).filter((i) => !isChartStep(i)).length,
    chapters: 8,
    charts: times(10),
    sources: times(40, 2),
    timeline: times(30, 5),
    glossary: times(20),
  };
}

/** The repository's root folder: generated content must never be written inside it. */
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Writes a file, creating its folder. */
function write(dir: string, path: string, text: string): void {
  const file = join(dir, path);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
}

/** YAML as an editor would write it (no folded lines). */
const yaml = (value: unknown): string => stringify(value, { lineWidth: 0 });

/** A Markdown file with front matter. */
const markdown = (data: unknown, body: string): string => `---\n${yaml(data)}---\n\n${body}\n`;

/**
 * Writes the synthetic content set for `scale` into `dir` (created if needed; an absolute path
 * outside the repository) in the layout of `content/`, and returns its counts. `seed` picks
 * another, equally valid, set.
 */
export function generateContent(dir: string, scale: number, seed = 20240612): ScaleCounts {
  const target = resolve(dir);
  const inside = relative(REPO_ROOT, target);
  if (!isAbsolute(dir) || inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))) {
    throw new Error(
      `generateContent: write synthetic content to a temporary folder outside the repository, not ${dir}`,
    );
  }
  const counts = countsFor(scale);
  const random = createRandom(seed);
  const atlas = makeAtlas(random, counts);
  const accounts = makeAccounts(random, atlas, counts.accounts);
  const chapters = makeChapters(random, atlas, counts);
  const charts = makeCharts(random, atlas, counts);

  write(
    target,
    'sources.yaml',
    `# Synthetic content for the scale test: nothing here is real.\n${yaml(atlas.sources)}`,
  );
  write(target, 'places.yaml', yaml(Object.fromEntries(atlas.places.map((p) => [p.id, p.data]))));
  write(target, 'timeline.yaml', yaml(atlas.timeline));
  write(target, 'glossary.yaml', yaml(atlas.glossary));
  for (const route of atlas.routes) write(target, `routes/${route.id}.yaml`, yaml(route.data));
  for (const account of accounts) write(target, `stories/${account.id}.md`, markdown(account.data, account.body));
  for (const [id, chapter] of chapters) write(target, `chapters/${id}.yaml`, yaml(chapter));
  for (const [id, chart] of charts) write(target, `charts/${id}.yaml`, yaml(chart));

  const sourceIds = Object.keys(atlas.sources);
  const links: GuideLinks = {
    chapters: [...chapters.keys()],
    steps: [stepId(1), stepId(2)],
    account: accounts[0]?.id ?? '',
    chart: chartId(1),
    term: Object.keys(atlas.glossary)[0] ?? '',
    sources: [sourceIds[0] ?? '', sourceIds[1] ?? ''],
  };
  for (const page of makePages(links)) write(target, `pages/${page.id}.md`, markdown(page.data, page.body));
  write(target, 'job-offer-check.yaml', yaml(makeOfferCheck(links)));
  write(target, 'classroom.yaml', yaml(makeClassroom(links)));
  return counts;
}
