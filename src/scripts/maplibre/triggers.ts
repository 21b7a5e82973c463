/**
 * When to start a live map: the two triggers every live map uses. Nothing MapLibre is fetched
 * before one of them fires, so a reader who never gets to a map never pays for it.
 *
 * - `whenScrolledNear`: for maps further down a page (the story map) and maps that follow the
 *   text (an account's map). Fires once the reader has scrolled and the element is within
 *   `margin` of the viewport, or at once when the element is already on screen at load (a link
 *   straight to a map step) unless `atLoad` is false (an account's map, on the first screen from
 *   the start: it waits for the reader to start scrolling). Waiting for the first scroll matters
 *   on tall screens: an observer margin alone would fire at load for a map two screens down.
 * - `whenReachedFor`: for a map that stands on the first screen as a static picture (`/map/`).
 *   Fires on the first pointer press, wheel, touch or keyboard focus on it, or when the pointer
 *   rests on it (`hoverDelay`), so the live map is ready by the time the reader drags.
 */

/** Cancels a trigger that has not fired yet. */
export type Cancel = () => void;

/** Whether any part of `element` is inside the viewport now. */
function onScreen(element: Element): boolean {
  const r = element.getBoundingClientRect();
  return r.bottom > 0 && r.top < window.innerHeight && r.right > 0 && r.left < window.innerWidth;
}

/** Options for `whenScrolledNear`. */
export interface ScrolledNearOptions {
  /** Fire at once when the element is on screen at load (default true); false waits for a scroll. */
  atLoad?: boolean;
}

/**
 * Calls `callback` once, when the reader has scrolled and `element` is within `margin` (an
 * IntersectionObserver root margin) of the viewport, or at once if it is on screen already
 * (unless `options.atLoad` is false).
 */
export function whenScrolledNear(
  element: Element,
  callback: () => void,
  margin = '150% 0px',
  { atLoad = true }: ScrolledNearOptions = {},
): Cancel {
  if (!('IntersectionObserver' in window) || (atLoad && onScreen(element))) {
    callback();
    return () => undefined;
  }
  let observer: IntersectionObserver | undefined;
  const observe = () => {
    window.removeEventListener('scroll', observe);
    observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          observer?.disconnect();
          callback();
        }
      },
      { rootMargin: margin },
    );
    observer.observe(element);
  };
  window.addEventListener('scroll', observe, { passive: true });
  return () => {
    window.removeEventListener('scroll', observe);
    observer?.disconnect();
  };
}

/** The events by which a reader reaches for a map. */
const REACH_EVENTS = ['pointerdown', 'wheel', 'touchstart', 'focusin'] as const;

/**
 * Calls `callback` once, when the reader presses, scrolls the wheel over, touches or focuses
 * `element`, or rests the pointer on it for `hoverDelay` ms.
 */
export function whenReachedFor(element: HTMLElement, callback: () => void, hoverDelay = 250): Cancel {
  let timer: number | undefined;
  const fire = () => {
    cancel();
    callback();
  };
  const hover = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(fire, hoverDelay);
  };
  const leave = () => window.clearTimeout(timer);
  const cancel = () => {
    window.clearTimeout(timer);
    for (const type of REACH_EVENTS) element.removeEventListener(type, fire);
    element.removeEventListener('pointerenter', hover);
    element.removeEventListener('pointerleave', leave);
  };
  for (const type of REACH_EVENTS) element.addEventListener(type, fire, { passive: true });
  element.addEventListener('pointerenter', hover);
  element.addEventListener('pointerleave', leave);
  return cancel;
}
