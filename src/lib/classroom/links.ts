/**
 * Links from the teachers' guide (and the job-offer checklist) to the rest of the site: turns a
 * content link such as `{ step: journey-across-the-moei, label: "Across the Moei River" }` into a
 * site path, the words of the link, and where on the long read the target is ("chapter 2,
 * scene 3"), so a teacher can find it on the classroom screen. Pure: the pages pass in the
 * content they already have (see `linkLookups`) and prefix the path with the base path.
 */
import { shortCitation, sourceAnchor } from '../cite/source';
import type {
  Chapter,
  Chart,
  Classroom,
  ClassroomLink,
  GlossaryTerm,
  OfferCheck,
  SitePage,
  Source,
  Story,
} from '../content/schema';

/** A content entry as both the Astro collections and `loadContent` give it. */
interface Item<T> {
  readonly id: string;
  readonly data: T;
}

/** Where each step sits in the long read, and the names of everything a link can point at. */
export interface LinkLookups {
  readonly chapters: ReadonlyMap<string, { readonly order: number }>;
  readonly steps: ReadonlyMap<string, { readonly chapter: string; readonly order: number; readonly scene: number }>;
  readonly accounts: ReadonlyMap<string, string>;
  readonly charts: ReadonlyMap<string, { readonly title: string; readonly step: string }>;
  readonly terms: ReadonlyMap<string, string>;
  readonly sources: ReadonlyMap<string, string>;
  readonly activities: ReadonlyMap<string, string>;
  readonly signs: ReadonlyMap<string, string>;
}

/** A link ready to draw: a site path (without the base path), its words, and where it leads in the story. */
export interface ResolvedLink {
  /** Site-relative path, e.g. `/#journey-across-the-moei`; pass it through `href()`. */
  readonly path: string;
  /** The link's words. */
  readonly label: string;
  /** For steps and charts: "chapter 2, scene 3", shown beside the link. */
  readonly where?: string;
}

/** The site's pages by name, with their paths and names (see `sitePages` in the schema). */
export const SITE_PAGES: Readonly<Record<SitePage, { readonly path: string; readonly label: string }>> = {
  story: { path: '/', label: 'The story' },
  'job-offer-check': { path: '/job-offer-check/', label: 'Is this job offer real?' },
  classroom: { path: '/classroom/', label: 'Guide for teachers' },
  'classroom/handout': { path: '/classroom/handout/', label: 'Student handout' },
  'classroom/teacher-sheet': { path: '/classroom/teacher-sheet/', label: 'Teacher sheet' },
  help: { path: '/help/', label: 'If you need help' },
  map: { path: '/map/', label: 'The map explorer' },
  stories: { path: '/stories/', label: 'Survivor accounts' },
  timeline: { path: '/timeline/', label: 'Timeline' },
  glossary: { path: '/glossary/', label: 'Glossary' },
  sources: { path: '/sources/', label: 'Sources' },
  about: { path: '/about/', label: 'About this project' },
};

/** A chapter's short name from its id: `the-offer` → "The offer", `if-it-happens-to-you` → "If it happens to you". */
export function chapterName(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "Chapter 1, The offer". */
export function chapterLabel(id: string, order: number): string {
  return `Chapter ${order}, ${chapterName(id)}`;
}

/** Builds the lookups from the content (Astro collection entries or `loadContent` entries). */
export function linkLookups(content: {
  chapters: readonly Item<Chapter>[];
  stories: readonly Item<Story>[];
  charts: readonly Item<Chart>[];
  glossary: readonly Item<GlossaryTerm>[];
  sources: readonly Item<Source>[];
  classroom: readonly Item<Classroom>[];
  offerCheck: readonly Item<OfferCheck>[];
}): LinkLookups {
  const chapters = [...content.chapters].sort((a, b) => a.data.order - b.data.order);
  const steps = new Map<string, { chapter: string; order: number; scene: number }>();
  const chartStep = new Map<string, string>();
  for (const c of chapters) {
    c.data.steps.forEach((s, i) => {
      steps.set(s.id, { chapter: c.id, order: c.data.order, scene: i + 1 });
      if (s.visual.type === 'chart' && !chartStep.has(s.visual.chart)) chartStep.set(s.visual.chart, s.id);
    });
  }
  return {
    chapters: new Map(chapters.map((c) => [c.id, { order: c.data.order }])),
    steps,
    accounts: new Map(content.stories.map((s) => [s.id, s.data.pseudonym])),
    charts: new Map(
      content.charts.flatMap((c) => {
        const step = chartStep.get(c.id);
        return step ? [[c.id, { title: c.data.title, step }] as const] : [];
      }),
    ),
    terms: new Map(content.glossary.map((t) => [t.id, t.data.term])),
    sources: new Map(content.sources.map((s) => [s.id, shortCitation(s.data)])),
    activities: new Map(content.classroom.flatMap((g) => g.data.activities.map((a) => [a.id, a.title] as const))),
    signs: new Map(
      content.offerCheck.flatMap((c) => c.data.questions.flatMap((q) => q.signs.map((s) => [s.id, s.title] as const))),
    ),
  };
}

function known<T>(map: ReadonlyMap<string, T>, id: string, kind: string): T {
  const value = map.get(id);
  // The content check has made sure every id exists; this guards code that skips it.
  if (value === undefined) throw new Error(`classroom link: unknown ${kind} "${id}"`);
  return value;
}

/** "chapter 2, scene 3" for a step id. */
export function stepWhere(lookups: LinkLookups, stepId: string): string {
  const step = known(lookups.steps, stepId, 'step');
  return `chapter ${step.order}, scene ${step.scene}`;
}

/** Resolves one content link to its path, words and place in the story. */
export function resolveLink(link: ClassroomLink, lookups: LinkLookups): ResolvedLink {
  if (link.chapter !== undefined) {
    const { order } = known(lookups.chapters, link.chapter, 'chapter');
    return { path: `/#${link.chapter}`, label: link.label ?? chapterLabel(link.chapter, order) };
  }
  if (link.step !== undefined) {
    const where = stepWhere(lookups, link.step);
    return link.label === undefined
      ? { path: `/#${link.step}`, label: where.charAt(0).toUpperCase() + where.slice(1) }
      : { path: `/#${link.step}`, label: link.label, where };
  }
  if (link.account !== undefined) {
    const pseudonym = known(lookups.accounts, link.account, 'account');
    return { path: `/stories/${link.account}/`, label: link.label ?? `${pseudonym}’s account` };
  }
  if (link.chart !== undefined) {
    const chart = known(lookups.charts, link.chart, 'chart');
    return { path: `/#${chart.step}`, label: link.label ?? chart.title, where: stepWhere(lookups, chart.step) };
  }
  if (link.term !== undefined) {
    return { path: `/glossary/#${link.term}`, label: link.label ?? known(lookups.terms, link.term, 'glossary term') };
  }
  if (link.source !== undefined) {
    const citation = known(lookups.sources, link.source, 'source');
    return { path: `/sources/#${sourceAnchor(link.source)}`, label: link.label ?? citation };
  }
  if (link.activity !== undefined) {
    const title = known(lookups.activities, link.activity, 'activity');
    return { path: `/classroom/#${link.activity}`, label: link.label ?? `Activity: ${title}` };
  }
  if (link.sign !== undefined) {
    return {
      path: `/job-offer-check/#sign-${link.sign}`,
      label: link.label ?? known(lookups.signs, link.sign, 'warning sign'),
    };
  }
  if (link.page !== undefined) {
    const page = SITE_PAGES[link.page];
    return { path: page.path, label: link.label ?? page.label };
  }
  throw new Error(`classroom link names no target: ${JSON.stringify(link)}`);
}
