/**
 * Runs a page's setup while the page is shown: tears it down when the page is hidden
 * (`pagehide`) or swapped out (`astro:before-swap`), and sets it up again when the page comes
 * back from the back-forward cache (`pageshow` with `persisted`).
 */

/**
 * Calls `setup` now, and again after each return from the back-forward cache; calls the teardown
 * it returned (if any) when the page is left.
 */
export function whilePageShown(setup: () => (() => void) | undefined): void {
  let teardown = setup();
  const stop = () => {
    teardown?.();
    teardown = undefined;
  };
  window.addEventListener('pagehide', stop);
  document.addEventListener('astro:before-swap', stop);
  window.addEventListener('pageshow', (event) => {
    if (event.persisted && !teardown) teardown = setup();
  });
}
