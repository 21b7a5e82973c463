/**
 * The promises a survivor account's protection label makes, checked against everything on the
 * site that tells the account. An editor who withholds something in `protection.withheld` must
 * not give it away elsewhere, and an account must not point at something its page does not show.
 *
 * What tells an account: its own front matter and body; its route (period, title, summary, leg
 * notes); every step, timeline event and place that cites the account's original report (the
 * first of its `sources`); every step whose map shows its route; and in charts, the ledger rows
 * that link to the account or cite its report and the timeline labels of events that cite it.
 *
 * The rules:
 * - `dates` withheld: no day-precise date anywhere that tells the account ("3 January 2025",
 *   "January 3", `2025-01-03` in a date field); give the month at most. The date a report was
 *   published (its citation, the account's "Reported" line) is not a date in the person's story
 *   and is not checked.
 * - `exact age` withheld: no exact age ("32-year-old", "aged 32", "32 years old").
 * - The body refers to "the year shown above": the account must set `year`, which the page shows.
 *   It refers to "the date shown above": its original report must have a date, which the page shows
 *   as "Reported".
 */
import type { Content, Entry, StoryEntry } from './read';
import type { ContentProblem } from './problems';

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
const DAY = '(?:[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?';

/** A date that names the day: "3 January 2025", "3rd of Jan", "January 3", "2025-01-03". */
const DAY_PRECISE = new RegExp(
  `\\b${DAY}\\s+(?:of\\s+)?${MONTH}(?![a-z])|\\b${MONTH}\\s+${DAY}(?![\\d])\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b`,
);

/** An exact age: "32-year-old", "a 20-year-old's", "aged 32", "32 years old", "age 32". */
const EXACT_AGE = /\b\d{1,3}-years?-olds?\b|\baged?\s+\d{1,3}\b|\b\d{1,3}\s+years?\s+old\b/i;

/** A piece of text that tells an account, and where it is. */
interface Passage {
  file: string;
  field: string;
  text: string;
  /** True for a date field (`2025-01-03`), false for prose. */
  isDate?: boolean;
}

/** Checks every survivor account's label against what the site says about the account. */
export function checkProtection(content: Content): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const story of content.stories) {
    const withheld = new Set<string>(story.data.protection.withheld);
    const passages = withheld.size > 0 ? passagesTelling(story, content) : [];
    for (const p of passages) {
      if (withheld.has('dates')) {
        const day = p.isDate ? (/^\d{4}-\d{2}-\d{2}$/.test(p.text) ? p.text : undefined) : DAY_PRECISE.exec(p.text)?.[0];
        if (day !== undefined) problems.push(breach(p, story, `gives the day ("${day}")`, 'dates', 'give the month at most'));
      }
      if (withheld.has('exact age') && !p.isDate) {
        const age = EXACT_AGE.exec(p.text)?.[0];
        if (age !== undefined) problems.push(breach(p, story, `gives an exact age ("${age}")`, 'exact age', 'give an age range, such as "in his thirties"'));
      }
    }
    problems.push(...shownAbove(story, content));
  }
  return problems;
}

/** The problem for a passage that gives away what a story's label withholds. */
function breach(p: Passage, story: StoryEntry, what: string, detail: string, fix: string): ContentProblem {
  const whose = p.file === story.file ? 'but the label' : `but it tells the account in ${story.file}, whose label`;
  return { file: p.file, field: p.field, message: `${what}, ${whose} withholds ${detail}: ${fix}` };
}

/** "The year shown above" and "the date shown above" must point at something the page shows. */
function shownAbove(story: StoryEntry, content: Content): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (/\byear shown above\b/i.test(story.body) && story.data.year === undefined) {
    problems.push({
      file: story.file,
      field: 'body',
      message: 'refers to "the year shown above", but the page shows no year: set "year" or reword',
    });
  }
  const original = story.data.sources[0];
  const reported = content.sources.find((s) => s.id === original)?.data.date;
  if (/\bdate shown above\b/i.test(story.body) && reported === undefined) {
    problems.push({
      file: story.file,
      field: 'body',
      message: `refers to "the date shown above", but its original report ("${original}") has no date, so the page shows none: reword`,
    });
  }
  return problems;
}

/** Every passage on the site that tells a story, with where it is. */
function passagesTelling(story: StoryEntry, content: Content): Passage[] {
  const s = story.data;
  const original = s.sources[0];
  const route = s.route === undefined ? undefined : content.routes.find((r) => r.id === s.route);
  const at = (e: Entry<unknown>, field: string) => (e.at ? `${e.at}.${field}` : field);
  const passages: Passage[] = [
    { file: story.file, field: 'title', text: s.title },
    { file: story.file, field: 'dek', text: s.dek },
    ...(s.headline ? [{ file: story.file, field: 'headline', text: s.headline }] : []),
    ...(s.lure.job ? [{ file: story.file, field: 'lure.job', text: s.lure.job }] : []),
    ...(s.lure.pay ? [{ file: story.file, field: 'lure.pay', text: s.lure.pay }] : []),
    ...(s.outcome ? [{ file: story.file, field: 'outcome', text: s.outcome }] : []),
    ...(s.protection.note ? [{ file: story.file, field: 'protection.note', text: s.protection.note }] : []),
    { file: story.file, field: 'body', text: story.body },
  ];
  if (route) {
    const r = route.data;
    passages.push({ file: route.file, field: 'title', text: r.title }, { file: route.file, field: 'summary', text: r.summary });
    r.legs.forEach((leg, i) => leg.note && passages.push({ file: route.file, field: `legs[${i}].note`, text: leg.note }));
    if (r.period) {
      passages.push({ file: route.file, field: 'period.from', text: r.period.from, isDate: true });
      if (r.period.to) passages.push({ file: route.file, field: 'period.to', text: r.period.to, isDate: true });
    }
  }
  for (const chapter of content.chapters) {
    chapter.data.steps.forEach((step, i) => {
      const showsRoute = route !== undefined && step.visual.type === 'map' && step.visual.routes.some((r) => r.id === route.id);
      if (!showsRoute && !(original !== undefined && step.sources.includes(original))) return;
      passages.push({ file: chapter.file, field: `steps[${i}].text`, text: step.text }, { file: chapter.file, field: `steps[${i}].alt`, text: step.alt });
    });
  }
  if (original === undefined) return passages;
  for (const event of content.timeline) {
    if (!event.data.sources.includes(original)) continue;
    passages.push(
      { file: event.file, field: at(event, 'date'), text: event.data.date, isDate: true },
      { file: event.file, field: at(event, 'title'), text: event.data.title },
      { file: event.file, field: at(event, 'text'), text: event.data.text },
    );
  }
  for (const place of content.places) {
    if (place.data.sources.includes(original) && place.data.summary) {
      passages.push({ file: place.file, field: at(place, 'summary'), text: place.data.summary });
    }
  }
  passages.push(...chartPassages(story, original, content));
  return passages;
}

/** What charts say about a story: ledger rows that link to it or cite its report, timeline labels of events that cite it. */
function chartPassages(story: StoryEntry, original: string, content: Content): Passage[] {
  const passages: Passage[] = [];
  const events = new Map(content.timeline.map((t) => [t.id, t.data]));
  for (const chart of content.charts) {
    const c = chart.data;
    if (c.kind === 'ledger') {
      c.data.forEach((row, i) => {
        if (row.account !== story.id && !row.sources.includes(original)) return;
        for (const field of ['label', 'promised.words', 'price.words'] as const) {
          const text = field === 'label' ? row.label : field === 'promised.words' ? row.promised.words : row.price.words;
          passages.push({ file: chart.file, field: `data[${i}].${field}`, text });
        }
      });
    } else if (c.kind === 'timeline' && c.events !== 'all') {
      c.events.forEach(({ event, label }, i) => {
        if (label !== undefined && events.get(event)?.sources.includes(original)) {
          passages.push({ file: chart.file, field: `events[${i}].label`, text: label });
        }
      });
    }
  }
  return passages;
}
