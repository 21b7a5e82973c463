/**
 * The graphics registry: one list of every graphic a newsroom can embed or download, built from
 * the content. Every chart in `content/charts/` (whatever its kind: a new kind appears here as
 * soon as its file exists), the overview map of documented routes and compound regions, and one
 * map per route in `content/routes/`.
 *
 * Everything the press room, the embeds and the downloads need comes from here: the id (the
 * `/embed/<id>/` and `/charts/<id>/` addresses), title, description, text alternative, sources,
 * the data table behind "Get the data", where the story tells it, and a first iframe height.
 *
 * Pure: pages feed it from the content collections (`collections.ts`), the build step that
 * draws the downloads feeds it from `loadContentOrThrow`, tests from fixtures.
 */
import { chartTable as chartDataTable } from '../data/csv';
import type { Chapter, Chart, MapVisual, Place, Route, Source, Story, TimelineEvent } from '../content/schema';
import { exploreModel, MODE_LABELS, periodLabel } from '../../components/explore/model';
import { countryName } from '../format/countries';
import { layoutBars } from '../charts/bar-layout';
import { routeVisual } from './route-visual';
import { recordsTable, type DataTable } from './table';

/** What a graphic is: a chart from `content/charts/` or a map. */
export type GraphicKind = 'chart' | 'map';

/** One embeddable graphic. */
export interface Graphic {
  /** Unique; the address of its embed (`/embed/<id>/`) and its page (`/charts/<id>/`). */
  id: string;
  kind: GraphicKind;
  /** The headline: states the finding (charts) or what the map shows. */
  title: string;
  /** One or two sentences under the headline: what is shown, where, when. */
  subtitle: string;
  /** Text alternative of the drawing, for screen readers and for the downloads' descriptions. */
  alt: string;
  /** Caveats and method, shown behind "About this data". */
  notes?: string | undefined;
  /** Source ids (content/sources.yaml) for everything the graphic shows. */
  sources: string[];
  /** The data behind the graphic, for "Get the data" (CSV). */
  data: DataTable;
  /** Where the story tells it: a site path (`/#step-id`, `/stories/tao/`, `/map/`) and link text. */
  context: { path: string; label: string };
  /** A first height in CSS pixels for an iframe in a column about 640 px wide (scripts then fit it). */
  height: number;
  /** For a chart: its id in `content/charts/`. */
  chartId?: string | undefined;
  /** For a map: the map state to draw, and the route it shows if it is a route map. */
  map?: { visual: MapVisual; routeId?: string | undefined } | undefined;
}

/** The content the registry reads, by id (as the collections give it). */
export interface GraphicsInput {
  charts: ReadonlyMap<string, Chart>;
  routes: ReadonlyMap<string, Route>;
  places: ReadonlyMap<string, Place>;
  stories: ReadonlyMap<string, Story>;
  /** Chapters in reading order. */
  chapters: readonly Chapter[];
  /** Timeline events and sources, for charts whose rows come from them. */
  timeline: ReadonlyMap<string, TimelineEvent>;
  sources: ReadonlyMap<string, Source>;
}

/** Id of the overview map. */
export const OVERVIEW_ID = 'map-overview';

/** Id of the map of route `routeId`. */
export const routeGraphicId = (routeId: string): string => `map-${routeId}`;

/** Height, in CSS pixels, of everything around a chart's drawing in an embed about 640 px wide. */
const CHART_CHROME = 290;
/** First iframe height of a chart kind without its own estimate. */
const DEFAULT_CHART_HEIGHT = 560;
/** First iframe height of a map: a 3:2 map 640 px wide plus headline, legend, source and credit. */
const MAP_HEIGHT = 760;

/**
 * The drawing height of a chart about 600 px wide, for kinds that can say it; other kinds get
 * `DEFAULT_CHART_HEIGHT` in all. Only a first guess: the embed scripts fit the iframe exactly.
 */
const DRAWING_HEIGHT: Partial<Record<string, (chart: Chart) => number | undefined>> = {
  bar: (chart) => (chart.kind === 'bar' ? layoutBars(chart.data, { width: 600 }).height : undefined),
};

/**
 * A chart's data table, whatever its kind: the same rows as the data page's CSV
 * (`chartTable` in `src/lib/data/csv.ts`, from `chartRows`), without the columns this chart
 * leaves empty, so the press room and the data page never disagree.
 */
function chartTable(chart: Chart, input: GraphicsInput): DataTable {
  const table = chartDataTable(chart, { timeline: input.timeline, sources: input.sources });
  const cell = (value: string | number | boolean | undefined) => (typeof value === 'boolean' ? String(value) : value);
  const rows = table.rows.map((row) => Object.fromEntries(table.fields.map((f) => [f.name, cell(row[f.name])])));
  const columns = table.fields
    .map((f) => f.name)
    .filter((name) => rows.some((r) => r[name] !== undefined && r[name] !== ''));
  return { columns, rows: rows.map((r) => Object.fromEntries(columns.map((c) => [c, r[c]]))) };
}

/** Every graphic: charts in file order, then the overview map, then one map per route by title. */
export function listGraphics(input: GraphicsInput): Graphic[] {
  const steps = input.chapters.flatMap((chapter) => chapter.steps);
  const charts = [...input.charts].map(([id, chart]): Graphic => {
    const step = steps.find((s) => s.visual.type === 'chart' && s.visual.chart === id);
    const drawing = DRAWING_HEIGHT[chart.kind]?.(chart);
    return {
      id,
      kind: 'chart',
      title: chart.title,
      subtitle: chart.subtitle,
      alt: chart.alt,
      notes: chart.notes,
      sources: [...chart.sources],
      data: chartTable(chart, input),
      context: step ? { path: `/#${step.id}`, label: 'Read the story' } : { path: '/', label: 'Read the story' },
      height: drawing === undefined ? DEFAULT_CHART_HEIGHT : Math.round(drawing + CHART_CHROME),
      chartId: id,
    };
  });
  const graphics = [...charts, overviewGraphic(input), ...routeGraphics(input, steps)];
  const seen = new Set<string>();
  for (const graphic of graphics) {
    if (seen.has(graphic.id))
      throw new Error(`graphics: two graphics have the id "${graphic.id}"; rename the chart file`);
    seen.add(graphic.id);
  }
  return graphics;
}

/** `a`, `a and b`, `a, b and c`. */
function listOf(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Country names that read with "the" in running text. */
const WITH_ARTICLE = new Set(['Philippines', 'United Arab Emirates', 'United States', 'United Kingdom', 'Netherlands']);

/** `Philippines` → `the Philippines`; `Laos` → `Laos`. */
function inSentence(country: string): string {
  return WITH_ARTICLE.has(country) ? `the ${country}` : country;
}

/** The overview of every documented route and place: the whole span, `/map/`'s long-haul view. */
function overviewGraphic(input: GraphicsInput): Graphic {
  const model = exploreModel(input);
  const compoundCountries = [
    ...new Set(model.places.filter((p) => p.kind === 'compound-region').map((p) => p.countryName)),
  ].sort();
  const where = listOf(compoundCountries.map(inSentence));
  const origins = new Set(
    model.routes.flatMap((r) => {
      const first = r.places[0];
      const country = first ? input.places.get(first)?.country : undefined;
      return country ? [country] : [];
    }),
  );
  const sources = [...new Set([...model.routes.flatMap((r) => r.sources), ...model.places.flatMap((p) => p.sources)])];
  return {
    id: OVERVIEW_ID,
    kind: 'map',
    title: `${model.routes.length} documented routes toward scam compounds, starting in ${origins.size} countries`,
    subtitle: `Every route and place in this report: where people set out from, how they were moved, and the areas in ${where} where scam compounds are documented.`,
    alt: `An overview map of the ${model.places.length} places and ${model.routes.length} documented routes in this report, across ${model.countries.length} countries, from the towns people set out from to the scam-compound areas of ${where}.`,
    notes:
      'Places mark towns or areas, never buildings; where the sources are vague, a place marks an approximate area. A route is drawn as straight or gently curved lines between the places the sources name, not along real roads.',
    sources,
    data: recordsTable(
      model.places.map((p) => ({
        name: p.name,
        local_name: p.local?.name,
        kind: p.kindLabel,
        country: p.countryName,
        longitude: p.coordinates[0],
        latitude: p.coordinates[1],
        precision: p.precisionLabel,
        routes: p.routes.map((r) => r.id),
      })),
    ),
    context: { path: '/map/', label: 'Explore the map' },
    height: MAP_HEIGHT,
    map: { visual: model.span },
  };
}

/** One map per route, ordered by title. */
function routeGraphics(input: GraphicsInput, steps: readonly Chapter['steps'][number][]): Graphic[] {
  const place = (id: string): Place => {
    const found = input.places.get(id);
    if (!found) throw new Error(`graphics: unknown place "${id}"`);
    return found;
  };
  return [...input.routes]
    .sort(([, a], [, b]) => a.title.localeCompare(b.title, 'en'))
    .map(([routeId, route]): Graphic => {
      const step = steps.find(
        (s) => s.visual.type === 'map' && s.visual.routes.some((r) => r.id === routeId && r.highlight),
      );
      const account = [...input.stories].find(
        ([slug, story]) => story.route === routeId || route.stories.includes(slug),
      );
      const context = step
        ? { path: `/#${step.id}`, label: 'Read the story' }
        : account
          ? { path: `/stories/${account[0]}/`, label: `Read ${account[1].pseudonym}’s account` }
          : { path: '/map/', label: 'Explore the map' };
      const legNotes = route.legs.filter((leg) => leg.note).map((leg) => leg.note);
      return {
        id: routeGraphicId(routeId),
        kind: 'map',
        title: route.title,
        subtitle: route.summary,
        alt: `A map of the route "${route.title}": ${route.legs
          .map((leg) => `${place(leg.from).name} to ${place(leg.to).name} by ${MODE_LABELS[leg.mode]}`)
          .join(', then ')}.`,
        notes: [`Documented: ${periodLabel(route.period)}.`, ...legNotes].join(' '),
        sources: [...route.sources],
        data: recordsTable(
          route.legs.map((leg, i) => {
            const from = place(leg.from);
            const to = place(leg.to);
            return {
              leg: i + 1,
              from: from.name,
              from_country: countryName(from.country),
              from_longitude: from.coordinates[0],
              from_latitude: from.coordinates[1],
              to: to.name,
              to_country: countryName(to.country),
              to_longitude: to.coordinates[0],
              to_latitude: to.coordinates[1],
              mode: MODE_LABELS[leg.mode],
              note: leg.note,
            };
          }),
        ),
        context,
        height: MAP_HEIGHT,
        map: { visual: routeVisual(routeId, route, input.places), routeId },
      };
    });
}
