/** The story map's choreography: step → state, camera choice and conversion, route drawing. */
import { describe, expect, test } from 'vitest';
import type { Step } from '../../../src/lib/content/schema';
import { equivalentZoom } from '../../../src/lib/geo/mercator';
import { lineLength, routeCoordinates } from '../../../src/lib/geo/routes';
import { placeFeature } from '../../../src/lib/live-map/features';
import {
  cameraMove,
  drawnFraction,
  DRAW_SPAN,
  liveCamera,
  liveLabel,
  LINE_MIDDLE,
  mapStepAt,
  pictureScale,
  portraitFrame,
  staticFrame,
  stepCountryNames,
  stepPlaces,
  stepRoutes,
  storyMapData,
  storyTrails,
  MAX_TRAILS,
  storyTypeSizes,
  visibleStoryLayers,
  STORY_LAYERS,
  type StepMapState,
  type StoryMapData,
} from '../../../src/lib/live-map/story-state';
import { STORY_PORTRAIT_FRAME } from '../../../src/lib/geo/frames';
import { STYLE_LAYERS } from '../../../src/lib/live-map/style';
import { places, routes } from '../geo/fixtures';

const steps: Pick<Step, 'id' | 'visual'>[] = [
  {
    id: 'to-mae-sot',
    visual: {
      type: 'map',
      camera: { center: [99.66, 15.2], zoom: 6.8 },
      mobileCamera: { center: [99.66, 15.2], zoom: 6.1 },
      countries: ['TH'],
      places: [
        { id: 'bangkok', highlight: true },
        { id: 'mae-sot', highlight: false },
      ],
      routes: [{ id: 'bangkok-myawaddy', highlight: true, draw: { from: 0, to: 0.9 } }],
    },
  },
  { id: 'a-chart', visual: { type: 'chart', chart: 'some-chart' } },
  {
    id: 'the-river',
    visual: {
      type: 'map',
      camera: { center: [98.54, 16.7], zoom: 9.5, bearing: 10 },
      countries: [],
      places: [{ id: 'myawaddy', highlight: true }],
      routes: [],
    },
  },
];
const data = storyMapData(steps);
const first = data.steps[0] as Extract<StepMapState, { kind: 'map' }>;
const river = data.steps[2] as Extract<StepMapState, { kind: 'map' }>;

describe('storyMapData', () => {
  test('keeps one state per step, in order, with charts marked as such', () => {
    expect(data.steps.map((s) => [s.id, s.kind])).toEqual([
      ['to-mae-sot', 'map'],
      ['a-chart', 'chart'],
      ['the-river', 'map'],
    ]);
  });
  test('carries camera, mobile camera, countries, places and route draw range from the content', () => {
    expect(first).toEqual({
      id: 'to-mae-sot',
      kind: 'map',
      camera: { center: [99.66, 15.2], zoom: 6.8 },
      mobileCamera: { center: [99.66, 15.2], zoom: 6.1 },
      countries: ['TH'],
      places: [
        { id: 'bangkok', highlight: true },
        { id: 'mae-sot', highlight: false },
      ],
      routes: [{ id: 'bangkok-myawaddy', highlight: true, from: 0, to: 0.9 }],
    });
    expect('mobileCamera' in river).toBe(false);
  });
  test('mapStepAt gives a chart step the map state before it', () => {
    expect(mapStepAt(data, 1)?.id).toBe('to-mae-sot');
    expect(mapStepAt(data, 2)?.id).toBe('the-river');
  });
});

describe('staticFrame and liveCamera', () => {
  test('use the mobile camera in the portrait frame only below the wide breakpoint', () => {
    expect(staticFrame(first, false)).toEqual({
      camera: first.mobileCamera,
      frame: expect.objectContaining({ width: 600, height: 800 }),
    });
    expect(staticFrame(first, true)).toEqual({
      camera: first.camera,
      frame: expect.objectContaining({ width: 1200, height: 800 }),
    });
    expect(staticFrame(river, false).camera).toBe(river.camera);
  });
  test('a picture covering a phone screen uses the story’s phone frame, its safe area above the card', () => {
    expect(staticFrame(first, false, 'bleed').frame).toBe(STORY_PORTRAIT_FRAME);
    expect(portraitFrame('safe')).toEqual(expect.objectContaining({ width: 600, height: 800 }));
    const f = STORY_PORTRAIT_FRAME;
    expect(f.bleedBottom).toBeGreaterThan(f.bleedY);
    // The whole picture is as tall as the plain portrait picture: it covers the same screens.
    expect(f.height + f.bleedY + (f.bleedBottom ?? 0)).toBe(1400);
  });
  test('convert the frame zoom to the displayed width with equivalentZoom (wide box at 3:2)', () => {
    const camera = liveCamera(first, { width: 750, height: 500, wide: true });
    expect(camera.zoom).toBeCloseTo(equivalentZoom(6.8, 1200, 750), 10);
    expect(camera.center).toEqual([99.66, 15.2]);
    expect(camera.padding.bottom).toBe(0);
  });
  test('on phones fit the portrait frame to the width, at the top of a taller box', () => {
    const camera = liveCamera(first, { width: 390, height: 844, wide: false });
    expect(camera.zoom).toBeCloseTo(equivalentZoom(6.1, 600, 390), 10);
    // The picture is 390 × 520: the rest of the box is below it.
    expect(camera.padding.bottom).toBe(844 - 520);
  });
  test('fit the frame to the height when the box is too short for the width', () => {
    const camera = liveCamera(first, { width: 1000, height: 400, wide: true });
    expect(camera.zoom).toBeCloseTo(equivalentZoom(6.8, 1200, 600), 10);
  });
  test('with bleed, cover the box with the whole picture, centred (the story map)', () => {
    // The wide picture is 1600 × 1500 with its bleed: a 752 × 800 box is covered at 800 / 1500.
    const tall = liveCamera(first, { width: 752, height: 800, wide: true }, 'bleed');
    expect(tall.zoom).toBeCloseTo(equivalentZoom(6.8, 1200, 1200 * (800 / 1500)), 10);
    expect(tall.padding).toEqual({ top: 0, bottom: 0, left: 0, right: 0 });
    // A box wider than the picture's shape is covered at its width.
    const wide = liveCamera(first, { width: 1600, height: 900, wide: true }, 'bleed');
    expect(wide.zoom).toBeCloseTo(equivalentZoom(6.8, 1200, 1200), 10);
    // Phones: the portrait picture (800 × 1400) covers the screen.
    const phone = liveCamera(first, { width: 390, height: 844, wide: false }, 'bleed');
    expect(phone.zoom).toBeCloseTo(equivalentZoom(6.1, 600, 600 * (844 / 1400)), 10);
  });
  test('on phones, with bleed, put the camera centre where the picture has it: above the middle', () => {
    const s = 844 / 1400;
    const phone = liveCamera(first, { width: 390, height: 844, wide: false }, 'bleed');
    const f = STORY_PORTRAIT_FRAME;
    // A bottom padding of p puts the centre p / 2 above the middle: at the safe area's middle.
    expect(phone.padding.bottom).toBeCloseTo(((f.bleedBottom ?? 0) - f.bleedY) * s, 1);
    const centreY = (844 - phone.padding.bottom) / 2;
    expect(centreY).toBeCloseTo((f.bleedY + f.height / 2) * s, 1);
    expect(pictureScale(f, { width: 390, height: 844 }, 'bleed')).toBeCloseTo(s, 10);
  });
  test('carry bearing and pitch (0 when not set)', () => {
    expect(liveCamera(river, { width: 600, height: 400, wide: true })).toMatchObject({ bearing: 10, pitch: 0 });
  });
});

describe('cameraMove', () => {
  test('jumps under reduced motion and flies otherwise', () => {
    expect(cameraMove(true)).toBe('jumpTo');
    expect(cameraMove(false)).toBe('flyTo');
  });
});

describe('drawnFraction', () => {
  const range = { from: 0.2, to: 0.8 };
  test('is draw.from when the step enters and draw.to from DRAW_SPAN on', () => {
    expect(drawnFraction(range, 0, false)).toBe(0.2);
    expect(drawnFraction(range, DRAW_SPAN, false)).toBeCloseTo(0.8, 12);
    expect(drawnFraction(range, 1, false)).toBeCloseTo(0.8, 12);
  });
  test('grows with progress and shrinks back when scrolling up', () => {
    const values = [0, 0.1, 0.2, 0.3, 0.4, 0.5].map((p) => drawnFraction(range, p, false));
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeGreaterThan(values[i - 1] as number);
    expect(drawnFraction(range, 0.1, false)).toBe(drawnFraction(range, 0.1, false));
  });
  test('is draw.to at once under reduced motion', () => {
    expect(drawnFraction(range, 0, true)).toBe(0.8);
  });
});

describe('stepRoutes', () => {
  const line = routeCoordinates(routes.get('bangkok-myawaddy')!, places);
  const lines = new Map([['bangkok-myawaddy', line]]);
  const total = lineLength(line);
  test('cuts each route to the fraction drawn at the progress', () => {
    for (const progress of [0.1, 0.3, DRAW_SPAN]) {
      const [feature] = stepRoutes(first, lines, progress, false).features;
      const expected = drawnFraction({ from: 0, to: 0.9 }, progress, false);
      expect(lineLength(feature!.geometry.coordinates as [number, number][]) / total).toBeCloseTo(expected, 6);
      expect(feature!.properties).toEqual({ id: 'bangkok-myawaddy', highlight: true });
    }
  });
  test('draws nothing for a route at 0 and skips unknown routes', () => {
    expect(stepRoutes(first, lines, 0, false).features).toEqual([]);
    expect(stepRoutes(first, new Map(), 1, false).features).toEqual([]);
  });
  test('puts an arrowhead at the drawn end, pointing along the line, stopping short of a place', () => {
    const arrows = (fraction: number, stops: [number, number][] = []) =>
      stepRoutes(
        { ...first, routes: [{ id: 'bangkok-myawaddy', highlight: true, from: fraction, to: fraction }] },
        lines,
        1,
        false,
        stops,
      ).features.filter((f) => f.geometry.type === 'Point');
    const [mid] = arrows(0.5);
    // Bangkok to Mae Sot runs north-west: a bearing between -90° (west) and 0° (north).
    expect(mid?.properties).toMatchObject({ arrow: true, highlight: true, atPlace: false });
    const bearing = (mid?.properties as { bearing: number }).bearing;
    expect(bearing).toBeGreaterThan(-90);
    expect(bearing).toBeLessThan(0);
    const end = line.at(-1) as [number, number];
    expect(arrows(1, [end])[0]?.properties).toMatchObject({ atPlace: true });
  });
  test('draws the whole range at once under reduced motion', () => {
    const [feature] = stepRoutes(first, lines, 0, true).features;
    expect(lineLength(feature!.geometry.coordinates as [number, number][]) / total).toBeCloseTo(0.9, 6);
  });
});

describe('stepPlaces and visibleStoryLayers', () => {
  const all = new Map([...places].map(([id, p]) => [id, placeFeature(id, p)]));
  test('give the step places with their highlight', () => {
    expect(stepPlaces(first, all).features.map((f) => [f.properties.id, f.properties.highlight])).toEqual([
      ['bangkok', true],
      ['mae-sot', false],
    ]);
  });
  test('turn on only the layers a step needs', () => {
    expect(visibleStoryLayers(first)).toEqual([
      ...STYLE_LAYERS.countryHighlight,
      STYLE_LAYERS.routeHalo,
      STYLE_LAYERS.routeHighlight,
      STYLE_LAYERS.routeArrows,
      STYLE_LAYERS.places,
      STYLE_LAYERS.placesHighlight,
      STYLE_LAYERS.labels,
    ]);
    expect(visibleStoryLayers(river)).toEqual([STYLE_LAYERS.placesHighlight, STYLE_LAYERS.labels]);
    expect(visibleStoryLayers(data.steps[1]!)).toEqual([]);
    for (const id of visibleStoryLayers(first)) expect(STORY_LAYERS).toContain(id);
  });
});

describe('country names', () => {
  const named = storyMapData(steps, () => ({
    countryNames: { wide: [[100, 15, 'THAILAND']], portrait: [[99, 16, 'THAILAND']] },
    labels: { wide: [] },
  }));
  const step = named.steps[0] as Extract<StepMapState, { kind: 'map' }>;
  test('come from the static frame the screen uses', () => {
    expect(stepCountryNames(step, true).features[0]?.geometry.coordinates).toEqual([100, 15]);
    expect(stepCountryNames(step, false).features[0]?.geometry.coordinates).toEqual([99, 16]);
  });
  test('turn the country-name layer on', () => {
    expect(visibleStoryLayers(step)).toContain(STYLE_LAYERS.countryLabels);
  });
});

describe('labels copied from the static twin', () => {
  const placed = storyMapData(steps, () => ({
    countryNames: { wide: [] },
    labels: {
      wide: [['bangkok', 'start', 10, 0, 0.9, 1]],
      portrait: [
        ['bangkok', 'end', -8, -2, 0.9, 0],
        ['mae-sot', 'middle', 0, -12, -0.5, 0],
      ],
    },
  }));
  const step = placed.steps[0] as Extract<StepMapState, { kind: 'map' }>;
  const all = new Map([...places].map(([id, p]) => [id, placeFeature(id, p)]));
  test('turn anchors and offsets into MapLibre’s, in em of the label size', () => {
    const start = liveLabel(['x', 'start', 10, 0, 0.9, 1], 20);
    expect(start).toMatchObject({ labelAnchor: 'left', focus: true });
    expect(start.labelOffset[0]).toBeCloseTo(0.5, 3);
    expect(start.labelOffset[1]).toBeCloseTo(0.9 - LINE_MIDDLE, 3);
    expect(liveLabel(['x', 'end', -8, -2, 0.9, 0], 20).labelAnchor).toBe('right');
    expect(liveLabel(['x', 'middle', 0, -12, -0.5, 0], 20).labelOffset[1]).toBeCloseTo(-0.6 - 0.5 - LINE_MIDDLE, 3);
  });
  test('draw only the places the static frame draws, with their labels', () => {
    const wide = stepPlaces(step, all, { wide: true, fontSize: 20 }).features;
    expect(wide.map((f) => f.properties.id)).toEqual(['bangkok']);
    expect(wide[0]?.properties).toMatchObject({ highlight: true, labelAnchor: 'left', focus: true });
    const phone = stepPlaces(step, all, { wide: false, fontSize: 24 }).features;
    expect(phone.map((f) => [f.properties.id, f.properties.labelAnchor])).toEqual([
      ['bangkok', 'right'],
      ['mae-sot', 'center'],
    ]);
  });
  test('size names as the static picture shows them: the frame’s size, stepped down in tall wide boxes', () => {
    expect(storyTypeSizes(false, 844).label).toBe(STORY_PORTRAIT_FRAME.fontSize);
    expect(storyTypeSizes(true, 800).label).toBe(26);
    expect(storyTypeSizes(true, 900).label).toBe(23);
    expect(storyTypeSizes(true, 1100).label).toBe(20);
    expect(storyTypeSizes(true, 1300).label).toBe(16);
  });
});

describe('storyTrails', () => {
  test(`keeps at most MAX_TRAILS (${MAX_TRAILS}), the routes followed most recently, in the order first followed`, () => {
    const mapStep = (id: string, route?: string): StepMapState => ({
      id,
      kind: 'map',
      camera: { center: [0, 0], zoom: 1 },
      countries: [],
      places: [],
      routes: route ? [{ id: route, highlight: true, to: 1, from: 0 }] : [],
    });
    const steps = Array.from({ length: MAX_TRAILS + 3 }, (_, i) => mapStep(`s${i}`, `r${i}`));
    // The last step follows r0 again: r0 becomes the most recent, r1 to r3 fall out.
    steps.push(mapStep('again', 'r0'), mapStep('end'));
    const trails = storyTrails({ steps });
    expect(trails.map((t) => t.length)).toEqual([
      ...Array.from({ length: MAX_TRAILS + 1 }, (_, i) => i),
      ...Array.from({ length: 4 }, () => MAX_TRAILS),
    ]);
    expect(trails.at(-1)?.map((t) => t.id)).toEqual(['r0', 'r4', 'r5', 'r6', 'r7', 'r8', 'r9', 'r10']);
  });

  const map = (id: string, routes: { id: string; highlight: boolean; to: number }[]): StepMapState => ({
    id,
    kind: 'map',
    camera: { center: [0, 0], zoom: 1 },
    countries: [],
    places: [],
    routes: routes.map((r) => ({ ...r, from: 0 })),
  });
  const story: StoryMapData = {
    steps: [
      map('a', []),
      map('b', [{ id: 'r1', highlight: true, to: 0.6 }]),
      map('c', [
        { id: 'r1', highlight: true, to: 1 },
        { id: 'r2', highlight: false, to: 1 },
      ]),
      { id: 'chart', kind: 'chart' },
      map('d', [{ id: 'r3', highlight: true, to: 1 }]),
      map('e', [{ id: 'r1', highlight: false, to: 1 }]),
      map('f', []),
    ],
  };
  const trails = storyTrails(story);
  test('start empty, and keep each followed route from the step after it', () => {
    expect(trails[0]).toEqual([]);
    expect(trails[1]).toEqual([]);
    // r1 was followed as far as 0.6 in b, but c draws it itself: no trail under it.
    expect(trails[2]).toEqual([]);
    expect(trails[4]).toEqual([{ id: 'r1', to: 1 }]);
  });
  test('only highlighted routes leave trails, as far as they were drawn at most', () => {
    expect(trails[6]).toEqual([
      { id: 'r1', to: 1 },
      { id: 'r3', to: 1 },
    ]);
    expect(trails[6]?.some((t) => t.id === 'r2')).toBe(false);
  });
  test('a step that draws a route shows no trail of it; a chart step keeps the map before it', () => {
    expect(trails[5]).toEqual([{ id: 'r3', to: 1 }]);
    expect(trails[3]).toEqual(trails[2]);
  });
  test('are drawn under the step’s routes, as trail lines without arrowheads, and turn their layer on', () => {
    const line = routeCoordinates(routes.get('bangkok-myawaddy')!, places);
    const lines = new Map([['bangkok-myawaddy', line]]);
    const step = map('g', []) as Extract<StepMapState, { kind: 'map' }>;
    const features = stepRoutes(step, lines, 1, false, [], [{ id: 'bangkok-myawaddy', to: 0.5 }]).features;
    expect(features).toHaveLength(1);
    expect(features[0]?.properties).toEqual({ id: 'bangkok-myawaddy', highlight: false, trail: true });
    expect(lineLength(features[0]!.geometry.coordinates as [number, number][]) / lineLength(line)).toBeCloseTo(0.5, 6);
    expect(visibleStoryLayers(step, [{ id: 'bangkok-myawaddy', to: 0.5 }])).toContain(STYLE_LAYERS.routeTrails);
    expect(visibleStoryLayers(step)).not.toContain(STYLE_LAYERS.routeTrails);
  });
});
