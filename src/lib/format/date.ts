/**
 * Dates as readers see them. Content stores dates as precisely as the sources allow
 * (`2022`, `2022-07`, `2022-07-15`); these helpers print them without inventing precision.
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** `2022-07-15` → `15 July 2022`; `2022-07` → `July 2022`; `2022` → `2022`. */
export function formatPartialDate(date: string): string {
  const [year, month, day] = date.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return year ?? date;
  if (!day) return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

/** The year of a partial date, as a number. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
