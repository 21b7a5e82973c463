/**
 * The facts box of a survivor account as rows of a term and its value: what the sources say,
 * each in its own row, and one last row that says plainly what they do not say.
 */
import type { Story } from '../content/schema';
import { countryName } from './countries';

/** One row of the facts box. */
export interface FactRow {
  term: string;
  value: string;
  /** The row that lists what the sources leave out. */
  unknown?: boolean;
}

/** What the page knows besides the front matter. */
export interface FactContext {
  /** When and by whom the case was first reported ("8 January 2025, by Bangkok Post"). */
  reported?: string | undefined;
  /** The title of the account's route. */
  routeTitle?: string | undefined;
  /** English names of the places where the person was held. */
  heldAt: readonly string[];
}

/** `text` with a capital first letter and no full stop at the end (a value in a row). */
function value(text: string): string {
  const trimmed = text.trim().replace(/\.$/, '');
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}

/** "a", "a and b", "a, b and c". */
function listOf(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * The rows of an account's facts box. Only what the sources say gets a row of its own; the job
 * offered, the year of recruitment, where the person was held and how it ended are listed in a
 * last "Not known" row when the sources leave them out.
 */
export function accountFacts(story: Story, context: FactContext): FactRow[] {
  const s = story;
  const rows: FactRow[] = [
    { term: 'From', value: [countryName(s.origin.country), s.origin.region?.trim()].filter(Boolean).join(', ') },
  ];
  if (s.year !== undefined) rows.push({ term: 'Year', value: String(s.year) });
  if (context.reported) rows.push({ term: 'Reported', value: context.reported });
  if (s.lure.job) rows.push({ term: 'Job offered', value: value(s.lure.job) });
  if (s.lure.pay) rows.push({ term: 'Pay promised', value: value(s.lure.pay) });
  if (s.lure.platform) rows.push({ term: 'Contacted through', value: value(s.lure.platform) });
  if (context.routeTitle) rows.push({ term: 'Route', value: value(context.routeTitle) });
  if (context.heldAt.length > 0) rows.push({ term: 'Held in', value: listOf(context.heldAt) });
  if (s.outcome) rows.push({ term: 'Outcome', value: value(s.outcome) });

  const unknown = [
    !s.lure.job && 'the job offered',
    s.year === undefined && 'the year of recruitment',
    context.heldAt.length === 0 && `where ${s.pseudonym} was held`,
    !s.outcome && 'how it ended',
  ].filter((item): item is string => typeof item === 'string');
  if (unknown.length > 0) rows.push({ term: 'Not known', value: `${value(listOf(unknown))}.`, unknown: true });
  return rows;
}
