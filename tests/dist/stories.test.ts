/**
 * Every survivor account page shows its protection label ("Name changed", the pseudonym, what
 * was withheld) and cites its sources, as the editorial guide requires.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/lib/content';
import { distDir, repoRoot, requireBuilt } from '../support/site';

const { content } = loadContent(join(repoRoot, process.env.CONTENT_DIR ?? 'content'));

describe('survivor account pages', () => {
  requireBuilt();
  test.each(content.stories.map((s) => [s.id, s] as const))('%s shows its pseudonym label and sources', (id, story) => {
    const html = readFileSync(join(distDir, 'stories', id, 'index.html'), 'utf8');
    const label = /<aside class="pseudonym-label[^"]*"[^>]*>([\s\S]*?)<\/aside>/.exec(html)?.[1] ?? '';
    expect(label, `stories/${id}/ has no pseudonym label`).toContain('Name changed.');
    expect(label).toContain(`“${story.data.pseudonym}” is a pseudonym chosen by this site.`);
    for (const detail of story.data.protection.withheld) expect(label).toContain(detail);
    expect(html).toMatch(/class="source-line[^"]*"/);
  });
});
