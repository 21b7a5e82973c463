/**
 * The one-of-a-kind documents of the scale test's synthetic content: the standing pages (about,
 * help), the job-offer checklist and the teachers' guide. Their size does not grow with the
 * scale; what they link to (steps, accounts, a chart, chapters, terms, sources) is synthetic and
 * exists in the set, and every chapter gets its discussion questions.
 */
import type { z } from 'astro/zod';
import type { classroomSchema, offerCheckSchema, pageSchema } from '../../src/lib/content/schema.ts';

/** What the guides link to: ids that exist in the generated set. */
export interface GuideLinks {
  /** Chapter ids, in order. */
  chapters: readonly string[];
  /** Two step ids (any two steps of the long read). */
  steps: readonly [string, string];
  /** A survivor account. */
  account: string;
  /** A chart that some step shows. */
  chart: string;
  /** A glossary term. */
  term: string;
  /** Two source ids. */
  sources: readonly [string, string];
}

/** A standing page: front matter and Markdown body. */
export interface SyntheticPage {
  id: string;
  data: z.input<typeof pageSchema>;
  body: string;
}

/** The about and help pages. */
export function makePages(links: GuideLinks): SyntheticPage[] {
  return [
    {
      id: 'about',
      data: { title: 'About', description: 'Synthetic about page of the scale test.', sources: [links.sources[0]] },
      body: 'Synthetic paragraph 1 of the about page. It says nothing real.',
    },
    {
      id: 'help',
      data: {
        title: 'Get help',
        description: 'Synthetic help page of the scale test.',
        firstSteps: { heading: 'Synthetic first steps', steps: ['Synthetic step one.', 'Synthetic step two.'] },
        jumpLinks: true,
      },
      body: '## Synthetic country one\n\nSynthetic help text one.\n\n## Synthetic country two\n\nSynthetic help text two.',
    },
  ];
}

/** The job-offer checklist: two questions, each with one warning sign and its case. */
export function makeOfferCheck(links: GuideLinks): z.input<typeof offerCheckSchema> {
  return {
    title: 'Is this job offer real?',
    description: 'Synthetic checklist of the scale test.',
    intro: 'Synthetic intro of the checklist.',
    introSources: [links.sources[0]],
    questions: [
      {
        id: 'contact',
        question: 'Synthetic question one?',
        answer: 'one',
        options: [
          { id: 'social', label: 'Synthetic answer with a sign', signs: ['synthetic-sign-1'] },
          { id: 'other', label: 'Synthetic answer without one' },
        ],
        signs: [
          {
            id: 'synthetic-sign-1',
            title: 'Synthetic warning sign one',
            text: 'Synthetic text of warning sign one.',
            cases: [
              {
                text: 'Synthetic case one.',
                step: links.steps[0],
                account: links.account,
                sources: [links.sources[1]],
              },
            ],
          },
        ],
      },
      {
        id: 'pay',
        question: 'Synthetic question two?',
        answer: 'any',
        options: [
          { id: 'high', label: 'Synthetic answer with a sign', signs: ['synthetic-sign-2'] },
          { id: 'vague', label: 'Synthetic answer without one' },
        ],
        signs: [
          {
            id: 'synthetic-sign-2',
            title: 'Synthetic warning sign two',
            text: 'Synthetic text of warning sign two.',
            sources: [links.sources[0]],
            cases: [{ text: 'Synthetic case two.', step: links.steps[1], sources: [links.sources[1]] }],
          },
        ],
      },
    ],
  };
}

/** The teachers' guide: one lesson, two activities, discussion questions for every chapter. */
export function makeClassroom(links: GuideLinks): z.input<typeof classroomSchema> {
  const [first, second] = links.sources;
  return {
    title: 'Teaching the synthetic story',
    description: 'Synthetic teachers’ guide of the scale test.',
    dek: 'Synthetic dek for teachers.',
    quickStart: ['Synthetic quick start step.'],
    overview: { covers: 'Synthetic overview.', whyItMatters: 'Synthetic reason.', sources: [first] },
    objectives: ['Synthetic objective one.', 'Synthetic objective two.'],
    sensitivity: {
      age: 'Synthetic guidance on who the material suits.',
      before: ['Synthetic preparation.'],
      during: ['Synthetic care in the lesson.'],
      disclosure: {
        intro: 'Synthetic safeguarding intro.',
        steps: ['Synthetic step one.', 'Synthetic step two.', 'Synthetic step three.'],
      },
    },
    lessons: [
      {
        id: 'synthetic-lesson',
        title: 'Synthetic lesson',
        aim: 'Synthetic aim.',
        prepare: ['Synthetic preparation.'],
        segments: [
          {
            minutes: 20,
            title: 'Synthetic reading',
            what: 'Synthetic reading task.',
            use: [
              { chapter: links.chapters[0] ?? '' },
              { step: links.steps[0], label: 'Synthetic step link' },
              { account: links.account },
              { chart: links.chart },
            ],
          },
          {
            minutes: 25,
            title: 'Synthetic activity',
            what: 'Synthetic activity task.',
            use: [{ activity: 'signs' }, { sign: 'synthetic-sign-1' }, { term: links.term }, { source: first }],
          },
        ],
      },
    ],
    discussion: Object.fromEntries(
      links.chapters.map((id, i) => [id, [`Synthetic question ${i + 1}a?`, `Synthetic question ${i + 1}b?`]]),
    ),
    activities: [
      {
        id: 'signs',
        kind: 'warning-signs',
        title: 'Synthetic warning signs',
        minutes: 15,
        aim: 'Synthetic aim.',
        instructions: ['Synthetic instruction.'],
        questions: ['Synthetic question?'],
        adverts: [
          {
            id: 'a',
            name: 'A',
            heading: 'Synthetic advert A',
            body: 'Synthetic advert text.',
            writtenForThisSite: true,
            signs: ['synthetic-sign-1', 'synthetic-sign-2'],
          },
          {
            id: 'b',
            name: 'B',
            heading: 'Synthetic advert B',
            body: 'Synthetic advert text.',
            writtenForThisSite: true,
          },
        ],
      },
      {
        id: 'estimates',
        kind: 'estimates',
        title: 'Synthetic estimates',
        minutes: 15,
        aim: 'Synthetic aim.',
        instructions: ['Synthetic instruction.'],
        questions: ['Synthetic question?'],
        estimates: [
          {
            who: 'Synthetic office',
            when: '2023',
            where: 'Synthetic land',
            figure: 'at least 100',
            counts: 'people',
            sources: [first],
          },
          {
            who: 'Synthetic paper',
            when: '2024',
            where: 'Synthetic land',
            figure: 'about 50',
            counts: 'people',
            sources: [second],
          },
        ],
      },
    ],
    glossary: [links.term],
    exitTicket: ['Synthetic prompt.'],
    furtherReading: [{ source: first, note: 'Synthetic note.' }],
    handout: { intro: 'Synthetic handout intro.', activities: ['signs', 'estimates'], help: 'Synthetic help line.' },
  };
}
