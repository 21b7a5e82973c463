/**
 * The scale test's content generator (`tests/scale/generate.ts`) cannot rot unnoticed: the set it
 * makes at scale 1 (300 accounts, 200 places, 100 routes, 200 steps) passes `loadContent`, every
 * schema and cross-reference check, with no problems. The slow part, building the site from it at
 * several scales, is `npm run test:scale`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { formatProblem, loadContent } from '../../src/lib/content';
import { BASE_COUNTS, generateContent } from '../scale/generate.ts';

const work = mkdtempSync(join(tmpdir(), 'scale-generator-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// About 2 s on a quiet machine; the timeout leaves room for a busy one.
test('the synthetic content at scale 1 is valid and as large as promised', { timeout: 30_000 }, () => {
  const dir = join(work, 'content');
  const counts = generateContent(dir, 1);
  const { content, problems } = loadContent(dir);
  expect(problems.map(formatProblem)).toEqual([]);
  expect({
    accounts: content.stories.length,
    places: content.places.length,
    routes: content.routes.length,
    steps: content.chapters.reduce((n, chapter) => n + chapter.data.steps.length, 0),
  }).toEqual(BASE_COUNTS);
  expect(content.chapters).toHaveLength(counts.chapters);
  expect(content.stories.every((story) => story.data.pseudonym.startsWith('Synthetic'))).toBe(true);
});

test('the generator refuses to write inside the repository', () => {
  expect(() => generateContent(join(import.meta.dirname, 'not-here'), 1)).toThrow(/outside the repository/);
});
