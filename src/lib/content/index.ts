/**
 * The content layer's front door: read, validate and cross-check `content/` in one call.
 * The Astro loaders (`src/content.config.ts`), the build check and the tests all go through
 * `loadContent`, so there is exactly one definition of "valid content".
 */
import { checkReferences } from './crossref';
import { checkClassroomCompleteness } from './crossref-classroom';
import { checkProtection } from './protection';
import { checkScenes, checkWarnedPassages } from './scenes';
import { formatProblem, type ContentProblem } from './problems';
import { readContent, type Content } from './read';

export type { Content, Entry, StoryEntry } from './read';
export type { ContentProblem } from './problems';
export { formatProblem } from './problems';

/** Reads and checks the content folder; returns the content and every problem found. */
export function loadContent(dir: string, label = 'content'): { content: Content; problems: ContentProblem[] } {
  const { content, problems } = readContent(dir, label);
  // Cross-references are only meaningful once each file is valid on its own; the promises of the
  // accounts' protection labels, their map scenes and the completeness of the teachers' guide once
  // every id resolves.
  if (problems.length > 0) return { content, problems };
  const references = checkReferences(content);
  if (references.length > 0) return { content, problems: references };
  return {
    content,
    problems: [...checkClassroomCompleteness(content), ...checkProtection(content), ...checkScenes(content), ...checkWarnedPassages(content)],
  };
}

/** Thrown when content is invalid; its message lists every problem, one per line, and nothing else. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    const n = problems.length;
    super(`${n} content problem${n === 1 ? '' : 's'}:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Loads the content folder or throws a `ContentError` that lists every problem. */
export function loadContentOrThrow(dir: string, label = 'content'): Content {
  const { content, problems } = loadContent(dir, label);
  if (problems.length > 0) throw new ContentError(problems);
  return content;
}
