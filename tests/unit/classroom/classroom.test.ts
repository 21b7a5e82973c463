/**
 * The teachers' guide: how its links resolve to places in the story, lesson timing, the small
 * text helpers, the flagged parts of the story it lists, and editorial promises about the real
 * content (two lessons, questions for every chapter, every warning sign practised).
 */
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../../src/lib/content';
import { chapterName, linkLookups, resolveLink, SITE_PAGES } from '../../../src/lib/classroom/links';
import { withBasePath } from '../../../src/lib/classroom/markdown';
import { sensitiveParts } from '../../../src/lib/classroom/sensitivity';
import { escapeHtml, firstSentence, listInWords } from '../../../src/lib/classroom/text';
import { lessonTimeline } from '../../../src/lib/classroom/timeline';
import { sitePages } from '../../../src/lib/content/schema';

const { content, problems } = loadContent('content');
const lookups = linkLookups(content);
const guide = content.classroom[0]!.data;
const check = content.offerCheck[0]!.data;

test('the real content is valid', () => {
  expect(problems).toEqual([]);
});

describe('resolveLink', () => {
  test('a chapter: its anchor on the long read, named by number and short name', () => {
    expect(resolveLink({ chapter: 'if-it-happens-to-you' }, lookups)).toEqual({
      path: '/#if-it-happens-to-you',
      label: 'Chapter 8, If it happens to you',
    });
  });

  test('a step with a label keeps the label and says where the step is', () => {
    expect(resolveLink({ step: 'journey-across-the-moei', label: 'Across the river' }, lookups)).toEqual({
      path: '/#journey-across-the-moei',
      label: 'Across the river',
      where: 'chapter 2, scene 3',
    });
  });

  test('a step without a label is named by its place', () => {
    expect(resolveLink({ step: 'offer-analyst' }, lookups)).toEqual({
      path: '/#offer-analyst',
      label: 'Chapter 1, scene 1',
    });
  });

  test('a chart links to the first step that shows it', () => {
    expect(resolveLink({ chart: 'promised-pay' }, lookups)).toMatchObject({
      path: '/#offer-jobs',
      where: 'chapter 1, scene 4',
    });
  });

  test('an account, a term, a source, a warning sign, an activity and a page', () => {
    expect(resolveLink({ account: 'rui' }, lookups)).toEqual({ path: '/stories/rui/', label: 'Rui’s account' });
    expect(resolveLink({ term: 'debt-bondage' }, lookups)).toEqual({
      path: '/glossary/#debt-bondage',
      label: 'debt bondage',
    });
    expect(resolveLink({ source: 'ndtv-siem-reap' }, lookups).path).toBe('/sources/#source-ndtv-siem-reap');
    expect(resolveLink({ sign: 'passport' }, lookups)).toEqual({
      path: '/job-offer-check/#sign-passport',
      label: 'Someone else will hold your passport',
    });
    expect(resolveLink({ activity: 'estimates' }, lookups)).toEqual({
      path: '/classroom/#estimates',
      label: 'Activity: Compare the estimates',
    });
    expect(resolveLink({ page: 'classroom/handout' }, lookups)).toEqual({
      path: '/classroom/handout/',
      label: 'Student handout',
    });
  });

  test('an id the content does not have is an error, not a broken link', () => {
    expect(() => resolveLink({ account: 'nobody' }, lookups)).toThrow('unknown account "nobody"');
  });

  test('every site page the content may name has a path and a name', () => {
    expect(Object.keys(SITE_PAGES).sort()).toEqual([...sitePages].sort());
  });

  test('chapter names come from chapter ids', () => {
    expect(chapterName('the-offer')).toBe('The offer');
    expect(chapterName('why-there')).toBe('Why there');
  });
});

describe('helpers', () => {
  test('lessonTimeline runs the clock through the parts', () => {
    expect(lessonTimeline([{ minutes: 5 }, { minutes: 10 }, { minutes: 15 }])).toEqual({
      segments: [
        { segment: { minutes: 5 }, from: 0, to: 5 },
        { segment: { minutes: 10 }, from: 5, to: 15 },
        { segment: { minutes: 15 }, from: 15, to: 30 },
      ],
      total: 30,
    });
  });

  test('withBasePath prefixes site paths only', () => {
    const html =
      '<a href="/help/">help</a> <a href="#x">x</a> <a href="https://example.org/">e</a> <a href="//cdn">c</a>';
    expect(withBasePath(html, '/scam/')).toBe(
      '<a href="/scam/help/">help</a> <a href="#x">x</a> <a href="https://example.org/">e</a> <a href="//cdn">c</a>',
    );
    expect(withBasePath(html, '/')).toBe(html);
  });

  test('firstSentence stops at the first sentence, not at a figure or an abbreviation', () => {
    expect(firstSentence('A debt you must repay. The US Treasury said so.')).toBe('A debt you must repay.');
    expect(firstSentence('Pay of US$2,000 a month, e.g. for building work. Then more.')).toBe(
      'Pay of US$2,000 a month, e.g. for building work.',
    );
    expect(firstSentence('One sentence only')).toBe('One sentence only');
  });

  test('listInWords and escapeHtml', () => {
    expect(listInWords(['a'])).toBe('a');
    expect(listInWords(['a', 'b', 'c'])).toBe('a, b and c');
    expect(escapeHtml(`<a href="x">Tom's & co</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom&#39;s &amp; co&lt;/a&gt;');
  });
});

describe('what the guide lists as sensitive comes from the content’s own flags', () => {
  const parts = sensitiveParts(content.chapters, content.stories);
  test('the chapter with a content note, the flagged steps and the flagged accounts', () => {
    expect(parts.chapters.map((c) => c.id)).toEqual(['the-price']);
    expect(parts.steps.map((s) => `${s.id} (chapter ${s.order}, scene ${s.scene}): ${s.warning}`)).toEqual([
      'price-ransom (chapter 4, scene 4): violence',
      'price-violence (chapter 4, scene 5): violence',
    ]);
    expect(parts.accounts.map((a) => a.pseudonym)).toEqual(['Nam', 'Sari', 'Tao']);
  });
});

describe('the real guide', () => {
  test('has two lessons of 45 to 50 minutes', () => {
    expect(guide.lessons).toHaveLength(2);
    for (const lesson of guide.lessons) {
      const { total } = lessonTimeline(lesson.segments);
      expect(total, lesson.id).toBeGreaterThanOrEqual(45);
      expect(total, lesson.id).toBeLessThanOrEqual(50);
    }
  });

  test('has discussion questions for each of the chapters, in the story’s order', () => {
    const chapters = [...content.chapters].sort((a, b) => a.data.order - b.data.order).map((c) => c.id);
    expect(chapters).toHaveLength(8);
    expect(Object.keys(guide.discussion).sort()).toEqual([...chapters].sort());
  });

  test('has the three activities the lessons use, and practises every warning sign in its sample adverts', () => {
    expect(guide.activities.map((a) => a.kind).sort()).toEqual(['estimates', 'route-map', 'warning-signs']);
    const adverts = guide.activities.flatMap((a) => (a.kind === 'warning-signs' ? a.adverts : []));
    const practised = new Set(adverts.flatMap((a) => a.signs));
    const signs = check.questions.flatMap((q) => q.signs.map((s) => s.id));
    expect(signs.filter((s) => !practised.has(s))).toEqual([]);
    expect(
      adverts.some((a) => a.signs.length === 0),
      'an advert that shows none of the signs',
    ).toBe(true);
  });
});
