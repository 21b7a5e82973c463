/**
 * The graphics registry on the real content: one graphic per chart file, the overview and one map
 * per route, unique ids, data tables that hold the content's figures, and a clear error when a
 * chart's id would collide with a map's.
 */
import { describe, expect, test } from 'vitest';
import { loadContentOrThrow } from '../../../src/lib/content';
import { chartRows } from '../../../src/lib/charts/rows';
import { graphicsInputFrom } from '../../../src/lib/graphics/input';
import { listGraphics, OVERVIEW_ID, routeGraphicId } from '../../../src/lib/graphics/registry';

const content = loadContentOrThrow('content');
const input = graphicsInputFrom(content);
const graphics = listGraphics(input);
const byId = new Map(graphics.map((g) => [g.id, g]));
const lookups = { timeline: input.timeline, sources: input.sources };

describe('listGraphics', () => {
  test('lists every chart, the overview map and one map per route, each once', () => {
    const expected = [
      ...content.charts.map((c) => c.id),
      OVERVIEW_ID,
      ...content.routes.map((r) => routeGraphicId(r.id)),
    ];
    expect(graphics.map((g) => g.id).sort()).toEqual([...expected].sort());
    expect(new Set(graphics.map((g) => g.id)).size).toBe(graphics.length);
  });

  test('charts keep their own title, alt text and sources, and their table has a row per data row', () => {
    for (const { id, data: chart } of content.charts) {
      const graphic = byId.get(id);
      expect(graphic?.kind).toBe('chart');
      expect(graphic?.title).toBe(chart.title);
      expect(graphic?.alt).toBe(chart.alt);
      expect(graphic?.sources).toEqual(chart.sources);
      // One table row per chart row (any kind), labelled alike: the rows of the chart's CSV.
      const rows = chartRows(chart, lookups);
      expect(graphic?.data.rows.length, id).toBe(rows.length);
      rows.forEach((row, i) => expect(graphic?.data.rows[i]?.['label'], `${id} row ${i}`).toBe(row.label));
    }
  });

  test('a bar chart’s table holds its figures, a range as low and high', () => {
    const bars = content.charts.filter((c) => c.data.kind === 'bar');
    expect(bars.length).toBeGreaterThan(0);
    for (const { id, data: chart } of bars) {
      const { data } = chart as { data: { value: number; low?: number }[] };
      data.forEach((row, i) => {
        const got = byId.get(id)?.data.rows[i];
        if (row.low === undefined) expect(got?.['value'], `${id} row ${i}`).toBe(row.value);
        else
          expect([got?.['value'], got?.['low'], got?.['high']], `${id} row ${i}`).toEqual([
            undefined,
            row.low,
            row.value,
          ]);
      });
    }
  });

  test('a route map draws its route in full and lists its legs with coordinates', () => {
    for (const { id, data: route } of content.routes) {
      const graphic = byId.get(routeGraphicId(id));
      expect(graphic?.kind).toBe('map');
      expect(graphic?.map?.routeId).toBe(id);
      expect(graphic?.map?.visual.routes).toEqual([{ id, highlight: true, draw: { from: 1, to: 1 } }]);
      expect(graphic?.data.rows.length).toBe(route.legs.length);
      const first = input.places.get(route.legs[0]!.from)!;
      expect(graphic?.data.rows[0]?.['from']).toBe(first.name);
      expect(graphic?.data.rows[0]?.['from_longitude']).toBe(first.coordinates[0]);
      expect(graphic?.sources).toEqual(route.sources);
    }
  });

  test('the overview shows every place and route, and its table lists every place', () => {
    const overview = byId.get(OVERVIEW_ID);
    expect(overview?.map?.visual.places.length).toBe(content.places.length);
    expect(overview?.map?.visual.routes.length).toBe(content.routes.length);
    expect(overview?.data.rows.length).toBe(content.places.length);
    expect(overview?.title).toMatch(new RegExp(`^${content.routes.length} documented routes`));
  });

  test('every graphic says where the story tells it, and a first iframe height in a sane range', () => {
    for (const graphic of graphics) {
      expect(graphic.context.path, graphic.id).toMatch(/^\/(#[\w-]+|stories\/[\w-]+\/|map\/)?$/);
      expect(graphic.height, graphic.id).toBeGreaterThanOrEqual(300);
      expect(graphic.height, graphic.id).toBeLessThanOrEqual(1200);
    }
  });

  test('a chart whose id collides with a map’s is refused, naming the id', () => {
    const charts = new Map(input.charts);
    const [, first] = [...input.charts][0]!;
    charts.set(OVERVIEW_ID, first);
    expect(() => listGraphics({ ...input, charts })).toThrow(/two graphics have the id "map-overview"/);
  });
});
