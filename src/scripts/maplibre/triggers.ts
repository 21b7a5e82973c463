/**
 * Runs a callback once, when an element comes within about one viewport of being seen: the
 * trigger for loading a live map before the reader reaches it, but not for readers who never
 * scroll that far.
 */

/** Calls `callback` once when `element` is within `margin` of the viewport; returns a canceller. */
export function whenNear(element: Element, callback: () => void, margin = '100% 0px'): () => void {
  if (!('IntersectionObserver' in window)) {
    callback();
    return () => undefined;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        observer.disconnect();
        callback();
      }
    },
    { rootMargin: margin },
  );
  observer.observe(element);
  return () => observer.disconnect();
}
