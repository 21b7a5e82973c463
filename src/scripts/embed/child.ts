/**
 * The embed page's script: tells the page that frames it how tall the graphic is, so that the
 * iframe fits it with no scroll bar, in the four formats newsroom CMSes already understand (see
 * `src/lib/embed/messages.ts`). It reports
 * - once the page has run its scripts, and again on `load`;
 * - whenever the page's height changes (a ResizeObserver: the frame got narrower or wider, a
 *   font arrived, the reader opened "About this data", the live map started);
 * - when the fonts have loaded (`document.fonts.ready`), in case nothing else moved;
 * - when pym.js's parent sends the frame's width;
 * - every second for the first 20 seconds while the frame's height still differs from the
 *   graphic's (Datawrapper's embeds do this without end), for host pages whose script starts
 *   listening late.
 *
 * Messages go to any origin (`*`): a height is not a secret, and we cannot know the host's.
 * Incoming pym messages are accepted only from the parent window. Outside a frame it does nothing.
 */
import { childIdFrom, heightMessages, parsePymMessage, type EmbedIdentity } from '../../lib/embed/messages';

/** How many times, a second apart, the height is sent again while the frame does not fit it. */
const LATE_LISTENER_POLLS = 20;

/** The page's height in CSS pixels, rounded up: the height of <html>, not of the window. */
function contentHeight(): number {
  return Math.ceil(document.documentElement.getBoundingClientRect().height);
}

/** Starts reporting the height of the embed `id` to the parent window. */
export function reportHeight(id: string): void {
  if (window.parent === window) return;
  const identity: EmbedIdentity = { id, childId: childIdFrom(location.search), src: location.href };
  let sent = -1;
  const send = (force: boolean): void => {
    const height = contentHeight();
    if (height <= 0 || (!force && height === sent)) return;
    sent = height;
    for (const message of heightMessages(identity, height)) window.parent.postMessage(message, '*');
  };

  send(true);
  window.addEventListener('load', () => send(true));
  void document.fonts?.ready.then(() => send(true));
  new ResizeObserver(() => send(false)).observe(document.documentElement);
  window.addEventListener('message', (event) => {
    if (event.source !== window.parent) return;
    const message = parsePymMessage(event.data);
    if (message?.type === 'width' && message.childId === identity.childId) send(true);
  });
  let polls = 0;
  const poll = window.setInterval(() => {
    if (++polls >= LATE_LISTENER_POLLS) window.clearInterval(poll);
    if (Math.round(window.innerHeight) !== contentHeight()) send(true);
  }, 1000);
}
