/**
 * Every map step of the real long read, in both of its frames, as the static twin draws it (the
 * live map copies the same label places): no name covers another name or a mark, every name
 * lies where every screen shows it, no mark goes unnamed, and on phones the step's subject (its
 * highlighted places and where its highlighted routes end) lies in the part of the screen the
 * text card leaves free. The Playwright spec `tests/e2e/story-labels.spec.ts` checks the same on
 * rendered pages, with the browser's own text metrics.
 */
import { describe, expect, test } from 'vitest';
import { loadContentOrThrow } from '../../../src/lib/content';
import type { MapVisual } from '../../../src/lib/content/schema';
import { labelAreaOf, STORY_PORTRAIT_FRAME, WIDE_FRAME, type Frame } from '../../../src/lib/geo/frames';
import { projectionForCamera } from '../../../src/lib/geo/mercator';
import { routeCoordinates, sliceLine } from '../../../src/lib/geo/routes';
import { overlap, type Box } from '../../../src/lib/static-map/labels';
import { buildScene, type MapLookups, type Scene } from '../../../src/lib/static-map/scene';
import { AREA_MIN } from '../../../src/lib/static-map/symbols';

const content = loadContentOrThrow('content');
const lookups: MapLookups = {
  places: new Map(content.places.map((e) => [e.id, e.data])),
  routes: new Map(content.routes.map((e) => [e.id, e.data])),
};
const steps = content.chapters
  .map((c) => c.data)
  .sort((a, b) => a.order - b.order)
  .flatMap((c) => c.steps)
  .flatMap((s) => (s.visual.type === 'map' ? [{ id: s.id, visual: s.visual }] : []));

/**
 * The part of the story's phone frame the text card leaves free when its step becomes active,
 * in viewBox units from the safe area's top: below the headline, above the card (which sits
 * from 60% of the screen's height; the picture's 1400 units span the whole height).
 */
const FREE_BAND = { top: -60, bottom: 0.6 * 1400 - STORY_PORTRAIT_FRAME.bleedY - 10 };

/** The box a mark takes that names must keep clear of: a point's symbol, an area's middle. */
function markBoxes(scene: Scene): { id: string; box: Box }[] {
  return scene.places.map((p) => {
    const r = p.symbol === 'compound-region' ? Math.min(p.r, AREA_MIN * scene.fontSize) : p.r;
    return { id: p.id, box: { x0: p.x - r, y0: p.y - r, x1: p.x + r, y1: p.y + r } };
  });
}

/** Problems with one frame of one step, as readable lines. */
function problems(name: string, visual: MapVisual, camera: MapVisual['camera'], frame: Frame): string[] {
  const scene = buildScene(visual, lookups, { camera, ...frame, name });
  const out: string[] = [];
  const area = labelAreaOf(frame);
  const marks = markBoxes(scene);
  const labelled = new Set(scene.labels.map((l) => l.id));
  for (const p of scene.places) if (!labelled.has(p.id)) out.push(`${name}: ${p.id} is drawn without a name`);
  scene.labels.forEach((label, i) => {
    const b = label.box;
    if (b.x0 < area.x0 - 0.5 || b.y0 < area.y0 - 0.5 || b.x1 > area.x1 + 0.5 || b.y1 > area.y1 + 0.5)
      out.push(`${name}: the name of ${label.id} runs out of the label area`);
    for (const other of scene.labels.slice(i + 1))
      if (overlap(b, other.box) > 1) out.push(`${name}: the names of ${label.id} and ${other.id} overlap`);
    for (const mark of marks)
      if (mark.id !== label.id && overlap(b, mark.box) > 1)
        out.push(`${name}: the name of ${label.id} covers the mark of ${mark.id}`);
  });
  return out;
}

/** Where the phone frame's subject lies outside the free band. */
function subjectProblems(name: string, visual: MapVisual): string[] {
  const camera = visual.mobileCamera ?? visual.camera;
  const frame = STORY_PORTRAIT_FRAME;
  const scene = buildScene(visual, lookups, { camera, ...frame, name });
  const out: string[] = [];
  const focus = new Set(visual.places.filter((p) => p.highlight).map((p) => p.id));
  for (const place of scene.places) {
    if (!focus.has(place.id)) continue;
    if (place.x < 0 || place.x > frame.width || place.y < 0 || place.y > frame.height)
      out.push(`${name}: ${place.id} lies outside the phone's safe area (${place.x}, ${place.y})`);
  }
  for (const place of visual.places.filter((p) => p.highlight))
    if (!scene.places.some((p) => p.id === place.id)) out.push(`${name}: ${place.id} is not on the phone's map`);
  for (const label of scene.labels) {
    if (!focus.has(label.id)) continue;
    if (label.box.y1 > FREE_BAND.bottom || label.box.y0 < FREE_BAND.top)
      out.push(`${name}: the name of ${label.id} lies under the headline or the card`);
  }
  const projection = projectionForCamera(camera, frame.width, frame.height);
  for (const r of visual.routes.filter((route) => route.highlight && route.draw.to > 0)) {
    const route = lookups.routes.get(r.id);
    if (!route) continue;
    const end = sliceLine(routeCoordinates(route, lookups.places), r.draw.to).at(-1);
    const xy = end && projection(end);
    if (!xy || xy[0] < 0 || xy[0] > frame.width || xy[1] < FREE_BAND.top || xy[1] > FREE_BAND.bottom)
      out.push(`${name}: route ${r.id} ends outside the phone's free band`);
  }
  return out;
}

describe('the long read’s static maps', { timeout: 60_000 }, () => {
  test('there are map steps, each with a phone camera and a headline', () => {
    expect(steps.length).toBeGreaterThan(30);
    for (const { id, visual } of steps) {
      expect(visual.mobileCamera, id).toBeDefined();
      expect(visual.headline, id).toBeDefined();
    }
  });

  test('wide frame: names never collide, never cover a mark, stay in view, and every mark is named', () => {
    const found = steps.flatMap(({ id, visual }) => problems(`${id} (wide)`, visual, visual.camera, WIDE_FRAME));
    expect(found).toEqual([]);
  });

  test('phone frame: names never collide, never cover a mark, stay in view, and every mark is named', () => {
    const found = steps.flatMap(({ id, visual }) =>
      problems(`${id} (phone)`, visual, visual.mobileCamera ?? visual.camera, STORY_PORTRAIT_FRAME),
    );
    expect(found).toEqual([]);
  });

  test('phone frame: the subject lies between the headline and the card', () => {
    const found = steps.flatMap(({ id, visual }) => subjectProblems(id, visual));
    expect(found).toEqual([]);
  });
});
