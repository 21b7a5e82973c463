/**
 * What the live story map copies from each step's static twin: the country names, placed exactly
 * where the static twin places them (`src/lib/static-map/country-labels.ts`, clear of place
 * labels, symbols and routes) and turned back into longitude/latitude so that MapLibre can draw
 * them; and the place labels, where the static label placer put them (so the live map shows the
 * same names in the same places, none colliding, none cut off). Build time only: it reads the
 * basemap.
 */
import type { Camera, MapVisual } from '../content/schema';
import { WIDE_FRAME, type Frame, type MapFrames } from '../geo/frames';
import { projectionForCamera } from '../geo/mercator';
import { buildScene, type MapLookups, type Scene } from '../static-map/scene';
import { portraitFrame, type CountryName, type LabelPlacement, type StaticExtras } from '../live-map/story-state';

/**
 * The country names and place labels of a story step's static frames (`fit="bleed"`), or of a map
 * drawn in other `frames` (an account's map).
 */
export function staticExtras(visual: MapVisual, lookups: MapLookups, frames?: MapFrames): StaticExtras {
  const drawn = (camera: Camera, frame: Frame) => {
    const scene = buildScene(visual, lookups, { camera, ...frame });
    return { names: countryNamesOf(scene, camera, frame), labels: placementsOf(scene) };
  };
  const wide = drawn(visual.camera, frames?.wide ?? WIDE_FRAME);
  const portrait = visual.mobileCamera
    ? drawn(visual.mobileCamera, frames?.portrait ?? portraitFrame('bleed'))
    : undefined;
  return {
    countryNames: { wide: wide.names, ...(portrait ? { portrait: portrait.names } : {}) },
    labels: { wide: wide.labels, ...(portrait ? { portrait: portrait.labels } : {}) },
  };
}

/** A scene's country names as `[lon, lat, name]`, rounded to 0.01°. */
function countryNamesOf(scene: Scene, camera: Camera, frame: Frame): CountryName[] {
  const projection = projectionForCamera(camera, frame.width, frame.height);
  return scene.countryLabels.flatMap((label) => {
    const at = projection.invert?.([label.x, label.y]);
    return at ? [[Math.round(at[0] * 100) / 100, Math.round(at[1] * 100) / 100, label.name] as CountryName] : [];
  });
}

/** A scene's place labels, relative to their places, in the order of the scene's labels. */
function placementsOf(scene: Scene): LabelPlacement[] {
  const at = new Map(scene.places.map((p) => [p.id, p]));
  const round = (v: number) => Math.round(v * 10) / 10;
  return scene.labels.flatMap((label) => {
    const place = at.get(label.id);
    if (!place) return [];
    return [
      [label.id, label.anchor, round(label.x - place.x), round(label.y - place.y), label.dy, label.local ? 1 : 0],
    ];
  });
}
