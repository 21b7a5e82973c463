/**
 * The scale test's figures and verdict: one row per scale (content counts, pages built, build
 * time, peak memory, both per 100 pages, static-map bytes per map step), the checks that cost
 * grows no faster than the content (each scale against the smallest, within stated tolerances)
 * and that the static maps weigh the same per map step at every scale, and the table and report
 * files that show them.
 */
import { formatTable } from '../support/table.ts';
import type { BuildResult } from './build.ts';
import type { ScaleCounts } from './generate.ts';
import { spread, type MapStepBytes } from './map-bytes.ts';

/** Median, 90th percentile and maximum. */
export type Spread = ReturnType<typeof spread>;

/** Everything measured at one scale. */
export interface ScaleRow {
  scale: number;
  counts: ScaleCounts;
  build: BuildResult;
  /** Static maps found in index.html, and their bytes per map step. */
  maps: { steps: number; inline: Spread; files: Spread; total: Spread };
  /** Build wall time per 100 pages built (Astro's count of HTML pages), in seconds. */
  secondsPer100Pages: number;
  /** Build CPU time (user + system) per 100 pages built, in seconds; NaN when not measured. */
  cpuSecondsPer100Pages: number;
  /** Peak memory per 100 pages built, in MB (MiB). */
  mbPer100Pages: number;
}

/** How far a figure per unit of content may grow from the smallest scale, as a fraction (0.25 = 25 %). */
export interface Tolerances {
  time: number;
  memory: number;
  map: number;
}

/** One assertion of the scale test. */
export interface Check {
  name: string;
  scale: number;
  /** The measured value (a ratio to the smallest scale, or a count). */
  value: number;
  /** The largest allowed value (or the expected count). */
  limit: number;
  ok: boolean;
  /** What failed, in words, when it failed. */
  message: string;
}

const MB = 1024;

/** The row for one scale from its build and its static maps. */
export function rowFor(
  scale: number,
  counts: ScaleCounts,
  build: BuildResult,
  maps: readonly MapStepBytes[],
): ScaleRow {
  const peakMb = build.memory.peakKb / MB;
  return {
    scale,
    counts,
    build,
    maps: {
      steps: maps.length,
      inline: spread(maps.map((m) => m.inline)),
      files: spread(maps.map((m) => m.files)),
      total: spread(maps.map((m) => m.inline + m.files)),
    },
    secondsPer100Pages: (build.wallSeconds / build.pagesBuilt) * 100,
    cpuSecondsPer100Pages: (build.cpuSeconds / build.pagesBuilt) * 100,
    mbPer100Pages: (peakMb / build.pagesBuilt) * 100,
  };
}

/** Whether every build's CPU time was measured: then it is the build time the checks compare. */
export const comparesCpuTime = (rows: readonly ScaleRow[]): boolean =>
  rows.every((row) => !row.build.ok || Number.isFinite(row.build.cpuSeconds));

/**
 * The checks: every build succeeded and drew one static map per map step; and at each scale
 * against the smallest, build time (CPU time where measured, as the wall time of a build on a
 * shared machine says more about the machine than about the build; else wall time) and peak
 * memory per 100 pages, and the median and 90th percentile of static-map bytes per map step
 * (inline markup and map files apart), grew by no more than their tolerance. A build that failed
 * is one failed check, and its figures are not compared.
 */
export function checksFor(rows: readonly ScaleRow[], tolerances: Tolerances): Check[] {
  const checks: Check[] = [];
  for (const row of rows) {
    checks.push({
      name: `build succeeded (${row.scale}x)`,
      scale: row.scale,
      value: row.build.ok ? 1 : 0,
      limit: 1,
      ok: row.build.ok,
      message: `the build at ${row.scale}x failed (${row.build.failure}); see its log`,
    });
    if (row.build.ok) {
      checks.push({
        name: `static maps in index.html = map steps (${row.scale}x)`,
        scale: row.scale,
        value: row.maps.steps,
        limit: row.counts.mapSteps,
        ok: row.maps.steps === row.counts.mapSteps,
        message: `index.html at ${row.scale}x has ${row.maps.steps} static maps for ${row.counts.mapSteps} map steps`,
      });
    }
  }
  const built = rows.filter((row) => row.build.ok).sort((a, b) => a.scale - b.scale);
  const base = built[0];
  if (!base) return checks;
  const ratio = (name: string, tolerance: number, figure: (row: ScaleRow) => number, unit: string, why: string) => {
    for (const row of built.slice(1)) {
      const value = figure(row) / figure(base);
      const limit = 1 + tolerance;
      checks.push({
        name: `${name} (${row.scale}x / ${base.scale}x)`,
        scale: row.scale,
        value,
        limit,
        ok: value <= limit,
        message: `${name} grew ${value.toFixed(2)}x from ${base.scale}x to ${row.scale}x (${format(figure(base))} to ${format(figure(row))} ${unit}), more than the ${Math.round(tolerance * 100)} % allowed: ${why}`,
      });
    }
  };
  const timeWhy = 'the build grows faster than the content (SCALE_TIME_TOLERANCE)';
  if (comparesCpuTime(built))
    ratio('build CPU time per 100 pages', tolerances.time, (r) => r.cpuSecondsPer100Pages, 's', timeWhy);
  else ratio('build wall time per 100 pages', tolerances.time, (r) => r.secondsPer100Pages, 's', timeWhy);
  if (built.every((row) => Number.isFinite(row.mbPer100Pages))) {
    ratio(
      'peak memory per 100 pages',
      tolerances.memory,
      (r) => r.mbPer100Pages,
      'MB',
      'memory grows faster than the content (SCALE_MEMORY_TOLERANCE)',
    );
  }
  const mapWhy = 'a map step costs more when there is more content (SCALE_MAP_TOLERANCE)';
  ratio('inline static-map bytes per map step, median', tolerances.map, (r) => r.maps.inline.median, 'B', mapWhy);
  ratio('inline static-map bytes per map step, p90', tolerances.map, (r) => r.maps.inline.p90, 'B', mapWhy);
  ratio('map-file bytes per map step, median', tolerances.map, (r) => r.maps.files.median, 'B', mapWhy);
  ratio('map-file bytes per map step, p90', tolerances.map, (r) => r.maps.files.p90, 'B', mapWhy);
  return checks;
}

/** A figure with at most two decimals, thousands grouped. */
function format(n: number, digits = 2): string {
  return Number.isFinite(n) ? n.toLocaleString('en-GB', { maximumFractionDigits: digits }) : '–';
}

/** The table of figures: one row per scale, and each scale's ratios to the smallest. */
export function figuresTable(rows: readonly ScaleRow[]): string {
  const base = rows.filter((row) => row.build.ok).sort((a, b) => a.scale - b.scale)[0];
  const vs = (row: ScaleRow, figure: (r: ScaleRow) => number) =>
    base && row.build.ok ? `${(figure(row) / figure(base)).toFixed(2)}` : '–';
  const header = [
    'scale',
    'accounts/places/routes/steps',
    'pages built',
    'files written',
    'build wall (s)',
    'build CPU (s)',
    'peak memory (MB)',
    'wall s / 100 pages',
    'CPU s / 100 pages',
    'MB / 100 pages',
    'inline map B / map step (median, max)',
    'map-file B / map step (median, max)',
    'ratios vs smallest: wall s/page, CPU s/page, MB/page, inline median, file median',
  ];
  const body = rows.map((row) => {
    const c = row.counts;
    const b = row.build;
    return [
      `${row.scale}x${b.ok ? '' : ` (FAILED: ${b.failure})`}`,
      `${c.accounts}/${c.places}/${c.routes}/${c.steps}`,
      format(b.pagesBuilt, 0),
      format(b.files, 0),
      format(b.wallSeconds, 1),
      format(b.cpuSeconds, 1),
      format(b.memory.peakKb / MB, 0),
      format(row.secondsPer100Pages),
      format(row.cpuSecondsPer100Pages),
      format(row.mbPer100Pages, 1),
      `${format(row.maps.inline.median, 0)}, ${format(row.maps.inline.max, 0)}`,
      `${format(row.maps.files.median, 0)}, ${format(row.maps.files.max, 0)}`,
      [
        vs(row, (r) => r.secondsPer100Pages),
        vs(row, (r) => r.cpuSecondsPer100Pages),
        vs(row, (r) => r.mbPer100Pages),
        vs(row, (r) => r.maps.inline.median),
        vs(row, (r) => r.maps.files.median),
      ].join(', '),
    ];
  });
  return formatTable(header, body);
}

/** The checks as a table: each with its value, its limit and whether it passed. */
export function checksTable(checks: readonly Check[]): string {
  return formatTable(
    ['check', 'value', 'limit', 'result'],
    checks.map((c) => [c.name, format(c.value), format(c.limit), c.ok ? 'pass' : 'FAIL']),
  );
}

/** What the report says about how it measured. */
export interface ReportMeta {
  started: string;
  node: string;
  cpus: number;
  memoryMethod: string;
  tolerances: Tolerances;
  workDir: string;
}

/** The whole report as Markdown: how it was measured, the figures, the checks and the failures. */
export function markdownReport(rows: readonly ScaleRow[], checks: readonly Check[], meta: ReportMeta): string {
  const failed = checks.filter((c) => !c.ok);
  return [
    '# Scale test',
    '',
    `Run ${meta.started} with Node ${meta.node} on ${meta.cpus} CPUs; builds in ${meta.workDir}.`,
    `Peak memory: ${meta.memoryMethod}.`,
    `Build time compared: ${comparesCpuTime(rows) ? 'CPU time (user + system, /usr/bin/time -v); wall time is shown too' : 'wall time (no CPU time measured)'}. Pages: Astro's count of the HTML pages it built.`,
    `Tolerances (growth per unit of content from the smallest scale): build time ${pct(meta.tolerances.time)}, peak memory ${pct(meta.tolerances.memory)}, static-map bytes per map step ${pct(meta.tolerances.map)}.`,
    '',
    '## Figures',
    '',
    figuresTable(rows),
    '',
    '## Checks',
    '',
    checksTable(checks),
    '',
    failed.length === 0 ? 'All checks passed.' : ['Failed:', '', ...failed.map((c) => `- ${c.message}`)].join('\n'),
    '',
  ].join('\n');
}

const pct = (fraction: number): string => `${Math.round(fraction * 100)} %`;
