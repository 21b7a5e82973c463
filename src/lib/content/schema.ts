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

/** What a map step shows. */
export const mapVisualSchema = z
  .object({
    type: z.literal('map'),
    /** Where the camera looks on wide screens. */
    camera: cameraSchema,
    /** Where the camera looks on phones, if the wide framing would crop what matters. */
    mobileCamera: cameraSchema.optional(),
    /** Countries tinted as the subject of the step (ISO alpha-2), such as origin countries. */
    countries: z.array(countryCodeSchema).default([]),
    /** Places shown, labelled, and optionally highlighted. */
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
  .strict();

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

export type Page = z.infer<typeof pageSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Place = z.infer<typeof placeSchema>;
export type Leg = z.infer<typeof legSchema>;
export type Route = z.infer<typeof routeSchema>;
export type Story = z.infer<typeof storySchema>;
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
