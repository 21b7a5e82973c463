/**
 * Every chart as rows of a table, whatever its kind: the one place that says what a chart's data
 * is. The chart's "Show the numbers" table, the tooltips of its marks and the downloadable CSV
 * (one line per row, `CHART_ROW_COLUMNS` as its columns) all read these rows, so they cannot
 * disagree with each other or with the drawing.
 *
 * A timeline chart's rows are events of `timeline.yaml`; pass them in `lookups.timeline`.
 */
import type { Bound, Chart, Source, TimelineChartSpec, TimelineEvent } from '../content/schema';
import { shortCitation } from '../cite/source';
import { formatPartialDate } from '../format/date';
import { formatNumber } from '../format/number';
import { monthsOfPay } from './months-of-pay';
import { rangeWords } from './ranges-layout';

/** One row of a chart's data. */
export interface ChartRow {
  /**
   * What the row is: a bar's label; who made an estimate and when ("UN human rights office,
   * 2023"); the person in a ledger; an event's title in a timeline.
   */
  label: string;
  /** The group a ranges row belongs to ("Cambodia"). */
  group?: string;
  /** The figure: a bar's value (a range's upper end), an estimate, a ledger's price; none for an event or an estimate without a number. */
  value?: number;
  /** The lower end of a range. */
  low?: number;
  /** The upper end of a range (the same as `value`). */
  high?: number;
  /** How `value` is bounded ("at least"), where it is. */
  bound?: Bound;
  /** The figure as the chart writes it: `4,860`, `18–37`, `at least 120,000`, `$12,000`. */
  display: string;
  /** Unit of `value` (the chart's). */
  unit?: string;
  /** Who made or reported the figure, in words. */
  source?: string;
  /** When: an estimate's or an event's date, as precise as known (`2023`, `2019-08-15`). */
  date?: string;
  /** True when the sources give the date only approximately. */
  approximate?: boolean;
  /** Ids of the row's sources in `sources.yaml` (a bar chart's rows share the chart's). */
  sources: readonly string[];
  /** The survivor account (story id) a ledger row links to. */
  account?: string;
  /** A ledger's promised pay a month, in US dollars, and how it is bounded. */
  promisedUsd?: number;
  promisedBound?: Bound;
  /** A ledger's months of promised pay the price equals (to the half month), and the phrase ("at most 8 months"). */
  months?: number;
  monthsText?: string;
}

/**
 * Columns of a chart's CSV, in order, with what each holds: the data dictionary. Every kind uses
 * the same columns; a column a kind has no use for is empty.
 */
export const CHART_ROW_COLUMNS = [
  ['label', 'What the row is: a label, who made an estimate and when, a person, or an event'],
  ['group', 'The group an estimate belongs to (a country)'],
  ['value', 'The figure; for a range its upper end; for a ledger the price in US dollars'],
  ['low', 'The lower end of a range'],
  ['high', 'The upper end of a range'],
  ['bound', 'How the figure is bounded: about, at-least, more-than or at-most'],
  ['display', 'The figure as the chart writes it'],
  ['unit', 'Unit of the figure'],
  ['source', 'Who made or reported the figure'],
  ['date', 'When, as precise as known (YYYY, YYYY-MM or YYYY-MM-DD)'],
  ['approximate', 'true when the date is approximate'],
  ['sources', 'Ids of the sources in the bibliography, separated by spaces'],
  ['account', 'The survivor account on this site that tells the case'],
  ['promised_usd', 'Pay promised a month, in US dollars'],
  ['promised_bound', 'How the promised pay is bounded'],
  ['months', 'Months of the promised pay the price equals, to the half month'],
  ['months_text', 'The same, in words'],
] as const;

/** What `chartRows` may need besides the chart: the timeline's events (and sources, for their names). */
export interface ChartLookups {
  timeline?: ReadonlyMap<string, TimelineEvent>;
  sources?: ReadonlyMap<string, Source>;
}

/** The events a timeline chart shows, in date order, each with the label the chart gives it. */
export function timelineEvents(
  chart: TimelineChartSpec,
  timeline: ReadonlyMap<string, TimelineEvent>,
): { id: string; event: TimelineEvent; label: string }[] {
  const picked =
    chart.events === 'all' ? [...timeline.keys()].map((event) => ({ event, label: undefined })) : chart.events;
  return picked
    .map(({ event: id, label }) => {
      const event = timeline.get(id);
      if (!event) throw new Error(`timeline chart: unknown event "${id}" (the content check should have caught this)`);
      return { id, event, label: label ?? event.title };
    })
    .sort((a, b) => a.event.date.localeCompare(b.event.date));
}

/** The rows of `chart`, in the order it draws them (a timeline's in date order). */
export function chartRows(chart: Chart, lookups: ChartLookups = {}): ChartRow[] {
  switch (chart.kind) {
    case 'bar':
      return chart.data.map((row) => ({
        label: row.label,
        value: row.value,
        ...(row.low === undefined ? {} : { low: row.low, high: row.value }),
        display:
          row.low === undefined ? formatNumber(row.value) : `${formatNumber(row.low)}–${formatNumber(row.value)}`,
        unit: chart.unit,
        ...(row.source === undefined ? {} : { source: row.source }),
        sources: chart.sources,
      }));
    case 'ranges':
      return chart.data.map((row) => ({
        label: rangeLabel(row),
        group: row.group,
        ...(row.value === undefined ? {} : { value: row.value }),
        ...(row.low === undefined ? {} : { low: row.low, high: row.value }),
        ...(row.bound === undefined ? {} : { bound: row.bound }),
        display: rangeWords(row, formatNumber),
        unit: chart.unit,
        source: row.by,
        ...(row.date === undefined ? {} : { date: row.date }),
        sources: row.sources,
      }));
    case 'ledger':
      return chart.data.map((row) => {
        const months = monthsOfPay(row.price.usd, row.promised);
        return {
          label: row.label,
          value: row.price.usd,
          display: `$${formatNumber(row.price.usd)}`,
          unit: chart.unit,
          source: row.source,
          sources: row.sources,
          ...(row.account === undefined ? {} : { account: row.account }),
          promisedUsd: row.promised.usd,
          ...(row.promised.bound === undefined ? {} : { promisedBound: row.promised.bound }),
          months: months.months,
          monthsText: months.text,
        };
      });
    case 'timeline': {
      if (!lookups.timeline) throw new Error('chartRows: a timeline chart needs lookups.timeline');
      const sources = lookups.sources;
      return timelineEvents(chart, lookups.timeline).map(({ event }) => ({
        label: event.title,
        display: datePhrase(event.date, event.approximate),
        date: event.date,
        ...(event.approximate ? { approximate: true } : {}),
        ...(sources ? { source: event.sources.map((id) => citation(id, sources)).join('; ') } : {}),
        sources: event.sources,
      }));
    }
    default: {
      const unreachable: never = chart;
      throw new Error(`chartRows: unknown chart ${JSON.stringify(unreachable)}`);
    }
  }
}

/** A row as one line of values in `CHART_ROW_COLUMNS` order (empty where a kind has none). */
export function chartRowValues(row: ChartRow): (string | number)[] {
  const value: Record<(typeof CHART_ROW_COLUMNS)[number][0], string | number | undefined> = {
    label: row.label,
    group: row.group,
    value: row.value,
    low: row.low,
    high: row.high,
    bound: row.bound,
    display: row.display,
    unit: row.unit,
    source: row.source,
    date: row.date,
    approximate: row.approximate ? 'true' : undefined,
    sources: row.sources.join(' '),
    account: row.account,
    promised_usd: row.promisedUsd,
    promised_bound: row.promisedBound,
    months: row.months,
    months_text: row.monthsText,
  };
  return CHART_ROW_COLUMNS.map(([key]) => value[key] ?? '');
}

/** A chart's table for readers: column headings, and per row its header cell and other cells. */
export interface ChartTable {
  headings: string[];
  /** Which columns hold numbers (right-aligned). */
  numeric: boolean[];
  rows: { header: string; cells: string[]; account?: string }[];
}

/** The "Show the numbers" table of `chart`, from its rows. */
export function chartTable(chart: Chart, lookups: ChartLookups = {}): ChartTable {
  const rows = chartRows(chart, lookups);
  switch (chart.kind) {
    case 'bar': {
      const hasSources = rows.some((r) => r.source !== undefined);
      return {
        headings: ['Row', ...(hasSources ? ['Source'] : []), chart.unit],
        numeric: [false, ...(hasSources ? [false] : []), true],
        rows: rows.map((r) => ({ header: r.label, cells: [...(hasSources ? [r.source ?? ''] : []), r.display] })),
      };
    }
    case 'ranges':
      return {
        headings: ['Estimate for', 'Made by', chart.unit],
        // Words as well as figures ("tens of thousands"), so not set as numbers.
        numeric: [false, false, false],
        rows: rows.map((r) => ({ header: r.group ?? '', cells: [r.label, r.display] })),
      };
    case 'ledger':
      return {
        headings: ['Person', 'Promised', 'Price', 'Months of promised pay', 'Reported by'],
        numeric: [false, false, false, false, false],
        rows: chart.data.map((d, i) => {
          const r = rows[i]!;
          return {
            header: r.label,
            cells: [d.promised.words, d.price.words, r.monthsText ?? '', r.source ?? ''],
            ...(r.account === undefined ? {} : { account: r.account }),
          };
        }),
      };
    case 'timeline':
      return {
        headings: ['Date', 'Event', ...(rows.some((r) => r.source) ? ['Sources'] : [])],
        numeric: [false, false, false],
        rows: rows.map((r) => ({ header: r.display, cells: [r.label, ...(r.source ? [r.source] : [])] })),
      };
    default: {
      const unreachable: never = chart;
      throw new Error(`chartTable: unknown chart ${JSON.stringify(unreachable)}`);
    }
  }
}

/** Who made an estimate and when: `UN human rights office, 2023`; `… (undated)` without a date. */
export function rangeLabel(row: { by: string; date?: string | undefined }): string {
  return row.date === undefined ? `${row.by} (undated)` : `${row.by}, ${row.date.slice(0, 4)}`;
}

/** `About 30 January 2024`, `August 2019`. */
function datePhrase(date: string, approximate: boolean): string {
  return approximate ? `About ${formatPartialDate(date)}` : formatPartialDate(date);
}

/** A source's short citation, or its id when it is not in the lookup. */
function citation(id: string, sources: ReadonlyMap<string, Source>): string {
  const source = sources.get(id);
  return source ? shortCitation(source) : id;
}

/**
 * A chart's table as HTML, without whitespace between tags (the long read carries ten of them):
 * a hidden caption (`captionId`), column headings, a header cell per row (a link to the account
 * where a ledger row has one, through `accountHref`), numbers right-aligned (class `num`).
 */
export function chartTableHtml(
  table: ChartTable,
  options: { caption: string; captionId: string; accountHref: (story: string) => string },
): string {
  const e = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const num = (i: number) => (table.numeric[i] ? ' class="num"' : '');
  const head = table.headings.map((h, i) => `<th scope="col"${num(i)}>${e(h)}</th>`).join('');
  const body = table.rows
    .map((row) => {
      const header = row.account
        ? `<a href="${e(options.accountHref(row.account))}">${e(row.header)}</a>`
        : e(row.header);
      const cells = row.cells.map((cell, i) => `<td${num(i + 1)}>${e(cell)}</td>`).join('');
      return `<tr><th scope="row">${header}</th>${cells}</tr>`;
    })
    .join('');
  return `<table><caption class="visually-hidden" id="${e(options.captionId)}">${e(options.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}
