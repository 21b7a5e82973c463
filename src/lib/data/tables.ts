/**
 * The reference tables on /data/: the timeline (`content/timeline.yaml`) and the bibliography
 * (`content/sources.yaml`) as tables for CSV. Pure: validated content in, `Table` out. Each
 * table's fields are its data dictionary and its Table Schema (see `csv.ts`).
 */
import type { Source, TimelineEvent } from '../content/schema';
import { sourceKinds } from '../content/schema';
import { joinList, type Field, type Table } from './csv';

/** An entry of a keyed content file: its id and its validated data. */
export interface Keyed<T> {
  readonly id: string;
  readonly data: T;
}

/** A date written as precisely as the source allows: `2022`, `2022-07` or `2022-07-15`. */
const PARTIAL_DATE = '\\d{4}(-\\d{2}(-\\d{2})?)?';

/** A list of ids joined with `;`. */
const ID_LIST = '([a-z0-9-]+(;[a-z0-9-]+)*)?';

export const TIMELINE_FIELDS: readonly Field[] = [
  {
    name: 'id',
    type: 'string',
    description: 'The event’s id; the event is at /timeline/#<id> on the site.',
    constraints: { required: true, pattern: '[a-z0-9-]+' },
  },
  {
    name: 'date',
    type: 'string',
    description: 'When it happened, only as precisely as the sources say: YYYY, YYYY-MM or YYYY-MM-DD.',
    constraints: { required: true, pattern: PARTIAL_DATE },
  },
  {
    name: 'approximate',
    type: 'boolean',
    description: 'true when the sources give the date only approximately (“about 30 January”), else false.',
    constraints: { required: true },
  },
  { name: 'title', type: 'string', description: 'A headline for the event.', constraints: { required: true } },
  {
    name: 'text',
    type: 'string',
    description: 'One or two sentences, written by this site from the sources.',
    constraints: { required: true },
  },
  {
    name: 'places',
    type: 'string',
    description: 'Ids of the places where it happened, separated by semicolons: see places.geojson.',
    constraints: { pattern: ID_LIST },
  },
  {
    name: 'sources',
    type: 'string',
    description: 'Ids of the sources for the event, separated by semicolons: see sources.csv.',
    constraints: { required: true, pattern: ID_LIST },
  },
];

/** The timeline in date order (then id), one row per event. */
export function timelineTable(events: readonly Keyed<TimelineEvent>[]): Table {
  const sorted = [...events].sort((a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id));
  return {
    fields: TIMELINE_FIELDS,
    rows: sorted.map(({ id, data }) => ({
      id,
      date: data.date,
      approximate: data.approximate,
      title: data.title,
      text: data.text,
      places: joinList(data.places),
      sources: joinList(data.sources),
    })),
  };
}

export const SOURCE_FIELDS: readonly Field[] = [
  {
    name: 'id',
    type: 'string',
    description: 'The source’s id, as the other files cite it; the entry is at /sources/#source-<id> on the site.',
    constraints: { required: true, pattern: '[a-z0-9-]+' },
  },
  {
    name: 'title',
    type: 'string',
    description:
      'Title of the original work, as its publisher gives it. A title in [square brackets] is a description written by this site.',
    constraints: { required: true },
  },
  {
    name: 'publisher',
    type: 'string',
    description: 'The original publisher, even where a copy elsewhere was read.',
    constraints: { required: true },
  },
  { name: 'author', type: 'string', description: 'Author(s) or producers, where the source names them.' },
  {
    name: 'date',
    type: 'string',
    description: 'Publication date, as precisely as known: YYYY, YYYY-MM or YYYY-MM-DD; empty when unknown.',
    constraints: { pattern: PARTIAL_DATE },
  },
  {
    name: 'kind',
    type: 'string',
    description: 'What kind of source it is.',
    constraints: { required: true, enum: sourceKinds },
  },
  { name: 'url', type: 'string', format: 'uri', description: 'Address of the original publication, where known.' },
  {
    name: 'read_at',
    type: 'string',
    format: 'uri',
    description:
      'Address of the copy that was read (a wire copy, a mirror, a republished article), where it differs from url.',
  },
  { name: 'note', type: 'string', description: 'How the source was read, caveats, and conflicts with other sources.' },
];

/** The bibliography in id order, one row per source. */
export function sourcesTable(sources: readonly Keyed<Source>[]): Table {
  const sorted = [...sources].sort((a, b) => a.id.localeCompare(b.id));
  return {
    fields: SOURCE_FIELDS,
    rows: sorted.map(({ id, data }) => ({
      id,
      title: data.title,
      publisher: data.publisher,
      author: data.author,
      date: data.date,
      kind: data.kind,
      url: data.url,
      read_at: data.readAt,
      note: data.note,
    })),
  };
}
