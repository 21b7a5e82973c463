/**
 * The two frames a static map is drawn in, and the screen width that switches between them.
 * The live map imports the same values so that it picks the same camera as the static twin
 * (`camera` in the wide frame, `mobileCamera` in the portrait one).
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
}

/** The landscape frame for `camera`, shown on wide screens, or everywhere without a `mobileCamera`. */
export const WIDE_FRAME: Frame = { width: 1200, height: 800, fontSize: 26, countryFontSize: 14 };

/** The portrait frame for `mobileCamera`, shown on narrow screens. */
export const PORTRAIT_FRAME: Frame = { width: 600, height: 800, fontSize: 18, countryFontSize: 10 };

/** Screens matching this show the wide frame when a step has a `mobileCamera`. */
export const WIDE_MEDIA_QUERY = '(min-width: 48rem)';
