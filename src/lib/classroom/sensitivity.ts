/**
 * What the story describes that a teacher should know before a lesson, read from the content's
 * own flags: chapters with a content note, steps marked as describing violence (which readers
 * can hide), and accounts with content warnings. The guide lists them so that it never falls
 * out of step with the story.
 */
import type { Chapter, Story } from '../content/schema';
import { warningList } from '../format/warnings';

interface Item<T> {
  readonly id: string;
  readonly data: T;
}

/** The flagged parts of the story, in reading order. */
export interface SensitiveParts {
  /** Chapters with a content note, with the note. */
  readonly chapters: readonly { id: string; order: number; note: string }[];
  /** Steps carrying a content warning, with their place in the story and the warning in words. */
  readonly steps: readonly { id: string; order: number; scene: number; warning: string }[];
  /** Accounts with content warnings, with the warnings in words. */
  readonly accounts: readonly { id: string; pseudonym: string; warnings: string }[];
}

/** Collects the flagged parts of the story from its chapters and accounts. */
export function sensitiveParts(chapters: readonly Item<Chapter>[], stories: readonly Item<Story>[]): SensitiveParts {
  const ordered = [...chapters].sort((a, b) => a.data.order - b.data.order);
  return {
    chapters: ordered.flatMap((c) =>
      c.data.contentNote ? [{ id: c.id, order: c.data.order, note: c.data.contentNote }] : [],
    ),
    steps: ordered.flatMap((c) =>
      c.data.steps.flatMap((s, i) =>
        s.contentWarning
          ? [{ id: s.id, order: c.data.order, scene: i + 1, warning: warningList([s.contentWarning]) }]
          : [],
      ),
    ),
    accounts: [...stories]
      .filter((s) => s.data.contentWarnings.length > 0)
      .sort((a, b) => a.data.pseudonym.localeCompare(b.data.pseudonym))
      .map((s) => ({ id: s.id, pseudonym: s.data.pseudonym, warnings: warningList(s.data.contentWarnings) })),
  };
}
