/**
 * Timeline layout, down the page and across it, on the site's own events and on a crowd of
 * events days apart: marks in date order on a time scale, labels inside the drawing, no two
 * labels overlapping, no leader crossing a label or another leader, a date known only to the
 * year drawn across that year.
 */
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../../src/lib/content';
import type { TimelineChartSpec } from '../../../src/lib/content/schema';
import { timelineEvents } from '../../../src/lib/charts/rows';
import {
  layoutTimeline,
  HORIZONTAL_FROM,
  type TimelineItem,
  type TimelineLayout,
} from '../../../src/lib/charts/timeline-layout';
import { CHART_WIDTHS } from '../../../src/lib/charts/type';

const { content } = loadContent('content');
const timeline = new Map(content.timeline.map((e) => [e.id, e.data]));
const chart = content.charts.find((c) => c.id === 'key-events')!.data as TimelineChartSpec;
const siteItems: TimelineItem[] = timelineEvents(chart, timeline).map(({ event, label }) => ({
  date: event.date,
  approximate: event.approximate,
  label,
}));
/** Eight events in one week, with long labels: the worst crowd. */
const crowd: TimelineItem[] = Array.from({ length: 8 }, (_, i) => ({
  date: `2025-03-0${i + 1}`,
  label: `A long event title number ${i + 1} that will need to wrap onto several lines`,
}));

type Box = [number, number, number, number];
const overlap = (a: Box, b: Box) =>
  Math.min(a[2], b[2]) - Math.max(a[0], b[0]) > 0.5 && Math.min(a[3], b[3]) - Math.max(a[1], b[1]) > 0.5;

/** Whether segment p1-p2 passes through box (shrunk by a pixel, so touching is not crossing). */
function segmentHitsBox(p1: [number, number], p2: [number, number], box: Box): boolean {
  const [l, t, r, b] = [box[0] + 1, box[1] + 1, box[2] - 1, box[3] - 1];
  for (let k = 0; k <= 50; k++) {
    const x = p1[0] + ((p2[0] - p1[0]) * k) / 50;
    const y = p1[1] + ((p2[1] - p1[1]) * k) / 50;
    if (x > l && x < r && y > t && y < b) return true;
  }
  return false;
}

/** Whether segments a and b cross (properly). */
function cross(a: [[number, number], [number, number]], b: [[number, number], [number, number]]): boolean {
  const d = (p: [number, number], q: [number, number], r: [number, number]) =>
    (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]);
  return d(a[0], a[1], b[0]) * d(a[0], a[1], b[1]) < -1e-6 && d(b[0], b[1], a[0]) * d(b[0], b[1], a[1]) < -1e-6;
}

function checkLayout(layout: TimelineLayout, count: number): void {
  expect(layout.events).toHaveLength(count);
  for (const e of layout.events) {
    const [l, t, r, b] = e.box;
    expect(l, `${e.dateLine.text} left`).toBeGreaterThanOrEqual(0);
    expect(r, `${e.dateLine.text} right`).toBeLessThanOrEqual(layout.width);
    expect(t).toBeGreaterThanOrEqual(0);
    expect(b).toBeLessThanOrEqual(layout.height);
  }
  const events = layout.events;
  for (let i = 0; i < events.length; i++) {
    for (let j = i + 1; j < events.length; j++) {
      expect(overlap(events[i]!.box, events[j]!.box), `labels ${i} and ${j} overlap`).toBe(false);
    }
    for (let j = 0; j < events.length; j++) {
      const leader = events[i]!.leader;
      for (let k = 1; k < leader.length; k++) {
        if (i !== j)
          expect(segmentHitsBox(leader[k - 1]!, leader[k]!, events[j]!.box), `leader ${i} crosses label ${j}`).toBe(
            false,
          );
        if (j > i) {
          const other = events[j]!.leader;
          for (let m = 1; m < other.length; m++) {
            expect(cross([leader[k - 1]!, leader[k]!], [other[m - 1]!, other[m]!]), `leaders ${i} and ${j} cross`).toBe(
              false,
            );
          }
        }
      }
    }
  }
}

describe.each(CHART_WIDTHS)('at %i px', (width) => {
  test('the site timeline: labels inside, apart, and not crossed by leaders', () => {
    checkLayout(layoutTimeline(siteItems, { width }), siteItems.length);
  });
  test('a crowd of events days apart: the same', () => {
    checkLayout(layoutTimeline(crowd, { width }), crowd.length);
  });
});

test(`time runs down the page below ${HORIZONTAL_FROM} px and across it from there`, () => {
  expect(layoutTimeline(siteItems, { width: 480 }).orientation).toBe('vertical');
  expect(layoutTimeline(siteItems, { width: 700 }).orientation).toBe('horizontal');
});

test.each(['vertical', 'horizontal'] as const)(
  '%s: marks follow the dates, and each year starts at a tick, in order',
  (orientation) => {
    const layout = layoutTimeline(siteItems, { width: 700, orientation });
    const along = (e: { x1: number; y1: number }) => (orientation === 'vertical' ? e.y1 : e.x1);
    const positions = layout.events.map(along);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const ticks = layout.ticks.map((t) => (orientation === 'vertical' ? t.y1 : t.x1));
    expect([...ticks].sort((a, b) => a - b)).toEqual(ticks);
    expect(layout.years.map((y) => y.text)).toEqual([
      '2017',
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
      '2026',
    ]);
  },
);

test('a date known only to the year is a bar across that year; a month or a day is a dot', () => {
  const layout = layoutTimeline(
    [
      { date: '2017', label: 'A year' },
      { date: '2019-08', label: 'A month' },
      { date: '2019-08-15', label: 'A day' },
    ],
    { width: 320 },
  );
  const [year, month, day] = layout.events;
  const [start, end] = [layout.ticks[0]!.y1, layout.ticks[1]!.y1];
  expect(year!.y1).toBeGreaterThan(start);
  expect(year!.y2).toBeLessThan(end);
  expect(year!.y2 - year!.y1).toBeGreaterThan((end - start) / 2);
  expect(month!.y1).toBe(month!.y2);
  expect(day!.y1).toBe(day!.y2);
});

test('an approximate date says "About"; a day is written as its month', () => {
  const layout = layoutTimeline(
    [
      { date: '2024-01-30', approximate: true, label: 'Handed over' },
      { date: '2024-07-22', label: 'Banned' },
    ],
    { width: 320 },
  );
  expect(layout.events.map((e) => e.dateLine.text)).toEqual(['About Jan 2024', 'Jul 2024']);
});

test('events keep their row index whatever order they come in', () => {
  const layout = layoutTimeline(
    [
      { date: '2025', label: 'Later' },
      { date: '2017', label: 'Earlier' },
    ],
    { width: 320 },
  );
  expect(layout.events.map((e) => [e.index, e.labelLines[0]!.text])).toEqual([
    [1, 'Earlier'],
    [0, 'Later'],
  ]);
});
