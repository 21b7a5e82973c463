/**
 * Loads the charts' interactive layer (`interactive.ts`) only when a reader nears a chart: the
 * one piece of chart code a page loads up front, a few hundred bytes. A chart on screen when the
 * page opens (an embed, a link to a chart step) starts at once; otherwise nothing happens until
 * the reader scrolls, then each chart starts as it comes within half a screen. A reader who never
 * reaches a chart never downloads the layer.
 */

/** Whether any part of `element` is inside the viewport now. */
function onScreen(element: Element): boolean {
  const r = element.getBoundingClientRect();
  return r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth && r.height > 0;
}

/** Watches every chart figure on the page and hydrates each as it nears the viewport. */
export function hydrateChartsNearby(): void {
  const figures = [...document.querySelectorAll<HTMLElement>('figure[data-chart]')];
  if (figures.length === 0 || !('IntersectionObserver' in window)) return;
  const hydrate = (figure: HTMLElement) => import('./interactive').then(({ hydrateChart }) => hydrateChart(figure));
  const observe = () => {
    removeEventListener('scroll', observe);
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          observer.unobserve(entry.target);
          void hydrate(entry.target as HTMLElement);
        }
      },
      { rootMargin: '50% 0px' },
    );
    for (const figure of figures) observer.observe(figure);
  };
  if (figures.some(onScreen)) observe();
  else addEventListener('scroll', observe, { passive: true });
}
