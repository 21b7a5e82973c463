/**
 * Every chart as rows, on the site's own charts: the table, the tooltips and the CSV all read
 * these, so they must say what the drawing says. Estimates keep who made them and when; a
 * ledger's months are worked out, not typed; a timeline's rows are its events with their sources.
 */
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../../src/lib/content';
import { CHART_ROW_COLUMNS, chartRows, chartRowValues, chartTable, chartTableHtml } from '../../../src/lib/charts/rows';

const { content } = loadContent('content');
const chart = (id: string) => content.charts.find((c) => c.id === id)!.data;
const lookups = {
  timeline: new Map(content.timeline.map((e) => [e.id, e.data])),
  sources: new Map(content.sources.map((e) => [e.id, e.data])),
};

test('every chart on the site gives rows, each with sources, and a table with a cell per heading', () => {
  for (const entry of content.charts) {
    const rows = chartRows(entry.data, lookups);
    expect(rows.length, entry.id).toBeGreaterThan(0);
    for (const row of rows) expect(row.sources.length, `${entry.id}: ${row.label}`).toBeGreaterThan(0);
    const table = chartTable(entry.data, lookups);
    for (const row of table.rows) expect(1 + row.cells.length, entry.id).toBe(table.headings.length);
    for (const row of rows) expect(chartRowValues(row)).toHaveLength(CHART_ROW_COLUMNS.length);
  }
});

test('bars: label, value, and a range as low and high', () => {
  const rows = chartRows(chart('scam-revenue-estimates'));
  expect(rows.find((r) => r.label === 'Asia')).toMatchObject({
    value: 37,
    low: 18,
    high: 37,
    display: '18–37',
    source: 'UNODC',
  });
});

describe('ranges', () => {
  const rows = chartRows(chart('estimates-by-country'));

  test('each estimate keeps its group, who made it and when, its bound and its words', () => {
    expect(rows[0]).toMatchObject({
      label: 'UN human rights office, 2023',
      group: 'Myanmar',
      value: 120000,
      bound: 'at-least',
      display: 'at least 120,000',
      date: '2023',
    });
    expect(rows.find((r) => r.low !== undefined)).toMatchObject({
      low: 80000,
      high: 100000,
      display: '80,000 to 100,000',
    });
  });

  test('an undated estimate says so, and one without a number has no value', () => {
    expect(rows.map((r) => r.label)).toContain('Cambodian government, as cited by IJM (undated)');
    const words = rows.find((r) => r.value === undefined)!;
    expect(words.display).toContain('tens of thousands');
  });

  test("every estimate cites its own sources, all of them in the chart's", () => {
    const listed = new Set(chart('estimates-by-country').sources);
    for (const row of rows) for (const id of row.sources) expect(listed.has(id)).toBe(true);
  });
});

test('ledger: price as the value, the promise beside it, the months worked out and linked to the account', () => {
  const rows = chartRows(chart('promise-against-price'));
  expect(rows[0]).toMatchObject({
    label: 'Tao, a securities analyst from China',
    value: 12000,
    promisedUsd: 1500,
    promisedBound: 'more-than',
    months: 8,
    monthsText: 'at most 8 months',
    account: 'tao',
  });
  expect(rows[1]).toMatchObject({ value: 10000, promisedUsd: 800, months: 12.5, monthsText: '12½ months' });
  expect(rows[1]).not.toHaveProperty('account');
});

test('timeline: its events in date order, each with its date, title and named sources', () => {
  const rows = chartRows(chart('key-events'), lookups);
  const dates = rows.map((r) => r.date!);
  expect([...dates].sort()).toEqual(dates);
  expect(rows[0]).toMatchObject({
    date: '2017',
    display: '2017',
    label: 'Building starts at Shwe Kokko on the Thai border',
  });
  expect(rows[0]!.source).toContain('The Diplomat');
  expect(rows.find((r) => r.approximate)?.display).toMatch(/^About /);
  expect(() => chartRows(chart('key-events'))).toThrow(/lookups\.timeline/);
});

test('the table as HTML: escaped, a caption, a header cell per row, the account linked, numbers marked', () => {
  const html = chartTableHtml(
    {
      headings: ['Person', 'Price'],
      numeric: [false, true],
      rows: [{ header: 'A <b> & "c"', cells: ['$1'], account: 'tao' }],
    },
    { caption: 'Title', captionId: 'x-table', accountHref: (story) => `/stories/${story}/` },
  );
  expect(html).toBe(
    '<table><caption class="visually-hidden" id="x-table">Title</caption><thead><tr><th scope="col">Person</th><th scope="col" class="num">Price</th></tr></thead>' +
      '<tbody><tr><th scope="row"><a href="/stories/tao/">A &lt;b&gt; &amp; &quot;c&quot;</a></th><td class="num">$1</td></tr></tbody></table>',
  );
});
