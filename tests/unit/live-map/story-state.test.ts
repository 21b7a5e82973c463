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
  mapStepAt,
  staticFrame,
  stepCountryNames,
  stepPlaces,
  stepRoutes,
  storyMapData,
  visibleStoryLayers,
  STORY_LAYERS,
  type StepMapState,
} from '../../../src/lib/live-map/story-state';
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
  const named = storyMapData(steps, () => ({ wide: [[100, 15, 'THAILAND']], portrait: [[99, 16, 'THAILAND']] }));
  const step = named.steps[0] as Extract<StepMapState, { kind: 'map' }>;
  test('come from the static frame the screen uses', () => {
    expect(stepCountryNames(step, true).features[0]?.geometry.coordinates).toEqual([100, 15]);
    expect(stepCountryNames(step, false).features[0]?.geometry.coordinates).toEqual([99, 16]);
  });
  test('turn the country-name layer on', () => {
    expect(visibleStoryLayers(step)).toContain(STYLE_LAYERS.countryLabels);
  });
});
