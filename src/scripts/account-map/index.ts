/**
 * The scroll controller of a survivor account's map (`AccountMap.astro`): the one module that
 * owns scrollama on an account page. It follows the reader through the account's text, cut into
 * scene steps (`[data-scene-step]`, each naming its scene in `data-scene`), shows the static
 * picture of the scene the reader is on, and once the reader starts scrolling loads the live map
 * (`../story-map/live-map.ts`, the long read's, with MapLibre) over the pictures and drives it:
 * camera, places and the route drawn with the scroll.
 *
 * Without WebGL, or when MapLibre fails to load, it logs one `console.info` and the static
 * pictures go on following the text. Without JavaScript the overview picture stays: the whole
 * account.
 *
 * Test hook (read-only, for tests/e2e/accounts.spec.ts): `window.__accountMap.state()` returns
 * the scene the reader is on, the static picture shown, its headline, whether the live map is
 * drawn, and once it is, its camera and the story layers it shows.
 */
import { whilePageShown } from '../page-lifecycle';
import scrollama from 'scrollama';
import { mapDataUrls } from '../../lib/live-map/data-urls';
import { ACCOUNT_FRAMES, WIDE_MEDIA_QUERY } from '../../lib/geo/frames';
import type { StoryMapData } from '../../lib/live-map/story-state';
import { loadMapLibre, MapUnavailableError } from '../maplibre/load-maplibre';
import { whenScrolledNear } from '../maplibre/triggers';
import type { LiveMap, LiveMapState } from '../story-map/live-map';

/** Screens where the map stands beside the text (the page's layout uses the same query). */
export const SIDE_BY_SIDE_QUERY = '(min-width: 75rem), (min-width: 48rem) and (orientation: landscape)';

/** What the test hook reports. */
export interface AccountMapHookState extends Partial<Omit<LiveMapState, 'stepId'>> {
  /** The scene the reader is on (`overview`, `scene-1`…). */
  sceneId: string | undefined;
  sceneIndex: number;
  /** The scene whose static picture is shown. */
  staticScene: string | undefined;
  /** The headline shown over the map. */
  headline: string;
  live: boolean;
}

declare global {
  interface Window {
    /** Read-only test hook; see the header comment. */
    __accountMap?: { state(): AccountMapHookState };
  }
}

/** Sets the account map up; returns its teardown. */
function setup(): (() => void) | undefined {
  const dataElement = document.getElementById('account-map-data');
  const figure = document.querySelector<HTMLElement>('[data-account-map]');
  const box = figure?.querySelector<HTMLElement>('[data-account-map-box]');
  const steps = [...document.querySelectorAll<HTMLElement>('[data-scene-step]')];
  if (!dataElement?.textContent || !figure || !box || steps.length === 0) return undefined;
  const data = JSON.parse(dataElement.textContent) as StoryMapData;
  const pictures = [...box.querySelectorAll<HTMLElement>('[data-scene-map]')];
  const headlines = [...figure.querySelectorAll<HTMLElement>('[data-scene-headline]')];
  const sceneIndex = new Map(data.steps.map((step, i) => [step.id, i]));
  const wideQuery = window.matchMedia(WIDE_MEDIA_QUERY);
  const sideQuery = window.matchMedia(SIDE_BY_SIDE_QUERY);
  const motionQuery = window.matchMedia('(prefers-reduced-motion: reduce)');
  const cleanups: (() => void)[] = [];
  let current = 0;
  let progress = 1;
  let live: LiveMap | undefined;
  let destroyed = false;

  const sceneOf = (step: HTMLElement) => sceneIndex.get(step.dataset['scene'] ?? '') ?? 0;
  const show = (index: number, direction: 'up' | 'down') => {
    if (index === current) return;
    const id = data.steps[index]?.id;
    current = index;
    progress = direction === 'down' ? 0 : 1;
    figure.dataset['scene'] = id ?? '';
    for (const picture of pictures) picture.toggleAttribute('data-active', picture.dataset['sceneMap'] === id);
    for (const headline of headlines) headline.toggleAttribute('data-active', headline.dataset['sceneHeadline'] === id);
    live?.show(index);
  };

  figure.dataset['scene'] = data.steps[0]?.id ?? '';

  // A scene takes over when its text reaches the trigger line: a little below the middle of the
  // screen beside the map, in the text's part of the screen under it. Scrollama says when a step
  // crosses the line and how far through it the reader is (the route is drawn with it); which
  // step is on the line is measured, so that a jump (a link, the Home key) lands on the right
  // scene even when the steps in between never crossed it.
  let scroller: scrollama.ScrollamaInstance | undefined;
  const offset = () => (sideQuery.matches ? 0.6 : 0.7);
  const stepOnLine = () => {
    const line = window.innerHeight * offset();
    let on = 0;
    steps.forEach((step, i) => {
      if (step.getBoundingClientRect().top <= line) on = i;
    });
    return steps[on]!;
  };
  const follow = (direction: 'up' | 'down') => show(sceneOf(stepOnLine()), direction);
  const startScroller = () => {
    scroller?.destroy();
    scroller = scrollama();
    scroller
      .setup({ step: steps, progress: true, offset: offset() as scrollama.DecimalType })
      .onStepEnter(({ direction }) => follow(direction))
      .onStepExit(({ direction }) => follow(direction))
      .onStepProgress(({ element, progress: p }) => {
        const index = sceneOf(element);
        if (index === current) progress = p;
        live?.progress(index, p);
      });
  };
  startScroller();
  sideQuery.addEventListener('change', startScroller);
  // Scrollama can miss a jump while the page is busy (the live map drawing its first frames): on
  // every scroll, once a frame, the step on the line is measured too.
  let frame = 0;
  let lastY = window.scrollY;
  const onScroll = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      follow(window.scrollY >= lastY ? 'down' : 'up');
      lastY = window.scrollY;
    });
  };
  window.addEventListener('scroll', onScroll, { passive: true });
  cleanups.push(() => {
    sideQuery.removeEventListener('change', startScroller);
    window.removeEventListener('scroll', onScroll);
    cancelAnimationFrame(frame);
    scroller?.destroy();
  });

  window.__accountMap = {
    state: () => {
      const active = pictures.find((p) => p.hasAttribute('data-active'));
      const { stepId: _, ...camera } = live?.state() ?? { stepId: undefined };
      return {
        sceneId: data.steps[current]?.id,
        sceneIndex: current,
        staticScene: active?.dataset['sceneMap'],
        headline: headlines.find((h) => h.hasAttribute('data-active'))?.textContent?.trim() ?? '',
        live: live !== undefined,
        ...camera,
      };
    },
  };
  cleanups.push(() => delete window.__accountMap);

  // The map is on the first screen from the start: the live map waits for the reader to scroll.
  const base = figure.dataset['base'] ?? '/';
  const cancelNear = whenScrolledNear(
    figure,
    () => {
      loadMapLibre()
        .then(async (maplibre) => {
          const { createLiveMap } = await import('../story-map/live-map');
          if (destroyed) return;
          const map = await createLiveMap({
            maplibre,
            box,
            data,
            urls: mapDataUrls(base),
            initial: current,
            wideQuery,
            motionQuery,
            onFirstFrame: () => performance.mark('account-map:first-frame'),
            frames: ACCOUNT_FRAMES,
          });
          if (destroyed) {
            map.destroy();
            return;
          }
          live = map;
          figure.dataset['live'] = 'ready';
          live.show(current);
          live.progress(current, progress);
        })
        .catch((error: unknown) => {
          figure.dataset['live'] = 'failed';
          if (!(error instanceof MapUnavailableError)) console.info('Account map: showing the static maps.', error);
        });
    },
    '50% 0px',
    { atLoad: false },
  );
  cleanups.push(cancelNear);

  return () => {
    destroyed = true;
    live?.destroy();
    live = undefined;
    for (const cleanup of cleanups.reverse()) cleanup();
  };
}

whilePageShown(setup);
