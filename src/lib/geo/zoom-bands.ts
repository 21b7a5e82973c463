/**
 * The zoom levels at which the maps switch to finer Natural Earth data (see the header comment
 * of `basemap.ts` for the measurements behind them). Kept apart from `basemap.ts`, which reads
 * files with Node, so that client code (the live map's style) can import them.
 */

/** The zoom from which the 1:50m data is used. */
export const REGION_ZOOM = 3;

/** The zoom from which the 1:10m data is used. */
export const TOWN_ZOOM = 7;
