/** Data tables and their CSV: columns from any records, flattening, RFC 4180 quoting, BOM and CRLF. */
import { describe, expect, test } from 'vitest';
import { CSV_BOM, recordsTable, toCsv } from '../../../src/lib/graphics/table';

describe('recordsTable', () => {
  test('one column per field met in any record, the usual leaders first, extra constants last', () => {
    const table = recordsTable(
      [
        { value: 12, label: 'A', source: 'X' },
        { label: 'B', low: 3, value: 7, note: 'n' },
      ],
      { unit: 'people' },
    );
    expect(table.columns).toEqual(['label', 'source', 'low', 'value', 'note', 'unit']);
    expect(table.rows[1]).toEqual({ label: 'B', low: 3, value: 7, note: 'n', unit: 'people' });
  });

  test('nested fields become dotted columns and lists are joined', () => {
    const table = recordsTable([{ label: 'A', range: { from: 1, to: 2 }, tags: ['x', 'y'] }]);
    expect(table.columns).toEqual(['label', 'range.from', 'range.to', 'tags']);
    expect(table.rows[0]).toMatchObject({ 'range.from': 1, tags: 'x; y' });
  });
});

describe('toCsv', () => {
  test('header of keys, CRLF lines, a byte order mark, quotes only where needed', () => {
    const csv = toCsv({
      columns: ['label', 'value', 'note'],
      rows: [
        { label: 'Kenyan woman: "to buy your freedom"', value: 10000, note: undefined },
        { label: 'a, b', value: 2.5, note: 'line\nbreak' },
      ],
    });
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.slice(1)).toBe(
      'label,value,note\r\n"Kenyan woman: ""to buy your freedom""",10000,\r\n"a, b",2.5,"line\nbreak"\r\n',
    );
  });
});
