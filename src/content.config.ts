/**
 * Astro content collections. Every collection is fed by one loader that reads `content/`
 * through `src/lib/content` (schemas + cross-reference checks), so the site, the tests and the
 * build all agree on what valid content is. Invalid content stops the build with a list of
 * `file: field: problem` lines (see `ContentError`).
 *
 * CONTENT_DIR points the build at another content folder (the tests use it for broken fixtures).
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { resolve } from 'node:path';
import { loadContentOrThrow, type Content } from './lib/content';
import {
  chapterSchema,
  chartSchema,
  classroomSchema,
  offerCheckSchema,
  glossaryTermSchema,
  pageSchema,
  placeSchema,
  routeSchema,
  sourceSchema,
  storySchema,
  timelineEventSchema,
} from './lib/content/schema';

const contentDir = resolve(process.env.CONTENT_DIR ?? 'content');

/** One read per sync: the loaders share it. */
let pending: Promise<Content> | undefined;
function content(): Promise<Content> {
  pending ??= Promise.resolve().then(() => loadContentOrThrow(contentDir));
  return pending;
}

/** A loader that fills one collection from the validated content. */
function fromContent(key: keyof Content): Loader {
  return {
    name: `content:${key}`,
    load: async ({ store, renderMarkdown, watcher }) => {
      watcher?.add(contentDir);
      watcher?.on('change', () => {
        pending = undefined;
      });
      const all = await content();
      store.clear();
      for (const entry of all[key]) {
        const rendered = 'body' in entry ? await renderMarkdown(entry.body as string) : undefined;
        store.set({
          id: entry.id,
          data: entry.data as Record<string, unknown>,
          // The Markdown itself too: account pages cut it where their map scenes start.
          ...('body' in entry ? { body: entry.body as string } : {}),
          filePath: entry.file,
          ...(rendered ? { rendered } : {}),
        });
      }
    },
  };
}

export const collections = {
  sources: defineCollection({ loader: fromContent('sources'), schema: sourceSchema }),
  places: defineCollection({ loader: fromContent('places'), schema: placeSchema }),
  routes: defineCollection({ loader: fromContent('routes'), schema: routeSchema }),
  stories: defineCollection({ loader: fromContent('stories'), schema: storySchema }),
  chapters: defineCollection({ loader: fromContent('chapters'), schema: chapterSchema }),
  charts: defineCollection({ loader: fromContent('charts'), schema: chartSchema }),
  timeline: defineCollection({ loader: fromContent('timeline'), schema: timelineEventSchema }),
  glossary: defineCollection({ loader: fromContent('glossary'), schema: glossaryTermSchema }),
  pages: defineCollection({ loader: fromContent('pages'), schema: pageSchema }),
  /** One entry, `job-offer-check`: the checklist at /job-offer-check/. */
  offerCheck: defineCollection({ loader: fromContent('offerCheck'), schema: offerCheckSchema }),
  /** One entry, `classroom`: the teachers' guide, its handout and its teacher sheet. */
  classroom: defineCollection({ loader: fromContent('classroom'), schema: classroomSchema }),
};
