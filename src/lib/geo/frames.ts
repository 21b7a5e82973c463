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
  /** Extra map drawn above and below the safe area, in viewBox units. */
  bleedY: number;
}

/** The whole picture of a frame, bleed included, as an SVG viewBox `[x, y, width, height]`. */
export function bleedBox(
  frame: Pick<Frame, 'width' | 'height' | 'bleedX' | 'bleedY'>,
): [number, number, number, number] {
  return [-frame.bleedX, -frame.bleedY, frame.width + 2 * frame.bleedX, frame.height + 2 * frame.bleedY];
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

/** Screens matching this show the wide frame when a step has a `mobileCamera`. */
export const WIDE_MEDIA_QUERY = '(min-width: 48rem)';
