/** Site-wide constants: the name and the one-line description used in metadata. */
export const SITE = {
  title: 'The job was a trap',
  tagline: 'How fake job offers trapped people in scam compounds in Cambodia and Southeast Asia',
  description:
    'A sourced, interactive long read about people lured by fake job adverts into forced scamming in compounds in Cambodia and Southeast Asia: the routes, the compounds, the survivors, and where to get help.',
  /** First publication, and the date the research base was compiled. */
  published: '2026-11-24',
  /** Who is credited in citations of the site: its contributors, as an organisation. */
  author: 'The job was a trap contributors',
} as const;
