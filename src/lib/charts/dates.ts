/**
 * Partial dates (`2017`, `2019-08`, `2019-08-15`) as spans of time: a date the sources give only
 * to the year covers the whole year, so a chart can draw it as such instead of inventing a day.
 */

/** The span a partial date names, as UTC instants: `[start, end)`. */
export function dateSpan(date: string): { start: Date; end: Date } {
  const [y, m, d] = date.split('-').map(Number);
  const year = y!;
  if (m === undefined) return { start: utc(year, 0, 1), end: utc(year + 1, 0, 1) };
  if (d === undefined) return { start: utc(year, m - 1, 1), end: utc(year, m, 1) };
  return { start: utc(year, m - 1, d), end: utc(year, m - 1, d + 1) };
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/**
 * A partial date in a few characters, for chart labels: `2017`, `Aug 2019`; a day is given as
 * its month (the table gives the day). `approximate` adds "About".
 */
export function shortDate(date: string, approximate = false): string {
  const [year, month] = date.split('-');
  const text = month ? `${SHORT_MONTHS[Number(month) - 1]} ${year}` : year!;
  return approximate ? `About ${text}` : text;
}

function utc(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month, day));
}
