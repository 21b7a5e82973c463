/**
 * The long read's live-map data (`storyMapData` of every step, with the labels each static twin
 * placed), built once for `/data/story-map.json`. The live map fetches it only when the reader
 * scrolls toward the map, so the page itself carries none of it.
 */
import { getCollection } from 'astro:content';
import { storyMapData, type StoryMapData } from '../live-map/story-state';
import { staticExtras } from './static-extras';
import { mapLookups } from './lookups';

/** Every step of the long read, in reading order, drawn as the live map shows them. */
export async function longReadMapData(): Promise<StoryMapData> {
  const chapters = (await getCollection('chapters')).sort((a, b) => a.data.order - b.data.order);
  const steps = chapters.flatMap((c) => c.data.steps);
  const lookups = await mapLookups();
  return storyMapData(steps, (visual) => staticExtras(visual, lookups));
}
