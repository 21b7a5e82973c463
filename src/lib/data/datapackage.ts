/**
 * `/data/datapackage.json`: a Frictionless Data Package (v1) describing every file on /data/,
 * built from the same list as the page (`dataFiles`). CSV files are tabular data resources with
 * a Table Schema (each column's name, type and meaning, as in the data dictionary); GeoJSON
 * files are plain data resources with `format: geojson`. Paths are relative to the descriptor,
 * so the package works wherever the site is served. Build time only (hashes use node:crypto).
 */
import { createHash } from 'node:crypto';
import type { Source } from '../content/schema';
import { shortCitation, primaryLink } from '../cite/source';
import { SITE } from '../site';
import type { Field } from './csv';
import { byteSize, type DataFile } from './downloads';
import { DATA_LICENCE } from './licence';

/** The package's name: a stable identifier for data catalogues. */
export const PACKAGE_NAME = 'the-job-was-a-trap';

/** A short description of the whole package, shared by `datapackage.json` and the `Dataset` metadata. */
export const PACKAGE_DESCRIPTION =
  'Reference data of the long read "The job was a trap": the places and documented trafficking routes it maps, ' +
  'the timeline of key events, the bibliography every fact cites, and the data of each chart. ' +
  'Documented cases from published reporting, not a census: see the data page for what the data do not say.';

/** Keywords for catalogues. */
export const PACKAGE_KEYWORDS = [
  'human trafficking',
  'forced labour',
  'scam compounds',
  'online scams',
  'Cambodia',
  'Myanmar',
  'Laos',
  'Southeast Asia',
];

/** A Table Schema field as the descriptor states it. */
function schemaField(field: Field): Record<string, unknown> {
  return {
    name: field.name,
    type: field.type,
    ...(field.format ? { format: field.format } : {}),
    description: field.description,
    ...(field.constraints ? { constraints: { ...field.constraints } } : {}),
  };
}

/** `sha256:<hex>` of a file's text, as Frictionless `hash` states it. */
export function sha256(body: string): string {
  return `sha256:${createHash('sha256').update(body, 'utf8').digest('hex')}`;
}

/** One resource of the package. */
function resource(file: DataFile, sources: ReadonlyMap<string, Source>): Record<string, unknown> {
  const common = {
    name: file.name,
    path: file.path,
    title: file.title,
    description: file.properties
      ? `${file.description} Each feature's properties: ${file.properties.map((p) => `${p.name} (${p.type}): ${p.description}`).join(' ')}`
      : file.description,
    format: file.format,
    mediatype: file.mediatype,
    encoding: 'utf-8',
    bytes: byteSize(file.body),
    hash: sha256(file.body),
    ...(file.sources.length > 0
      ? {
          sources: file.sources.map((id) => {
            const source = sources.get(id);
            if (!source) throw new Error(`${file.path}: unknown source "${id}"`);
            const link = primaryLink(source);
            return { title: `${shortCitation(source)}: ${source.title}`, ...(link ? { path: link } : {}) };
          }),
        }
      : {}),
  };
  if (file.format === 'geojson') return { ...common, profile: 'data-resource' };
  return {
    ...common,
    profile: 'tabular-data-resource',
    schema: {
      fields: (file.fields ?? []).map(schemaField),
      missingValues: [''],
      ...(file.primaryKey ? { primaryKey: file.primaryKey } : {}),
    },
  };
}

/**
 * The descriptor. `homepage` is the data page's absolute address; `sources` the bibliography
 * by id, for the chart resources' `sources`.
 */
export function dataPackage(
  files: readonly DataFile[],
  options: { homepage: string; siteUrl: string; sources: ReadonlyMap<string, Source> },
): Record<string, unknown> {
  return {
    profile: 'data-package',
    name: PACKAGE_NAME,
    title: `${SITE.title}: reference data`,
    description: PACKAGE_DESCRIPTION,
    homepage: options.homepage,
    created: `${SITE.updated}T00:00:00Z`,
    keywords: PACKAGE_KEYWORDS,
    licenses: [{ name: DATA_LICENCE.id, path: DATA_LICENCE.url, title: DATA_LICENCE.title }],
    contributors: [{ title: SITE.title, role: 'publisher', path: options.siteUrl }],
    sources: [{ title: 'The reports, articles and documents listed in sources.csv', path: 'sources.csv' }],
    resources: files.map((file) => resource(file, options.sources)),
  };
}
