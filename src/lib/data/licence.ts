/**
 * The licence of the data files on /data/ (places, routes, timeline, bibliography and chart
 * tables compiled by this project). One definition, read by the data page, `datapackage.json`
 * and the `Dataset` metadata, so they can never disagree. The project's code is MIT (see the
 * README); the reports the data cite belong to their publishers and are not part of the files.
 */
export const DATA_LICENCE = {
  /** Open Definition / SPDX identifier, as Frictionless `licenses[].name` expects. */
  id: 'CC-BY-4.0',
  /** The licence's full name. */
  title: 'Creative Commons Attribution 4.0 International',
  /** A short name for running text. */
  short: 'CC BY 4.0',
  /** The licence's canonical address (schema.org `license`, Frictionless `licenses[].path`). */
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;
