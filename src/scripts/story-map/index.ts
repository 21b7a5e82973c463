/**
 * The long read's scroll controller: the one module that owns scrollama on `/`. It follows the
 * reader through the steps, wires the "Previous step / Next step" links, loads the live map
 * (`live-map.ts`, with MapLibre) only once the reader scrolls toward the map (`whenScrolledNear`),
 * and tears everything down when the page is left.
 *
 * Without WebGL, or when MapLibre fails to load, it logs one `console.info` and the static SVG
 * maps stay: they are the complete picture, not a placeholder.
 *
 * Test hook (read-only, for tests/e2e/story-map.spec.ts): `window.__storyMap.state()` returns
 * the current step id, whether the live map is drawn, and, once it is, its centre, zoom and the
 * story layers it shows.
 */
import { whilePageShown } from '../page-lifecycle';
import { mapDataUrls } from '../../lib/live-map/data-urls';
import scrollama from 'scrollama';
import { WIDE_MEDIA_QUERY } from '../../lib/geo/frames';
import type { StoryMapData } from '../../lib/live-map/story-state';
import { loadMapLibre, MapUnavailableError } from '../maplibre/load-maplibre';
import { whenScrolledNear } from '../maplibre/triggers';
import type { LiveMap, LiveMapState } from './live-map';

/** What the test hook reports. */
export interface StoryMapHookState extends Partial<LiveMapState> {
  stepId: string | undefined;
  live: boolean;
}

declare global {
  interface Window {
    /** Read-only test hook; see the header comment. */
    __storyMap?: { state(): StoryMapHookState };
  }
}

/** Sets the story map up; returns its teardown. */
function setup(): (() => void) | undefined {
  const box = document.querySelector<HTMLElement>('[data-story-map]');
  const steps = [...document.querySelectorAll<HTMLElement>('[data-story-step]')];
  if (!box || steps.length === 0) return undefined;
  const wideQuery = window.matchMedia(WIDE_MEDIA_QUERY);
  const motionQuery = window.matchMedia('(prefers-reduced-motion: reduce)');
  const cleanups: (() => void)[] = [];
  let current = -1;
  let progress = 0;
  let live: LiveMap | undefined;
  let destroyed = false;

  const headline = box.querySelector<HTMLElement>('[data-story-headline]');
  const enter = (index: number, direction: 'up' | 'down') => {
    current = index;
    progress = direction === 'down' ? 0 : 1;
    box.dataset['step'] = steps[index]?.id ?? '';
    box.classList.toggle('is-chart', steps[index]?.dataset['visual'] === 'chart');
    // The live map's headline is the step's own (the static twin's), copied.
    const own = steps[index]?.querySelector('.map-headline')?.textContent ?? '';
    if (headline && own && headline.textContent !== own) headline.textContent = own;
    live?.show(index);
  };

  // Wide screens have room for each map's key beside the map: unfold it (phones keep it folded,
  // for short cards).
  const wideStory = window.matchMedia('(min-width: 75rem)');
  const unfoldKeys = () => {
    if (!wideStory.matches) return;
    for (const key of document.querySelectorAll<HTMLDetailsElement>('[data-story-step] details.step-key'))
      key.open = true;
  };
  unfoldKeys();
  wideStory.addEventListener('change', unfoldKeys);
  cleanups.push(() => wideStory.removeEventListener('change', unfoldKeys));

  // Phones: a step takes over when its card is in the lower part of the screen, below the
  // map's subject; wide screens: when it reaches the middle.
  const scroller = scrollama();
  scroller
    .setup({ step: steps, progress: true, offset: wideQuery.matches ? 0.5 : 0.7 })
    .onStepEnter(({ index, direction }) => enter(index, direction))
    .onStepProgress((event) => {
      if (event.index === current) progress = event.progress;
      live?.progress(event.index, event.progress);
    });
  cleanups.push(() => scroller.destroy());

  // Previous / next step links: move to the step, and put the keyboard focus on it.
  const onClick = (event: MouseEvent) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-step-link]');
    const target = link ? document.getElementById(link.hash.slice(1)) : null;
    if (!link || !target) return;
    event.preventDefault();
    target.scrollIntoView({ behavior: motionQuery.matches ? 'auto' : 'smooth', block: 'start' });
    target.focus({ preventScroll: true });
    history.replaceState(history.state, '', link.hash);
  };
  document.addEventListener('click', onClick);
  cleanups.push(() => document.removeEventListener('click', onClick));

  window.__storyMap = {
    state: () => ({ stepId: steps[current]?.id, live: live !== undefined, ...live?.state() }),
  };
  cleanups.push(() => delete window.__storyMap);

  const urls = mapDataUrls(box.dataset['base'] ?? '/');
  const cancelNear = whenScrolledNear(box, () => {
    performance.mark('story-map:near');
    // The steps' map states come with the map, not with the page.
    const dataRequest = fetch(urls.story).then((response) => {
      if (!response.ok) throw new Error(`${urls.story}: HTTP ${response.status}`);
      return response.json() as Promise<StoryMapData>;
    });
    Promise.all([loadMapLibre(), dataRequest])
      .then(async ([maplibre, data]) => {
        const { createLiveMap } = await import('./live-map');
        if (destroyed) return;
        const map = await createLiveMap({
          maplibre,
          box,
          data,
          urls,
          initial: Math.max(0, current),
          wideQuery,
          motionQuery,
          onFirstFrame: () => performance.mark('story-map:first-frame'),
        });
        if (destroyed) {
          map.destroy();
          return;
        }
        live = map;
        if (current >= 0) {
          live.show(current);
          live.progress(current, progress);
        }
      })
      .catch((error: unknown) => {
        if (!(error instanceof MapUnavailableError)) console.info('Story map: showing the static maps.', error);
      });
  });
  cleanups.push(cancelNear);

  return () => {
    destroyed = true;
    live?.destroy();
    live = undefined;
    for (const cleanup of cleanups.reverse()) cleanup();
  };
}

whilePageShown(setup);
