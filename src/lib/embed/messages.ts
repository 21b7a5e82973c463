/**
 * The messages an embed sends to the page that frames it, in the four formats newsroom CMSes
 * already understand, and the one message it answers. Pure, so that the exact wire formats are
 * unit-tested; `src/scripts/embed/child.ts` posts them.
 *
 * - pym.js (NPR): a string, `pymxPYMx<childId>xPYMx<type>xPYMx<message>`, sent only when the
 *   page was framed by pym (its URL carries `childId`, which pym's parent adds).
 * - Datawrapper: `{ "datawrapper-height": { "<id>": height } }`. Its current parent script
 *   finds the iframe by `contentWindow`; its older one by `datawrapper-chart-<id>` or by the id
 *   in the iframe's `src`, which our embed addresses contain.
 * - AMP (`amp-iframe resizable`): `{ sentinel: 'amp', type: 'embed-size', height }`.
 * - Medium and Embedly: a JSON string, `{ src, context: 'iframe.resize', height }`.
 *
 * Our own parent script (`public/embed/parent.js`) reads the Datawrapper form.
 */

/** pym.js's separator between the parts of a message. */
export const PYM_SEPARATOR = 'xPYMx';

/** A pym.js message: `pymxPYMx<id>xPYMx<type>xPYMx<message>`. */
export function pymMessage(childId: string, type: string, message: string): string {
  return ['pym', childId, type, message].join(PYM_SEPARATOR);
}

/** A parsed pym.js message. */
export interface PymMessage {
  childId: string;
  type: string;
  message: string;
}

/**
 * Reads a pym.js message (`width` from the parent, for instance); `undefined` for anything else.
 * Same rule as pym's own receivers: `^pymxPYMx<id>xPYMx(\S+)xPYMx(.*)$`.
 */
export function parsePymMessage(data: unknown): PymMessage | undefined {
  if (typeof data !== 'string') return undefined;
  const match = /^pymxPYMx(.+?)xPYMx(\S+?)xPYMx(.*)$/s.exec(data);
  if (!match) return undefined;
  return { childId: match[1] ?? '', type: match[2] ?? '', message: match[3] ?? '' };
}

/** Datawrapper's height message, keyed by the graphic's id. */
export function datawrapperHeight(id: string, height: number): { 'datawrapper-height': Record<string, number> } {
  return { 'datawrapper-height': { [id]: height } };
}

/** AMP's resize request. */
export function ampEmbedSize(height: number): { sentinel: 'amp'; type: 'embed-size'; height: number } {
  return { sentinel: 'amp', type: 'embed-size', height };
}

/** Medium's and Embedly's resize request: a JSON string naming the embed's own address. */
export function embedlyResize(src: string, height: number): string {
  return JSON.stringify({ src, context: 'iframe.resize', height });
}

/** Where an embed is and who framed it. */
export interface EmbedIdentity {
  /** The graphic's id (the Datawrapper key). */
  id: string;
  /** pym's child id from the URL's `childId`, or null when pym did not frame the page. */
  childId: string | null;
  /** The embed's own address (`location.href`), for Embedly. */
  src: string;
}

/**
 * Every message that reports `height` (CSS pixels, rounded up to a whole pixel), in the order
 * they are posted: pym (when framed by pym), Datawrapper, AMP, Embedly.
 */
export function heightMessages({ id, childId, src }: EmbedIdentity, height: number): unknown[] {
  const h = Math.ceil(height);
  return [
    ...(childId ? [pymMessage(childId, 'height', String(h))] : []),
    datawrapperHeight(id, h),
    ampEmbedSize(h),
    embedlyResize(src, h),
  ];
}

/** pym's child id from a query string (`?initialWidth=640&childId=chart-1`), or null. */
export function childIdFrom(search: string): string | null {
  const id = new URLSearchParams(search).get('childId');
  return id === null || id === '' ? null : id;
}
