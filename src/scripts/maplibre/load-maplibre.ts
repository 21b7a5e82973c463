/**
 * Loads MapLibre GL on demand, once per page: the module (its own chunk, about 290 KB gzip), its
 * worker and its stylesheet. Nothing MapLibre is fetched until `loadMapLibre()` is called (see
 * `triggers.ts`), and its CSS is linked only then: imported normally, Astro would hoist it into
 * `<head>` as render-blocking CSS on every page that might show a map.
 *
 * Rejects with `MapUnavailableError` (without logging anything) when the browser cannot draw
 * WebGL, and with the loader's error when a file fails to load; callers keep the static maps and
 * log at most a `console.info`.
 */
import cssUrl from 'maplibre-gl/dist/maplibre-gl.css?url';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

/** The MapLibre module, as `import('maplibre-gl')` gives it. */
export type MapLibre = typeof import('maplibre-gl');

/** Thrown when the live map cannot run here (no WebGL); the static maps stay. */
export class MapUnavailableError extends Error {
  override name = 'MapUnavailableError';
}

/** Whether this browser can create a WebGL context (MapLibre 6 needs WebGL 2, falls back to 1). */
export function supportsWebGL(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    if (!gl) return false;
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}

/** Appends MapLibre's stylesheet once and resolves when it has loaded (or failed: it is cosmetic). */
function linkStylesheet(): Promise<void> {
  const existing = document.querySelector<HTMLLinkElement>('link[data-maplibre-css]');
  if (existing) return Promise.resolve();
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = cssUrl;
  link.dataset['maplibreCss'] = '';
  return new Promise((resolve) => {
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
    document.head.append(link);
  });
}

let loading: Promise<MapLibre> | undefined;

/**
 * MapLibre, loaded and configured (worker URL set, CSS linked). Memoized: every caller on the
 * page shares one load. A failed load is forgotten, so a later call may try again.
 */
export function loadMapLibre(): Promise<MapLibre> {
  if (loading) return loading;
  if (!supportsWebGL()) return Promise.reject(new MapUnavailableError('WebGL is not available'));
  loading = Promise.all([import('maplibre-gl'), linkStylesheet()]).then(([maplibre]) => {
    maplibre.setWorkerUrl(workerUrl);
    return maplibre;
  });
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
