/**
 * Editorial rules that hold the long read honest and readable, checked on the real content:
 * one idea per step (40 to 90 words), a readability figure per chapter (printed; the aim is
 * grade 9-10), and a pseudonym for every account.
 */
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content';
import { fleschKincaidGrade, markdownToPlain, words } from '../../src/lib/text/readability';

const { content } = loadContent('content');
const chapters = [...content.chapters].sort((a, b) => a.data.order - b.data.order);

describe('steps', () => {
  const steps = chapters.flatMap((c) => c.data.steps.map((s) => ({ chapter: c.id, ...s })));
  test('the long read has six to eight chapters and 30 to 50 steps', () => {
    expect(chapters.length).toBeGreaterThanOrEqual(6);
    expect(chapters.length).toBeLessThanOrEqual(8);
    expect(steps.length).toBeGreaterThanOrEqual(30);
    expect(steps.length).toBeLessThanOrEqual(50);
  });
  test.each(steps.map((s) => [s.id, s] as const))('%s has 40 to 90 words', (_id, step) => {
    const n = words(markdownToPlain(step.text)).length;
    expect(n, `${step.chapter}/${step.id} has ${n} words`).toBeGreaterThanOrEqual(40);
    expect(n, `${step.chapter}/${step.id} has ${n} words`).toBeLessThanOrEqual(90);
  });
});

describe('readability', () => {
  test('each chapter reads at grade 12 or below (aim: 9-10)', () => {
    const rows = chapters.map((c) => {
      const text = [c.data.intro ?? '', ...c.data.steps.map((s) => s.text)].map(markdownToPlain).join(' ');
      return { chapter: c.id, words: words(text).length, grade: Math.round(fleschKincaidGrade(text) * 10) / 10 };
    });
    const all = rows.reduce((n, r) => n + r.words, 0);
    console.info('Flesch-Kincaid grade by chapter');
    console.table(rows);
    console.info(`Long read: ${all} words in ${chapters.length} chapters`);
    for (const r of rows) expect(r.grade, `${r.chapter} reads at grade ${r.grade}`).toBeLessThanOrEqual(12);
  });
});

describe('survivor accounts', () => {
  test.each(content.stories.map((s) => [s.id, s] as const))('%s is told under a pseudonym', (id, story) => {
    expect(story.data.protection.nameChanged).toBe(true);
    expect(id).toBe(
      story.data.pseudonym
        .toLowerCase()
        .normalize('NFD')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, ''),
    );
  });
});
