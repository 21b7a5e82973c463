/**
 * The embed codes the press room offers for each graphic, as the exact text a journalist pastes
 * into a CMS. Three variants:
 * - `responsive`: an iframe and our small parent script (`public/embed/parent.js`), which fits
 *   the iframe to the graphic's height at any width. The default.
 * - `iframe`: the iframe alone, for CMSes that strip scripts; fixed height, the reader may scroll
 *   inside it on narrow screens. Datawrapper's and AMP's own resizers fit it too, since the embed
 *   speaks their formats.
 * - `pym`: for pages that already load pym.js (NPR's library, used by many newsrooms).
 *
 * Pure string building; every attribute value is escaped.
 */

/** What an embed code needs to know. */
export interface EmbedCodeInput {
  /** Absolute address of the embed page (`https://example.org/embed/<id>/`). */
  embedUrl: string;
  /** Absolute address of the parent script (`https://example.org/embed/parent.js`). */
  parentScriptUrl: string;
  /** Our public origin (`https://example.org`): the parent script accepts heights from it only. */
  origin: string;
  /** The graphic's title: the iframe's accessible name. */
  title: string;
  /** First height in CSS pixels (the scripts then fit it). */
  height: number;
}

/** One embed code, as the press room shows it. */
export interface EmbedCode {
  key: 'responsive' | 'iframe' | 'pym';
  /** Short name of the variant. */
  label: string;
  /** When to use it, in a sentence. */
  hint: string;
  /** The code to paste. */
  code: string;
}

/** Escapes text for a double-quoted HTML attribute. */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The iframe every variant starts from. */
function iframe({ embedUrl, title, height }: EmbedCodeInput): string {
  return (
    `<iframe src="${escapeAttribute(embedUrl)}" title="${escapeAttribute(title)}" ` +
    `width="100%" height="${Math.round(height)}" loading="lazy" style="width:100%;min-width:100%;border:0"></iframe>`
  );
}

/** The three embed codes of a graphic, the recommended one first. */
export function embedCodes(input: EmbedCodeInput): EmbedCode[] {
  return [
    {
      key: 'responsive',
      label: 'Responsive iframe',
      hint: 'Recommended. Our small script fits the frame to the graphic at any width.',
      code:
        `${iframe(input)}\n` +
        `<script async src="${escapeAttribute(input.parentScriptUrl)}" data-embed-origin="${escapeAttribute(input.origin)}"></script>`,
    },
    {
      key: 'iframe',
      label: 'Plain iframe',
      hint: 'For a CMS that removes scripts. The height is fixed; adjust it if your column is narrow.',
      code: iframe(input),
    },
    {
      key: 'pym',
      label: 'pym.js',
      hint: 'For pages that already load pym.js.',
      code: `<div data-pym-src="${escapeAttribute(input.embedUrl)}"></div>`,
    },
  ];
}
