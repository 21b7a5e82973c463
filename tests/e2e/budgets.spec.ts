/**
 * What every page type downloads before the reader does anything (`/`, `/map/`, a survivor
 * account, the classroom page, the press room, a graphic's page and the job-offer checklist;
 * the embeds are budgeted in embeds.spec.ts), at 390x844 (a phone) and 1280x800 (and `/` at
 * 1440x900 too): every request made until the
 * network has been idle for 1 s is mapped to its file in dist/ and weighed as served gzip
 * (level 6) from the file, so the figure does not depend on the test server's compression or
 * on timing. Asserts a byte budget per page and that MapLibre (JS, worker, CSS) and the basemaps
 * wait for the reader. `npm run bench` measures the same loads on the wire, with Lighthouse.
 */
import { existsSync } from 'node:fs';
import { formatKb, KB, kindOf, RESOURCE_KINDS, servedSize, sumByKind } from '../support/bytes';
import { expect, test } from '../support/fixtures';
import { contextOptionsFor, liveMapRequests, recordFirstLoad } from '../support/first-load';
import { measuredPages, screensFor, type MeasuredPage } from '../support/measured-pages';
import { basePath, distDir, distFileOf, distRelative, requireBuilt } from '../support/site';

/**
 * Budgets in bytes (gzip level 6, KB = 1000 bytes) for everything a page downloads before any
 * interaction, fonts and images included. `/`: issue 8's target, a tenth of what a comparable
 * MapLibre story map costs. `/map/` shows a static map and tables until the reader reaches for
 * it: the same. An account is prose and a small map. The classroom page and the checklist are
 * prose and lists, for school networks (both about 110 kB, nine tenths of it the text fonts);
 * the press room lazily frames its graphics (only those on the first screen load: two at
 * 1280x800, about 210 kB in all); a graphic's page is the graphic, its table and its press kit.
 * The embeds' own budgets (30 kB a chart, 60 kB a map) are in embeds.spec.ts.
 */
const FIRST_LOAD_BUDGETS: Readonly<Partial<Record<MeasuredPage['role'], number>>> = {
  home: 200 * KB,
  map: 200 * KB,
  account: 120 * KB,
  classroom: 120 * KB,
  press: 230 * KB,
  graphic: 120 * KB,
  checklist: 120 * KB,
};

requireBuilt();

// Playwright's trace recorder snapshots the whole DOM, which lays out the parts of the page that
// `content-visibility: auto` leaves for later and so fetches fonts that a reader's browser would
// not fetch yet. These tests measure what a reader downloads: no trace.
test.use({ trace: 'off' });

const pages = measuredPages(distDir).filter((page) => FIRST_LOAD_BUDGETS[page.role] !== undefined);

test('the pages to budget are all built: one of each page type but the embeds', () => {
  expect(pages.map((page) => page.role)).toEqual([
    'home',
    'map',
    'account',
    'classroom',
    'press',
    'graphic',
    'checklist',
  ]);
});

for (const measured of pages) {
  const budget = FIRST_LOAD_BUDGETS[measured.role] ?? 0;
  for (const screen of screensFor(measured)) {
    test.describe(`${measured.path} at ${screen.name}`, () => {
      test.use(contextOptionsFor(screen));

      test(`downloads at most ${formatKb(budget)} kB before any interaction, and no live map`, async ({
        page,
        baseURL,
      }) => {
        const where = `${measured.path} at ${screen.name}`;
        const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
        const requests = await recordFirstLoad(page, basePath + measured.path.slice(1), { settleMs: 1000 });

        const unmapped: string[] = [];
        const weighed: { url: string; kind: ReturnType<typeof kindOf>; bytes: number }[] = [];
        for (const request of requests) {
          const url = new URL(request.url);
          if (url.origin !== origin) continue; // blocked and reported by the off-site guard tests
          const file = distFileOf(url.pathname);
          if (!file || !existsSync(file)) {
            unmapped.push(`${request.url} (status ${request.status})`);
            continue;
          }
          weighed.push({ url: distRelative(file), kind: kindOf(request.url), bytes: servedSize(file) });
        }
        const sums = sumByKind(weighed);
        const byKind = RESOURCE_KINDS.filter((kind) => sums[kind] > 0)
          .map((kind) => `${kind} ${formatKb(sums[kind])}`)
          .join(', ');
        console.info(
          `${where}: ${formatKb(sums.total)} kB gzip before interaction (${byKind}); budget ${formatKb(budget)}`,
        );
        await test.info().attach('requests before interaction', {
          body: weighed
            .map((item) => `${formatKb(item.bytes).padStart(7)} kB  ${item.kind.padEnd(5)} ${item.url}`)
            .join('\n'),
          contentType: 'text/plain',
        });

        expect.soft(unmapped, `${where}: requests with no file in dist/`).toEqual([]);
        expect
          .soft(
            liveMapRequests(requests).map((request) => request.url),
            `${where}: MapLibre or a basemap requested before any interaction`,
          )
          .toEqual([]);
        expect(
          sums.total,
          `${where}: ${formatKb(sums.total)} kB gzip before any interaction, over its budget of ` +
            `${formatKb(budget)} kB (${byKind})`,
        ).toBeLessThanOrEqual(budget);
      });
    });
  }
}
