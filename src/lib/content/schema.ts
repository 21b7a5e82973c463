/**
 * The content model: one zod schema per collection in `content/`.
 *
 * These schemas are the contract between editors and the site. Every field carries a doc
 * comment because editors read this file to learn what a field means. Validation of a single
 * file happens here; checks that span files (ids that must exist, route legs that must join
 * up, a story and its route that must agree) live in `crossref.ts`.
 *
 * Messages: custom messages are written for editors ("must be between -90 and 90"), and
 * `errors.ts` turns the rest of zod's issues into plain sentences.
 */
import { z } from 'astro/zod';

// ---------------------------------------------------------------------------------------------
// Shared building blocks
// ---------------------------------------------------------------------------------------------

/** A lower-case, hyphenated identifier such as `mae-sot`; ids are how files refer to each other. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case letters, digits and single hyphens (like "mae-sot")');

/**
 * A calendar date, as precise as the source allows: `2022`, `2022-07` or `2022-07-15`.
 * A bare year may be written unquoted (YAML reads it as a number).
 */
export const partialDateSchema = z.preprocess(
  (value) => (typeof value === 'number' ? String(value) : value),
  z
    .string()
    .regex(/^\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD'),
);

/** An ISO 3166-1 alpha-2 country code in capitals, such as `KH` for Cambodia. */
export const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter ISO country code in capitals, such as "KH"');

/** An absolute http(s) URL. */
export const urlSchema = z.url({ protocol: /^https?$/, error: 'must be a full web address starting with https:// or http://' });

/** Plain text that must say something. */
const text = (what = 'text') => z.string().trim().min(1, `${what} must not be empty`);

/** A list of source ids (see `sources.yaml`) backing a claim; at least one is required. */
export const sourceListSchema = z.array(idSchema).min(1, 'must cite at least one source');

/** Rounding rule from the editorial guide: coordinates mark towns or areas, to 0.01 degrees. */
const twoDecimals = (n: number) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6;

/** `[longitude, latitude]` in degrees, rounded to 0.01 (a town or area, never a building). */
export const lonLatSchema = z
  .tuple([
    z.number().min(-180, 'longitude must be between -180 and 180').max(180, 'longitude must be between -180 and 180'),
    z.number().min(-90, 'latitude must be between -90 and 90').max(90, 'latitude must be between -90 and 90'),
  ])
  .refine(([lon, lat]) => twoDecimals(lon) && twoDecimals(lat), {
    message: 'round coordinates to 0.01 degrees: they mark a town or an area, never a building',
  });

// ---------------------------------------------------------------------------------------------
// sources.yaml: the bibliography, keyed by source id
// ---------------------------------------------------------------------------------------------

/** What kind of publication a source is; shown in the bibliography and used to group it. */
export const sourceKinds = [
  'un-report',
  'government',
  'ngo-report',
  'news',
  'investigation',
  'court-or-sanctions',
  'research',
  'secondary-summary',
  'reference',
  'help-service',
] as const;

export const sourceSchema = z
  .object({
    /** Title of the original work, as its publisher gives it. */
    title: text('title'),
    /** The original publisher (Al Jazeera, not the site where a copy was read). */
    publisher: text('publisher'),
    /** Author(s) or producers, where the source names them. */
    author: z.string().trim().min(1).optional(),
    /** Publication date, as precise as is known. */
    date: partialDateSchema.optional(),
    /** Address of the original publication, where it is known. */
    url: urlSchema.optional(),
    /** Address of the copy that was actually read (wire copy, mirror, republished copy), if it differs. */
    readAt: urlSchema.optional(),
    /** What kind of source this is. */
    kind: z.enum(sourceKinds),
    /** A short note for readers: how the source was read, caveats, conflicts with other sources. */
    note: z.string().trim().min(1).optional(),
  })
  .strict()
  .refine((s) => s.url !== undefined || s.readAt !== undefined, {
    message: 'give the original "url", the "readAt" address of the copy that was read, or both',
    path: ['url'],
  });

// ---------------------------------------------------------------------------------------------
// places.yaml: towns, compound regions, border crossings, keyed by place id
// ---------------------------------------------------------------------------------------------

/** The role a place plays in the story; it decides the map symbol. */
export const placeKinds = ['compound-region', 'border-crossing', 'transit', 'origin', 'capital'] as const;

/** Scripts the site ships fonts for, with the BCP 47 language tag used to mark them up. */
export const localScripts = {
  km: 'Khmer',
  th: 'Thai',
  my: 'Burmese',
  lo: 'Lao',
  vi: 'Vietnamese',
  'zh-Hans': 'Chinese (simplified)',
  tl: 'Filipino',
  ar: 'Arabic',
} as const;

export const placeSchema = z
  .object({
    /** English name as readers will meet it in the sources. */
    name: text('name'),
    /**
     * A shorter name for map labels, where `name` is too long to sit beside its point on a
     * phone's map (such as "Golden Triangle SEZ"); `name` is used everywhere else.
     */
    mapName: text('mapName').max(22, 'mapName must be at most 22 characters').optional(),
    /** The name in the local language and script, where it helps readers. */
    local: z
      .object({
        /** The name written in local script. */
        name: text('local name'),
        /** BCP 47 language tag of `name`; decides the font and the `lang` attribute. */
        lang: z.enum(Object.keys(localScripts) as [keyof typeof localScripts, ...(keyof typeof localScripts)[]]),
      })
      .strict()
      .optional(),
    /** Other spellings the sources use (Laukkai for Laukkaing), for search and the glossary. */
    aka: z.array(text('alternative name')).optional(),
    /** The country the place lies in (ISO 3166-1 alpha-2). */
    country: countryCodeSchema,
    /** `[longitude, latitude]`, rounded to 0.01 degrees. */
    coordinates: lonLatSchema,
    /** What the place is in this story. */
    kind: z.enum(placeKinds),
    /** `exact-town` when the point is a town centre; `approximate-area` when the sources disagree or are vague. */
    precision: z.enum(['exact-town', 'approximate-area']),
    /** One or two sentences on what the sources document here. */
    summary: z.string().trim().min(1).optional(),
    /** Sources for what is said about the place (gazetteer towns on a route may have none). */
    sources: z.array(idSchema).default([]),
    /** Caveats, such as coordinates that two sources give differently. */
    note: z.string().trim().min(1).optional(),
  })
  .strict()
  .refine((p) => p.kind !== 'compound-region' || p.sources.length > 0, {
    message: 'a compound region must cite at least one source',
    path: ['sources'],
  });

// ---------------------------------------------------------------------------------------------
// routes/<id>.yaml: documented trafficking routes
// ---------------------------------------------------------------------------------------------

/** How a leg of a route was travelled. */
export const travelModes = ['air', 'road', 'boat', 'motorbike', 'on-foot'] as const;

export const legSchema = z
  .object({
    /** Place id where the leg starts. */
    from: idSchema,
    /** Place id where the leg ends; the next leg starts here. */
    to: idSchema,
    /** How this leg was travelled. */
    mode: z.enum(travelModes),
    /** A short note for the leg ("across the Moei River, bypassing immigration"). */
    note: z.string().trim().min(1).optional(),
  })
  .strict();

/** A span of years or months in which something is documented. */
export const periodSchema = z
  .object({
    /** First documented date. */
    from: partialDateSchema,
    /** Last documented date; leave out if still documented as current. */
    to: partialDateSchema.optional(),
  })
  .strict();

export const routeSchema = z
  .object({
    /** A title that says what the route is ("Bangkok to Myawaddy, across the Moei River"). */
    title: text('title'),
    /** One or two sentences for the route's legend entry and the map's text alternative. */
    summary: text('summary'),
    /** The legs in travel order; each leg starts where the previous one ended. */
    legs: z.array(legSchema).min(1, 'a route needs at least one leg'),
    /** When the sources document people being moved this way; leave out when no source dates it. */
    period: periodSchema.optional(),
    /** Sources that document the route. */
    sources: sourceListSchema,
    /** Ids of survivor accounts that followed this route (each must name this route back). */
    stories: z.array(idSchema).default([]),
  })
  .strict();

// ---------------------------------------------------------------------------------------------
// stories/<slug>.md: survivor accounts under pseudonyms (front matter; the body is the account)
// ---------------------------------------------------------------------------------------------

/** Content-warning flags; each is shown as a note before the account and in the classroom guide. */
export const contentWarnings = ['violence', 'torture', 'sexual-violence', 'threats', 'detention', 'death', 'children'] as const;

/** Details a story may withhold or change to protect the person, shown in its label. */
export const withheldDetails = ['real name', 'exact age', 'home town', 'employer', 'family details', 'dates', 'nationality'] as const;

/**
 * What the map beside an account shows while the reader is on one part of its text (see
 * `storySceneSchema`):
 * - `overview`: the whole account, as at the top of the page (the facts box);
 * - `origin`: the country the person came from, shaded;
 * - `route`: the account's route, drawn as the reader scrolls (`upTo` stops it at a stop);
 * - `crossing`: a close-up of the border crossing on the route;
 * - `held`: where the person was held (`heldAt`);
 * - `places`: the `places`, `countries` or `routes` this part of the text names.
 */
export const sceneShows = ['overview', 'origin', 'route', 'crossing', 'held', 'places'] as const;

/** A passage of a survivor account that readers are warned about and can hide (`warnedPassages`). */
export const warnedPassageSchema = z
  .object({
    /** Where the passage starts: a heading as written ("## Debt bondage") or a paragraph's opening words. */
    at: text('at'),
    /** What the passage describes, one of the account's `contentWarnings`. */
    warning: z.enum(contentWarnings),
  })
  .strict();

/** One scene of an account's map: where it starts in the text and what the map shows from there. */
export const storySceneSchema = z
  .object({
    /**
     * Where the scene starts: the opening words of a paragraph, as written in the file ("In
     * January 2025 a car"), or a heading as written ("## What we do not know"). The first scene
     * may leave it out: it then starts with the text.
     */
    at: text('at').optional(),
    /** What the map shows from there (see `sceneShows`). */
    show: z.enum(sceneShows),
    /**
     * One line over the map saying what it shows here ("By boat across the Moei River"), 70
     * characters at most; worked out from the account when left out.
     */
    headline: text('headline').max(70, 'headline must be at most 70 characters: it is one line over the map').optional(),
    /** Place ids (`places.yaml`) this part of the text names, highlighted on the map. */
    places: z.array(idSchema).default([]),
    /** Countries (ISO alpha-2) to shade, for text that names a country but no town ("arrived in Cambodia"). */
    countries: z.array(countryCodeSchema).default([]),
    /** Other documented routes (ids in `routes/`) this part of the text describes. */
    routes: z.array(idSchema).default([]),
    /**
     * With `show: route`: draw the route only as far as this stop (a place id on the route). The
     * next scene that shows the route carries on from there. The whole route when left out.
     */
    upTo: idSchema.optional(),
    /**
     * True when this part of the text is about other people or the wider picture, not this
     * person ("A route others have described"): its places stay off the account's overview map.
     */
    context: z.boolean().default(false),
  })
  .strict();

export const storySchema = z
  .object({
    /**
     * The name the site uses for this person. Always a pseudonym chosen by the site: there is
     * deliberately no field for a real name, and an unknown field fails the build.
     */
    pseudonym: text('pseudonym'),
    /**
     * Full headline for the account, a sentence stating what happened ("Promised more than $1,500
     * a month, then told he had been sold for $12,000"): the page's title in search results and
     * link previews, and its headline when there is no `headline`.
     */
    title: text('title'),
    /**
     * Short display headline for the account page and the list of accounts, when `title` is too
     * long to read at a glance on a phone: a few words from the title, adding nothing to it
     * ("Told he had been sold for $12,000"). At most 48 characters.
     */
    headline: text('headline')
      .max(48, 'headline must be at most 48 characters: a few words from the title (the title stays the page title)')
      .optional(),
    /** One sentence under the headline. */
    dek: text('dek'),
    /** What the site changed or withheld to protect the person; shown in the label on the page. */
    protection: z
      .object({
        /** Always true: the name is changed. Present so the label can never be forgotten. */
        nameChanged: z.literal(true, { error: 'must be true: every survivor appears under a pseudonym chosen by the site' }),
        /** Details withheld or changed besides the name. */
        withheld: z.array(z.enum(withheldDetails)).default([]),
        /** Anything else a reader should know about how the account was handled. */
        note: z.string().trim().min(1).optional(),
      })
      .strict(),
    /** Where the person came from, no more precisely than a country or a province. */
    origin: z
      .object({
        /** ISO 3166-1 alpha-2 country code. */
        country: countryCodeSchema,
        /** A province or region, only where the sources give it and it cannot identify the person. */
        region: z.string().trim().min(1).optional(),
      })
      .strict(),
    /** The year the person was recruited or left home, only when the sources give it (not the year of the report). */
    year: z.number().int().min(2010, 'year must be 2010 or later').max(2030, 'year must be 2030 or earlier').optional(),
    /** How the person was lured. Leave out when the sources say only that a job was offered. */
    lure: z
      .object({
        /** Where the offer reached them (Facebook, WeChat, a friend), if the sources say. */
        platform: z.string().trim().min(1).optional(),
        /**
         * The job that was offered, in a few words ("Construction work", "Telesales"). Leave out
         * when the sources do not say what kind of job it was: the page then says so.
         */
        job: text('job').optional(),
        /** The pay promised, as the source words it ("more than $1,500 a month"). */
        pay: z.string().trim().min(1).optional(),
        /** The promised pay in US dollars a month, for charts; leave out if the sources give none. */
        usdPerMonth: z.number().positive().optional(),
      })
      .strict()
      .default({}),
    /** Id of the documented route the person followed, if the sources describe one. */
    route: idSchema.optional(),
    /** Place ids of the towns or regions where the person was held (never a building); empty if the sources do not say. */
    heldAt: z.array(idSchema).default([]),
    /** How it ended, if the sources say; leave out rather than guess. */
    outcome: z.string().trim().min(1).optional(),
    /** Content-warning flags for what the account describes. */
    contentWarnings: z.array(z.enum(contentWarnings)).default([]),
    /** Sources for the account (the original report first). */
    sources: sourceListSchema,
    /**
     * The map beside the account, scene by scene in reading order: each says where in the text
     * it starts and what the map shows from there. When left out, the map shows the origin,
     * then the route or the places where the person was held (see the README's editors' guide).
     */
    scenes: z.array(storySceneSchema).min(1, 'give at least one scene, or leave "scenes" out').optional(),
    /**
     * Passages of the text that describe violence (or another subject of `contentWarnings`): each
     * starts at the block `at` names (a heading as written, "## Debt bondage", or the opening
     * words of a paragraph, as a scene's `at`) and runs to the next heading. The page puts a
     * content note before each, and the reader's switch hides them. `warning` must be one of the
     * account's `contentWarnings`.
     */
    warnedPassages: z.array(warnedPassageSchema).default([]),
  })
  .strict();

// ---------------------------------------------------------------------------------------------
// chapters: links from a chapter's opening to a page made for readers (the job-offer checklist)
// ---------------------------------------------------------------------------------------------

/**
 * Pages of the site built from code rather than from one content file, which content may link
 * to by name. Each name is the page's path without slashes (`job-offer-check` is
 * `/job-offer-check/`); `story` is the long read itself (`/`). See `src/lib/classroom/links.ts`.
 */
export const sitePages = [
  'story',
  'job-offer-check',
  'classroom',
  'classroom/handout',
  'classroom/teacher-sheet',
  'help',
  'map',
  'stories',
  'timeline',
  'glossary',
  'sources',
  'about',
] as const;

/** A link from a chapter's opening to one of the site's pages, with the words the reader sees. */
export const chapterLinkSchema = z
  .object({
    /** The page, by name (see `sitePages`): `job-offer-check`, `help`… */
    page: z.enum(sitePages),
    /** The link's words, a short sentence that says what the reader will find there. */
    text: text('text'),
  })
  .strict();

// ---------------------------------------------------------------------------------------------
// chapters/<nn>-<slug>.yaml: the long read, with a map or chart state for every step
// ---------------------------------------------------------------------------------------------

/** A camera position for the story map. */
export const cameraSchema = z
  .object({
    /** `[longitude, latitude]` of the centre of the view. */
    center: z.tuple([
      z.number().min(-180, 'longitude must be between -180 and 180').max(180, 'longitude must be between -180 and 180'),
      z.number().min(-85, 'latitude must be between -85 and 85').max(85, 'latitude must be between -85 and 85'),
    ]),
    /** Web-map zoom level: 2 shows half the world, 5 a country, 9 a town and its border. */
    zoom: z.number().min(0, 'zoom must be between 0 and 16').max(16, 'zoom must be between 0 and 16'),
    /** Rotation in degrees (0 = north up). */
    bearing: z.number().min(-180, 'bearing must be between -180 and 180').max(180, 'bearing must be between -180 and 180').optional(),
    /** Tilt in degrees (0 = straight down). */
    pitch: z.number().min(0, 'pitch must be between 0 and 60').max(60, 'pitch must be between 0 and 60').optional(),
  })
  .strict();

const highlightable = z.object({
  /** The id of the place or route. */
  id: idSchema,
  /** Draw it in the story's accent colour (true) or as quiet context (false, the default). */
  highlight: z.boolean().default(false),
});

/** A place on a step's map: an id, or `{ id, highlight }`. */
export const stepPlaceSchema = z.union([idSchema.transform((id) => ({ id, highlight: false })), highlightable.strict()]);

/** A route on a step's map, and how much of it is drawn over the course of the step. */
export const stepRouteSchema = z.union([
  idSchema.transform((id) => ({ id, highlight: false, draw: { from: 1, to: 1 } })),
  highlightable
    .extend({
      /**
       * How far along the route the line is drawn, as fractions of its length: at `from` when the
       * step enters, at `to` when the reader has scrolled through it. The static map shows `to`.
       */
      draw: z
        .object({
          from: z.number().min(0, 'draw.from must be between 0 and 1').max(1, 'draw.from must be between 0 and 1'),
          to: z.number().min(0, 'draw.to must be between 0 and 1').max(1, 'draw.to must be between 0 and 1'),
        })
        .strict()
        .refine((d) => d.from <= d.to, { message: 'draw.from must not be greater than draw.to' })
        .default({ from: 1, to: 1 }),
    })
    .strict(),
]);

/** The longest map headline, in characters: it must fit a phone's screen in two short lines. */
export const MAP_HEADLINE_MAX = 60;

/** What a map step shows. */
export const mapVisualSchema = z
  .object({
    type: z.literal('map'),
    /** Where the camera looks on wide screens. */
    camera: cameraSchema,
    /**
     * Where the camera looks on phones. In the long read the phone's map covers the screen and
     * the camera frames the part the text card leaves free (the upper half; see
     * `STORY_PORTRAIT_FRAME`): put the step's subject there. Every map step of the story needs one.
     */
    mobileCamera: cameraSchema.optional(),
    /**
     * One line drawn on the map saying what it shows, stated as a finding that the step's own
     * sourced text supports ("Routes from Kenya lead to Laos and Myawaddy"). Required on every
     * map step of the long read; at most `MAP_HEADLINE_MAX` characters.
     */
    headline: z
      .string()
      .trim()
      .min(1, 'headline must not be empty')
      .max(MAP_HEADLINE_MAX, `headline must be at most ${MAP_HEADLINE_MAX} characters, to fit on a phone`)
      .optional(),
    /**
     * The countries this step is about (ISO alpha-2): tinted, on every map with the one meaning
     * the legend gives them ("Country this step is about"), in every frame alike.
     */
    countries: z.array(countryCodeSchema).default([]),
    /**
     * Places shown, labelled, and optionally highlighted (what the step is about). The first
     * highlighted place is the map's focus: only its name is also written in local script.
     */
    places: z.array(stepPlaceSchema).default([]),
    /** Routes shown, optionally highlighted and drawn progressively. */
    routes: z.array(stepRouteSchema).default([]),
  })
  .strict();

/** A chart in place of the map for one step. */
export const chartVisualSchema = z
  .object({
    type: z.literal('chart'),
    /** Id of a chart in `content/charts/`. */
    chart: idSchema,
  })
  .strict();

/** The graphic a step shows: one of a fixed set of kinds, rendered by one dispatcher. */
export const visualSchema = z.discriminatedUnion('type', [mapVisualSchema, chartVisualSchema], {
  error: (issue) => {
    const type = (issue.input as { type?: unknown } | undefined)?.type;
    return type === undefined ? 'is required: "map" or "chart"' : `must be "map" or "chart", not ${JSON.stringify(type)}`;
  },
});

/** A required text alternative: its absence gets a message that says why it matters. */
const altText = (what: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined ? `is required: describe what the ${what} shows for readers who cannot see it` : undefined,
    })
    .trim()
    .min(20, `alt must describe the ${what} in at least 20 characters`);

export const stepSchema = z
  .object({
    /** Unique across the whole story; becomes the step's anchor (`/#the-offer-analyst`). */
    id: idSchema,
    /** The prose of the step, in Markdown: one idea, about 40 to 90 words. */
    text: text('text'),
    /** The graphic state that shows what the words say. */
    visual: visualSchema,
    /** Text alternative: what the graphic shows, in a sentence or two, for screen readers and print. */
    alt: altText('graphic'),
    /** Sources for every fact in the text. */
    sources: sourceListSchema,
    /** Set when the step describes violence; readers can hide such passages. */
    contentWarning: z.enum(contentWarnings).optional(),
    /**
     * Survivor accounts (story ids) whose case this step tells: the step offers a link to each,
     * under the pseudonym the site chose. Name the person by that pseudonym in `text` as well.
     */
    accounts: z.array(idSchema).default([]),
  })
  .strict()
  .superRefine((step, context) => {
    if (step.visual.type !== 'map') return;
    if (step.visual.headline === undefined)
      context.addIssue({
        code: 'custom',
        path: ['visual', 'headline'],
        message: `is required: one line (at most ${MAP_HEADLINE_MAX} characters) saying what the map shows`,
      });
    if (step.visual.mobileCamera === undefined)
      context.addIssue({
        code: 'custom',
        path: ['visual', 'mobileCamera'],
        message: 'is required: the framing for phones, with the subject in the upper half of the screen',
      });
  });

/** A quotation with the one source it comes from. */
const quotedSchema = z
  .object({
    /** The words, exactly as the source gives them (without quotation marks). */
    quote: text('quote'),
    /** Where they come from. */
    source: idSchema,
  })
  .strict();

/**
 * The opening of the long read, before the first chapter: a human moment rather than a summary.
 * Only the first chapter may carry it.
 */
const openingSchema = z
  .object({
    /** Job titles or wording from documented adverts, quoted; shown as a job listing. */
    advert: z.array(quotedSchema).min(1, 'an opening needs at least one quoted advert'),
    /** A line under the listing saying whose wording it is ("Job titles India's embassy warned of"). */
    advertCaption: text('advertCaption'),
    /** What one person was promised, in a sentence (Markdown). */
    promise: text('promise'),
    /** What it turned out to be, in a sentence (Markdown). */
    turn: text('turn'),
    /** Sources for `promise` and `turn`. */
    sources: sourceListSchema,
    /** The survivor account (story id) the promise and the turn come from, if it has one. */
    account: idSchema.optional(),
    /**
     * "In brief": the story's key facts, a sentence each, shown under the opening. Each restates
     * what a step says (`step`, linked), with that step's sources.
     */
    inBrief: z
      .array(
        z
          .object({
            /** One sentence (Markdown), no fact that the step and its sources do not carry. */
            text: text('text'),
            /** The step (id) that tells it in full. */
            step: idSchema,
            /** Sources for the sentence. */
            sources: sourceListSchema,
          })
          .strict(),
      )
      .max(7, 'keep "in brief" to seven facts at most')
      .default([]),
  })
  .strict();

export const chapterSchema = z
  .object({
    /** Position in the long read, from 1. */
    order: z.number().int().min(1, 'order must be 1 or more'),
    /** Chapter headline. */
    title: text('title'),
    /** A one-line summary shown in the table of contents. */
    dek: text('dek'),
    /** Optional opening paragraphs (Markdown) before the first step; every fact in them is cited in `introSources`. */
    intro: z.string().trim().min(1).optional(),
    /** Sources for the intro; required when there is an intro. */
    introSources: z.array(idSchema).default([]),
    /** A content note shown under the chapter heading, for chapters that describe violence. */
    contentNote: z.string().trim().min(1).optional(),
    /** The opening of the whole long read; only on the first chapter (see `openingSchema`). */
    opening: openingSchema.optional(),
    /**
     * Links shown at the end of the chapter's opening to pages made for readers, such as the
     * job-offer checklist: `[{ page: job-offer-check, text: "…" }]`.
     */
    links: z.array(chapterLinkSchema).default([]),
    /** The scroll steps, in order. */
    steps: z.array(stepSchema).min(1, 'a chapter needs at least one step'),
  })
  .strict()
  .refine((c) => c.intro === undefined || c.introSources.length > 0, {
    message: 'an intro must cite at least one source',
    path: ['introSources'],
  });

// ---------------------------------------------------------------------------------------------
// charts/<id>.yaml: one spec per chart
// ---------------------------------------------------------------------------------------------

/** Chart kinds the site can draw (one renderer each, chosen in `ChartFigure.astro`). */
export const chartKinds = ['bar', 'ranges', 'ledger', 'timeline'] as const;

/**
 * How a figure is bounded, as its source words it: `about` ("around 100,000"), `at-least` ("at
 * least 120,000"), `more-than` ("more than 10,000"), `at-most` ("as many as 85,000", "up to").
 * Leave out for a plain figure. Charts draw an open bound with an arrow the way it is open.
 */
export const bounds = ['about', 'at-least', 'more-than', 'at-most'] as const;

/** What every kind of chart has: a finding, what is measured, notes, a text alternative, sources. */
const chartBase = {
  /** A headline that states the finding, not the topic. */
  title: text('title'),
  /** One line that says what is measured, where and when. */
  subtitle: text('subtitle'),
  /** Notes under the chart: caveats, uncertainty, what is left out. */
  notes: z.string().trim().min(1).optional(),
  /** Text alternative: the chart's message and its main numbers in a sentence or two. */
  alt: altText('chart'),
  /**
   * Sources for the data: every source the rows cite (the build checks that a row's `sources`,
   * or a timeline event's, are all listed here, so the source line under the chart is complete).
   */
  sources: sourceListSchema,
};

/** `bar`: one horizontal bar per row, from zero (or from `low` for a range). */
export const barChartSchema = z
  .object({
    kind: z.literal('bar'),
    ...chartBase,
    /** The rows, in the order they are drawn. */
    data: z
      .array(
        z
          .object({
            /**
             * Row label: short, what the row is ("Myanmar", "Malaysian man, Sihanoukville"). Who
             * made the estimate or reported it goes in `source`.
             */
            label: text('label'),
            /**
             * Who made the estimate or reported the figure, with the year where it matters
             * ("UN human rights office, 2023", "Lianhe Zaobao, via Mothership"): shown in grey
             * under the label and in the table. Leave out when the chart's subtitle says it.
             */
            source: text('source').optional(),
            /** The value (a count, a sum in US dollars…); for a range, its upper end. */
            value: z.number().nonnegative('value must not be negative'),
            /**
             * The lower end, when the source gives a range ("between $18 billion and $37 billion"):
             * the row is then drawn as a bar from `low` to `value`, with both ends labelled. Leave
             * out for a single value. One estimate is one row, never two.
             */
            low: z.number().nonnegative('low must not be negative').optional(),
          })
          .strict()
          .refine((row) => row.low === undefined || row.low < row.value, {
            message: 'low must be smaller than value: a range runs from low up to value',
            path: ['low'],
          }),
      )
      .min(1, 'a chart needs at least one row'),
    /** Unit of `value`, for axis and table headings ("people", "US$ billion"). */
    unit: text('unit'),
  })
  .strict();

/**
 * `ranges`: estimates as ranges, grouped (by country), each labelled with who made it and when,
 * so that estimates that disagree are seen side by side instead of averaged into one number.
 */
export const rangesChartSchema = z
  .object({
    kind: z.literal('ranges'),
    ...chartBase,
    /** The estimates, in the order they are drawn; rows of one group must follow each other. */
    data: z
      .array(
        z
          .object({
            /** What the estimate is of, shown as a heading over its estimates ("Cambodia"). */
            group: text('group'),
            /** Who made the estimate ("UN human rights office"); "as cited by" where it was relayed. */
            by: text('by'),
            /** When it was made or published, as precisely as known (`2023`); leave out if undated. */
            date: partialDateSchema.optional(),
            /** The figure, or the upper end of a range. Leave out when the source gives no number. */
            value: z.number().nonnegative('value must not be negative').optional(),
            /** The lower end, when the estimate is a range ("80,000 to 100,000"). */
            low: z.number().nonnegative('low must not be negative').optional(),
            /** How the figure is bounded ("at least", "as many as"); leave out for a plain figure or a range. */
            bound: z.enum(bounds).optional(),
            /**
             * The estimate in the source's own words, shown beside the mark ("as many as 85,000");
             * it must contain the figure as the chart writes it. Required when there is no `value`
             * ("tens of thousands").
             */
            words: text('words').optional(),
            /** Sources for this estimate (ids in `sources.yaml`). */
            sources: sourceListSchema,
          })
          .strict()
          .refine((row) => row.value !== undefined || row.words !== undefined, {
            message: 'an estimate without a value needs words: what the source says ("tens of thousands")',
            path: ['words'],
          })
          .refine((row) => row.low === undefined || (row.value !== undefined && row.low < row.value), {
            message: 'low must be smaller than value: a range runs from low up to value',
            path: ['low'],
          })
          .refine((row) => row.low === undefined || row.bound === undefined, {
            message: 'a range (low to value) takes no bound: leave out either low or bound',
            path: ['bound'],
          })
          .refine((row) => row.value === undefined || row.words === undefined || wordsHoldFigures(row), {
            message: 'words must contain the figure as the chart writes it (like "as many as 85,000")',
            path: ['words'],
          }),
      )
      .min(1, 'a chart needs at least one row')
      .refine(groupsTogether, { message: 'rows of one group must follow each other (a group is drawn once)' }),
    /** What the estimates count, for the axis and the table ("people (estimated)"). */
    unit: text('unit'),
  })
  .strict();

/**
 * `ledger`: "promise against price". For each documented person with both figures, the pay they
 * were promised a month and the price put on them (the price they were sold for, or the sum
 * demanded for their freedom), joined: the chart works out how many months of the promised pay
 * the price equals.
 */
export const ledgerChartSchema = z
  .object({
    kind: z.literal('ledger'),
    ...chartBase,
    /** One row per person, in the order they are drawn. */
    data: z
      .array(
        z
          .object({
            /** Who: the site's pseudonym where there is an account, else a description ("A Kenyan woman held in Laos"). */
            label: text('label'),
            /** The survivor account (story id) that tells this person's case, if there is one: the chart links to it. */
            account: idSchema.optional(),
            /** The pay promised a month. */
            promised: z
              .object({
                /** In US dollars a month; for "more than $1,500", 1500 with `bound: more-than`. */
                usd: z.number().positive('usd must be more than 0'),
                /** How the promise is bounded ("more than $1,500" is `more-than`); leave out for a plain figure. */
                bound: z.enum(bounds).optional(),
                /** The promise as the source words it, after "Promised" ("more than $1,500 a month"). */
                words: text('words'),
              })
              .strict(),
            /** The price put on the person. */
            price: z
              .object({
                /** In US dollars. */
                usd: z.number().positive('usd must be more than 0'),
                /** What the sum was: `sold` (the price paid for the person), `freedom` (demanded to let them go). */
                kind: z.enum(['sold', 'freedom']),
                /** The price as the source words it, short ("sold to the company for $12,000"). */
                words: text('words'),
              })
              .strict(),
            /** Who reported the case ("Al Jazeera", "BBC, via The Thaiger"). */
            source: text('source'),
            /** Sources for both figures (ids in `sources.yaml`). */
            sources: sourceListSchema,
          })
          .strict(),
      )
      .min(1, 'a chart needs at least one row'),
    /** The currency, for the table ("US dollars"). */
    unit: text('unit').default('US dollars'),
  })
  .strict();

/** One event on a timeline chart: an id in `timeline.yaml`, or `{ event, label }` with a shorter label. */
export const timelineChartEventSchema = z.union([
  idSchema.transform((event) => ({ event, label: undefined as string | undefined })),
  z
    .object({
      /** Id of the event in `timeline.yaml`. */
      event: idSchema,
      /** A short label for the chart (at most 60 characters); the event's title by default. */
      label: text('label').max(60, 'label must be at most 60 characters: the chart has little room').optional(),
    })
    .strict(),
]);

/**
 * `timeline`: dated events from `timeline.yaml` on a time axis: down the page on phones, across
 * it on wide screens. Each event's date, title and sources come from `timeline.yaml`.
 */
export const timelineChartSchema = z
  .object({
    kind: z.literal('timeline'),
    ...chartBase,
    /** The events to show (ids in `timeline.yaml`, any order), or `all`. */
    events: z.union([z.literal('all'), z.array(timelineChartEventSchema).min(2, 'a timeline needs at least two events')]),
  })
  .strict();

/** A chart: one file in `content/charts/`, its fields depending on its `kind`. */
export const chartSchema = z.discriminatedUnion('kind', [barChartSchema, rangesChartSchema, ledgerChartSchema, timelineChartSchema], {
  error: (issue) => {
    const kind = (issue.input as { kind?: unknown } | undefined)?.kind;
    const kinds = chartKinds.map((k) => `"${k}"`).join(', ');
    return kind === undefined ? `is required: one of ${kinds}` : `must be one of ${kinds}, not ${JSON.stringify(kind)}`;
  },
});

/** Whether a ranges row's words hold its figures as the chart writes them ("80,000 to 100,000"). */
function wordsHoldFigures(row: { value?: number; low?: number; words?: string }): boolean {
  const written = (n: number) => new Intl.NumberFormat('en-GB').format(n);
  return [row.value, row.low].every((n) => n === undefined || (row.words ?? '').includes(written(n)));
}

/** Whether the rows of each group follow each other. */
function groupsTogether(rows: readonly { group: string }[]): boolean {
  const seen = new Set<string>();
  return rows.every((row, i) => {
    if (i > 0 && rows[i - 1]!.group === row.group) return true;
    if (seen.has(row.group)) return false;
    seen.add(row.group);
    return true;
  });
}

// ---------------------------------------------------------------------------------------------
// timeline.yaml and glossary.yaml, keyed by id
// ---------------------------------------------------------------------------------------------

export const timelineEventSchema = z
  .object({
    /** When it happened, as precise as the sources allow. */
    date: partialDateSchema,
    /** True when the sources give the date only approximately ("about 30 January"). */
    approximate: z.boolean().default(false),
    /** A headline for the event. */
    title: text('title'),
    /** One or two sentences. */
    text: text('text'),
    /** Place ids the event happened in, for the map. */
    places: z.array(idSchema).default([]),
    /** Sources for the event. */
    sources: sourceListSchema,
  })
  .strict();

export const glossaryTermSchema = z
  .object({
    /** The term as readers meet it. */
    term: text('term'),
    /** A plain-English definition a 15-year-old can follow. */
    definition: text('definition'),
    /** Other ids in the glossary worth reading next. */
    seeAlso: z.array(idSchema).default([]),
    /** Sources, where the definition rests on one. */
    sources: z.array(idSchema).default([]),
  })
  .strict();

// ---------------------------------------------------------------------------------------------
// pages/<id>.md: standing pages such as /about/ and /help/ (front matter; the body is the page)
// ---------------------------------------------------------------------------------------------

export const pageSchema = z
  .object({
    /** Page title (h1 and <title>). */
    title: text('title'),
    /** One or two sentences for search results and link previews. */
    description: text('description'),
    /**
     * When the page was last brought in line with its sources, as precisely as known; shown as
     * "Updated <date>". It says when the sources were read, not that anyone tested a phone number.
     */
    updated: partialDateSchema.optional(),
    /**
     * A short box at the top of the page for a reader in danger (on /help/: someone reading it
     * inside a compound): a heading and one to three short steps in Markdown, readable in seconds.
     */
    firstSteps: z
      .object({
        /** The box's heading ("If you are reading this in a compound"). */
        heading: text('heading'),
        /** The steps, safest first; Markdown, so phone numbers can be `[117](tel:117)` links. */
        steps: z.array(text('step')).min(1, 'give at least one step').max(3, 'give at most three steps: the box must be quick to read'),
      })
      .strict()
      .optional(),
    /** Open the page with links to its sections (its level-2 headings), e.g. one per country on /help/. */
    jumpLinks: z.boolean().default(false),
    /** Sources for facts stated on the page. */
    sources: z.array(idSchema).default([]),
  })
  .strict();

// ---------------------------------------------------------------------------------------------
// job-offer-check.yaml: "Is this job offer real?", the checklist of documented warning signs
// ---------------------------------------------------------------------------------------------

/** One documented case behind a warning sign: what happened, where the story tells it, its sources. */
export const signCaseSchema = z
  .object({
    /** One or two sentences telling the case, in Markdown, every fact from `sources`. */
    text: text('text'),
    /** The step of the long read that tells the case (its id, the anchor on `/`). */
    step: idSchema,
    /** The survivor account (story id) the case comes from, when it has one. */
    account: idSchema.optional(),
    /** Sources for the case. */
    sources: sourceListSchema,
  })
  .strict();

/** A warning sign documented in the story's cases. */
export const warningSignSchema = z
  .object({
    /** Unique id; becomes the anchor `/job-offer-check/#sign-<id>` and is what options and sample adverts name. */
    id: idSchema,
    /** The sign as a short statement about an offer ("The pay is high for the job"). */
    title: text('title'),
    /** A sentence or two on what the cases show (Markdown); facts in it are cited in `sources`. */
    text: text('text'),
    /** Sources for facts in `text` (the cases cite their own). */
    sources: z.array(idSchema).default([]),
    /** The documented cases the sign comes from, at least one. */
    cases: z.array(signCaseSchema).min(1, 'a warning sign needs at least one documented case'),
  })
  .strict();

/** One answer a reader can give to a question about their offer. */
export const offerOptionSchema = z
  .object({
    /** Unique within its question; the value of the checkbox or radio button. */
    id: idSchema,
    /** The answer as the reader reads it. */
    label: text('label'),
    /** The warning signs this answer shows (sign ids); none for an answer that shows none. */
    signs: z.array(idSchema).default([]),
  })
  .strict();

/** A question about the offer, with its answers and the warning signs listed under it. */
export const offerQuestionSchema = z
  .object({
    /** Unique id; the name of the question's inputs. */
    id: idSchema,
    /** The question ("How did the offer reach you?"). */
    question: text('question'),
    /** `one`: pick one answer (radio buttons); `any`: tick every answer that is true (checkboxes). */
    answer: z.enum(['one', 'any']),
    /** The answers, at least two. */
    options: z.array(offerOptionSchema).min(2, 'a question needs at least two answers'),
    /** The warning signs that belong to this question, listed under it on the page. */
    signs: z.array(warningSignSchema).min(1, 'a question needs at least one warning sign'),
  })
  .strict();

export const offerCheckSchema = z
  .object({
    /** Page title (h1 and <title>). */
    title: text('title'),
    /** One or two sentences for search results and link previews. */
    description: text('description'),
    /** The opening paragraph(s), Markdown: what the page does and where its signs come from. */
    intro: text('intro'),
    /** Sources for facts in `intro`. */
    introSources: z.array(idSchema).default([]),
    /** The questions, in order; every warning sign on the page belongs to one of them. */
    questions: z.array(offerQuestionSchema).min(1, 'the checklist needs at least one question'),
  })
  .strict();

// ---------------------------------------------------------------------------------------------
// classroom.yaml: the teachers' guide at /classroom/, its handout and its teacher sheet
// ---------------------------------------------------------------------------------------------

/** What a classroom link can point at: exactly one of these keys, naming an id in the content. */
export const classroomLinkKinds = ['chapter', 'step', 'account', 'chart', 'term', 'source', 'activity', 'sign', 'page'] as const;

/**
 * A link to something on the site: `{ step: journey-across-the-moei }`, `{ chart: promised-pay }`,
 * `{ page: job-offer-check }`… Exactly one target key, and optionally the words of the link
 * (`label`); without it the link is named after its target ("Chapter 2, The journey", "Rui's
 * account"). Steps and charts also show where they are ("chapter 2, scene 3").
 */
export const classroomLinkSchema = z
  .object({
    /** A chapter of the long read (file name in `chapters/`). */
    chapter: idSchema.optional(),
    /** A step of the long read (its id). */
    step: idSchema.optional(),
    /** A survivor account (file name in `stories/`). */
    account: idSchema.optional(),
    /** A chart (file name in `charts/`); the link goes to the first step that shows it. */
    chart: idSchema.optional(),
    /** A glossary term (its id in `glossary.yaml`). */
    term: idSchema.optional(),
    /** A source (its id in `sources.yaml`); the link goes to its entry on /sources/. */
    source: idSchema.optional(),
    /** An activity of this guide (its id). */
    activity: idSchema.optional(),
    /** A warning sign on the job-offer checklist (its id in `job-offer-check.yaml`). */
    sign: idSchema.optional(),
    /** One of the site's pages by name (see `sitePages`). */
    page: z.enum(sitePages).optional(),
    /** The link's words, when the target's own name is not the clearest. */
    label: text('label').optional(),
  })
  .strict()
  .refine((l) => classroomLinkKinds.filter((k) => l[k] !== undefined).length === 1, {
    message: `name exactly one of ${classroomLinkKinds.join(', ')}`,
  });

/** A timed part of a lesson. */
export const lessonSegmentSchema = z
  .object({
    /** How long it takes, in minutes. */
    minutes: z.number().int().min(1, 'minutes must be at least 1').max(30, 'minutes must be at most 30: split a longer part'),
    /** A short name for the part ("Starter: would you apply?"). */
    title: text('title'),
    /** What the teacher and the students do, in Markdown. */
    what: text('what'),
    /** Pages, steps, maps and charts the part uses, linked for the teacher. */
    use: z.array(classroomLinkSchema).default([]),
  })
  .strict();

/** A lesson plan of 45 to 50 minutes. */
export const lessonSchema = z
  .object({
    /** Unique id; the lesson's anchor on /classroom/. */
    id: idSchema,
    /** The lesson's title. */
    title: text('title'),
    /** What students learn, in a sentence. */
    aim: text('aim'),
    /** What to print or open before the lesson. */
    prepare: z.array(text('item')).min(1, 'say what to prepare'),
    /** The timed parts, in order; together 45 to 50 minutes. */
    segments: z.array(lessonSegmentSchema).min(2, 'a lesson needs at least two timed parts'),
  })
  .strict()
  .superRefine((l, ctx) => {
    const total = l.segments.reduce((n, s) => n + s.minutes, 0);
    if (total < 45 || total > 50) {
      ctx.addIssue({ code: 'custom', path: ['segments'], message: `the timed parts must add up to 45 to 50 minutes, not ${total}` });
    }
  });

/**
 * A sample job advert for the warning-signs activity. Always written for this site from the
 * patterns in the documented cases, never copied from a real advert; the page labels it so.
 */
export const sampleAdvertSchema = z
  .object({
    /** Unique id within the activity. */
    id: idSchema,
    /** The letter or name students use for it ("A"). */
    name: text('name'),
    /** The advert's headline, as it would appear. */
    heading: text('heading'),
    /** The advert's text, in Markdown (short lines). */
    body: text('body'),
    /** Must be true: the advert was written for this site as an exercise. */
    writtenForThisSite: z.literal(true, {
      error: 'must be true: sample adverts are written for this site as an exercise, never copied from a real advert',
    }),
    /** The answer key: the warning signs (ids on the job-offer checklist) the advert shows; empty for an advert that shows none. */
    signs: z.array(idSchema).default([]),
    /** A note for the teacher on this advert (the answer sheet). */
    teacherNote: text('teacherNote').optional(),
  })
  .strict();

/** One published estimate, for the activity that compares them. */
export const estimateRowSchema = z
  .object({
    /** Who made the estimate, as the sources name them. */
    who: text('who'),
    /** When: the year of the report, or the period it covers. */
    when: text('when'),
    /** The country or region it is about. */
    where: text('where'),
    /** The figure, worded as the source words it ("at least 120,000"). */
    figure: text('figure'),
    /** What it counts, in a few words (people held, victims, compounds, requests for help). */
    counts: text('counts'),
    /** Sources for the row. */
    sources: sourceListSchema,
  })
  .strict();

const activityFields = {
  /** Unique id; the activity's anchor on /classroom/ and what lessons name in `{ activity: id }`. */
  id: idSchema,
  /** The activity's title. */
  title: text('title'),
  /** How long it takes, in minutes. */
  minutes: z.number().int().min(5, 'minutes must be at least 5').max(40, 'minutes must be at most 40'),
  /** What students learn or practise, in a sentence. */
  aim: text('aim'),
  /** Pages, steps, maps and charts it uses. */
  use: z.array(classroomLinkSchema).default([]),
  /** What students do, step by step (Markdown). */
  instructions: z.array(text('instruction')).min(1, 'give at least one instruction'),
  /** Questions for students (they also appear on the handout). */
  questions: z.array(text('question')).min(1, 'give at least one question'),
  /** Notes for the teacher: what to look for, points students may raise (Markdown). */
  teacherNotes: text('teacherNotes').optional(),
  /** Sources for facts in the teacher notes. */
  sources: z.array(idSchema).default([]),
};

/** An activity; its `kind` decides what else it holds and how the page draws it. */
export const activitySchema = z.discriminatedUnion(
  'kind',
  [
    /** Reading the route map: instructions and questions only. */
    z.object({ kind: z.literal('route-map'), ...activityFields }).strict(),
    /** Spotting the warning signs in sample adverts written for the site. */
    z
      .object({
        kind: z.literal('warning-signs'),
        ...activityFields,
        /** The sample adverts, at least two. */
        adverts: z.array(sampleAdvertSchema).min(2, 'give at least two sample adverts'),
      })
      .strict(),
    /** Comparing estimates from different organisations. */
    z
      .object({
        kind: z.literal('estimates'),
        ...activityFields,
        /** The estimates to compare, at least two. */
        estimates: z.array(estimateRowSchema).min(2, 'give at least two estimates to compare'),
      })
      .strict(),
  ],
  {
    error: (issue) => {
      const kind = (issue.input as { kind?: unknown } | undefined)?.kind;
      const kinds = '"route-map", "warning-signs" or "estimates"';
      return kind === undefined ? `is required: ${kinds}` : `must be ${kinds}, not ${JSON.stringify(kind)}`;
    },
  },
);

export const classroomSchema = z
  .object({
    /** Page title (h1 and <title>). */
    title: text('title'),
    /** One or two sentences for search results and link previews. */
    description: text('description'),
    /** One line under the title: who the guide is for. */
    dek: text('dek'),
    /** "Prepare in 15 minutes": the few things to do before the first lesson, in order (Markdown). */
    quickStart: z.array(text('step')).min(1).max(6, 'keep the quick start to six steps or fewer'),
    /** What the story covers and why it matters. */
    overview: z
      .object({
        /** What the story covers, in Markdown (the chapters are listed after it from the content). */
        covers: text('covers'),
        /** Why it matters for students, in Markdown. */
        whyItMatters: text('whyItMatters'),
        /** Sources for facts in either. */
        sources: z.array(idSchema).default([]),
      })
      .strict(),
    /** Learning objectives: "Students can…", one sentence each. */
    objectives: z.array(text('objective')).min(2, 'give at least two learning objectives'),
    /** Age and sensitivity guidance. */
    sensitivity: z
      .object({
        /** Who the material suits and what it describes (Markdown). The passages marked in the content are listed after it. */
        age: text('age'),
        /** Sources for facts in `age`. */
        sources: z.array(idSchema).default([]),
        /** Before the lesson: preparation for a sensitive topic (Markdown each). */
        before: z.array(text('item')).min(1),
        /** During the lesson: language and care (Markdown each). */
        during: z.array(text('item')).min(1),
        /** If a student discloses something: general safeguarding guidance, never a replacement for the school's policy. */
        disclosure: z
          .object({
            /** The opening sentence(s). */
            intro: text('intro'),
            /** What to do, in order (Markdown each). */
            steps: z.array(text('step')).min(3, 'give at least three steps'),
            /** A closing note (Markdown), such as where adults outside school can find help. */
            after: text('after').optional(),
          })
          .strict(),
      })
      .strict(),
    /** The lesson plans. */
    lessons: z.array(lessonSchema).min(1, 'give at least one lesson plan'),
    /** Discussion questions, keyed by chapter id: every chapter of the long read needs some. */
    discussion: z.record(idSchema, z.array(text('question')).min(2, 'give at least two questions').max(5, 'give at most five questions')),
    /** The activities. */
    activities: z.array(activitySchema).min(1, 'give at least one activity'),
    /** Glossary terms (ids in `glossary.yaml`) students need, shown on the guide and the handout. */
    glossary: z.array(idSchema).min(1, 'list at least one glossary term'),
    /** The exit ticket: prompts students answer at the end of a lesson. */
    exitTicket: z.array(text('prompt')).min(1).max(4, 'keep the exit ticket to four prompts or fewer'),
    /** Further reading from the bibliography, each with a line on why it is worth reading. */
    furtherReading: z
      .array(
        z
          .object({
            /** The source id in `sources.yaml`. */
            source: idSchema,
            /** Why a teacher or student might read it, in a sentence. */
            note: text('note'),
          })
          .strict(),
      )
      .min(1),
    /** The printable student handout at /classroom/handout/. */
    handout: z
      .object({
        /** A short opening for students (Markdown). */
        intro: text('intro'),
        /** Sources for facts in the intro. */
        sources: z.array(idSchema).default([]),
        /** The activities whose student parts the handout prints, in order (activity ids). */
        activities: z.array(idSchema).min(1),
        /** Where a student can turn if an offer or the lesson worries them (Markdown). */
        help: text('help'),
      })
      .strict(),
  })
  .strict();

export type SitePage = (typeof sitePages)[number];
export type ChapterLink = z.infer<typeof chapterLinkSchema>;
export type SignCase = z.infer<typeof signCaseSchema>;
export type WarningSign = z.infer<typeof warningSignSchema>;
export type OfferOption = z.infer<typeof offerOptionSchema>;
export type OfferQuestion = z.infer<typeof offerQuestionSchema>;
export type OfferCheck = z.infer<typeof offerCheckSchema>;
export type ClassroomLink = z.infer<typeof classroomLinkSchema>;
export type Lesson = z.infer<typeof lessonSchema>;
export type SampleAdvert = z.infer<typeof sampleAdvertSchema>;
export type EstimateRow = z.infer<typeof estimateRowSchema>;
export type Activity = z.infer<typeof activitySchema>;
export type Classroom = z.infer<typeof classroomSchema>;

export type Page = z.infer<typeof pageSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Place = z.infer<typeof placeSchema>;
export type Leg = z.infer<typeof legSchema>;
export type Route = z.infer<typeof routeSchema>;
export type Story = z.infer<typeof storySchema>;
export type StoryScene = z.infer<typeof storySceneSchema>;
export type WarnedPassage = z.infer<typeof warnedPassageSchema>;
/** What a content note can warn about (`contentWarnings`). */
export type ContentWarning = (typeof contentWarnings)[number];
export type SceneShow = (typeof sceneShows)[number];
export type Camera = z.infer<typeof cameraSchema>;
export type MapVisual = z.infer<typeof mapVisualSchema>;
export type ChartVisual = z.infer<typeof chartVisualSchema>;
export type Visual = z.infer<typeof visualSchema>;
export type Step = z.infer<typeof stepSchema>;
export type Chapter = z.infer<typeof chapterSchema>;
export type Chart = z.infer<typeof chartSchema>;
export type BarChartSpec = z.infer<typeof barChartSchema>;
export type RangesChartSpec = z.infer<typeof rangesChartSchema>;
export type LedgerChartSpec = z.infer<typeof ledgerChartSchema>;
export type TimelineChartSpec = z.infer<typeof timelineChartSchema>;
export type Bound = (typeof bounds)[number];
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
