/**
 * The filters drawer of `/map/`: a disclosure button (`aria-expanded`, `aria-controls`) that
 * shows and hides the filter form. Beside the map the form unfolds in place; on phones CSS makes
 * it a sheet over the bottom of the screen (see `ExploreFilters.astro`). Either way:
 * - opening moves the focus to the drawer's heading, so a screen reader announces it and Tab
 *   goes on into the filters;
 * - Escape (anywhere in the drawer), the Close button and the toggle close it, and the focus
 *   goes back to the toggle;
 * - on phones, a tap outside the sheet closes it too (the sheet hides what is under it).
 */

/** The drawer's handle. */
export interface Drawer {
  open(): void;
  close(options?: { restoreFocus?: boolean }): void;
  readonly isOpen: boolean;
}

/** Screens where the drawer is a bottom sheet (as the CSS says). */
const SHEET_QUERY = '(max-width: 47.99rem)';

/**
 * Wires `toggle` to open and close `panel`; see the header comment. `reveal`, if given, is the
 * element brought into view above the sheet on phones (the map the filters change).
 */
export function setupDrawer(toggle: HTMLButtonElement, panel: HTMLElement, reveal?: HTMLElement | null): Drawer {
  const heading = panel.querySelector<HTMLElement>('h2, [data-drawer-focus]');
  const closeButton = panel.querySelector<HTMLButtonElement>('[data-filter-close]');
  let isOpen = false;

  const onOutside = (event: PointerEvent) => {
    if (!isOpen || !matchMedia(SHEET_QUERY).matches) return;
    const target = event.target as Node | null;
    if (target && !panel.contains(target) && !toggle.contains(target)) drawer.close({ restoreFocus: false });
  };

  const drawer: Drawer = {
    get isOpen() {
      return isOpen;
    },
    open() {
      if (isOpen) return;
      isOpen = true;
      panel.hidden = false;
      toggle.setAttribute('aria-expanded', 'true');
      const sheet = matchMedia(SHEET_QUERY).matches;
      (heading ?? panel).focus({ preventScroll: sheet });
      // The sheet covers the bottom of the screen: show the map above it.
      if (sheet && reveal) {
        const smooth = matchMedia('(prefers-reduced-motion: no-preference)').matches;
        reveal.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
      }
      document.addEventListener('pointerdown', onOutside, true);
    },
    close({ restoreFocus = true } = {}) {
      if (!isOpen) return;
      isOpen = false;
      const hadFocus = panel.contains(document.activeElement);
      panel.hidden = true;
      toggle.setAttribute('aria-expanded', 'false');
      document.removeEventListener('pointerdown', onOutside, true);
      if (restoreFocus || hadFocus) toggle.focus({ preventScroll: true });
    },
  };

  toggle.addEventListener('click', () => (isOpen ? drawer.close() : drawer.open()));
  closeButton?.addEventListener('click', () => drawer.close());
  for (const element of [panel, toggle]) {
    element.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && isOpen) {
        event.preventDefault();
        drawer.close();
      }
    });
  }
  return drawer;
}
