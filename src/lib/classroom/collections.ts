/**
 * The content the classroom pages and the job-offer checklist draw on, read from the Astro
 * collections once per page: the guide, the checklist, and the lookups their links resolve
 * against (see `links.ts`).
 */
import { getCollection, getEntry } from 'astro:content';
import { linkLookups, type LinkLookups } from './links';
import type { Classroom, OfferCheck } from '../content/schema';

/** What a classroom or checklist page needs. */
export interface ClassroomContent {
  guide: Classroom;
  check: OfferCheck;
  lookups: LinkLookups;
}

/** Loads the guide, the checklist and the link lookups. */
export async function classroomContent(): Promise<ClassroomContent> {
  const [chapters, stories, charts, glossary, sources, classroom, offerCheck] = await Promise.all([
    getCollection('chapters'),
    getCollection('stories'),
    getCollection('charts'),
    getCollection('glossary'),
    getCollection('sources'),
    getCollection('classroom'),
    getCollection('offerCheck'),
  ]);
  const guide = (await getEntry('classroom', 'classroom'))?.data;
  const check = (await getEntry('offerCheck', 'job-offer-check'))?.data;
  if (!guide || !check)
    throw new Error('classroom.yaml or job-offer-check.yaml is missing (the content check should have said so)');
  return {
    guide,
    check,
    lookups: linkLookups({ chapters, stories, charts, glossary, sources, classroom, offerCheck }),
  };
}
