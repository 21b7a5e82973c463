/**
 * The figures `npm run bench` collects, and the one table it prints: a row per page (and per
 * build, when comparing builds), bytes before any interaction by kind, then Lighthouse medians.
 */
import { formatKb, RESOURCE_KINDS, type BytesByKind } from '../support/bytes.ts';
import type { LoadedRequest } from '../support/first-load.ts';
import { PHONE, type MeasuredPage, type Screen } from '../support/measured-pages.ts';
import { formatTable, type Align } from '../support/table.ts';
import type { LighthouseFigures } from './lighthouse.ts';

/** What one page downloaded on one screen before any interaction. */
export interface ScreenFigures {
  readonly screen: Screen;
  /** Bytes on the wire by kind (compressed, headers included). */
  readonly bytes: BytesByKind;
  /** Every request, in order. */
  readonly requests: readonly LoadedRequest[];
  /** URLs of MapLibre files and basemaps among them: there should be none. */
  readonly liveMap: readonly string[];
}

/** Everything measured on one page of one build. */
export interface PageFigures {
  readonly page: MeasuredPage;
  readonly url: string;
  readonly screens: readonly ScreenFigures[];
  /** Each Lighthouse run, in order. */
  readonly lighthouseRuns: readonly LighthouseFigures[];
  /** Their medians, field by field (undefined with `--runs 0`). */
  readonly lighthouse?: LighthouseFigures | undefined;
}

/** Everything measured on one build. */
export interface BuildFigures {
  readonly label: string;
  readonly dist: string;
  readonly pages: readonly PageFigures[];
}

const seconds = (ms: number): string => (Number.isFinite(ms) ? (ms / 1000).toFixed(1) : '?');
const integer = (value: number): string => (Number.isFinite(value) ? String(Math.round(value)) : '?');
const decimal3 = (value: number): string => (Number.isFinite(value) ? value.toFixed(3) : '?');

/**
 * The table: per page (and build), the kB before interaction at 390x844 by kind and in total,
 * the totals on the wider screens, whether the live map loaded at load, then the Lighthouse
 * medians. The `other` column appears only when some page has such bytes.
 */
export function benchTable(builds: readonly BuildFigures[], runs: number): string {
  const several = builds.length > 1;
  const paths = [...new Set(builds.flatMap((build) => build.pages.map((page) => page.page.path)))];
  const wide = [...new Set(builds.flatMap((b) => b.pages.flatMap((p) => p.screens.map((s) => s.screen.name))))].filter(
    (name) => name !== PHONE.name,
  );
  const kinds = RESOURCE_KINDS.filter(
    (kind) => kind !== 'other' || builds.some((b) => b.pages.some((p) => p.screens.some((s) => s.bytes.other > 0))),
  );
  const header = [
    ...(several ? ['build'] : []),
    'page',
    ...kinds,
    'total',
    ...wide.map((name) => `total ${name}`),
    'map at load',
    ...(runs > 0 ? ['perf', 'a11y', 'bp', 'seo', 'FCP s', 'LCP s', 'TBT ms', 'CLS'] : []),
  ];
  const rows: string[][] = [];
  for (const path of paths) {
    for (const build of builds) {
      const page = build.pages.find((candidate) => candidate.page.path === path);
      if (!page) continue;
      const phone = page.screens.find((figures) => figures.screen.name === PHONE.name);
      const lighthouse = page.lighthouse;
      const loadedMap = page.screens.filter((figures) => figures.liveMap.length > 0).map((f) => f.screen.name);
      rows.push([
        ...(several ? [build.label] : []),
        path,
        ...kinds.map((kind) => (phone ? formatKb(phone.bytes[kind]) : '')),
        phone ? formatKb(phone.bytes.total) : '',
        ...wide.map((name) => {
          const figures = page.screens.find((candidate) => candidate.screen.name === name);
          return figures ? formatKb(figures.bytes.total) : '-';
        }),
        loadedMap.length === 0 ? 'no' : `YES ${loadedMap.join(' ')}`,
        ...(runs > 0 && lighthouse
          ? [
              integer(lighthouse.performance),
              integer(lighthouse.accessibility),
              integer(lighthouse.bestPractices),
              integer(lighthouse.seo),
              seconds(lighthouse.fcp),
              seconds(lighthouse.lcp),
              integer(lighthouse.tbt),
              decimal3(lighthouse.cls),
            ]
          : []),
      ]);
    }
  }
  const notes = [
    `kB (1000 bytes) transferred before any interaction, as served (gzip), headers included, at ${PHONE.name} unless named;`,
    `"map at load": screens on which MapLibre or a basemap was requested before any interaction.`,
    ...(runs > 0
      ? [`Lighthouse 13, mobile profile (simulated slow 4G): median of ${runs} run${runs === 1 ? '' : 's'}.`]
      : []),
  ];
  const textColumns = new Set(['build', 'page', 'map at load']);
  const align = header.map((title): Align => (textColumns.has(title) ? 'left' : 'right'));
  return `${formatTable(header, rows, align)}\n\n${notes.join('\n')}`;
}

/** The requests of every page and screen, one line each, for `--verbose`. */
export function requestListing(builds: readonly BuildFigures[]): string {
  const lines: string[] = [];
  for (const build of builds) {
    for (const page of build.pages) {
      for (const figures of page.screens) {
        lines.push(`${build.label} ${page.page.path} at ${figures.screen.name}: ${figures.requests.length} requests`);
        for (const request of figures.requests) {
          const problem = request.failed ? `  (${request.failed})` : '';
          const status = String(request.status || '-').padStart(3);
          lines.push(
            `  ${status} ${request.kind.padEnd(5)} ${formatKb(request.encodedBytes).padStart(7)} kB  ${request.url}${problem}`,
          );
        }
      }
    }
  }
  return lines.join('\n');
}
