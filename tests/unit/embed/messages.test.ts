/**
 * The embed's messages, byte for byte as the host-side libraries expect them (pym.js 1.3.2,
 * Datawrapper's responsive embed, AMP's amp-iframe, Medium/Embedly), and pym's width message read.
 */
import { describe, expect, test } from 'vitest';
import {
  ampEmbedSize,
  childIdFrom,
  datawrapperHeight,
  embedlyResize,
  heightMessages,
  parsePymMessage,
  pymMessage,
} from '../../../src/lib/embed/messages';

describe('pym.js', () => {
  test('a height message is the xPYMx-joined string pym parents match', () => {
    const message = pymMessage('price-chart', 'height', '842');
    expect(message).toBe('pymxPYMxprice-chartxPYMxheightxPYMx842');
    // pym's own receiver: new RegExp('^' + ['pym', id, '(\\S+)', '(.*)'].join('xPYMx') + '$')
    const pymRegex = new RegExp(`^${['pym', 'price-chart', '(\\S+)', '(.*)'].join('xPYMx')}$`);
    expect(pymRegex.exec(message)?.slice(1)).toEqual(['height', '842']);
  });

  test("the parent's width message is read, whatever the child id holds", () => {
    expect(parsePymMessage('pymxPYMxmy-graphic-1xPYMxwidthxPYMx640')).toEqual({
      childId: 'my-graphic-1',
      type: 'width',
      message: '640',
    });
    expect(parsePymMessage('pymxPYMxaxPYMxnavigateToxPYMxhttps://example.org/?a=b')?.message).toBe(
      'https://example.org/?a=b',
    );
  });

  test('anything else is not a pym message', () => {
    for (const data of [undefined, 42, { type: 'width' }, 'pym', 'pymxPYMxwidth', 'xpymxPYMxaxPYMxwidthxPYMx1']) {
      expect(parsePymMessage(data), JSON.stringify(data)).toBeUndefined();
    }
  });

  test('the child id comes from the childId parameter pym adds to the URL', () => {
    expect(childIdFrom('?initialWidth=640&childId=chart-1&parentTitle=x')).toBe('chart-1');
    expect(childIdFrom('?theme=dark')).toBeNull();
    expect(childIdFrom('?childId=')).toBeNull();
  });
});

describe('Datawrapper, AMP and Embedly', () => {
  test('Datawrapper: an object keyed by the graphic id', () => {
    expect(datawrapperHeight('price-of-freedom', 640)).toStrictEqual({
      'datawrapper-height': { 'price-of-freedom': 640 },
    });
  });

  test('AMP: the embed-size object with the amp sentinel', () => {
    expect(ampEmbedSize(640)).toStrictEqual({ sentinel: 'amp', type: 'embed-size', height: 640 });
  });

  test('Medium and Embedly: a JSON string with the embed address', () => {
    const message = embedlyResize('https://example.org/embed/x/?theme=dark', 640);
    expect(typeof message).toBe('string');
    expect(JSON.parse(message)).toStrictEqual({
      src: 'https://example.org/embed/x/?theme=dark',
      context: 'iframe.resize',
      height: 640,
    });
  });
});

describe('heightMessages', () => {
  const where = { id: 'price-of-freedom', src: 'https://example.org/embed/price-of-freedom/' };

  test('all four formats at once when framed by pym, heights rounded up to whole pixels', () => {
    expect(heightMessages({ ...where, childId: 'c1' }, 841.2)).toStrictEqual([
      'pymxPYMxc1xPYMxheightxPYMx842',
      { 'datawrapper-height': { 'price-of-freedom': 842 } },
      { sentinel: 'amp', type: 'embed-size', height: 842 },
      JSON.stringify({ src: where.src, context: 'iframe.resize', height: 842 }),
    ]);
  });

  test('no pym string without a pym child id', () => {
    const messages = heightMessages({ ...where, childId: null }, 500);
    expect(messages).toHaveLength(3);
    expect(messages.some((m) => typeof m === 'string' && m.startsWith('pym'))).toBe(false);
  });
});
