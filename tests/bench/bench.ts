/**
 * `npm run bench`: what the key pages cost a reader, in one table. Builds the site (unless
 * `--no-build`), serves each build gzip-compressed with tests/bench/static-server.ts, and for
 * `/`, `/map/`, a survivor account (and an embed and the classroom page once they exist)
 * measures the bytes transferred before any interaction by kind at 390x844, 1280x800 (and
 * 1440x900 for `/`) in Playwright's Chromium, flags MapLibre or basemaps loaded at that point,
 * and takes the median of `--runs` Lighthouse runs (mobile profile). Several `--dist`/`--label`
 * pairs compare builds in one run, Lighthouse runs interleaved so drift hits them alike.
 * With `--floor`, exits 1 when a median score falls below the floors (see `floors()`).
 *
 * Run with Node >= 22.18 (types are stripped): `node tests/bench/bench.ts --help`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { sumByKind } from '../support/bytes.ts';
import { chromiumArgs, chromiumPath } from '../support/chromium.ts';
import { contextOptionsFor, liveMapRequests, recordFirstLoad } from '../support/first-load.ts';
import { measuredPages, PAGE_ROLES, screensFor, type MeasuredPage } from '../support/measured-pages.ts';
import { basePath, repoRoot } from '../support/site.ts';
import { runLighthouse, type LighthouseFigures } from './lighthouse.ts';
import { medianFigures } from './stats.ts';
import { benchTable, requestListing, type BuildFigures, type PageFigures, type ScreenFigures } from './report.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

const USAGE = `Usage: npm run bench -- [options]

  --no-build          measure dist/ as it is (default: run \`npm run build\` first)
  --dist DIR          a built site to measure (default dist/); repeat to compare builds
  --label NAME        a name for the matching --dist in the table (default: its path)
  --runs N            Lighthouse runs per page, median reported (default 3; 0 skips Lighthouse)
  --pages LIST        comma-separated: home, map, account, embed, map-embed, classroom, press,
                      graphic, checklist, core (the first three) or all (default)
  --json FILE         also write every figure, request and run to FILE
  --floor             exit 1 if a median Lighthouse score is below its floor: performance
                      LIGHTHOUSE_FLOOR (default 70), accessibility LIGHTHOUSE_FLOOR_A11Y,
                      best practices LIGHTHOUSE_FLOOR_BEST_PRACTICES, SEO LIGHTHOUSE_FLOOR_SEO
                      (default 100 each)
  --verbose, -v       list every request made before interaction
  --help, -h          this text

Compare the previous commit with the working tree in one run:
  git worktree add ../before HEAD~1 && (cd ../before && npm ci && npm run build)
  npm run bench -- --dist ../before/dist --label before --label after
(a --label beyond the --dist options names this tree's dist/, measured last)`;

/** Command-line options, parsed and checked. */
interface Options {
  readonly build: boolean;
  readonly builds: readonly { label: string; dist: string }[];
  readonly runs: number;
  readonly roles: ReadonlySet<MeasuredPage['role']>;
  readonly json: string | undefined;
  readonly floor: boolean;
  readonly verbose: boolean;
}

const ROLES = PAGE_ROLES;

/** Writes a progress line to stderr (stdout carries only the table). */
const log = (message: string): void => {
  process.stderr.write(`${message}\n`);
};

/** Parses `argv`; prints usage and exits on `--help` or a bad option. */
function parseOptions(argv: readonly string[]): Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowNegative: true,
      options: {
        build: { type: 'boolean', default: true },
        dist: { type: 'string', multiple: true },
        label: { type: 'string', multiple: true },
        runs: { type: 'string', default: '3' },
        pages: { type: 'string', default: 'all' },
        json: { type: 'string' },
        floor: { type: 'boolean', default: false },
        verbose: { type: 'boolean', short: 'v', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (parsed.help) {
    console.info(USAGE);
    process.exit(0);
  }
  const fail = (message: string): never => {
    console.error(`${message}\n\n${USAGE}`);
    process.exit(2);
  };
  const dists = parsed.dist ?? [];
  const labels = parsed.label ?? [];
  // A --label beyond the --dist options names the default build, dist/, measured last.
  if (labels.length > dists.length) dists.push('dist');
  if (dists.length === 0) dists.push('dist');
  if (labels.length > dists.length) fail('more --label than --dist options');
  const builds = dists.map((dir, index) => {
    const dist = resolve(dir);
    return { dist, label: labels[index] ?? (relative(process.cwd(), dist) || '.') };
  });
  const runs = Number(parsed.runs);
  if (!Number.isInteger(runs) || runs < 0) fail(`--runs must be a whole number >= 0, not ${parsed.runs}`);
  if (parsed.floor && runs === 0) fail('--floor needs Lighthouse: --runs 1 or more');
  const roles = new Set<MeasuredPage['role']>();
  for (const name of parsed.pages.split(',').map((word) => word.trim())) {
    if (name === 'all') ROLES.forEach((role) => roles.add(role));
    else if (name === 'core') ['home', 'map', 'account'].forEach((role) => roles.add(role as MeasuredPage['role']));
    else if ((ROLES as readonly string[]).includes(name)) roles.add(name as MeasuredPage['role']);
    else fail(`--pages: unknown page "${name}"; use ${ROLES.join(', ')}, core or all`);
  }
  return {
    build: parsed.build,
    builds,
    runs,
    roles,
    json: parsed.json,
    floor: parsed.floor,
    verbose: parsed.verbose,
  };
}

/** The floors of `--floor`, from the environment. */
function floors(): Record<
  keyof Pick<LighthouseFigures, 'performance' | 'accessibility' | 'bestPractices' | 'seo'>,
  number
> {
  const read = (name: string, fallback: number): number => {
    const raw = process.env[name];
    const value = raw === undefined || raw === '' ? fallback : Number(raw);
    if (!Number.isFinite(value)) throw new Error(`${name} must be a number, not "${raw}"`);
    return value;
  };
  return {
    performance: read('LIGHTHOUSE_FLOOR', 70),
    accessibility: read('LIGHTHOUSE_FLOOR_A11Y', 100),
    bestPractices: read('LIGHTHOUSE_FLOOR_BEST_PRACTICES', 100),
    seo: read('LIGHTHOUSE_FLOOR_SEO', 100),
  };
}

/** One line per median score below its floor, naming build, page, score and floor. */
function floorFailures(builds: readonly BuildFigures[]): string[] {
  const limits = floors();
  const failures: string[] = [];
  for (const build of builds) {
    for (const page of build.pages) {
      for (const [field, floor] of Object.entries(limits) as [keyof typeof limits, number][]) {
        const score = page.lighthouse?.[field] ?? Number.NaN;
        if (!(score >= floor)) {
          failures.push(
            `${build.label} ${page.page.path}: Lighthouse ${field} ${score} (median) is below the floor ${floor}`,
          );
        }
      }
    }
  }
  return failures;
}

/** Loads every page on each of its screens in a fresh context and records what it downloads. */
async function measureBytes(browser: Browser, url: string, page: MeasuredPage): Promise<ScreenFigures[]> {
  const figures: ScreenFigures[] = [];
  for (const screen of screensFor(page)) {
    const context = await browser.newContext(contextOptionsFor(screen));
    try {
      const requests = await recordFirstLoad(await context.newPage(), url);
      const status = requests[0]?.status ?? 0;
      if (status !== 200) log(`WARNING: ${url} answered ${status} at ${screen.name}: was the site rebuilt meanwhile?`);
      figures.push({
        screen,
        requests,
        bytes: sumByKind(requests.map((request) => ({ kind: request.kind, bytes: request.encodedBytes }))),
        liveMap: liveMapRequests(requests).map((request) => request.url),
      });
    } finally {
      await context.close();
    }
  }
  return figures;
}

/** Runs the bench; resolves to the process exit code. */
async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const repoDist = join(repoRoot, 'dist');
  if (options.build && options.builds.some((build) => build.dist === resolve(repoDist))) {
    log('Building the site (npm run build)…');
    const built = spawnSync('npm', ['run', 'build'], {
      cwd: repoRoot,
      stdio: ['ignore', 2, 2],
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    if (built.status !== 0) {
      console.error('The build failed; nothing measured.');
      return 1;
    }
  }
  for (const build of options.builds) {
    if (!existsSync(join(build.dist, 'index.html'))) {
      console.error(`${build.dist}/index.html does not exist: build that site first`);
      return 2;
    }
  }

  const servers: StaticServer[] = [];
  let browser: Browser | undefined;
  try {
    const targets: { label: string; dist: string; server: StaticServer; pages: MeasuredPage[] }[] = [];
    for (const build of options.builds) {
      const server = await serveStatic({ root: build.dist, basePath });
      servers.push(server);
      const pages = measuredPages(build.dist).filter((page) => options.roles.has(page.role));
      targets.push({ ...build, server, pages });
      log(`Serving ${build.dist} at ${server.url} (${build.label}): ${pages.map((page) => page.path).join(' ')}`);
    }
    const urlOf = (server: StaticServer, page: MeasuredPage): string => new URL(page.path.slice(1), server.url).href;

    browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs] });
    const bytes = new Map<string, ScreenFigures[]>();
    for (const target of targets) {
      for (const page of target.pages) {
        log(`Bytes before interaction: ${target.label} ${page.path}`);
        bytes.set(`${target.label} ${page.path}`, await measureBytes(browser, urlOf(target.server, page), page));
      }
    }
    await browser.close();
    browser = undefined;

    const runs = new Map<string, LighthouseFigures[]>();
    for (let run = 1; run <= options.runs; run++) {
      for (const target of targets) {
        for (const page of target.pages) {
          log(`Lighthouse run ${run}/${options.runs}: ${target.label} ${page.path}`);
          const key = `${target.label} ${page.path}`;
          runs.set(key, [...(runs.get(key) ?? []), await runLighthouse(urlOf(target.server, page))]);
        }
      }
    }

    const results: BuildFigures[] = targets.map((target) => ({
      label: target.label,
      dist: target.dist,
      pages: target.pages.map((page): PageFigures => {
        const key = `${target.label} ${page.path}`;
        const lighthouseRuns = runs.get(key) ?? [];
        return {
          page,
          url: urlOf(target.server, page),
          screens: bytes.get(key) ?? [],
          lighthouseRuns,
          lighthouse: lighthouseRuns.length > 0 ? medianFigures(lighthouseRuns) : undefined,
        };
      }),
    }));

    if (options.verbose) process.stdout.write(`${requestListing(results)}\n\n`);
    process.stdout.write(`${benchTable(results, options.runs)}\n`);
    if (options.json) {
      writeFileSync(
        options.json,
        `${JSON.stringify({ date: new Date().toISOString(), runs: options.runs, builds: results }, null, 2)}\n`,
      );
      log(`Figures written to ${options.json}`);
    }
    if (options.floor) {
      const failures = floorFailures(results);
      if (failures.length > 0) {
        console.error(`\nLighthouse floors not met:\n${failures.map((line) => `  ${line}`).join('\n')}`);
        return 1;
      }
      log('Lighthouse floors met.');
    }
    return 0;
  } finally {
    await browser?.close();
    await Promise.all(servers.map((server) => server.close()));
  }
}

// Ctrl-C: exit through process.exit, so that 'exit' handlers stop any Chromium still running.
process.once('SIGINT', () => process.exit(130));
process.once('SIGTERM', () => process.exit(143));

process.exitCode = await main();
