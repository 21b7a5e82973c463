/**
 * Country names for the explorer's live map (`/map/`), placed exactly where its static twin places them
 * (`src/lib/static-map/country-labels.ts`, clear of place labels, symbols and routes) and turned back
 * into longitude/latitude so that MapLibre can draw them. Build time only: it reads the basemap.
 */
import type { MapVisual } from '../content/schema';
import { PORTRAIT_FRAME, WIDE_FRAME, type Frame } from '../geo/frames';
import { projectionForCamera } from '../geo/mercator';
import { buildScene, type MapLookups, type SceneOptions } from '../static-map/scene';
import type { Camera } from '../content/schema';
import type { CountryName, CountryNames } from '../live-map/story-state';

/**
 * The country names of a map visual's static frames, as `[lon, lat, name]`, rounded to 0.01°.
 * `extra` gives the scene options a page draws its static map with beyond camera and frame (the
 * explorer's groups and areas kept clear), so that the names land where its static map puts them.
 */
export function countryNames(
  visual: MapVisual,
  lookups: MapLookups,
  extra?: (camera: Camera, frame: Frame, kind: 'wide' | 'portrait') => Partial<SceneOptions>,
): CountryNames {
  const names = (camera: Camera, frame: Frame): CountryName[] => {
    const kind = frame === PORTRAIT_FRAME ? 'portrait' : 'wide';
    const scene = buildScene(visual, lookups, { ...extra?.(camera, frame, kind), camera, ...frame });
    const projection = projectionForCamera(camera, frame.width, frame.height);
    return scene.countryLabels.flatMap((label) => {
      const at = projection.invert?.([label.x, label.y]);
      return at ? [[Math.round(at[0] * 100) / 100, Math.round(at[1] * 100) / 100, label.name] as CountryName] : [];
    });
  };
  return {
    wide: names(visual.camera, WIDE_FRAME),
    ...(visual.mobileCamera ? { portrait: names(visual.mobileCamera, PORTRAIT_FRAME) } : {}),
  };
}
