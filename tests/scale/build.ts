/**
 * One measured build for the scale test: `astro build` of a content folder (CONTENT_DIR) into
 * its own output folder (OUT_DIR) with its own caches (ASTRO_CACHE_DIR), so it shares nothing
 * with other builds and writes nothing into `dist/` or `node_modules/` (see `astro.config.mjs`).
 * Measures the wall time and the peak memory of the build's whole process tree (`memory.ts`,
 * and GNU `/usr/bin/time -v` where it is installed, for the exact peak of the largest process).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { watchMemory, type MemoryPeak } from './memory.ts';

/** Where a build reads from and writes to. */
export interface BuildPaths {
  /** The repository (the folder holding astro.config.mjs). */
  root: string;
  contentDir: string;
  outDir: string;
  cacheDir: string;
  /** The build's output (stdout and stderr) goes here. */
  logFile: string;
}

/** What one build cost and made. */
export interface BuildResult {
  ok: boolean;
  /** Why it failed (exit code, timeout), when it did. */
  failure?: string;
  wallSeconds: number;
  /**
   * CPU time (user + system) of the build and its children, from `/usr/bin/time -v`; NaN where
   * GNU time is not installed. Unlike the wall time it hardly changes when other work shares the
   * machine.
   */
  cpuSeconds: number;
  memory: MemoryPeak;
  /** Astro's own count ("N page(s) built"): HTML pages and files made by endpoints. */
  pagesBuilt: number;
  /** `.html` files in the output. */
  htmlPages: number;
  /** Every file in the output, and their bytes (after the integrations have run). */
  files: number;
  bytes: number;
}

/** The path of GNU time when it can report the peak memory (`-v`), else undefined. */
function gnuTime(): string | undefined {
  const found = spawnSync('sh', ['-c', 'command -v /usr/bin/time'], { encoding: 'utf8' });
  if (found.status !== 0) return undefined;
  const probe = spawnSync('/usr/bin/time', ['-v', 'true'], { encoding: 'utf8' });
  return probe.status === 0 && /Maximum resident set size/.test(probe.stderr) ? '/usr/bin/time' : undefined;
}

/** Every file under `dir` (recursively) with its size. */
function filesOf(dir: string): { path: string; size: number }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).flatMap((name) => {
    const path = join(dir, name);
    const stat = statSync(path);
    return stat.isFile() ? [{ path, size: stat.size }] : [];
  });
}

/**
 * Runs `astro build` for `paths` and measures it. A build that runs longer than `timeoutMinutes`
 * is stopped (its process group) and reported as failed with what was measured until then.
 */
export async function runBuild(paths: BuildPaths, timeoutMinutes: number): Promise<BuildResult> {
  const astro = join(paths.root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const time = gnuTime();
  const timeFile = `${paths.logFile}.time`;
  const [command, args] = time
    ? [time, ['-v', '-o', timeFile, process.execPath, astro, 'build']]
    : [process.execPath, [astro, 'build']];
  const log = createWriteStream(paths.logFile);
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: paths.root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      CONTENT_DIR: paths.contentDir,
      OUT_DIR: paths.outDir,
      ASTRO_CACHE_DIR: paths.cacheDir,
      ASTRO_TELEMETRY_DISABLED: '1',
      FORCE_COLOR: '0',
    },
  });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  const watcher = watchMemory(child.pid ?? 0);
  let timedOut = false;
  // The build runs in its own process group: stop all of it on a timeout or when we are interrupted.
  const stopBuild = () => {
    if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  };
  const timer = setTimeout(() => {
    timedOut = true;
    stopBuild();
  }, timeoutMinutes * 60_000);
  const interrupted = () => {
    stopBuild();
    process.exit(130);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearTimeout(timer);
  process.off('SIGINT', interrupted);
  process.off('SIGTERM', interrupted);
  const wallSeconds = (performance.now() - started) / 1000;
  const memory = watcher.stop();
  await new Promise((resolve) => log.end(resolve));

  let cpuSeconds = NaN;
  if (time) {
    try {
      const report = readFileSync(timeFile, 'utf8');
      const seconds = (label: string) => Number(new RegExp(`${label} time \\(seconds\\): ([\\d.]+)`).exec(report)?.[1]);
      cpuSeconds = seconds('User') + seconds('System');
      const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(report)?.[1]);
      if (kb > 0) {
        memory.largestProcessKb = Math.max(memory.largestProcessKb, kb);
        memory.peakKb = Math.max(memory.peakKb, kb);
        memory.method += '; the largest process checked with /usr/bin/time -v (exact, at exit)';
      }
    } catch {
      // Killed before time wrote its report: the /proc figures stand.
    }
  }
  const output = readFileSync(paths.logFile, 'utf8');
  const pagesBuilt = Number(/(\d+) page\(s\) built in/.exec(output)?.[1] ?? NaN);
  const files = code === 0 ? filesOf(paths.outDir) : [];
  const failure = timedOut ? `stopped after ${timeoutMinutes} min` : code === 0 ? undefined : `exit code ${code}`;
  return {
    ok: failure === undefined,
    ...(failure ? { failure } : {}),
    wallSeconds,
    cpuSeconds,
    memory,
    pagesBuilt,
    htmlPages: files.filter((f) => f.path.endsWith('.html')).length,
    files: files.length,
    bytes: files.reduce((sum, f) => sum + f.size, 0),
  };
}
