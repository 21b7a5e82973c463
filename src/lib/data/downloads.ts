/**
 * Every data file offered on /data/, with its text: the one list that the endpoints serve, the
 * data page shows (with sizes and dictionaries) and `datapackage.json` describes. Adding a file
 * here adds it everywhere; the tests on dist/ check that each one exists and parses.
 *
 * Pure: validated content in (`DataContent`), files out. `src/lib/build-data/data-content.ts`
 * reads the content from Astro's collections.
 */
import type { Chart, Place, Route, Source, TimelineEvent } from '../content/schema';
import { chartCsv, CHART_FIELDS, chartTable, formatCsv, type Field } from './csv';
import {
  formatGeoJson,
  placesCollection,
  PLACE_PROPERTIES,
  routesCollection,
  ROUTE_PROPERTIES,
  type PropertyField,
} from './geojson';
import { sourcesTable, timelineTable, type Keyed } from './tables';

/** The content the data files are made from. */
export interface DataContent {
  readonly places: ReadonlyMap<string, Place>;
  readonly routes: ReadonlyMap<string, Route>;
  readonly timeline: readonly Keyed<TimelineEvent>[];
  readonly sources: readonly Keyed<Source>[];
  readonly charts: readonly Keyed<Chart>[];
}

/** One downloadable file under /data/. */
export interface DataFile {
  /** Path relative to /data/ (and to datapackage.json): `places.geojson`, `charts/<id>.csv`. */
  readonly path: string;
  /** Frictionless resource name: lower case, digits, `-`. */
  readonly name: string;
  /** What it is, as a heading. */
  readonly title: string;
  /** A sentence or two: what it holds, and caveats. */
  readonly description: string;
  readonly format: 'csv' | 'geojson';
  readonly mediatype: 'text/csv' | 'application/geo+json';
  /** `reference`: the site's places, routes, timeline and bibliography; `chart`: one chart's data. */
  readonly group: 'reference' | 'chart';
  /** CSV columns (also the Table Schema); absent for GeoJSON. */
  readonly fields?: readonly Field[];
  /** The CSV column whose values are unique and identify a row, if there is one. */
  readonly primaryKey?: string;
  /** Properties of every feature; GeoJSON only. */
  readonly properties?: readonly PropertyField[];
  /** Ids of the sources the figures come from (charts); empty for reference files. */
  readonly sources: readonly string[];
  /** Number of rows (CSV) or features (GeoJSON). */
  readonly count: number;
  /** The file's text, UTF-8. */
  readonly body: string;
}

/** A chart file's path relative to /data/. */
export const chartFilePath = (chartId: string): string => `charts/${chartId}.csv`;

/** Every data file, reference files first, then one CSV per chart in id order. */
export function dataFiles(content: DataContent): DataFile[] {
  const timeline = timelineTable(content.timeline);
  const sources = sourcesTable(content.sources);
  const charts = [...content.charts].sort((a, b) => a.id.localeCompare(b.id));
  const lookups = {
    timeline: new Map(content.timeline.map((e) => [e.id, e.data])),
    sources: new Map(content.sources.map((e) => [e.id, e.data])),
  };
  const firstYear = content.timeline.map((e) => e.data.date.slice(0, 4)).sort()[0];
  return [
    {
      path: 'places.geojson',
      name: 'places',
      title: 'Places',
      description:
        'Towns, compound regions, border crossings and the other places named in the story, as GeoJSON points. ' +
        'Coordinates are [longitude, latitude] rounded to 0.01 degrees: a town or an area, never a building.',
      format: 'geojson',
      mediatype: 'application/geo+json',
      group: 'reference',
      properties: PLACE_PROPERTIES,
      sources: [],
      count: content.places.size,
      body: formatGeoJson(placesCollection(content.places)),
    },
    {
      path: 'routes.geojson',
      name: 'routes',
      title: 'Routes',
      description:
        'Documented trafficking routes, as GeoJSON lines from place to place with their legs and travel modes. ' +
        'Each route is one or a few documented journeys, not a measured flow of people.',
      format: 'geojson',
      mediatype: 'application/geo+json',
      group: 'reference',
      properties: ROUTE_PROPERTIES,
      sources: [],
      count: content.routes.size,
      body: formatGeoJson(routesCollection(content.routes, content.places)),
    },
    {
      path: 'timeline.csv',
      name: 'timeline',
      title: 'Timeline',
      description: `Dated events${firstYear ? ` from ${firstYear} on` : ''}, each with its sources: a selection of key events, not a complete chronology.`,
      format: 'csv',
      mediatype: 'text/csv',
      group: 'reference',
      fields: timeline.fields,
      primaryKey: 'id',
      sources: [],
      count: timeline.rows.length,
      body: formatCsv(timeline),
    },
    {
      path: 'sources.csv',
      name: 'sources',
      title: 'Bibliography',
      description:
        'Every report, article and document the site cites, with the address of the original and of the copy that was read. ' +
        'The other files cite these ids.',
      format: 'csv',
      mediatype: 'text/csv',
      group: 'reference',
      fields: sources.fields,
      primaryKey: 'id',
      sources: [],
      count: sources.rows.length,
      body: formatCsv(sources),
    },
    ...charts.map(({ id, data }): DataFile => ({
      path: chartFilePath(id),
      name: `chart-${id}`,
      title: data.title,
      description: [data.subtitle, 'unit' in data ? `Unit: ${data.unit}.` : '', data.notes].filter(Boolean).join(' '),
      format: 'csv',
      mediatype: 'text/csv',
      group: 'chart',
      fields: CHART_FIELDS,
      sources: data.sources,
      count: chartTable(data, lookups).rows.length,
      body: chartCsv(data, lookups),
    })),
  ];
}

/** The size of a file's text in bytes, as served (UTF-8). */
export function byteSize(body: string): number {
  return new TextEncoder().encode(body).length;
}

/** `1234` → `1.2 kB`, `980` → `980 bytes` (1 kB = 1000 bytes). */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  return `${(bytes / 1000).toFixed(1)} kB`;
}
