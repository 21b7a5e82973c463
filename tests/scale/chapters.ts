/**
 * The scale test's synthetic long read: chapters whose steps alternate, as the real story's do,
 * between maps (one in three following a route, highlighted and drawn, the others a highlighted
 * place among its neighbours, framed with the site's own camera fit) and charts, and the charts
 * those steps show (every kind: bar, ranges, ledger, timeline), all with obviously synthetic text.
 */
import type { z } from 'astro/zod';
import type { chapterSchema, chartSchema, stepSchema } from '../../src/lib/content/schema.ts';
import { promisedPay, accountId } from './accounts.ts';
import { glossaryId, type Atlas, type SyntheticPlace } from './atlas.ts';
import { nearest, stepCameras } from './geography.ts';
import type { Random } from './random.ts';
import { paragraph } from './words.ts';

type StepInput = z.input<typeof stepSchema>;
type ChartInput = z.input<typeof chartSchema>;

/** How many of each the long read holds. */
export interface StoryCounts {
  chapters: number;
  steps: number;
  charts: number;
  accounts: number;
}

/** Chapter ids, 1-based: `synthetic-chapter-1`… */
export const chapterId = (n: number): string => `synthetic-chapter-${n}`;

/** Step ids, 1-based: `synthetic-step-1`… */
export const stepId = (n: number): string => `synthetic-step-${n}`;

/** Chart ids, 1-based: `synthetic-chart-1`… */
export const chartId = (n: number): string => `synthetic-chart-${n}`;

/** Whether the step at 0-based index `i` shows a chart (one in five), not a map. */
export const isChartStep = (i: number): boolean => i % 5 === 4;

/** The chapters, by id, with `counts.steps` steps spread evenly over `counts.chapters` chapters. */
export function makeChapters(
  random: Random,
  atlas: Atlas,
  counts: StoryCounts,
): Map<string, z.input<typeof chapterSchema>> {
  const sourceIds = Object.keys(atlas.sources);
  const places = new Map(atlas.places.map((p) => [p.id, p]));
  const terms = Object.keys(atlas.glossary).length;
  const chapters = new Map<string, z.input<typeof chapterSchema>>();
  for (let c = 1; c <= counts.chapters; c++) {
    chapters.set(chapterId(c), {
      order: c,
      title: `Synthetic chapter ${c}`,
      dek: `Synthetic dek of chapter ${c}, a made-up summary line.`,
      intro: paragraph(random, `chapter ${c}`, 1, 2),
      introSources: [random.pick(sourceIds)],
      ...(c === 1 ? { links: [{ page: 'job-offer-check' as const, text: 'Synthetic link to the checklist.' }] } : {}),
      steps: [],
    });
  }
  let maps = 0;
  let charts = 0;
  let routes = 0;
  for (let i = 0; i < counts.steps; i++) {
    const n = i + 1;
    const chapter = chapters.get(chapterId(Math.floor((i * counts.chapters) / counts.steps) + 1));
    const owner = `step ${n}`;
    const account = n % 6 === 0 && counts.accounts > 0 ? accountId((i % counts.accounts) + 1) : undefined;
    const text = [
      paragraph(random, owner, 1, 4),
      ...(n % 5 === 1 && terms > 0 ? [glossarySentence(terms, n)] : []),
      ...(account ? [`Synthetic person ${account.replace(/\D+/g, '')} is the person of this step.`] : []),
    ].join(' ');
    const step: StepInput = isChartStep(i)
      ? {
          id: stepId(n),
          text,
          visual: { type: 'chart', chart: chartId((charts++ % counts.charts) + 1) },
          alt: `Synthetic chart of step ${n}, a made-up figure for the scale test.`,
          sources: [random.pick(sourceIds)],
        }
      : {
          id: stepId(n),
          text,
          visual:
            maps++ % 3 === 0 && atlas.routes.length > 0
              ? routeVisual(atlas, places, routes++, n)
              : placeVisual(random, atlas, n),
          alt: `Synthetic map of step ${n}: made-up places and routes for the scale test.`,
          sources: [...new Set([random.pick(sourceIds), random.pick(sourceIds)])],
        };
    if (account) step.accounts = [account];
    if (n % 10 === 0) step.contentWarning = 'detention';
    chapter?.steps.push(step);
  }
  return chapters;
}

/** "See [synthetic term k](glossary:synthetic-term-k)." for the n-th step, out of `terms` terms. */
function glossarySentence(terms: number, n: number): string {
  const k = (n % terms) + 1;
  return `See [synthetic term ${k}](glossary:${glossaryId(k)}).`;
}

/** A map step following the `k`-th route (in turn): highlighted, drawn from start to end. */
function routeVisual(
  atlas: Atlas,
  places: ReadonlyMap<string, SyntheticPlace>,
  k: number,
  n: number,
): StepInput['visual'] {
  const route = atlas.routes[k % atlas.routes.length];
  const stops = (route?.stops ?? []).map((id) => places.get(id) as SyntheticPlace);
  const last = stops.at(-1) as SyntheticPlace;
  return {
    type: 'map',
    headline: `Synthetic map ${n}: a made-up route`,
    ...stepCameras(stops.map((p) => p.at)),
    countries: [last.country],
    places: stops.map((p) => (p === last ? { id: p.id, highlight: true } : p.id)),
    routes: [{ id: route?.id ?? '', highlight: true, draw: { from: 0, to: 1 } }],
  };
}

/** A map step on a place drawn at random (highlighted) and its three nearest neighbours. */
function placeVisual(random: Random, atlas: Atlas, n: number): StepInput['visual'] {
  const focus = random.pick(atlas.places);
  const around = nearest(atlas.places, (p) => p.at, focus.at, 3);
  return {
    type: 'map',
    headline: `Synthetic map ${n}: a made-up place`,
    ...stepCameras([focus, ...around].map((p) => p.at)),
    countries: [focus.country],
    places: [{ id: focus.id, highlight: true }, ...around.map((p) => p.id)],
  };
}

/** The `count` charts the chart steps show, by id: bar, ranges, ledger and timeline in turn. */
export function makeCharts(random: Random, atlas: Atlas, counts: StoryCounts): Map<string, ChartInput> {
  const sourceIds = Object.keys(atlas.sources);
  const events = Object.keys(atlas.timeline);
  const charts = new Map<string, ChartInput>();
  const written = (v: number) => new Intl.NumberFormat('en-GB').format(v);
  for (let j = 0; j < counts.charts; j++) {
    const n = j + 1;
    const source = random.pick(sourceIds);
    const base = {
      title: `Synthetic chart ${n}: a made-up finding`,
      subtitle: `Synthetic subtitle of chart ${n}: what is measured, made up.`,
      alt: `Synthetic chart ${n}: made-up figures drawn for the scale test.`,
      notes: `Synthetic notes of chart ${n}.`,
      sources: [source],
    };
    const kind = (['bar', 'ranges', 'ledger', 'timeline'] as const)[j % 4];
    if (kind === 'bar') {
      charts.set(chartId(n), {
        kind,
        ...base,
        unit: 'people',
        data: Array.from({ length: 6 }, (_, k) => {
          const value = random.int(200, 9000);
          return {
            label: `Synthetic row ${k + 1}`,
            source: `Synthetic estimator ${k + 1}`,
            value,
            ...(k === 2 ? { low: Math.floor(value / 2) } : {}),
          };
        }),
      });
    } else if (kind === 'ranges') {
      charts.set(chartId(n), {
        kind,
        ...base,
        unit: 'people (estimated)',
        data: Array.from({ length: 6 }, (_, k) => {
          const value = random.int(10, 90) * 1000;
          const shape =
            k % 3 === 0
              ? { low: value / 2 }
              : k % 3 === 1
                ? { bound: 'at-least' as const, words: `at least ${written(value)}` }
                : {};
          return {
            group: `Synthetic group ${k < 3 ? 1 : 2}`,
            by: `Synthetic estimator ${k + 1}`,
            date: `${2020 + k}`,
            value,
            ...shape,
            sources: [source],
          };
        }),
      });
    } else if (kind === 'ledger' && counts.accounts > 0) {
      charts.set(chartId(n), {
        kind,
        ...base,
        data: Array.from({ length: 5 }, (_, k) => {
          const m = ((j * 5 + k) % counts.accounts) + 1;
          return {
            label: `Synthetic person ${m}`,
            account: accountId(m),
            promised: { usd: promisedPay(m), words: `${written(promisedPay(m))} US dollars a month` },
            price: { usd: 12000, kind: 'sold' as const, words: 'sold for 12,000 US dollars' },
            source: 'Synthetic publisher',
            sources: [source],
          };
        }),
      });
    } else {
      // Five events in a row from a random start: distinct as long as there are five.
      const first = random.int(0, events.length - 1);
      const picked = [...new Set(Array.from({ length: 5 }, (_, k) => events[(first + k) % events.length] ?? ''))];
      if (picked.length < 2) throw new Error('synthetic content: a timeline chart needs two events or more');
      const cited = picked.flatMap((id) => atlas.timeline[id]?.sources ?? []);
      charts.set(chartId(n), { kind: 'timeline', ...base, sources: [...new Set([source, ...cited])], events: picked });
    }
  }
  return charts;
}
