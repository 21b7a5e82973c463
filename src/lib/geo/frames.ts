/**
 * The two frames a static map is drawn in, and the screen width that switches between them.
 * The live map imports the same values so that it picks the same camera as the static twin
 * (`camera` in the wide frame, `mobileCamera` in the portrait one).
 *
 * A frame is a *safe area* (`width` × `height`, what the camera frames and what must always be
 * visible) plus a *bleed* on each side (`bleedX`, `bleedY`): more of the same map, drawn so that
 * the picture can fill a box of another shape (the full-height story map, a whole phone screen)
 * by cropping only bleed. In viewBox units the safe area runs from 0,0 to width,height; the whole
 * picture from -bleedX,-bleedY. Where a page shows a map in a box of the safe area's own shape
 * (the explorer, an account's map, print), only the safe area is shown.
 */

/** One frame: the SVG viewBox (in web-map pixels) and the label size in the same units. */
export interface Frame {
  width: number;
  height: number;
  /**
   * Font size of place names in viewBox units, chosen so that names stay legible where the
   * frame is shown smallest (7 to 10 px where a frame is shown 320 px wide); CSS makes it smaller on wide screens.
   */
  fontSize: number;
  /**
   * Font size of country names in viewBox units. They are laid out for this size and shown
   * only where the frame is large enough for them to be legible (see `MapSvg.astro`).
   */
  countryFontSize: number;
  /** Extra map drawn left and right of the safe area, in viewBox units. */
  bleedX: number;
  /** Extra map drawn above the safe area (and below it, unless `bleedBottom` says otherwise), in viewBox units. */
  bleedY: number;
  /**
   * Extra map drawn below the safe area when it differs from `bleedY`: the story's phone frame
   * (`STORY_PORTRAIT_FRAME`) keeps its safe area in the upper part of the picture.
   */
  bleedBottom?: number;
  /** Where labels may go, if not only in the safe area (see `labelAreaOf`). */
  labelArea?: LabelArea;
}

/** The bleed of a frame on each side, in viewBox units. */
export interface Bleed {
  x: number;
  top: number;
  bottom: number;
}

/** The bleed of a frame on each side (`bleedBottom` defaults to `bleedY`). */
export function bleedOf(frame: Pick<Frame, 'bleedX' | 'bleedY' | 'bleedBottom'>): Bleed {
  return { x: frame.bleedX, top: frame.bleedY, bottom: frame.bleedBottom ?? frame.bleedY };
}

/** The whole picture of a frame, bleed included, as an SVG viewBox `[x, y, width, height]`. */
export function bleedBox(
  frame: Pick<Frame, 'width' | 'height' | 'bleedX' | 'bleedY' | 'bleedBottom'>,
): [number, number, number, number] {
  const b = bleedOf(frame);
  return [-b.x, -b.top, frame.width + 2 * b.x, frame.height + b.top + b.bottom];
}

/**
 * The landscape frame for `camera`, shown on wide screens, or everywhere without a
 * `mobileCamera`. With its bleed the picture is 1600 × 1500: it fills, cropping only bleed, any
 * box from 0.8 to 2 times as wide as it is tall (the story map's column on wide screens).
 */
export const WIDE_FRAME: Frame = {
  width: 1200,
  height: 800,
  fontSize: 26,
  countryFontSize: 18,
  bleedX: 200,
  bleedY: 350,
};

/**
 * The portrait frame for `mobileCamera`, shown on narrow screens. With its bleed the picture is
 * 800 × 1400: it fills a phone screen in portrait (boxes 0.43 to 1 times as wide as tall).
 */
export const PORTRAIT_FRAME: Frame = {
  width: 600,
  height: 800,
  fontSize: 22,
  countryFontSize: 12,
  bleedX: 100,
  bleedY: 300,
};

/**
 * The long read's phone frame for `mobileCamera`: the picture covers a whole phone screen
 * (800 × 1400 with its bleed, like `PORTRAIT_FRAME`), and the step's text card scrolls over its
 * lower part. When a step becomes active its card sits in the lower ~40% of the screen (see
 * `Step.astro`), and the map's headline sits at the top: so the safe area, where the camera
 * frames the step's subject, is the free band between them. On a phone in portrait (any screen
 * 0.43 to 0.57 times as wide as tall) the whole height of the picture is shown, so the safe area
 * runs from 14% to 56% of the screen's height, the camera's centre at 35%.
 *
 * Labels may go anywhere in `labelArea` (viewBox units, relative to the safe area): the part of
 * the picture every such screen shows, below the headline.
 */
export const STORY_PORTRAIT_FRAME: Frame = {
  width: 600,
  height: 600,
  fontSize: 24,
  countryFontSize: 17,
  bleedX: 100,
  bleedY: 190,
  bleedBottom: 610,
  labelArea: { x0: 8, y0: -60, x1: 592, y1: 1190 },
};

/** Where labels may go in a frame, in viewBox units (the safe area runs from 0,0). */
export interface LabelArea {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The label area of a frame: its own, or its safe area. */
export function labelAreaOf(frame: Pick<Frame, 'width' | 'height' | 'labelArea'>): LabelArea {
  return frame.labelArea ?? { x0: 0, y0: 0, x1: frame.width, y1: frame.height };
}

/**
 * The frames a map is drawn in, when not the usual ones (`WIDE_FRAME`, and the portrait frame
 * its `fit` implies): passed to `StaticMap`, its basemap views and the live map alike.
 */
export interface MapFrames {
  wide: Frame;
  portrait: Frame;
}

/**
 * The frames of a survivor account's map (`AccountMap.astro`): the plain frames, covering a box
 * that is never much wider than tall (about square under the header on a phone, a column beside
 * the text on a wide screen). Such a box always shows more of the wide picture than its safe
 * height (1300 of its 1500 units, in boxes up to 1.23 times as wide as tall) and the whole width
 * of the portrait picture, bleed included: place names may go there, and the account's cameras
 * frame their subject there (`ACCOUNT_FIT` in `src/lib/build-data/account-scenes.ts`).
 */
export const ACCOUNT_FRAMES: MapFrames = {
  wide: { ...WIDE_FRAME, labelArea: { x0: 0, y0: -250, x1: 1200, y1: 1050 } },
  portrait: { ...PORTRAIT_FRAME, labelArea: { x0: -90, y0: 50, x1: 690, y1: 750 } },
};

/** Screens matching this show the wide frame when a step has a `mobileCamera`. */
export const WIDE_MEDIA_QUERY = '(min-width: 48rem)';
