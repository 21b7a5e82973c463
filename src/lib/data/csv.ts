/**
 * Tables and their CSV form, for the downloads on /data/ (and each graphic's "get the data").
 *
 * A `Table` is its fields (name, type, meaning: the same list becomes the CSV's header row, the
 * Frictionless Table Schema in `datapackage.json` and the data dictionary on /data/) and its
 * rows. `formatCsv` writes RFC 4180 CSV: UTF-8 (no byte-order mark), a header row, CRLF line
 * ends, and a field quoted only when it holds a comma, a double quote or a line break, with
 * inner quotes doubled (d3-dsv's `csvFormatRow`).
 *
 * Pure: no Astro, no file system. `chartTable` is the table of one chart in `content/charts/`;
 * `/data/charts/<chart-id>.csv` is `formatCsv(chartTable(chart))`.
 */
import { csvFormatRow } from 'd3-dsv';
import type { Chart } from '../content/schema';
import { CHART_ROW_COLUMNS, chartRows, type ChartLookups } from '../charts/rows';

/** Table Schema field types used here (a subset of Frictionless Table Schema v1's). */
export type FieldType = 'string' | 'number' | 'integer' | 'boolean';

/** One column: its name in the header row, its type and what it means. */
export interface Field {
  /** The header-row name, lower case with underscores (`read_at`). */
  readonly name: string;
  readonly type: FieldType;
  /** What the column means, for readers of the data dictionary: a sentence. */
  readonly description: string;
  /** `uri` for web addresses (Table Schema string formats). */
  readonly format?: 'uri';
  /** Table Schema constraints: `required` (never empty), a `pattern`, or an `enum` of values. */
  readonly constraints?: { readonly required?: boolean; readonly pattern?: string; readonly enum?: readonly string[] };
}

/** A cell: empty when undefined. Lists of ids are joined with `;` (see `joinList`). */
export type Cell = string | number | boolean | undefined;

/** A table: fields in column order, rows keyed by field name. */
export interface Table {
  readonly fields: readonly Field[];
  readonly rows: readonly Readonly<Record<string, Cell>>[];
}

/** The separator inside a cell that holds a list (source ids, place ids). */
export const LIST_SEPARATOR = ';';

/** `['a', 'b']` → `a;b`: ids never contain `;`, so the list splits back exactly. */
export function joinList(items: readonly string[]): string {
  return items.join(LIST_SEPARATOR);
}

/** RFC 4180 line ends. */
const CRLF = '\r\n';

function cellText(cell: Cell): string {
  if (cell === undefined) return '';
  if (typeof cell === 'number' && !Number.isFinite(cell)) throw new Error(`cannot write ${cell} to CSV`);
  return String(cell);
}

/**
 * The table as RFC 4180 CSV text: header row, then one line per row, each ending in CRLF.
 * Throws when a row has a key that is not a field (a typo would otherwise vanish silently) or a
 * required field is empty.
 */
export function formatCsv(table: Table): string {
  const names = table.fields.map((f) => f.name);
  const known = new Set(names);
  const lines = [csvFormatRow(names)];
  table.rows.forEach((row, i) => {
    for (const key of Object.keys(row)) {
      if (!known.has(key)) throw new Error(`row ${i + 1} has "${key}", which is not a field (${names.join(', ')})`);
    }
    for (const field of table.fields) {
      if (field.constraints?.required && cellText(row[field.name]) === '') {
        throw new Error(`row ${i + 1}: "${field.name}" is required but empty`);
      }
    }
    lines.push(csvFormatRow(names.map((name) => cellText(row[name]))));
  });
  return lines.join(CRLF) + CRLF;
}

// ---------------------------------------------------------------------------------------------
// Charts: one table per chart in content/charts/
// ---------------------------------------------------------------------------------------------

/** Columns whose cells are numbers or true/false in a chart's CSV (the others are text). */
const CHART_COLUMN_TYPES: Readonly<Record<string, FieldType>> = {
  value: 'number',
  low: 'number',
  high: 'number',
  promised_usd: 'number',
  months: 'number',
  approximate: 'boolean',
};

/**
 * The columns of every chart's CSV, whatever its kind: the chart rows' columns
 * (`CHART_ROW_COLUMNS` in `src/lib/charts/rows.ts`, which also says what each holds). A single
 * figure fills `value`; a range (one estimate given as "between 18 and 37") fills `low` and
 * `high` and leaves `value` empty, so that nobody adds a range's upper end to other figures by
 * accident. Lists of source ids are separated by semicolons.
 */
export const CHART_FIELDS: readonly Field[] = CHART_ROW_COLUMNS.map(([name, description]) => ({
  name,
  type: CHART_COLUMN_TYPES[name] ?? 'string',
  description:
    name === 'value'
      ? 'The figure; empty when the row is a range (see low and high); for a ledger the price in US dollars'
      : name === 'sources'
        ? 'Ids of the sources in the bibliography, separated by semicolons'
        : description,
  ...(name === 'label' ? { constraints: { required: true } } : {}),
}));

/** The rows of one chart (any kind), in the chart's order, as a table with `CHART_FIELDS`. */
export function chartTable(chart: Chart, lookups: ChartLookups = {}): Table {
  return {
    fields: CHART_FIELDS,
    rows: chartRows(chart, lookups).map((row) => {
      const range = row.low !== undefined;
      return {
        label: row.label,
        group: row.group,
        value: range ? undefined : row.value,
        low: row.low,
        high: range ? (row.high ?? row.value) : undefined,
        bound: row.bound,
        display: row.display,
        unit: row.unit,
        source: row.source,
        date: row.date,
        approximate: row.approximate,
        sources: row.sources.length > 0 ? joinList(row.sources) : undefined,
        account: row.account,
        promised_usd: row.promisedUsd,
        promised_bound: row.promisedBound,
        months: row.months,
        months_text: row.monthsText,
      };
    }),
  };
}

/** One chart's data as CSV text: what `/data/charts/<chart-id>.csv` serves. */
export function chartCsv(chart: Chart, lookups: ChartLookups = {}): string {
  return formatCsv(chartTable(chart, lookups));
}

/**
 * The site-relative address of a chart's CSV, `/data/charts/<chart-id>.csv`: pass it through
 * `href()` (src/lib/url.ts) for a link that works under BASE_PATH.
 */
export function chartCsvPath(chartId: string): string {
  return `/data/charts/${chartId}.csv`;
}
