/**
 * The map story of a survivor account: the account's text cut where its map scenes start, and
 * the map state of each scene, derived from the account (its origin, route, `heldAt` and the
 * `scenes` of its front matter) rather than drawn by hand, so that the map cannot drift from the
 * text. The account page (`src/pages/stories/[slug].astro`) prints one static map per scene and
 * hands the same states to the live map; `map-views.ts` lists their basemap pictures.
 *
 * Scene 0 is always the `overview`: the whole account as the sources tell it (its route, the
 * places where the person was held, or the places and countries its own text names), shown
 * beside the facts box, without JavaScript and in print. The scenes of the front matter follow;
 * an account without `scenes` gets `defaultScenes`.
 *
 * Framing: every camera fits its subject into the part of each account frame (`ACCOUNT_FRAMES`
 * in `src/lib/geo/frames.ts`) that an account's map always shows (`ACCOUNT_FIT`), so the subject
 * stays in view in any box the page gives the map. Close-ups stop at a zoom that suits the
 * place's precision: a town can be seen close up, an approximate area cannot.
 */
import { geoDistance } from 'd3-geo';
import type { Camera, ContentWarning, MapVisual, Place, Route, SceneShow, Story, StoryScene } from '../content/schema';
import { crossingStops, routeStops, sceneStarts, textBlocks, warnedRanges, type TextBlock } from '../content/scenes';
import { countryName } from '../format/countries';
import { ACCOUNT_FRAMES, labelAreaOf, type Frame } from '../geo/frames';
import { fitCamera, mercatorUnit, TILE_SIZE } from '../geo/mercator';
import { lineLength, routeLegs, type LonLat } from '../geo/routes';
import type { MapLookups } from '../static-map/scene';
import type { Bounds } from './country-bounds';

/** What the derivation reads besides the account: places, routes and the frame of a country. */
export interface AccountLookups extends MapLookups {
  /** The bounds of a country's main land masses (`countryBounds`), or undefined if unknown. */
  countryBounds: (code: string) => Bounds | undefined;
}

/** One scene of an account's map, ready to draw. */
export interface AccountScene {
  /** `overview`, then `scene-1`, `scene-2`… in reading order; unique on the page. */
  id: string;
  show: SceneShow;
  /** The line over the map. */
  headline: string;
  /** Whether this part of the text is about others or the wider picture (see the schema). */
  context: boolean;
  /**
   * The map state. A route's `draw` runs from where the route had got to before this scene to
   * where it gets in it: the live map draws it with the reader's scroll, the static map shows `to`.
   */
  visual: MapVisual;
  /** The map's text alternative. */
  alt: string;
}

/** A run of the account's text and the scene the map shows beside it (an index into `scenes`). */
export interface AccountPart {
  scene: number;
  /**
   * The run's Markdown, blocks as written, cut where warned passages (`warnedPassages`) start and
   * end: each segment with the warning of the passage it belongs to, if any.
   */
  segments: { markdown: string; warning?: ContentWarning }[];
}

/** An account's map story: its scenes (the overview first) and its text cut where they start. */
export interface AccountStory {
  scenes: AccountScene[];
  parts: AccountPart[];
}

/** What the derivation needs of an account: its front matter and its Markdown. */
export interface AccountInput {
  data: Story;
  body: string;
}

/**
 * The boxes subjects are fitted into, and their padding: the part of each account frame that an
 * account's map always shows, where place names may go too (the frames' `labelArea`, centred on
 * their safe areas; see `ACCOUNT_FRAMES`).
 */
export const ACCOUNT_FIT = {
  wide: fitBox(ACCOUNT_FRAMES.wide, 140),
  portrait: fitBox(ACCOUNT_FRAMES.portrait, 90),
} as const;

function fitBox(frame: Frame, padding: number): { width: number; height: number; padding: number } {
  const area = labelAreaOf(frame);
  return { width: area.x1 - area.x0, height: area.y1 - area.y0, padding };
}

/** Closest zoom per kind of view (web-map zoom, 512-pixel tiles). */
const MAX_ZOOM = {
  overview: 7,
  origin: 6,
  route: 8,
  places: 7,
  /** A town seen close up: Mae Sot and Myawaddy, 6 km apart, well apart on screen. */
  townCloseUp: 10,
  heldTown: 9,
  /** An approximate area is never shown closer than a region. */
  area: 6.5,
  heldArea: 7.5,
} as const;

/** Neighbouring stops within this distance of a crossing are framed with it. */
const CROSSING_NEIGHBOUR_KM = 100;

/**
 * Two places whose symbols would sit closer than this many label sizes apart in a frame crowd
 * each other: the less important one is left off that scene (the highlighted place stays).
 */
const MIN_SEPARATION = 0.9;

/** The scenes an account without `scenes` gets: see the README's editors' guide. */
export function defaultScenes(story: Pick<Story, 'route' | 'heldAt'>, blocks: readonly TextBlock[]): ResolvedScene[] {
  const base = { places: [], countries: [], routes: [], context: false } satisfies Omit<StoryScene, 'show'>;
  const scenes: ResolvedScene[] = [{ scene: { ...base, show: 'origin' }, block: 0 }];
  const later: SceneShow[] = [
    ...(story.route ? (['route'] as const) : []),
    ...(story.heldAt.length > 0 ? (['held'] as const) : []),
  ];
  const paragraphs = blocks.flatMap((b, i) => (b.kind === 'paragraph' && i > 0 ? [i] : []));
  later.forEach((show, k) => {
    const block = paragraphs[k];
    if (block !== undefined) scenes.push({ scene: { ...base, show }, block });
  });
  return scenes;
}

/** A scene of the front matter (or a default one) with the block of the text it starts at. */
export interface ResolvedScene {
  scene: StoryScene;
  block: number;
}

/**
 * The map story of an account. Throws an Error naming the problem when the scenes do not fit
 * the text (the content checks report the same problems first, with file and field).
 */
export function accountStory(story: AccountInput, lookups: AccountLookups): AccountStory {
  const s = story.data;
  const blocks = textBlocks(story.body);
  const resolved: ResolvedScene[] = s.scenes
    ? s.scenes.map((scene, i) => {
        const start = sceneStarts(blocks, s.scenes!)[i]!;
        if ('problem' in start)
          throw new Error(`Account "${s.pseudonym}": ${start.problem.field}: ${start.problem.message}`);
        return { scene, block: start.block };
      })
    : defaultScenes(s, blocks);

  const derive = new SceneDeriver(
    s,
    lookups,
    resolved.map((r) => r.scene),
  );
  const scenes: AccountScene[] = [derive.overview()];
  for (const [i, r] of resolved.entries()) scenes.push(derive.scene(r.scene, `scene-${i + 1}`));

  const warned = warnedRanges(blocks, s.warnedPassages);
  const warningOf = (b: number) => warned.find((w) => b >= w.start && b < w.end)?.warning;
  const part = (scene: number, from: number, to: number): AccountPart => {
    const segments: AccountPart['segments'] = [];
    for (let b = from; b < to; b++) {
      const warning = warningOf(b);
      const last = segments[segments.length - 1];
      if (last && last.warning === warning) last.markdown += `\n\n${blocks[b]!.raw}`;
      else segments.push(warning ? { markdown: blocks[b]!.raw, warning } : { markdown: blocks[b]!.raw });
    }
    return { scene, segments };
  };
  const parts: AccountPart[] = [];
  const firstStart = resolved[0]?.block ?? blocks.length;
  if (firstStart > 0) parts.push(part(0, 0, firstStart));
  resolved.forEach((r, i) => {
    const end = resolved[i + 1]?.block ?? blocks.length;
    parts.push(part(i + 1, r.block, end));
  });
  return { scenes, parts };
}

/** Works out scene after scene, remembering how far the account's route has been drawn. */
class SceneDeriver {
  private readonly route: Route | undefined;
  private readonly stops: string[];
  private drawn = 0;

  constructor(
    private readonly story: Story,
    private readonly lookups: AccountLookups,
    private readonly authored: readonly StoryScene[],
  ) {
    this.route = story.route ? lookups.routes.get(story.route) : undefined;
    if (story.route && !this.route) throw new Error(`Account "${story.pseudonym}": unknown route "${story.route}"`);
    this.stops = this.route ? routeStops(this.route) : [];
  }

  /** The whole account: see the header comment. */
  overview(): AccountScene {
    const s = this.story;
    const own = this.ownPlaces();
    // Without a route or a place of detention, the countries are much of what the account says.
    const countries = this.route || s.heldAt.length > 0 ? [] : [s.origin.country, ...this.ownCountries()];
    const points = own.map((p) => this.at(p.id));
    if (points.length < 2) points.push(...this.countryCorners([s.origin.country, ...countries]));
    const visual = this.visual({
      points,
      maxZoom: MAX_ZOOM.overview,
      countries,
      places: own,
      routes: this.route ? [{ id: s.route!, highlight: true, draw: { from: 1, to: 1 } }] : [],
    });
    return this.finish('overview', 'overview', this.overviewHeadline(), false, visual);
  }

  /** One scene of the front matter. */
  scene(scene: StoryScene, id: string): AccountScene {
    const s = this.story;
    const extra = scene.places.map((pid) => ({ id: pid, highlight: true }));
    // Other routes are drawn whole: they often start far off the map (a flight from Dubai). Those
    // of other people (a `context` scene) as context, so they do not linger as trails either.
    const extraRoutes = scene.routes.map((rid) => ({ id: rid, highlight: !scene.context, draw: { from: 1, to: 1 } }));
    const accountRoute = (to: number) => {
      const from = this.drawn < to ? this.drawn : to;
      this.drawn = Math.max(this.drawn, to);
      return { id: s.route!, highlight: true, draw: { from, to } };
    };
    let visual: MapVisual;
    switch (scene.show) {
      case 'overview':
        return { ...this.overview(), id, headline: scene.headline ?? this.overviewHeadline() };
      case 'origin': {
        const points = [
          ...this.countryCorners([s.origin.country]),
          ...this.ownPlaces().map((p) => this.at(p.id)),
          ...scene.places.map((pid) => this.at(pid)),
        ];
        if (this.ownPlaces().length === 0) points.push(...this.countryCorners(this.ownCountries()));
        visual = this.visual({
          points,
          maxZoom: MAX_ZOOM.origin,
          countries: unique([s.origin.country, ...scene.countries]),
          places: extra,
          routes: extraRoutes,
        });
        break;
      }
      case 'route': {
        const route = this.requireRoute(scene, id);
        const end = scene.upTo ?? this.stops.at(-1)!;
        const reached = this.stops.slice(0, this.stops.indexOf(end) + 1);
        visual = this.visual({
          points: this.stops.map((pid) => this.at(pid)),
          maxZoom: MAX_ZOOM.route,
          countries: scene.countries,
          places: [...reached.map((pid) => ({ id: pid, highlight: pid === end })), ...extra],
          routes: [accountRoute(this.fractionAt(route, end)), ...extraRoutes],
        });
        break;
      }
      case 'crossing': {
        const route = this.requireRoute(scene, id);
        const crossings = crossingStops(route, this.lookups.places);
        if (crossings.length === 0)
          throw new Error(`Account "${s.pseudonym}", ${id}: the route has no border crossing`);
        const neighbours = crossings.flatMap((c) => {
          const i = this.stops.indexOf(c);
          return [this.stops[i - 1], this.stops[i + 1]].filter(
            (n): n is string => n !== undefined && distanceKm(this.at(c), this.at(n)) <= CROSSING_NEIGHBOUR_KM,
          );
        });
        const after = this.stops[Math.max(...crossings.map((c) => this.stops.indexOf(c))) + 1];
        const exact = crossings.every((c) => this.place(c).precision === 'exact-town');
        visual = this.visual({
          points: [...crossings, ...neighbours].map((pid) => this.at(pid)),
          maxZoom: exact ? MAX_ZOOM.townCloseUp : MAX_ZOOM.area,
          countries: scene.countries,
          places: [...this.stops.map((pid) => ({ id: pid, highlight: crossings.includes(pid) })), ...extra],
          routes: [accountRoute(after ? this.fractionAt(route, after) : 1), ...extraRoutes],
        });
        break;
      }
      case 'held': {
        const held = s.heldAt;
        const exact = held.every((pid) => this.place(pid).precision === 'exact-town');
        visual = this.visual({
          points: [...held, ...scene.places].map((pid) => this.at(pid)),
          maxZoom: exact ? MAX_ZOOM.heldTown : MAX_ZOOM.heldArea,
          countries: unique([...held.map((pid) => this.place(pid).country), ...scene.countries]),
          places: [
            ...held.map((pid) => ({ id: pid, highlight: true })),
            ...this.stops.map((pid) => ({ id: pid, highlight: false })),
            ...extra,
          ],
          routes: [...(this.route ? [accountRoute(1)] : []), ...extraRoutes],
        });
        break;
      }
      case 'places': {
        const points = scene.places.map((pid) => this.at(pid));
        if (points.length < 2) points.push(...this.countryCorners(scene.countries));
        if (points.length === 0) points.push(...this.countryCorners([s.origin.country]));
        visual = this.visual({
          points,
          maxZoom: MAX_ZOOM.places,
          countries: scene.countries,
          places: extra,
          routes: extraRoutes,
        });
        break;
      }
      default: {
        const unreachable: never = scene.show;
        throw new Error(`unhandled scene ${String(unreachable)}`);
      }
    }
    return this.finish(id, scene.show, scene.headline ?? this.defaultHeadline(scene), scene.context, visual);
  }

  /** The account's own places: its route's stops, where it was held, or what its own text names. */
  private ownPlaces(): { id: string; highlight: boolean }[] {
    const s = this.story;
    if (this.route || s.heldAt.length > 0) {
      return [
        ...s.heldAt.map((id) => ({ id, highlight: true })),
        ...this.stops.map((id) => ({ id, highlight: false })),
      ];
    }
    const named = this.authored.filter((sc) => !sc.context).flatMap((sc) => sc.places);
    return unique(named).map((id) => ({ id, highlight: true }));
  }

  /** Countries the account's own text names (in scenes that are not context). */
  private ownCountries(): string[] {
    return unique(this.authored.filter((sc) => !sc.context).flatMap((sc) => sc.countries)).filter(
      (c) => c !== this.story.origin.country,
    );
  }

  private overviewHeadline(): string {
    const s = this.story;
    const from = countryName(s.origin.country);
    const own = this.ownPlaces();
    const destination = s.heldAt.length > 0 ? s.heldAt : this.route ? [this.stops.at(-1)!] : own.map((p) => p.id);
    const names = destination.map((id) => this.place(id).name);
    const countries = this.ownCountries().map(countryName);
    const to = names.length > 0 ? listOf(names) : countries.length > 0 ? listOf(countries) : undefined;
    return to ? `From ${from} to ${to}` : `From ${from}`;
  }

  private defaultHeadline(scene: StoryScene): string {
    const s = this.story;
    const names = (ids: readonly string[]) => listOf(ids.map((id) => this.place(id).name));
    switch (scene.show) {
      case 'origin':
        return `${s.pseudonym} is from ${countryName(s.origin.country)}`;
      case 'route':
        return scene.upTo ? `As far as ${this.place(scene.upTo).name}` : this.route!.title;
      case 'crossing':
        return `The border crossing: ${names(crossingStops(this.route!, this.lookups.places))}`;
      case 'held':
        return `Held in ${names(s.heldAt)}`;
      case 'places':
      case 'overview':
      default: {
        const words = [...scene.places.map((id) => this.place(id).name), ...scene.countries.map(countryName)];
        return words.length > 0
          ? listOf(words)
          : (scene.routes.map((id) => this.lookups.routes.get(id)?.title ?? id)[0] ?? '');
      }
    }
  }

  /** Fits the cameras and leaves out places that would crowd more important ones. */
  private visual(v: {
    points: LonLat[];
    maxZoom: number;
    countries: string[];
    places: { id: string; highlight: boolean }[];
    routes: MapVisual['routes'];
  }): MapVisual {
    if (v.points.length === 0) throw new Error(`Account "${this.story.pseudonym}": a scene has nothing to frame`);
    const { wide, portrait } = ACCOUNT_FIT;
    const camera = fitCamera(v.points, wide.width, wide.height, { padding: wide.padding, maxZoom: v.maxZoom });
    const mobileCamera = fitCamera(v.points, portrait.width, portrait.height, {
      padding: portrait.padding,
      maxZoom: v.maxZoom,
    });
    return {
      type: 'map',
      camera,
      mobileCamera,
      countries: unique(v.countries),
      places: this.declutter(v.places, [
        [camera, ACCOUNT_FRAMES.wide.fontSize],
        [mobileCamera, ACCOUNT_FRAMES.portrait.fontSize],
      ]),
      routes: v.routes,
    };
  }

  /**
   * The places in order of importance (highlighted first), each only once, without those whose
   * symbol would sit within `MIN_SEPARATION` label sizes of one already kept, in any frame.
   */
  private declutter(
    places: readonly { id: string; highlight: boolean }[],
    frames: readonly [Camera, number][],
  ): { id: string; highlight: boolean }[] {
    const byId = new Map<string, { id: string; highlight: boolean }>();
    for (const p of places)
      byId.set(p.id, { id: p.id, highlight: (byId.get(p.id)?.highlight ?? false) || p.highlight });
    const ordered = [...byId.values()].sort((a, b) => Number(b.highlight) - Number(a.highlight));
    const kept: { id: string; highlight: boolean }[] = [];
    for (const p of ordered) {
      const crowded = kept.some((k) =>
        frames.some(
          ([camera, fontSize]) => screenDistance(this.at(p.id), this.at(k.id), camera.zoom) < fontSize * MIN_SEPARATION,
        ),
      );
      if (!crowded) kept.push(p);
    }
    // Listed in the order given (the static map draws highlighted symbols on top anyway).
    return places.flatMap((p) => {
      const k = kept.find((q) => q.id === p.id);
      if (!k) return [];
      kept.splice(kept.indexOf(k), 1);
      return [k];
    });
  }

  private finish(id: string, show: SceneShow, headline: string, context: boolean, visual: MapVisual): AccountScene {
    return { id, show, headline, context, visual, alt: this.alt(headline, visual) };
  }

  /** A text alternative: the headline, then what is shaded, drawn and marked. */
  private alt(headline: string, visual: MapVisual): string {
    const sentences = [`Map: ${headline.replace(/[.:]$/, '')}.`];
    if (visual.countries.length > 0) sentences.push(`Shaded: ${listOf(visual.countries.map(countryName))}.`);
    for (const r of visual.routes) {
      const route = this.lookups.routes.get(r.id);
      if (route) sentences.push(`Route: ${route.title.replace(/[.:]$/, '')}${r.draw.to < 1 ? ', drawn in part' : ''}.`);
    }
    const names = (highlight: boolean) =>
      visual.places.filter((p) => p.highlight === highlight).map((p) => this.place(p.id).name);
    if (names(true).length > 0) sentences.push(`Marked in colour: ${listOf(names(true))}.`);
    if (names(false).length > 0) sentences.push(`Also marked: ${listOf(names(false))}.`);
    return sentences.join(' ');
  }

  private requireRoute(scene: StoryScene, id: string): Route {
    if (!this.route)
      throw new Error(`Account "${this.story.pseudonym}", ${id}: "${scene.show}" needs the account's route`);
    return this.route;
  }

  private place(id: string): Place {
    const place = this.lookups.places.get(id);
    if (!place) throw new Error(`Account "${this.story.pseudonym}": unknown place "${id}"`);
    return place;
  }

  private at(id: string): LonLat {
    const [lon, lat] = this.place(id).coordinates;
    return [lon, lat];
  }

  /** The four corners of each country's main land (countries the basemap does not know are skipped). */
  private countryCorners(codes: readonly string[]): LonLat[] {
    return codes.flatMap((code) => {
      const b = this.lookups.countryBounds(code);
      if (!b) return [];
      const [[w, s], [e, n]] = b;
      return [
        [w, s],
        [e, n],
        [w, n],
        [e, s],
      ] as LonLat[];
    });
  }

  /** How far along the route (0..1 of its drawn length) a stop lies. */
  private fractionAt(route: Route, stop: string): number {
    const index = this.stops.indexOf(stop);
    if (index <= 0) return 0;
    const lengths = routeLegs(route, this.lookups.places).map(lineLength);
    const total = lengths.reduce((a, b) => a + b, 0);
    if (total === 0) return 1;
    const upTo = lengths.slice(0, index).reduce((a, b) => a + b, 0);
    return Math.round((upTo / total) * 10000) / 10000;
  }
}

/** Distance between two points on screen at a zoom, in frame units (web-map pixels). */
function screenDistance(a: LonLat, b: LonLat, zoom: number): number {
  const [ax, ay] = mercatorUnit(a);
  const [bx, by] = mercatorUnit(b);
  return Math.hypot(ax - bx, ay - by) * TILE_SIZE * 2 ** zoom;
}

function distanceKm(a: LonLat, b: LonLat): number {
  return geoDistance(a, b) * 6371;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** "A", "A and B", "A, B and C". */
function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
