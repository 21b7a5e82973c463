/**
 * The `/map/` page's script: filters, place panels and the live map, layered on a page that is
 * complete without it (see `src/pages/map/index.astro`).
 *
 * 1. Shows the filter form; each change hides the table rows (and map features) it filters out.
 * 2. Moves the place sections into the panel slot beside the map and shows only the chosen one.
 *    The URL fragment is the single source of truth: `#<place-id>` (typed, followed from the
 *    table, or set by clicking a marker) opens that place's panel and flies the map there; the
 *    change is announced politely.
 * 3. When the reader reaches for the map (pointer, wheel, touch or keyboard focus on it), loads
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
import type { LiveExplore } from './live-explorer';
import { whenReachedFor } from '../maplibre/triggers';

const box = document.querySelector<HTMLElement>('[data-explore-map]');
const form = document.querySelector<HTMLFormElement>('#explore-filters');
const slot = document.querySelector<HTMLElement>('[data-panel-slot]');
const panelList = document.querySelector<HTMLElement>('[data-panels]');
const announcer = document.querySelector<HTMLElement>('[data-announcer]');

const panels = new Map(
  [...document.querySelectorAll<HTMLElement>('[data-panel]')].map((el) => [el.dataset['panel'] ?? '', el]),
);
const placeRows = [...document.querySelectorAll<HTMLTableRowElement>('tr[data-place]')];
const routeRows = [...document.querySelectorAll<HTMLTableRowElement>('tr[data-route]')];
const placeIds = new Set(panels.keys());

let live: LiveExplore | undefined;
let current: string | undefined;
let filters: FilterState | undefined;

const routeData = routeRows.map((row) => ({
  row,
  id: row.dataset['route'] ?? '',
  countries: (row.dataset['countries'] ?? '').split(' ').filter(Boolean),
  years: parseYears(row.dataset['years']),
}));
const lastYear = Math.max(0, ...routeData.flatMap((r) => (r.years ? [r.years.from, r.years.to ?? 0] : [])));

/** Applies the form's filters to the rows and the map; returns the visible ids. */
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
  const summary = form.querySelector<HTMLOutputElement>('[data-filter-summary]');
  if (summary) summary.value = filterSummary(places.length, placeRows.length, routes.length, routeRows.length);
  live?.filter(places, routes);
}

function setupFilters(): void {
  if (!form) return;
  form.hidden = false;
  form.addEventListener('change', applyFilters);
  form.addEventListener('submit', (event) => event.preventDefault());
  // `reset` fires before the fields change back.
  form.addEventListener('reset', () => setTimeout(applyFilters, 0));
  applyFilters();
}

/** Shows the panel of `id` (or the hint when undefined) and marks its table row. */
function showPanel(id: string | undefined): void {
  current = id;
  for (const [panelId, panel] of panels) panel.hidden = panelId !== id;
  for (const row of placeRows) row.classList.toggle('is-current', row.dataset['place'] === id);
  const hint = document.querySelector<HTMLElement>('[data-panel-hint]');
  if (hint) hint.hidden = id !== undefined;
  live?.select(id);
}

/** Opens the place the URL fragment names, if any; `fromLoad` is the first call. */
function followHash(fromLoad = false): void {
  const id = placeFromHash(location.hash, placeIds);
  if (id === undefined) {
    if (current !== undefined && !fromLoad) showPanel(undefined);
    return;
  }
  showPanel(id);
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

/** Starts the live map when the reader reaches for the static one. */
function setupLiveMap(): void {
  if (!box) return;
  const start = async () => {
    try {
      const { startLiveExplore } = await import('./live-explorer');
      const startedWith = current;
      live = await startLiveExplore(box, { onSelect: choosePlace, selected: startedWith });
      // The static map's box was a stand-in tab stop: the canvas takes over, with the focus.
      const hadFocus = document.activeElement === box;
      box.removeAttribute('tabindex');
      if (hadFocus) live.map.getCanvas().focus();
      if (filters) applyFilters();
      // The reader chose another place while the map was loading.
      if (current !== startedWith) {
        live.select(current);
        if (current) live.flyTo(current);
      }
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
setupPanels();
setupLiveMap();
