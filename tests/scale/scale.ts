/**
 * `npm run test:scale`: does the build keep up as the content grows? For each scale (default 1, 2
 * and 4; scale 1 is 300 survivor accounts, 200 places, 100 routes and 200 long-read steps, see
 * `generate.ts`) it generates a synthetic content set in a temporary folder, builds the site from
 * it into a temporary output folder with its own caches (`build.ts`), and measures the build's
 * wall time, its peak memory (`memory.ts`) and the static-map bytes of each map step of the long
 * read (`map-bytes.ts`). Scales run one after the other, never in parallel.
 *
 * It prints one table (stdout) and fails (exit 1) when, from the smallest scale to a larger one,
 * build time or peak memory per 100 pages grew by more than their tolerance, when the static maps
 * weigh more per map step (median or 90th percentile, inline markup and map files apart), when a
 * build failed, or when the working tree is not as it was (a scale build must write nothing into
 * the repository). The same table and checks go to a Markdown and a JSON file.
 *
 * Environment:
 *   SCALES                   comma-separated scales (default 1,2,4; at least 0.05)
 *   SCALE_TIME_TOLERANCE     allowed growth of build time per 100 pages (default 0.25 = 25 %)
 *   SCALE_MEMORY_TOLERANCE   allowed growth of peak memory per 100 pages (default 0.25)
 *   SCALE_MAP_TOLERANCE      allowed growth of static-map bytes per map step (default 0.10)
 *   SCALE_BUILD_TIMEOUT      minutes after which a build is stopped and fails (default 60)
 *   SCALE_REPORT             report file, .md or .json (the other is written beside it); default
 *                            scale-report.md in the run's temporary folder
 *   SCALE_KEEP=1             keep the generated content and the builds (default: only the logs
 *                            and the report are kept)
 *
 * Run with Node >= 22.18 (types are stripped): `node tests/scale/scale.ts`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBuild } from './build.ts';
import { generateContent, MIN_SCALE } from './generate.ts';
import { mapStepBytes } from './map-bytes.ts';
import { canPollProc } from './memory.ts';
import {
  checksFor,
  checksTable,
  comparesCpuTime,
  figuresTable,
  markdownReport,
  rowFor,
  type Check,
  type ScaleRow,
  type Tolerances,
} from './report.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Writes a progress line to stderr (stdout carries the table). */
const log = (message: string): void => {
  process.stderr.write(`${message}\n`);
};

/** A number from the environment, or `fallback` when unset. */
function envNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number of 0 or more, not "${raw}"`);
  return value;
}

/** The scales to run, smallest first. */
function scales(): number[] {
  const list = (process.env['SCALES'] ?? '1,2,4').split(',').map((s) => Number(s.trim()));
  for (const scale of list) {
    if (!(scale >= MIN_SCALE)) throw new Error(`SCALES: each scale must be a number of at least ${MIN_SCALE}`);
  }
  return [...new Set(list)].sort((a, b) => a - b);
}

/** `git status --porcelain` lines of the repository, or undefined outside git. */
function gitStatus(): string[] | undefined {
  const run = spawnSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: root, encoding: 'utf8' });
  return run.status === 0 ? run.stdout.split('\n').filter(Boolean) : undefined;
}

/** Builds every scale in turn; resolves to the exit code. */
async function main(): Promise<number> {
  const list = scales();
  const tolerances: Tolerances = {
    time: envNumber('SCALE_TIME_TOLERANCE', 0.25),
    memory: envNumber('SCALE_MEMORY_TOLERANCE', 0.25),
    map: envNumber('SCALE_MAP_TOLERANCE', 0.1),
  };
  const timeout = envNumber('SCALE_BUILD_TIMEOUT', 60);
  const keep = process.env['SCALE_KEEP'] === '1';
  const workDir = mkdtempSync(join(tmpdir(), 'scale-test-'));
  const report = resolve(process.env['SCALE_REPORT'] || join(workDir, 'scale-report.md'));
  const started = new Date().toISOString();
  const before = gitStatus();
  if (list.length < 2) log('Only one scale: the figures are printed, but there is nothing to compare them with.');
  if (!canPollProc()) log('No /proc on this machine: peak memory is not measured and not checked.');
  log(`Scale test: scales ${list.join(', ')}, one build at a time, in ${workDir}`);

  const rows: ScaleRow[] = [];
  for (const scale of list) {
    const dir = join(workDir, `${scale}x`);
    const contentDir = join(dir, 'content');
    const counts = generateContent(contentDir, scale);
    const logFile = join(dir, 'build.log');
    log(
      `${scale}x: ${counts.accounts} accounts, ${counts.places} places, ${counts.routes} routes, ${counts.steps} steps generated; building (log: ${logFile})…`,
    );
    const build = await runBuild(
      { root, contentDir, outDir: join(dir, 'dist'), cacheDir: join(dir, 'cache'), logFile },
      timeout,
    );
    const maps = build.ok ? mapStepBytes(join(dir, 'dist')) : [];
    const row = rowFor(scale, counts, build, maps);
    rows.push(row);
    log(
      `${scale}x: ${build.ok ? 'built' : `FAILED (${build.failure})`} in ${build.wallSeconds.toFixed(1)} s, ${build.pagesBuilt} pages, peak ${(build.memory.peakKb / 1024).toFixed(0)} MB`,
    );
    if (!keep) for (const sub of ['content', 'dist', 'cache']) rmSync(join(dir, sub), { recursive: true, force: true });
  }

  const checks: Check[] = checksFor(rows, tolerances);
  const after = gitStatus();
  if (before && after) {
    const added = after.filter((line) => !before.includes(line));
    checks.push({
      name: 'working tree as before the builds',
      scale: 0,
      value: added.length,
      limit: 0,
      ok: added.length === 0,
      message: `the builds changed the working tree: ${added.join('; ')}`,
    });
  }

  const memoryMethod = rows[0]?.build.memory.method ?? 'not measured';
  const meta = { started, node: process.version, cpus: cpus().length, memoryMethod, tolerances, workDir };
  const markdown = markdownReport(rows, checks, meta);
  const [mdFile, jsonFile] = report.endsWith('.json')
    ? [report.replace(/\.json$/, '.md'), report]
    : [report, report.replace(/\.md$/, '') + '.json'];
  mkdirSync(dirname(report), { recursive: true });
  writeFileSync(mdFile, markdown);
  writeFileSync(jsonFile, `${JSON.stringify({ ...meta, rows, checks }, null, 2)}\n`);

  console.info(`\nPeak memory: ${memoryMethod}.`);
  console.info(
    `Build time compared: ${comparesCpuTime(rows) ? 'CPU time (user + system); wall time shown too' : 'wall time'}. Pages: Astro's count of HTML pages built.\n`,
  );
  console.info(figuresTable(rows));
  console.info(`\n${checksTable(checks)}\n`);
  const failed = checks.filter((c) => !c.ok);
  for (const c of failed) console.error(`FAIL: ${c.message}`);
  console.info(`Report: ${mdFile}\n        ${jsonFile}${keep ? `\nContent and builds kept in ${workDir}` : ''}`);
  return failed.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
