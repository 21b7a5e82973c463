/** Site-wide constants: the name, the one-line description and the dates used in metadata. */
export const SITE = {
  title: 'The job was a trap',
  tagline: 'How fake job offers trapped people in scam compounds in Cambodia and Southeast Asia',
  description:
    'A sourced, interactive long read about people lured by fake job adverts into forced scamming in compounds in Cambodia and Southeast Asia: the routes, the compounds, the survivors, and where to get help.',
  /** First publication, and the date the research base was compiled. */
  published: '2026-11-24',
  /**
   * The last revision of the content (a correction, a new account, new figures): the story's and
   * the accounts' `dateModified` in search metadata and the data package's date. Set it, as
   * YYYY-MM-DD, whenever you log a correction on the about page or change the data.
   */
  updated: '2026-12-01',
  /** The language of every page, as a BCP 47 tag (`og:locale` is its underscore form). */
  language: 'en-GB',
  /** Who is credited in citations of the site: its contributors, as an organisation. */
  author: 'The job was a trap contributors',
} as const;
