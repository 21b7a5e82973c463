/**
 * html-validate: the rules every built page is checked against (`tests/dist/html-validate.test.ts`,
 * part of `npm test`). The recommended set, with each rule turned off or loosened named and
 * justified below.
 */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // A style rule for hand-written HTML. Astro keeps its templates' indentation in the pages it
    // writes; spaces at the end of a line are not an error in HTML and change nothing on screen.
    'no-trailing-whitespace': 'off',

    // HTML allows any id without spaces. The timeline's events are ids that start with their
    // date ("2019-08-gambling-ban"), public addresses that other sites and lesson plans cite:
    // renaming them would break those links. "relaxed" still refuses empty ids and whitespace.
    'valid-id': ['error', { relaxed: true }],

    // Inline styles stay refused, except for values computed per map at build time: a static
    // map's aspect ratio and label sizes (custom properties) and an area's rim width. A class
    // per value would be a generated stylesheet for no gain; the security policy allows style
    // attributes (style-src-attr), never inline scripts.
    'no-inline-style': [
      'error',
      { allowedProperties: ['display', 'aspect-ratio', 'stroke-width'], allowVariables: true },
    ],

    // A graphic's page is titled with its headline, a sentence that states the finding
    // ("Estimates of how many people are held disagree, and for Cambodia they run from more than
    // 10,000 to around 100,000"), so that a bookmark, a citation or a search result says what
    // the graphic shows. Cutting it at 70 characters would cut findings mid-figure.
    'long-title': 'off',

    // WCAG technique H32 asks that a form submitting data have a submit button. Our two forms
    // (the job-offer check and the explorer's filters) submit nothing: they answer as the reader
    // changes a field, and nothing leaves the page.
    'wcag/h32': 'off',
  },
};
