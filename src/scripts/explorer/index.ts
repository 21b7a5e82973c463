/**
 * The `/map/` page's script: filters, place panels, the two views and the live map, layered on a
 * page that is complete without it (see `src/pages/map/index.astro`).
 *
 * 1. Shows the "Filter" button; its drawer (`drawer.ts`) holds the filter form, and each change
 *    hides the table rows (and map features) it filters out.
 * 2. Moves the place sections into the panel slot beside the map and shows only the chosen one
 *    (or, while none is chosen, the index of places). The URL fragment is the single source of
 *    truth: `#<place-id>` (typed, followed from the table or the index, or set by clicking a
 *    marker) opens that place's panel, lights the routes through it and flies the map there; the
 *    change is announced politely.
 * 3. Switches the map between the Mekong region and the whole span (`data-view` on the map box;
 *    `#long-haul` opens on the span) without touching the fragment, on the static map and, once
 *    it is there, on the live one. Hovering or focusing a route's table row lights that route.
 * 4. When the reader reaches for the map (pointer, wheel, touch or keyboard focus on it), loads
 *    MapLibre (`live-explorer.ts`, its own chunk). Until its first frame, and for good if WebGL or
 *    the chunk is missing, the static map stays.
 *
 * Test hook: once the live map has drawn, `window.__exploreMap` is the MapLibre `Map` and
 * `data-live="ready"` is set on the map box (`data-live="failed"` if it could not start).
 */
import {
  filterSummary,
  parseYears,
  placeFromHash,
  placeMatches,
  readFilterState,
  routeMatches,
  type FilterState,
} from './filters';
import type { ExploreView, LiveExplore } from './live-explorer';
import { setupDrawer } from './drawer';
import { whenReachedFor } from '../maplibre/triggers';

const box = document.querySelector<HTMLElement>('[data-explore-map]');
const form = document.querySelector<HTMLFormElement>('#explore-filters');
const slot = document.querySelector<HTMLElement>('[data-panel-slot]');
const panelList = document.querySelector<HTMLElement>('[data-panels]');
const announcer = document.querySelector<HTMLElement>('[data-announcer]');
const placeIndex = document.querySelector<HTMLElement>('[data-place-index]');

const panels = new Map(
  [...document.querySelectorAll<HTMLElement>('[data-panel]')].map((el) => [el.dataset['panel'] ?? '', el]),
);
const placeRows = [...document.querySelectorAll<HTMLTableRowElement>('tr[data-place]')];
const routeRows = [...document.querySelectorAll<HTMLTableRowElement>('tr[data-route]')];
const placeIds = new Set(panels.keys());

/** The fragment that opens the page on the whole span. */
const SPAN_HASH = '#long-haul';

let live: LiveExplore | undefined;
let current: string | undefined;
let filters: FilterState | undefined;
let view: ExploreView = location.hash === SPAN_HASH ? 'span' : 'region';

const routeData = routeRows.map((row) => ({
  row,
  id: row.dataset['route'] ?? '',
  countries: (row.dataset['countries'] ?? '').split(' ').filter(Boolean),
  years: parseYears(row.dataset['years']),
  places: (row.dataset['places'] ?? '').split(' ').filter(Boolean),
}));
const lastYear = Math.max(0, ...routeData.flatMap((r) => (r.years ? [r.years.from, r.years.to ?? 0] : [])));

/** Ids of the routes through a place. */
const routesThrough = (id: string | undefined): string[] =>
  id ? routeData.filter((r) => r.places.includes(id)).map((r) => r.id) : [];

let hoveredRoute: string | undefined;

/**
 * Lights routes on the static maps (the live map lights its own): those through the chosen
 * place and the one whose row is hovered; the others step back while any is lit.
 */
function lightStaticRoutes(): void {
  if (!box) return;
  const lit = new Set(routesThrough(current));
  if (hoveredRoute) lit.add(hoveredRoute);
  for (const route of box.querySelectorAll<SVGGElement>('.map-svg [data-route]')) {
    route.classList.toggle('is-highlight', lit.has(route.dataset['route'] ?? ''));
  }
  box.classList.toggle('has-lit', lit.size > 0);
}

/** Applies the form's filters to the rows and the map. */
function applyFilters(): void {
  if (!form) return;
  filters = readFilterState(new FormData(form));
  const state = filters;
  const places: string[] = [];
  for (const row of placeRows) {
    const keep = placeMatches({ country: row.dataset['country'] ?? '', kind: row.dataset['kind'] ?? '' }, state);
    row.hidden = !keep;
    if (keep) places.push(row.dataset['place'] ?? '');
  }
  const routes: string[] = [];
  for (const route of routeData) {
    const keep = routeMatches(route, state, lastYear);
    route.row.hidden = !keep;
    if (keep) routes.push(route.id);
  }
  const summary = filterSummary(places.length, placeRows.length, routes.length, routeRows.length);
  for (const output of document.querySelectorAll<HTMLElement>('[data-filter-summary]')) output.textContent = summary;
  live?.filter(places, routes);
}

function setupFilters(): void {
  if (!form) return;
  const bar = document.querySelector<HTMLElement>('[data-filter-bar]');
  const toggle = document.querySelector<HTMLButtonElement>('[data-filter-toggle]');
  if (bar && toggle) {
    bar.hidden = false;
    setupDrawer(toggle, form, box);
  } else form.hidden = false;
  form.addEventListener('change', applyFilters);
  form.addEventListener('submit', (event) => event.preventDefault());
  // `reset` fires before the fields change back.
  form.addEventListener('reset', () => setTimeout(applyFilters, 0));
  applyFilters();
}

/** Shows the panel of `id` (or the hint and the index when undefined) and marks its table row. */
function showPanel(id: string | undefined): void {
  current = id;
  for (const [panelId, panel] of panels) panel.hidden = panelId !== id;
  for (const row of placeRows) row.classList.toggle('is-current', row.dataset['place'] === id);
  const hint = document.querySelector<HTMLElement>('[data-panel-hint]');
  if (hint) hint.hidden = id !== undefined;
  if (placeIndex) placeIndex.hidden = id !== undefined;
  const nav = document.querySelector<HTMLElement>('[data-panel-nav]');
  if (nav) nav.hidden = id === undefined;
  lightStaticRoutes();
  live?.select(id, routesThrough(id));
}

/** Opens the place the URL fragment names, if any; `fromLoad` is the first call. */
function followHash(fromLoad = false): void {
  const id = placeFromHash(location.hash, placeIds);
  if (id === undefined) {
    if (current !== undefined && !fromLoad) showPanel(undefined);
    return;
  }
  showPanel(id);
  // A place is shown on the region's map (the span view is for the long-haul routes).
  if (view === 'span') setView('region', { announce: false });
  const panel = panels.get(id);
  const name = panel?.querySelector('h3')?.firstChild?.textContent?.trim() ?? id;
  if (announcer) announcer.textContent = `Showing ${name} on the map.`;
  live?.flyTo(id);
  // The panel moved beside the map: bring the map and the panel into view, again after the
  // browser's own scroll to the fragment once the page has loaded.
  if (fromLoad) {
    const reveal = () => box?.scrollIntoView({ block: 'start' });
    reveal();
    if (document.readyState !== 'complete')
      addEventListener('load', () => requestAnimationFrame(reveal), { once: true });
  }
}

function setupPanels(): void {
  if (!slot || !panelList) return;
  slot.append(panelList);
  document.documentElement.classList.add('explore-js');
  showPanel(undefined);
  window.addEventListener('hashchange', () => followHash());
  followHash(true);
  // "All places": back to the index, without a jump.
  document.querySelector('[data-panel-close]')?.addEventListener('click', () => {
    history.pushState(null, '', location.pathname + location.search);
    showPanel(undefined);
    placeIndex?.querySelector<HTMLElement>('h2')?.setAttribute('tabindex', '-1');
    placeIndex?.querySelector<HTMLElement>('h2')?.focus();
  });
}

/** Sets the fragment without the jump a `location.hash` change would make, then follows it. */
function choosePlace(id: string): void {
  if (location.hash === `#${id}`) {
    followHash();
    return;
  }
  history.pushState(null, '', `#${id}`);
  followHash();
}

/** Shows a view of the map: static pictures at once, the live camera with a flight. */
function setView(next: ExploreView, { announce = true, focus = false } = {}): void {
  if (!box) return;
  view = next;
  box.dataset['view'] = next;
  // The no-JavaScript fragment has done its work; the state is ours now.
  if (location.hash === SPAN_HASH) history.replaceState(null, '', location.pathname + location.search);
  live?.showView(next);
  if (announce && announcer)
    announcer.textContent =
      next === 'span' ? 'Showing every route, from East Africa to the Philippines.' : 'Showing the Mekong region.';
  // The control that was used is hidden now: the focus goes to the one that switches back.
  if (focus) document.querySelector<HTMLElement>(`[data-show-view="${next === 'span' ? 'region' : 'span'}"]`)?.focus();
}

function setupViews(): void {
  if (!box) return;
  box.dataset['view'] = view;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-show-view]')) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      setView(link.dataset['showView'] === 'span' ? 'span' : 'region', { focus: true });
    });
  }
  // A route's row lights the route on the map while hovered or focused.
  for (const route of routeData) {
    const light = (id: string | undefined) => () => {
      hoveredRoute = id;
      lightStaticRoutes();
      live?.lightRoute(id);
    };
    route.row.addEventListener('pointerenter', light(route.id));
    route.row.addEventListener('pointerleave', light(undefined));
    route.row.addEventListener('focusin', light(route.id));
    route.row.addEventListener('focusout', light(undefined));
  }
}

/** Starts the live map when the reader reaches for the static one. */
function setupLiveMap(): void {
  if (!box) return;
  const start = async () => {
    try {
      const { startLiveExplore } = await import('./live-explorer');
      const startedWith = current;
      const startedView = view;
      live = await startLiveExplore(box, {
        onSelect: choosePlace,
        selected: startedWith,
        selectedRoutes: routesThrough(startedWith),
        view: startedView,
      });
      // The static map's box was a stand-in tab stop: the canvas takes over, with the focus.
      const hadFocus = document.activeElement === box;
      box.removeAttribute('tabindex');
      box.removeAttribute('role');
      box.removeAttribute('aria-label');
      if (hadFocus) live.map.getCanvas().focus();
      if (filters) applyFilters();
      // The reader chose another place or view while the map was loading.
      if (current !== startedWith) {
        live.select(current, routesThrough(current));
        if (current) live.flyTo(current);
      }
      if (view !== startedView) live.showView(view);
      const keys = document.querySelector<HTMLElement>('[data-map-keys]');
      if (keys) keys.hidden = false;
    } catch (error) {
      // The static map and the tables stay; say why for whoever looks at the console.
      box.dataset['live'] = 'failed';
      box.removeAttribute('tabindex');
      box.removeAttribute('role');
      box.removeAttribute('aria-label');
      if (!(error instanceof Error && error.name === 'MapUnavailableError'))
        console.info('The live map did not start; the static map stays.', error);
    }
  };
  // A facade: the static map stands (with the tables) until the reader reaches for it; then the
  // live map loads and fades in over it with the same framing. Keyboard readers reach it by Tab.
  box.tabIndex = 0;
  box.setAttribute('role', 'region');
  box.setAttribute('aria-label', 'Map of every place and route. Focus it or click it to pan and zoom.');
  whenReachedFor(box, () => void start());
}

setupFilters();
setupViews();
setupPanels();
setupLiveMap();
