/**
 * The reference data of the scale test's synthetic content: sources, places, routes, timeline
 * events and glossary terms. Every id is `synthetic-…`, every text says it is synthetic, places
 * lie inland in the countries the real content maps (see `geography.ts`), and every route's legs
 * join: from a town people set out from, sometimes through a transit town, to a border crossing
 * near a compound region, and on to it.
 */
import type { z } from 'astro/zod';
import type {
  glossaryTermSchema,
  placeKinds,
  placeSchema,
  routeSchema,
  sourceSchema,
  timelineEventSchema,
} from '../../src/lib/content/schema.ts';
import { freePoint, nearest, pickArea, type LonLat } from './geography.ts';
import type { Random } from './random.ts';

type PlaceKind = (typeof placeKinds)[number];

/** A generated place: its id, what goes into `places.yaml`, and its coordinates for framing maps. */
export interface SyntheticPlace {
  id: string;
  at: LonLat;
  kind: PlaceKind;
  country: string;
  data: z.input<typeof placeSchema>;
}

/** A generated route; `data.stories` is filled in once the accounts are made. */
export interface SyntheticRoute {
  id: string;
  /** The place ids of its stops, in travel order. */
  stops: string[];
  data: z.input<typeof routeSchema> & { stories: string[] };
}

/** Sources, places, routes, timeline and glossary of one synthetic content set. */
export interface Atlas {
  sources: Record<string, z.input<typeof sourceSchema>>;
  places: SyntheticPlace[];
  routes: SyntheticRoute[];
  timeline: Record<string, z.input<typeof timelineEventSchema>>;
  glossary: Record<string, z.input<typeof glossaryTermSchema>>;
}

/** How many of each the atlas holds. */
export interface AtlasCounts {
  sources: number;
  places: number;
  routes: number;
  timeline: number;
  glossary: number;
}

/** The role of the n-th place (0-based): four in ten are compound regions, two border crossings. */
const KIND_CYCLE: readonly PlaceKind[] = [
  'compound-region',
  'compound-region',
  'compound-region',
  'compound-region',
  'border-crossing',
  'border-crossing',
  'transit',
  'origin',
  'origin',
  'capital',
];

const SOURCE_KINDS = ['ngo-report', 'news', 'un-report', 'investigation', 'research', 'government'] as const;

/** Source ids, 1-based: `synthetic-source-1`… */
export const sourceId = (n: number): string => `synthetic-source-${n}`;

/** Generates the atlas for `counts`, drawing from `random`. */
export function makeAtlas(random: Random, counts: AtlasCounts): Atlas {
  const sourceIds = Array.from({ length: counts.sources }, (_, i) => sourceId(i + 1));
  const someSources = (): string[] => [...new Set([random.pick(sourceIds), random.pick(sourceIds)])];
  const sources = Object.fromEntries(
    sourceIds.map((id, i): [string, z.input<typeof sourceSchema>] => [
      id,
      {
        title: `Synthetic source ${i + 1}`,
        publisher: `Synthetic publisher ${(i % 7) + 1}`,
        date: `${2019 + (i % 7)}-${String((i % 12) + 1).padStart(2, '0')}`,
        url: `https://example.org/synthetic/source-${i + 1}`,
        kind: SOURCE_KINDS[i % SOURCE_KINDS.length] ?? 'news',
      },
    ]),
  );

  const taken = new Set<string>();
  const places = Array.from({ length: counts.places }, (_, i): SyntheticPlace => {
    const kind = KIND_CYCLE[i % KIND_CYCLE.length] ?? 'transit';
    const area = pickArea(random);
    const at = freePoint(random, area, taken);
    const id = `synthetic-place-${i + 1}`;
    return {
      id,
      at,
      kind,
      country: area.country,
      data: {
        name: `Synthetic place ${i + 1}`,
        country: area.country,
        coordinates: at,
        kind,
        precision: i % 3 === 0 ? 'approximate-area' : 'exact-town',
        summary: `Synthetic summary of place ${i + 1}, a made-up ${kind.replace('-', ' ')}.`,
        sources: kind === 'compound-region' || i % 2 === 0 ? someSources() : [],
      },
    };
  });

  const routes = makeRoutes(random, places, counts.routes, someSources);

  const timeline = Object.fromEntries(
    Array.from({ length: counts.timeline }, (_, i): [string, z.input<typeof timelineEventSchema>] => [
      `synthetic-event-${i + 1}`,
      {
        date: `${2018 + (i % 8)}-${String((i % 12) + 1).padStart(2, '0')}`,
        title: `Synthetic event ${i + 1}`,
        text: `Synthetic text of event ${i + 1}: a made-up event for the scale test.`,
        places: [random.pick(places).id],
        sources: someSources(),
      },
    ]),
  );

  const glossary = Object.fromEntries(
    Array.from({ length: counts.glossary }, (_, i): [string, z.input<typeof glossaryTermSchema>] => [
      glossaryId(i + 1),
      {
        term: `synthetic term ${i + 1}`,
        definition: `A made-up definition of synthetic term ${i + 1}, written for the scale test.`,
        seeAlso: counts.glossary > 1 ? [glossaryId(((i + 1) % counts.glossary) + 1)] : [],
        sources: i % 2 === 0 ? [random.pick(sourceIds)] : [],
      },
    ]),
  );

  return { sources, places, routes, timeline, glossary };
}

/** Glossary term ids, 1-based: `synthetic-term-1`… */
export const glossaryId = (n: number): string => `synthetic-term-${n}`;

/**
 * `count` routes, each ending at a compound region (taken in turn), entering it through one of the
 * three border crossings nearest to it, and starting at an origin, capital or transit place; one in
 * three stops on the way at one of the three transit towns nearest to the crossing.
 */
function makeRoutes(
  random: Random,
  places: readonly SyntheticPlace[],
  count: number,
  someSources: () => string[],
): SyntheticRoute[] {
  const ofKind = (...kinds: PlaceKind[]) => places.filter((p) => kinds.includes(p.kind));
  const compounds = ofKind('compound-region');
  const crossings = ofKind('border-crossing');
  const starts = ofKind('origin', 'capital', 'transit');
  const transits = ofKind('transit');
  if (compounds.length === 0 || crossings.length === 0 || starts.length < 2) {
    throw new Error('synthetic content: too few places to make routes (use a larger scale)');
  }
  return Array.from({ length: count }, (_, i): SyntheticRoute => {
    const compound = compounds[i % compounds.length] as SyntheticPlace;
    const crossing = random.pick(nearest(crossings, (p) => p.at, compound.at, 3));
    const start = random.pick(starts.filter((p) => p.id !== crossing.id));
    const nearCrossing = nearest(transits, (p) => p.at, crossing.at, 3).filter((p) => p.id !== start.id);
    const via = i % 3 === 2 && nearCrossing.length > 0 ? random.pick(nearCrossing) : undefined;
    const stops = [start, ...(via ? [via] : []), crossing, compound].map((p) => p.id);
    const legs = stops.slice(1).map((to, j) => ({
      from: stops[j] as string,
      to,
      mode:
        j === stops.length - 2
          ? random.pick(['boat', 'road', 'on-foot'] as const)
          : random.pick(['road', 'air'] as const),
      ...(j === 0 ? { note: `Synthetic note on the first leg of route ${i + 1}.` } : {}),
    }));
    return {
      id: `synthetic-route-${i + 1}`,
      stops,
      data: {
        title: `Synthetic route ${i + 1}`,
        summary: `Synthetic summary of route ${i + 1}: a made-up journey to a compound region.`,
        legs,
        period: { from: `${2019 + (i % 6)}-${String((i % 12) + 1).padStart(2, '0')}` },
        sources: someSources(),
        stories: [],
      },
    };
  });
}
