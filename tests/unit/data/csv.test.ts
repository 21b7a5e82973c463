/**
 * The CSV writer of the data downloads: RFC 4180 quoting, CRLF line ends, a header row from the
 * fields, UTF-8 text untouched, and chart tables that keep a range as a range. Every written
 * table is read back with d3-dsv's parser, as a reader's spreadsheet would read it.
 */
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { describe, expect, test } from 'vitest';
import { loadContentOrThrow } from '../../../src/lib/content';
import type { Chart } from '../../../src/lib/content/schema';
import { chartRows } from '../../../src/lib/charts/rows';
import {
  chartCsv,
  chartCsvPath,
  chartTable,
  CHART_FIELDS,
  formatCsv,
  joinList,
  type Field,
  type Table,
} from '../../../src/lib/data/csv';

const fields: Field[] = [
  { name: 'id', type: 'string', description: 'An id.', constraints: { required: true } },
  { name: 'text', type: 'string', description: 'Some text.' },
  { name: 'n', type: 'number', description: 'A number.' },
  { name: 'ok', type: 'boolean', description: 'A flag.' },
];
const table = (rows: Table['rows']): Table => ({ fields, rows });

describe('formatCsv', () => {
  test('writes a header row, then one line per row, each ending in CRLF', () => {
    expect(formatCsv(table([{ id: 'a', text: 'plain', n: 1.5, ok: true }]))).toBe(
      'id,text,n,ok\r\na,plain,1.5,true\r\n',
    );
  });

  test('quotes a field with a comma, a double quote or a line break, and doubles inner quotes', () => {
    const csv = formatCsv(
      table([
        { id: 'comma', text: 'Bangkok, Thailand' },
        { id: 'quote', text: 'paid "more than $1,500"' },
        { id: 'lf', text: 'one\ntwo' },
        { id: 'crlf', text: 'one\r\ntwo' },
      ]),
    );
    expect(csv).toContain('comma,"Bangkok, Thailand",,\r\n');
    expect(csv).toContain('quote,"paid ""more than $1,500""",,\r\n');
    expect(csv).toContain('lf,"one\ntwo",,\r\n');
    expect(csv).toContain('crlf,"one\r\ntwo",,\r\n');
  });

  test('does not quote what needs no quotes', () => {
    expect(formatCsv(table([{ id: 'x', text: 'Myawaddy; Mae Sot' }]))).toBe(
      'id,text,n,ok\r\nx,Myawaddy; Mae Sot,,\r\n',
    );
  });

  test('leaves a missing value empty and keeps local scripts as they are (UTF-8, no byte-order mark)', () => {
    const csv = formatCsv(table([{ id: 'km', text: 'ក្រុងព្រះសីហនុ', n: undefined, ok: false }]));
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(csv).toBe('id,text,n,ok\r\nkm,ក្រុងព្រះសីហនុ,,false\r\n');
  });

  test('reads back exactly with d3-dsv, whatever the text holds', () => {
    const rows = [
      { id: 'a', text: 'He said: "I was sold", then, later,\nhe left', n: 12000, ok: true },
      { id: 'b', text: '  spaces kept  ', n: 0.25, ok: false },
      { id: 'c', text: '', n: undefined, ok: undefined },
    ];
    const parsed = csvParse(formatCsv(table(rows)));
    expect(parsed.columns).toEqual(['id', 'text', 'n', 'ok']);
    expect(parsed.map((r) => ({ ...r }))).toEqual([
      { id: 'a', text: 'He said: "I was sold", then, later,\nhe left', n: '12000', ok: 'true' },
      { id: 'b', text: '  spaces kept  ', n: '0.25', ok: 'false' },
      { id: 'c', text: '', n: '', ok: '' },
    ]);
  });

  test('refuses a row key that is not a field, and an empty required field', () => {
    expect(() => formatCsv(table([{ id: 'a', txet: 'typo' }]))).toThrow('row 1 has "txet", which is not a field');
    expect(() => formatCsv(table([{ id: '', text: 'x' }]))).toThrow('row 1: "id" is required but empty');
    expect(() => formatCsv(table([{ id: 'a', n: Number.NaN }]))).toThrow('cannot write NaN');
  });

  test('joinList separates ids with semicolons', () => {
    expect(joinList(['a-1', 'b'])).toBe('a-1;b');
    expect(joinList([])).toBe('');
  });
});

describe('chart tables', () => {
  const chart: Chart = {
    kind: 'bar',
    title: 'A title that states the finding',
    subtitle: 'A subtitle',
    unit: 'US$ billion a year',
    data: [
      { label: 'Mekong', source: 'USIP', value: 43.8 },
      { label: 'Asia', source: 'UNODC', low: 18, value: 37 },
      { label: 'No source', value: 10 },
    ],
    alt: 'A chart of three estimates, one of them a range.',
    sources: ['s'],
  };

  test('a single figure fills value; a range fills low and high and leaves value empty', () => {
    expect(
      chartTable(chart).rows.map(({ label, value, low, high, unit, source }) => ({
        label,
        value,
        low,
        high,
        unit,
        source,
      })),
    ).toEqual([
      { label: 'Mekong', value: 43.8, low: undefined, high: undefined, unit: 'US$ billion a year', source: 'USIP' },
      { label: 'Asia', value: undefined, low: 18, high: 37, unit: 'US$ billion a year', source: 'UNODC' },
      { label: 'No source', value: 10, low: undefined, high: undefined, unit: 'US$ billion a year', source: undefined },
    ]);
  });

  test('the CSV has the chart fields as its header, in order, and a range reads back as a range', () => {
    expect(chartCsv(chart).split('\r\n')[0]).toBe(CHART_FIELDS.map((f) => f.name).join(','));
    const asia = csvParse(chartCsv(chart))[1]!;
    expect([asia['label'], asia['value'], asia['low'], asia['high'], asia['source'], asia['sources']]).toEqual([
      'Asia',
      '',
      '18',
      '37',
      'UNODC',
      's',
    ]);
  });

  test('the address of a chart CSV', () => {
    expect(chartCsvPath('promised-pay')).toBe('/data/charts/promised-pay.csv');
  });

  const content = loadContentOrThrow(join(import.meta.dirname, '../../../content'));
  const lookups = {
    timeline: new Map(content.timeline.map((e) => [e.id, e.data])),
    sources: new Map(content.sources.map((e) => [e.id, e.data])),
  };
  test.each(content.charts.map((c) => [c.id, c.data] as const))(
    'content/charts/%s.yaml reads back from its CSV row for row',
    (_id, data) => {
      const parsed = csvParse(chartCsv(data, lookups));
      const rows = chartRows(data, lookups);
      expect(rows.length).toBeGreaterThan(0);
      expect(parsed.length).toBe(rows.length);
      rows.forEach((row, i) => {
        const got = parsed[i]!;
        expect(got['label']).toBe(row.label);
        expect(got['source']).toBe(row.source ?? '');
        expect(got['unit']).toBe(row.unit ?? '');
        expect(got['display']).toBe(row.display);
        if (row.low === undefined) {
          expect([got['value'], got['low'], got['high']]).toEqual([
            row.value === undefined ? '' : String(row.value),
            '',
            '',
          ]);
        } else {
          expect([got['value'], Number(got['low']), Number(got['high'])]).toEqual(['', row.low, row.high ?? row.value]);
        }
      });
    },
  );
});
