/**
 * Where the live maps fetch their data: the JSON files built by `src/pages/data/*.json.ts`.
 * One definition for every map, so a renamed file cannot leave one map behind.
 */

/** The data files of the live maps. */
export interface MapDataUrls {
  places: string;
  routes: string;
  /** The long read's step-by-step map states (`src/pages/data/story-map.json.ts`). */
  story: string;
  basemap: { world: string; region: string; town: string };
}

/** The data URLs under a base path (`/` or `/scam-compounds/`), as absolute paths. */
export function mapDataUrls(basePath: string): MapDataUrls {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  return {
    places: `${base}data/places.json`,
    routes: `${base}data/routes.json`,
    story: `${base}data/story-map.json`,
    basemap: {
      world: `${base}data/basemap-world.json`,
      region: `${base}data/basemap-region.json`,
      town: `${base}data/basemap-town.json`,
    },
  };
}
