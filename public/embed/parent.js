/*
 * The job was a trap: the parent script for our embeds. A host page includes it once, after one
 * or more of our iframes:
 *
 *   <iframe src="https://<our site>/embed/<id>/" title="…" width="100%" height="600" style="border:0"></iframe>
 *   <script async src="https://<our site>/embed/parent.js" data-embed-origin="https://<our site>"></script>
 *
 * Each embed posts its content height (`{ "datawrapper-height": { "<id>": 842 } }`, among other
 * formats). This script sets the height of the one iframe that sent it, and nothing else:
 * - the message must come from our site's origin (`data-embed-origin`, else the origin this
 *   script was loaded from), when that is known;
 * - the iframe is found by `iframe.contentWindow === event.source`, never by an id or a name
 *   a message could claim, and its address must be one of our embeds (`/embed/` on our origin);
 * - the height must be a finite number between 50 and 20000 CSS pixels; strings, NaN, Infinity
 *   and numbers out of range are ignored.
 *
 * Plain JavaScript (ES2019, for every browser of the last six years), no dependencies, safe to
 * include twice. Served as-is from `public/embed/parent.js`;
 * `tests/unit/embed/parent.test.ts` and `tests/e2e/embeds.spec.ts` test it.
 */
(function () {
  'use strict';

  var KEY = '__jobWasATrapEmbeds';
  var MIN_HEIGHT = 50;
  var MAX_HEIGHT = 20000;

  if (window[KEY]) return;

  /**
   * Our origin: the script tag's `data-embed-origin` (so that a copy of this file on the host's
   * own server still knows it), else the origin this script was loaded from; undefined if the
   * browser cannot say, and then only the frame and height checks apply.
   */
  var script = document.currentScript;
  var ourOrigin;
  try {
    var declared = script && script.getAttribute('data-embed-origin');
    ourOrigin = declared || (script && script.src) ? new URL(declared || script.src, location.href).origin : undefined;
  } catch {
    ourOrigin = undefined;
  }

  /** The height in a message, or undefined unless it is a finite number in range. */
  function heightOf(data) {
    var heights = data && typeof data === 'object' ? data['datawrapper-height'] : undefined;
    if (!heights || typeof heights !== 'object') return undefined;
    for (var id in heights) {
      if (!Object.prototype.hasOwnProperty.call(heights, id)) continue;
      var height = heights[id];
      if (typeof height === 'number' && isFinite(height) && height >= MIN_HEIGHT && height <= MAX_HEIGHT) {
        return height;
      }
      return undefined;
    }
    return undefined;
  }

  /** Whether an iframe shows one of our embeds (our origin when known, an `/embed/` path). */
  function isOurEmbed(iframe) {
    var url;
    try {
      url = new URL(iframe.src, location.href);
    } catch {
      return false;
    }
    return (!ourOrigin || url.origin === ourOrigin) && url.pathname.indexOf('/embed/') !== -1;
  }

  /** The iframe on this page whose window sent the message, if it is one of ours. */
  function frameOf(source) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === source) return isOurEmbed(frames[i]) ? frames[i] : undefined;
    }
    return undefined;
  }

  function onMessage(event) {
    if (ourOrigin && event.origin !== ourOrigin) return;
    var height = heightOf(event.data);
    if (height === undefined) return;
    var iframe = frameOf(event.source);
    if (!iframe) return;
    iframe.style.height = Math.ceil(height) + 'px';
    iframe.setAttribute('height', String(Math.ceil(height)));
  }

  window.addEventListener('message', onMessage);
  window[KEY] = { heightOf: heightOf, isOurEmbed: isOurEmbed, origin: ourOrigin };
})();
