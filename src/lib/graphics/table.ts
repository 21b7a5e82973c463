/**
 * A graphic's data as a plain table, for "Get the data": the CSV download and the tests that
 * check it against the content. A chart's table is its `data` rows, whatever its kind (each
 * field a column, nested fields flattened, lists joined); a map's table is built by the registry
 * from its places and routes.
 *
 * Pure; no Astro, no Node.
 */

/** A cell: text, a number, or empty. */
export type Cell = string | number | undefined;

/** A table: named columns and rows keyed by column. */
export interface DataTable {
  /** Column keys, in order; they are the CSV header. */
  columns: string[];
  rows: Record<string, Cell>[];
}

/** Columns that lead a chart's table when present, in this order; other fields follow as met. */
const LEADING_COLUMNS = ['label', 'date', 'source', 'low', 'value', 'high'];

/** A field value flattened into cells: objects become `key.sub`, lists are joined with "; ". */
function flatten(prefix: string, value: unknown, into: Map<string, Cell>): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    into.set(prefix, value.map((item) => (typeof item === 'object' ? JSON.stringify(item) : String(item))).join('; '));
  } else if (typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) flatten(`${prefix}.${key}`, inner, into);
  } else if (typeof value === 'number' || typeof value === 'string') {
    into.set(prefix, value);
  } else {
    into.set(prefix, String(value));
  }
}

/**
 * The table of any list of records (a chart's `data`): one row per record, one column per field
 * met in any record. `extra` adds constant columns at the end (a chart's `unit`).
 */
export function recordsTable(records: readonly object[], extra: Record<string, Cell> = {}): DataTable {
  const flat = records.map((record) => {
    const cells = new Map<string, Cell>();
    for (const [key, value] of Object.entries(record)) flatten(key, value, cells);
    return cells;
  });
  const seen: string[] = [];
  for (const cells of flat) for (const key of cells.keys()) if (!seen.includes(key)) seen.push(key);
  const leading = LEADING_COLUMNS.filter((key) => seen.includes(key));
  const columns = [...leading, ...seen.filter((key) => !leading.includes(key)), ...Object.keys(extra)];
  return {
    columns,
    rows: flat.map((cells) => ({ ...Object.fromEntries(cells), ...extra })),
  };
}

/** One CSV field: quoted when it holds a comma, a quote, a line break or outer spaces (RFC 4180). */
function csvField(cell: Cell): string {
  if (cell === undefined) return '';
  const text = String(cell);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Byte order mark: spreadsheet programs then read the file as UTF-8 (Datawrapper does the same). */
export const CSV_BOM = '\ufeff';

/** A table as CSV: header row of column keys, CRLF line ends, UTF-8 with a byte order mark. */
export function toCsv(table: DataTable): string {
  const lines = [table.columns, ...table.rows.map((row) => table.columns.map((key) => row[key]))].map((cells) =>
    cells.map(csvField).join(','),
  );
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}
