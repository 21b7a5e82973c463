/** The real content in `content/` passes every schema and cross-reference check. */
import { describe, expect, test } from 'vitest';
import { formatProblem, loadContent } from '../../src/lib/content';

describe('content/', () => {
  const { content, problems } = loadContent('content');

  test('has no problems', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  test('has entries in every collection', () => {
    for (const [name, entries] of Object.entries(content)) {
      expect(entries.length, `${name} is empty`).toBeGreaterThan(0);
    }
  });
});
