/**
 * Plain-text tables with Markdown pipes, for the byte budgets in `npm test` and the figures of
 * `npm run bench`: readable in a terminal and pasteable into a note or an issue as is.
 */

/** How a column is aligned: text to the left, figures to the right. */
export type Align = 'left' | 'right';

/**
 * A Markdown table: one header row, a separator row (`---:` for right-aligned columns) and the
 * rows, every column padded to its widest cell. Missing cells are empty; `align` defaults to
 * left for the first column and right for the others.
 */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly Align[] = header.map((_, column) => (column === 0 ? 'left' : 'right')),
): string {
  const widths = header.map((title, column) =>
    Math.max(3, title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]): string =>
    `| ${widths
      .map((width, column) => {
        const cell = cells[column] ?? '';
        return align[column] === 'right' ? cell.padStart(width) : cell.padEnd(width);
      })
      .join(' | ')} |`;
  const separator = `|${widths
    .map((width, column) => (align[column] === 'right' ? `${'-'.repeat(width + 1)}:` : '-'.repeat(width + 2)))
    .join('|')}|`;
  return [line(header), separator, ...rows.map(line)].join('\n');
}
