/**
 * The map story of a survivor account (src/lib/build-data/account-scenes.ts): the text cut where
 * scenes start, and each scene's map derived from the account: the overview, the origin, the
 * route drawn as far as the text has gone, a clear close-up of the crossing, where the person was
 * held, and the places an account without a route names. Uses the site's places and routes.
 */
import { describe, expect, test } from 'vitest';
import { loadContentOrThrow } from '../../../src/lib/content';
import type { Story, StoryScene } from '../../../src/lib/content/schema';
import { storySceneSchema } from '../../../src/lib/content/schema';
import { textBlocks } from '../../../src/lib/content/scenes';
import {
  ACCOUNT_FIT,
  accountStory,
  defaultScenes,
  type AccountScene,
} from '../../../src/lib/build-data/account-scenes';
import { countryBounds } from '../../../src/lib/build-data/country-bounds';
import { mercatorUnit, TILE_SIZE } from '../../../src/lib/geo/mercator';
import { lineLength, routeLegs } from '../../../src/lib/geo/routes';

const content = loadContentOrThrow('content');
const lookups = {
  places: new Map(content.places.map((e) => [e.id, e.data])),
  routes: new Map(content.routes.map((e) => [e.id, e.data])),
  countryBounds,
};
const entry = (id: string) => content.stories.find((s) => s.id === id)!;

/** An account built for a test: Rui's front matter with other scenes and text. */
function account(data: Partial<Story>, body: string, scenes?: Partial<StoryScene>[]) {
  const base = entry('rui').data;
  const story: Story = { ...base, ...data };
  if (scenes) story.scenes = scenes.map((s) => storySceneSchema.parse(s));
  else delete story.scenes;
  return accountStory({ data: story, body }, lookups);
}

const BODY = 'From China.\n\nA car to Mae Sot.\n\nA boat across the river.\n\n## What we do not know\n\nMuch.';

/** Where a place falls in a scene's frame, in frame units from the frame's centre. */
function offset(scene: AccountScene, id: string, frame: 'wide' | 'portrait'): [number, number] {
  const camera = frame === 'wide' ? scene.visual.camera : scene.visual.mobileCamera!;
  const [px, py] = mercatorUnit(lookups.places.get(id)!.coordinates);
  const [cx, cy] = mercatorUnit(camera.center);
  const k = TILE_SIZE * 2 ** camera.zoom;
  return [(px - cx) * k, (py - cy) * k];
}

describe('the text and its scenes', () => {
  test('the text is cut where each scene starts; text before the first scene goes with the overview', () => {
    const story = account({}, BODY, [
      { at: 'A car to Mae Sot', show: 'route', upTo: 'mae-sot' },
      { at: '## What we do not know', show: 'held' },
    ]);
    expect(story.scenes.map((s) => [s.id, s.show])).toEqual([
      ['overview', 'overview'],
      ['scene-1', 'route'],
      ['scene-2', 'held'],
    ]);
    expect(
      story.parts.map(({ scene, segments }) => ({ scene, markdown: segments.map((s) => s.markdown).join('\n\n') })),
    ).toEqual([
      { scene: 0, markdown: 'From China.' },
      { scene: 1, markdown: 'A car to Mae Sot.\n\nA boat across the river.' },
      { scene: 2, markdown: '## What we do not know\n\nMuch.' },
    ]);
  });

  test('a warned passage is its own segment of the text, from its start to the next heading', () => {
    const story = account(
      { contentWarnings: ['violence'], warnedPassages: [{ at: 'A boat across', warning: 'violence' }] },
      BODY,
      [{ at: 'A car to Mae Sot', show: 'route' }],
    );
    expect(story.parts.map((p) => p.segments)).toEqual([
      [{ markdown: 'From China.' }],
      [
        { markdown: 'A car to Mae Sot.' },
        { markdown: 'A boat across the river.', warning: 'violence' },
        { markdown: '## What we do not know\n\nMuch.' },
      ],
    ]);
  });

  test('throws, naming the account and field, when a scene starts nowhere in the text', () => {
    expect(() => account({}, BODY, [{ show: 'origin' }, { at: 'A bus', show: 'held' }])).toThrow(
      'Account "Rui": scenes[1].at: no paragraph or heading of the text starts with "A bus"',
    );
  });
});

describe('default scenes (an account without `scenes`)', () => {
  test('origin, then the route and where the person was held, from the second and third paragraphs', () => {
    const blocks = textBlocks(BODY);
    expect(defaultScenes({ route: 'bangkok-myawaddy', heldAt: ['myawaddy'] }, blocks)).toEqual([
      { scene: expect.objectContaining({ show: 'origin' }), block: 0 },
      { scene: expect.objectContaining({ show: 'route' }), block: 1 },
      { scene: expect.objectContaining({ show: 'held' }), block: 2 },
    ]);
    const story = account({}, BODY);
    expect(story.scenes.map((s) => s.headline)).toEqual([
      'From China to Myawaddy',
      'Rui is from China',
      'Bangkok to Myawaddy, across the Moei River',
      'Held in Myawaddy',
    ]);
  });

  test('an account without a route or a place of detention: its origin only', () => {
    const story = account({ route: undefined, heldAt: [] }, BODY);
    expect(story.scenes.map((s) => s.show)).toEqual(['overview', 'origin']);
    expect(story.scenes[1]!.visual.countries).toEqual(['CN']);
    expect(story.parts.map((p) => p.scene)).toEqual([1]);
  });
});

describe("Rui's account: the route, the crossing, where he was held", () => {
  const story = account({}, BODY, [
    { show: 'origin' },
    { at: 'A car to Mae Sot', show: 'route', upTo: 'mae-sot' },
    { at: 'A boat across', show: 'crossing' },
    { at: '## What we do not know', show: 'held' },
  ]);
  const [overview, origin, route, crossing, held] = story.scenes as [AccountScene, ...AccountScene[]];
  const maeSot = (() => {
    const lengths = routeLegs(lookups.routes.get('bangkok-myawaddy')!, lookups.places).map(lineLength);
    return Math.round((lengths[0]! / (lengths[0]! + lengths[1]!)) * 10000) / 10000;
  })();

  test('the overview: the whole route, Myawaddy highlighted, Mae Sot left off where it would hide under it', () => {
    expect(overview.visual.routes).toEqual([{ id: 'bangkok-myawaddy', highlight: true, draw: { from: 1, to: 1 } }]);
    expect(overview.visual.places).toEqual([
      { id: 'myawaddy', highlight: true },
      { id: 'bangkok-suvarnabhumi', highlight: false },
    ]);
    expect(overview.alt).toBe(
      'Map: From China to Myawaddy. Route: Bangkok to Myawaddy, across the Moei River. Marked in colour: Myawaddy. Also marked: Bangkok (Suvarnabhumi Airport).',
    );
  });

  test('the origin: China shaded, framed with where the account goes', () => {
    expect(origin!.visual.countries).toEqual(['CN']);
    expect(origin!.visual.routes).toEqual([]);
    expect(origin!.visual.camera.zoom).toBeLessThan(4);
  });

  test('the route is drawn as far as Mae Sot, then on across the river in the crossing', () => {
    expect(route!.visual.routes).toEqual([{ id: 'bangkok-myawaddy', highlight: true, draw: { from: 0, to: maeSot } }]);
    expect(route!.visual.places).toEqual([
      { id: 'bangkok-suvarnabhumi', highlight: false },
      { id: 'mae-sot', highlight: true },
    ]);
    expect(route!.headline).toBe('As far as Mae Sot');
    expect(crossing!.visual.routes).toEqual([
      { id: 'bangkok-myawaddy', highlight: true, draw: { from: maeSot, to: 1 } },
    ]);
  });

  test('the crossing: a close-up on Mae Sot, highlighted, with Myawaddy clear of it', () => {
    expect(crossing!.visual.places.find((p) => p.id === 'mae-sot')).toEqual({ id: 'mae-sot', highlight: true });
    expect(crossing!.visual.places.find((p) => p.id === 'myawaddy')).toEqual({ id: 'myawaddy', highlight: false });
    expect(crossing!.visual.camera.zoom).toBeGreaterThanOrEqual(9);
    for (const frame of ['wide', 'portrait'] as const) {
      const [ax, ay] = offset(crossing!, 'mae-sot', frame);
      const [bx, by] = offset(crossing!, 'myawaddy', frame);
      // Far enough apart for both marks and a name between them (font sizes 26 and 22).
      expect(Math.hypot(ax - bx, ay - by), frame).toBeGreaterThan(60);
    }
  });

  test('where he was held: Myawaddy highlighted, Myanmar shaded, the whole route', () => {
    expect(held!.visual.places[0]).toEqual({ id: 'myawaddy', highlight: true });
    expect(held!.visual.countries).toEqual(['MM']);
    expect(held!.visual.routes[0]!.draw.to).toBe(1);
  });
});

test('an approximate crossing is not shown closer than a region (Nam: where is not documented)', () => {
  const nam = accountStory(entry('nam'), lookups);
  const crossing = nam.scenes.find((s) => s.show === 'crossing')!;
  expect(crossing.visual.places).toContainEqual({ id: 'thailand-cambodia-border', highlight: true });
  expect(crossing.visual.camera.zoom).toBeLessThanOrEqual(6.5);
});

test('an account without a route shows the places and countries it names, and its context stays off the overview', () => {
  const jian = accountStory(entry('jian'), lookups);
  expect(jian.scenes[0]!.visual.places).toEqual([]);
  expect(jian.scenes[0]!.visual.countries).toEqual(['CN', 'KH']);
  const sihanoukville = jian.scenes.find((s) => s.context)!;
  expect(sihanoukville.visual.places).toEqual([{ id: 'sihanoukville', highlight: true }]);
  const kuan = accountStory(entry('kuan'), lookups);
  expect(kuan.scenes[0]!.visual.places).toEqual([{ id: 'phnom-penh', highlight: true }]);
  expect(kuan.scenes[0]!.headline).toBe('From Taiwan to Phnom Penh');
});

test('a scene that names a country only frames that country', () => {
  const tao = accountStory(entry('tao'), lookups);
  const cambodia = tao.scenes.find((s) => s.show === 'places')!;
  const [[w, s], [e, n]] = countryBounds('KH')!;
  const [lon, lat] = cambodia.visual.camera.center;
  expect(lon).toBeGreaterThan(w);
  expect(lon).toBeLessThan(e);
  expect(lat).toBeGreaterThan(s);
  expect(lat).toBeLessThan(n);
  expect(cambodia.visual.camera.zoom).toBeGreaterThan(5);
});

test('on every account, every highlighted place is framed where the account map always shows it', () => {
  // Within the padding of the fitted box, give or take the rounding of centres (0.01°) and zooms.
  for (const e of content.stories) {
    for (const scene of accountStory(e, lookups).scenes) {
      for (const p of scene.visual.places.filter((q) => q.highlight)) {
        for (const frame of ['wide', 'portrait'] as const) {
          const fit = ACCOUNT_FIT[frame];
          const [x, y] = offset(scene, p.id, frame);
          expect(Math.abs(x), `${e.id} ${scene.id} ${p.id} ${frame} x`).toBeLessThanOrEqual(
            fit.width / 2 - fit.padding + 4,
          );
          expect(Math.abs(y), `${e.id} ${scene.id} ${p.id} ${frame} y`).toBeLessThanOrEqual(
            fit.height / 2 - fit.padding + 4,
          );
        }
      }
    }
  }
});
